"""The office's national return: this scheme's quarterly counts, signed by the root, sent to the server.

The figures come from :func:`icvapp.metrics.performance.summary`, the one place every figure is
computed, so the return says what the Board report for the same quarter says.
"""

from __future__ import annotations

import datetime as dt
import json

from icvapp.delivery.client import Client
from icvapp.delivery.device import this_device
from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput
from icvapp.metrics.performance import summary
from icvapp.profile.context import AppContext
from icvapp.scheme.periods import quarter
from icvapp.server.returns import sign_return
from icvapp.trust.enrolment import require_trust, unlock_authority


def return_payload(ctx: AppContext, fy: int, q: int, *, today: dt.date | None = None) -> dict:
    """Counts only, for financial year ``fy`` quarter ``q`` (1 = April to June)."""
    period = quarter(fy, q)
    figures = summary(ctx.db, ctx.config, period, today=today)
    return {"scheme": require_trust(ctx.db).scheme_uid, "quarter": f"{fy}-Q{q}",
            "start": period.start.isoformat(), "end": period.end.isoformat(),
            "visits": figures.visits, "completed": figures.completed, "abandoned": figures.abandoned,
            "expected_weeks": figures.expected_weeks, "covered_weeks": figures.covered_weeks,
            "funnel": dict(figures.funnel.stages), "requests": dict(figures.requests)}


def send_return(ctx: AppContext, fy: int, q: int, root_pin: str, *, today: dt.date | None = None) -> dict:
    """Sign the quarter's return with the scheme root and send it to the server; returns what was sent."""
    doc = sign_return(unlock_authority(ctx.db, root_pin), return_payload(ctx, fy, q, today=today))
    with Client(this_device(ctx.db)) as client:
        reply = client.request("PUT", "/v1/returns", json.dumps(doc).encode("utf-8"))
    if reply.status != 200:
        raise InvalidInput(QT_TRANSLATE_NOOP("Returns", "The server did not take the national return: "
                                                        "{reason}")
                           .format(reason=reply.refused_reason))
    return doc
