"""icvapp — visit recording and reporting for lay-visitor schemes: their visits, the office's follow-up, the Board's figures."""

__version__ = "0.1.0"
