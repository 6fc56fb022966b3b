"""Which version of a visit stands: the SQL rules the list, the rota and every figure share.

An amendment is a new visit row that supersedes a sealed one. It replaces its
original only once it is sealed itself; until then the original stands, so a
visit is never counted twice nor dropped while its correction is being signed.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import aliased

from icvapp.storage.model.visit import Visit, VisitStatus


def superseded() -> ColumnElement[bool]:
    """True for a visit that a sealed amendment has replaced (correlated to ``Visit``)."""
    newer = aliased(Visit, name="newer")
    return (select(newer.id)
            .where(newer.supersedes_id == Visit.id, newer.sealed_at.is_not(None))
            .correlate(Visit)
            .exists())


def counted() -> ColumnElement[bool]:
    """The visits that count (figures, the rota's weeks): complete, and the version that stands.

    That is an original or a sealed amendment, and not itself superseded.
    """
    return and_(
        Visit.status == VisitStatus.COMPLETE,
        or_(Visit.supersedes_id.is_(None), Visit.sealed_at.is_not(None)),
        ~superseded(),
    )
