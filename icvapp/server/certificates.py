"""Certificates the scheme root issues for delivery: one per device, and the scheme server's.

A *device certificate* names the laptop (or the office's computer), its role and,
for a laptop, the volunteer it belongs to (their uid, as on signing certificates),
so revoking that volunteer's certificates revokes the laptop too. The *server
certificate* carries the server's host names for TLS and the ``serverAuth``
purpose, which no device or volunteer certificate has: only it can sign a receipt.
"""

from __future__ import annotations

import datetime as dt
import ipaddress

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from icvapp.server.protocol import issued_by_root
from icvapp.trust import pki

LAPTOP = "laptop"
OFFICE = "office"
ROLES = (LAPTOP, OFFICE)
DEVICE_DAYS = 3 * 365
SERVER_DAYS = 2 * 365


def _leaf(authority: pki.Authority, subject: x509.Name, public_key, days: int, start: dt.datetime | None):
    start = start or pki.now_utc()
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(authority.cert.subject)
            .public_key(public_key).serial_number(x509.random_serial_number())
            .not_valid_before(start - dt.timedelta(minutes=5)).not_valid_after(start + dt.timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(authority.key.public_key()),
                           critical=False)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True))


def issue_device(authority: pki.Authority, public_key, *, scheme_name: str, device_name: str, role: str,
                 volunteer_uid: str | None, start: dt.datetime | None = None) -> x509.Certificate:
    if role not in ROLES:
        raise ValueError(f"unknown device role {role!r}")
    names = [x509.NameAttribute(NameOID.ORGANIZATION_NAME, pki.fit_name(scheme_name)),
             x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, role),
             x509.NameAttribute(NameOID.COMMON_NAME, pki.fit_name(device_name or "device"))]
    if volunteer_uid:
        names.append(x509.NameAttribute(NameOID.USER_ID, volunteer_uid))
    builder = _leaf(authority, x509.Name(names), public_key, DEVICE_DAYS, start)
    builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
    return builder.sign(authority.key, hashes.SHA256())


def issue_server(authority: pki.Authority, public_key, hosts: list[str], *, scheme_name: str,
                 start: dt.datetime | None = None) -> x509.Certificate:
    """The scheme server's certificate: its TLS identity and the key that signs receipts."""
    alt = []
    for host in hosts:
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            alt.append(x509.DNSName(host))
    subject = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, pki.fit_name(scheme_name)),
                         x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "server"),
                         x509.NameAttribute(NameOID.COMMON_NAME, pki.fit_name(hosts[0] if hosts else "server"))])
    builder = _leaf(authority, subject, public_key, SERVER_DAYS, start)
    builder = (builder.add_extension(x509.SubjectAlternativeName(alt), critical=False)
               .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False))
    return builder.sign(authority.key, hashes.SHA256())


def role_of(cert: x509.Certificate) -> str | None:
    names = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)
    role = str(names[0].value) if names else None
    return role if role in ROLES else None


def is_device_certificate(cert: x509.Certificate) -> bool:
    try:
        usages = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        return False
    return ExtendedKeyUsageOID.CLIENT_AUTH in usages and role_of(cert) is not None


def device_problem(cert: x509.Certificate, root: x509.Certificate, revoked: dict[int, dt.datetime],
                   *, at: dt.datetime | None = None) -> str | None:
    """Why this device may not talk to the server now, in plain words; None if it may."""
    at = at or pki.now_utc()
    if not issued_by_root(cert, root):
        return "this device's certificate was not issued by the scheme"
    if not is_device_certificate(cert):
        return "this certificate is not a device certificate"
    if cert.serial_number in revoked:
        return f"this device's certificate was revoked on {revoked[cert.serial_number]:%d %B %Y}"
    if not cert.not_valid_before_utc <= at <= cert.not_valid_after_utc:
        return "this device's certificate is not valid now"
    return None


def serial_hex(cert: x509.Certificate) -> str:
    return format(cert.serial_number, "x")
