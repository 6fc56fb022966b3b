"""The one place every reported figure comes from.

The dashboard, the Board PDF, the CSV/XLSX exports and the CLI all call
:func:`summary` (or :func:`annual_summary`) and format what it returns;
none of them counts anything itself. docs/metrics.md sets out each rule.
"""

from icvapp.metrics.compare import changes, previous_period
from icvapp.metrics.export import as_dict
from icvapp.metrics.figures import (
    AnnualPlaceRow,
    AnnualSummary,
    Change,
    Funnel,
    IssueFigures,
    PlaceFigures,
    Spread,
    Summary,
)
from icvapp.metrics.performance import annual_summary, summary
from icvapp.metrics.spread import TIME_BANDS, WEEKDAYS
from icvapp.metrics.weeks import weeks_of

__all__ = [
    "TIME_BANDS",
    "WEEKDAYS",
    "AnnualPlaceRow",
    "AnnualSummary",
    "Change",
    "Funnel",
    "IssueFigures",
    "PlaceFigures",
    "Spread",
    "Summary",
    "annual_summary",
    "as_dict",
    "changes",
    "previous_period",
    "summary",
    "weeks_of",
]
