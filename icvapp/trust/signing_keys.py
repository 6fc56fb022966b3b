"""A volunteer's signing key on this computer: sealed under their PIN and to the recovery key."""

from __future__ import annotations

from sqlalchemy import select

from icvapp.errors import QT_TRANSLATE_NOOP, KeyUnavailable
from icvapp.profile.context import AppContext
from icvapp.storage import audit
from icvapp.storage.database import Database
from icvapp.storage.model import SigningKey, Volunteer
from icvapp.storage.recovery import open_sealed, recovery_private, seal_to
from icvapp.trust.pki import check_new_pin, seal_box

SIGNING_INFO = b"icvapp signing key"


def seal_signing_key(db: Database, private_der: bytes) -> bytes | None:
    """The signing key sealed to the profile's recovery key, for a forgotten PIN."""
    public = db.recovery_public
    return seal_to(public, private_der, SIGNING_INFO).encode("ascii") if public else None


def reset_signing_pin(ctx: AppContext, volunteer_id: int, recovery_text: str, new_pin: str) -> None:
    """A volunteer forgot their PIN: the recovery key re-seals their signing key under a new one."""
    check_new_pin(new_pin)
    private = recovery_private(ctx.keyinfo.recovery, recovery_text, ctx.keyinfo.profile_id)
    with ctx.db.session() as s:
        k = s.scalars(select(SigningKey).where(SigningKey.volunteer_id == volunteer_id)
                      .order_by(SigningKey.id.desc())).first()
        if k is None or k.recovery_box is None:
            raise KeyUnavailable(QT_TRANSLATE_NOOP("SigningKeys", "This signing key cannot be recovered on this "
                                                                  "computer."),
                                 hint=QT_TRANSLATE_NOOP("SigningKeys", "Set up signing again and ask the office "
                                                                       "for a new certificate."))
        der = open_sealed(private, k.recovery_box.decode("ascii"), SIGNING_INFO)
        k.sealed_key = seal_box(der, new_pin)
        v = s.get(Volunteer, volunteer_id)
        audit.append(s, audit.PIN_RESET, actor=ctx.db.actor, detail={"volunteer": v.uid if v else None})
