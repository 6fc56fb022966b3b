"""The scheme's trust on this computer: its root and inbox, volunteers' signing keys,
and the register of certificates the root has issued."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from icvapp.storage.model.base import Base, utcnow


class SchemeAuthority(Base):
    """The scheme's trust: root certificate, inbox certificate and revocations.

    Every profile holds the certificates. Only the co-ordinator's profile holds
    the private keys: the root key encrypted under the co-ordinator's PIN, the
    inbox key (which opens submission files) under the database key.
    """

    __tablename__ = "scheme_authority"

    id: Mapped[int] = mapped_column(primary_key=True)
    root_certificate: Mapped[str] = mapped_column(Text)
    inbox_certificate: Mapped[str] = mapped_column(Text)
    root_key: Mapped[bytes | None] = mapped_column(LargeBinary)  # sealed box, see icvapp.pki
    inbox_key: Mapped[bytes | None] = mapped_column(LargeBinary)  # PKCS#8 DER
    crl: Mapped[str | None] = mapped_column(Text)  # PEM, signed by the root
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class SigningKey(Base):
    """A volunteer's own signing key on this computer, under their PIN."""

    __tablename__ = "signing_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"), index=True)
    sealed_key: Mapped[bytes] = mapped_column(LargeBinary)  # sealed box, see icvapp.pki
    public_key: Mapped[str] = mapped_column(Text)  # PEM
    request: Mapped[str] = mapped_column(Text)  # PEM certificate signing request
    certificate: Mapped[str | None] = mapped_column(Text)  # PEM, once the scheme has issued it
    # The same key sealed under the profile's recovery key, for a forgotten PIN.
    recovery_box: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class IssuedCertificate(Base):
    """The co-ordinator's register of certificates the scheme root has issued."""

    __tablename__ = "issued_certificate"

    serial: Mapped[str] = mapped_column(String(40), primary_key=True)  # hex
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id"), index=True)
    subject: Mapped[str] = mapped_column(String(200))
    certificate: Mapped[str] = mapped_column(Text)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)
    not_after: Mapped[dt.datetime] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revocation_reason: Mapped[str] = mapped_column(String(60), default="", server_default="")
