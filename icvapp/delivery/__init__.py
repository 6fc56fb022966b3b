"""The laptop's and the office's side of the scheme server: device keys, the outbox, sync, pull and acknowledge."""
