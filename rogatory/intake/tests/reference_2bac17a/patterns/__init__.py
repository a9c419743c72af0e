"""Reference data for identifier extraction: month names, time zones, IBAN lengths, guards."""
