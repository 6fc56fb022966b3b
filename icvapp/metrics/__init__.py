"""The one place every reported figure comes from.

The dashboard, the Board PDF, the CSV/XLSX exports and the CLI all call
:func:`summary` (or :func:`annual_summary`) and format what it returns;
none of them counts anything itself. docs/metrics.md sets out each rule.
"""

from .compare import changes, previous_period
from .export import as_dict
from .figures import (
    AnnualSuiteRow,
    AnnualSummary,
    Change,
    Funnel,
    IssueFigures,
    Spread,
    SuiteFigures,
    Summary,
)
from .performance import annual_summary, summary
from .spread import TIME_BANDS, WEEKDAYS
from .weeks import weeks_of

__all__ = [
    "TIME_BANDS",
    "WEEKDAYS",
    "AnnualSuiteRow",
    "AnnualSummary",
    "Change",
    "Funnel",
    "IssueFigures",
    "Spread",
    "SuiteFigures",
    "Summary",
    "annual_summary",
    "as_dict",
    "changes",
    "previous_period",
    "summary",
    "weeks_of",
]
