"""icvapp — visit recording and reporting for Independent Custody Visiting schemes."""

__version__ = "0.1.0"
