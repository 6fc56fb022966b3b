"""Documents: the visit report PDF, the Board report, charts and figure exports."""
