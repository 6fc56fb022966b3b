"""A profile: the data folder on this computer. Create, open, unlock, recover, back up."""
