"""Trust: certificates, signatures, sealing, submission files and verification."""
