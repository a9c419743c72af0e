"""The intake extractor as committed at 2bac17a, kept unchanged so faster versions can be compared with it."""
