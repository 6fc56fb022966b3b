"""The command line: every figure and file a user can have, without the GUI."""
