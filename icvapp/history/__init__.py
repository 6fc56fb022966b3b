"""Past records: the spreadsheet history import and retention of old visits."""
