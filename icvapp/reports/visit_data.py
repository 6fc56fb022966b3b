"""What a visit report prints, gathered from the profile: the visit, the names it refers to, its sign-off.

:class:`VisitReportData` is plain data, so :func:`icvapp.reports.visit_pdf.render_visit_pdf`
can stay pure and sign-off can render a record that is not stored yet.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from icvapp.profile.context import AppContext
from icvapp.scheme.config import SchemeConfig
from icvapp.storage.model import Place, Scheme, Volunteer
from icvapp.visits.canonical import Amendment, OfficerAck
from icvapp.visits.record import VisitRecord
from icvapp.visits.sealed import parts_for
from icvapp.visits.store import load_row, to_record


@dataclass(frozen=True)
class VisitReportData:
    """Everything the report prints: the visit plus the names it refers to by id."""

    record: VisitRecord
    scheme_name: str
    place_name: str
    place_locations: int | None
    visitor_a: str
    visitor_b: str
    config: SchemeConfig
    generated_at: dt.datetime
    signoff: SignOff | None = None
    purged_at: dt.datetime | None = None

    @property
    def language(self) -> str:
        """The language the report prints in: the one the visit was written in."""
        return self.record.language

    def with_signoff(self, signoff: SignOff) -> VisitReportData:
        return dataclasses.replace(self, signoff=signoff)


@dataclass(frozen=True)
class SignOff:
    """The sign-off section: the officer's acknowledgement, who signs, and any amendment.

    ``signers`` are (name, signed at, field name); a sealed report gets an
    empty box for each field, which :mod:`icvapp.trust.pades` turns into a signature.
    """

    officer: OfficerAck | None
    signers: list[tuple[str, dt.datetime, str]]
    version: int = 1
    amendment: Amendment | None = None
    original_sealed_at: dt.datetime | None = None


def load_report_data(ctx: AppContext, visit_id: int, *, now: dt.datetime | None = None) -> VisitReportData:
    """The visit and the scheme, place and visitor names it needs. Raises NotFound."""
    with ctx.db.session() as s:
        return report_data_for(s, ctx, load_row(s, visit_id), now=now)


def report_data_for(s, ctx: AppContext, v, *, now: dt.datetime | None = None, record: VisitRecord | None = None,
                    parts=None) -> VisitReportData:
    """The report data for visit row ``v`` in session ``s``; sign-off passes the ``record`` it is sealing."""
    record = record or to_record(v)
    place = s.get(Place, record.place_id) if record.place_id is not None else None
    ids = [i for i in (record.visitor_a_id, record.visitor_b_id) if i is not None]
    names = dict(s.execute(select(Volunteer.id, Volunteer.name).where(Volunteer.id.in_(ids))).all())
    scheme = s.scalars(select(Scheme).limit(1)).first()
    parts = parts or parts_for(s, v)
    signers = [(sig.signer_name, sig.signed_at.replace(tzinfo=dt.UTC), f"Visitor{sig.position}")
               for sig in v.signatures]
    return VisitReportData(
        record=record, scheme_name=scheme.name if scheme else "", place_name=place.name if place else "",
        place_locations=place.locations if place else None,
        visitor_a=names.get(record.visitor_a_id, ""), visitor_b=names.get(record.visitor_b_id, ""),
        config=ctx.config, generated_at=now or dt.datetime.now().astimezone(),
        signoff=SignOff(officer=parts.officer, signers=signers, version=v.version, amendment=parts.amendment),
        purged_at=v.purged_at,
    )
