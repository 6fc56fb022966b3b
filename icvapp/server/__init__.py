"""The scheme server (``icvapp-server``): ciphertext and routing facts on PostgreSQL, signed receipts."""
