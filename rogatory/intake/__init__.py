"""Intake: incoming documents → text → language → identifiers → a draft incoming request."""
