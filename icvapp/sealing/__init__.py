"""A visit's last steps: sign-off and sealing, amendments, submission files to the office, and checking any signed file."""
