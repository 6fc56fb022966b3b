"""Does every sealed visit in this database still match what its visitors signed?

An insider who holds the key can drop the database's guards and change a sealed visit's rows; the
visitors' signatures over the sealed record and the signed PDF cannot be made to agree again without
their keys. `icvapp audit verify` runs this sweep beside the audit chain, and the app runs it in the
background after unlocking.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from icvapp.errors import QT_TRANSLATE_NOOP, Translates, joined
from icvapp.sealing.signoff import check_stored_visit
from icvapp.storage.database import Database
from icvapp.storage.model import Visit
from icvapp.trust.enrolment import Trust
from icvapp.trust.enrolment import trust as scheme_trust


@dataclass(frozen=True)
class SealedMismatch:
    visit_id: int
    visit_uid: str
    problems: list[str]

    def __str__(self) -> str:
        return self.text

    @property
    def text(self) -> str:
        """"visit 12 (uid): …", translatable (each problem is marked where it is found)."""
        return QT_TRANSLATE_NOOP("Integrity", "visit {visit} ({uid}): {problems}").format(
            visit=self.visit_id, uid=self.visit_uid, problems=joined(*self.problems, sep="; "))

    def in_language(self, tr: Translates | None) -> str:
        return self.text.in_language(tr)


@dataclass(frozen=True)
class SealReport:
    checked: int
    mismatches: list[SealedMismatch]

    @property
    def ok(self) -> bool:
        return not self.mismatches


def check_sealed_visits(db: Database, trust: Trust | None = None, *,
                        progress: Callable[[int, int], None] | None = None) -> SealReport:
    """Re-check every sealed visit's stored record and PDF against its signatures, oldest first."""
    trust = trust or scheme_trust(db)
    with db.session() as s:
        sealed = s.execute(select(Visit.id, Visit.uid).where(Visit.sealed_at.is_not(None))
                           .order_by(Visit.id)).all()
    if trust is None:  # a profile that has not joined a scheme has nothing sealed to check
        return SealReport(0, [])
    mismatches = []
    for done, (visit_id, uid) in enumerate(sealed, 1):
        result = check_stored_visit(db, visit_id, trust)
        if not result.ok:
            mismatches.append(SealedMismatch(visit_id, uid, result.problems))
        if progress is not None:
            progress(done, len(sealed))
    return SealReport(len(sealed), mismatches)
