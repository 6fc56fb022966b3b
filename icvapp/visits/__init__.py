"""A visit: the record the form edits, its rules, its storage and the issues it raises."""
