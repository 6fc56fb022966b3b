"""Talking to the scheme server over HTTPS: a pinned certificate, signed requests.

The connection trusts exactly the TLS certificate the scheme root vouched for in
the device file, never the system's public authorities, and checks the host name.
"""

from __future__ import annotations

import http.client
import json
import secrets
import ssl
import time
from dataclasses import dataclass
from typing import Self
from urllib.parse import urlsplit

from icvapp.delivery.device import Device
from icvapp.delivery.refusals import server_reason
from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput, UserFacingError
from icvapp.server.protocol import signed_headers

#: Seconds a kept-alive connection may sit idle before the next request opens a new one. Servers close
#: idle connections (uvicorn after 5 s), and the office imports a batch between two requests.
IDLE_REOPEN = 4.0


class ServerUnreachable(UserFacingError):
    title = QT_TRANSLATE_NOOP("Client", "The scheme server cannot be reached")


@dataclass
class Reply:
    status: int
    body: bytes

    def json(self):
        try:
            return json.loads(self.body)
        except ValueError:
            raise ServerUnreachable(QT_TRANSLATE_NOOP("Client", "The scheme server's answer is not readable.")
                                    ) from None

    @property
    def refused_reason(self) -> str:
        """Why the server refused, translatable when the laptop knows the reason (see :mod:`.refusals`)."""
        try:
            return server_reason(str(json.loads(self.body).get("reason") or f"HTTP {self.status}"))
        except (ValueError, AttributeError):
            return f"HTTP {self.status}"


def pinned_context(server_certificate_pem: str) -> ssl.SSLContext:
    """TLS that accepts only this one certificate (no public CA is consulted)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_verify_locations(cadata=server_certificate_pem)
    context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN  # the pinned leaf is its own trust anchor
    context.check_hostname = True
    return context


class Client:
    """One HTTPS connection to the scheme server, reused for a whole sync."""

    def __init__(self, device: Device, *, timeout: float = 30.0) -> None:
        parts = urlsplit(device.server_url)
        if parts.scheme != "https" or not parts.hostname:
            raise InvalidInput(QT_TRANSLATE_NOOP("Client", "The scheme server's address {url} is not an https:// "
                                                           "address.").format(url=repr(device.server_url)))
        self.device = device
        self.host, self.port = parts.hostname, parts.port or 443
        self.prefix = parts.path.rstrip("/")
        self.context = pinned_context(device.server_certificate)
        self.timeout = timeout
        self.connection: http.client.HTTPSConnection | None = None
        self.last_used = 0.0  # time.monotonic() when the connection last carried an answer

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def request(self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None) -> Reply:
        """Send one signed request; a dropped keep-alive connection is reopened once (signed afresh)."""
        path = self.prefix + path
        for attempt in (1, 2):
            signed = signed_headers(self.device.key, self.device.certificate, method, path,
                                    self.device.scheme_uid, body, at=int(time.time()), nonce=secrets.token_hex(16))
            if self.connection is not None and time.monotonic() - self.last_used > IDLE_REOPEN:
                self.close()  # the server will have closed it (or is about to): do not write into a dead socket
            if self.connection is None:
                self.connection = http.client.HTTPSConnection(self.host, self.port, context=self.context,
                                                              timeout=self.timeout)
            try:
                self.connection.request(method, path, body=body,
                                        headers={**signed, **(headers or {}),
                                                 "Content-Type": "application/octet-stream"})
                response = self.connection.getresponse()
                reply = Reply(response.status, response.read())
                self.last_used = time.monotonic()
                return reply
            except ssl.SSLCertVerificationError as exc:
                self.close()
                raise ServerUnreachable(
                    QT_TRANSLATE_NOOP("Client", "The scheme server did not prove it is the server the scheme office "
                                                "named."),
                    hint=QT_TRANSLATE_NOOP("Client", "Its TLS certificate is not the pinned one ({reason}).")
                    .format(reason=exc.verify_message)) from None
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError, ssl.SSLEOFError,
                    ssl.SSLZeroReturnError) as exc:
                self.close()  # the server may have closed an idle connection: one more try on a new one
                if attempt == 2:
                    raise self.unreachable(exc) from None
            except (OSError, http.client.HTTPException) as exc:
                self.close()
                raise self.unreachable(exc) from None
        raise AssertionError("unreachable")

    def unreachable(self, exc: BaseException) -> ServerUnreachable:
        return ServerUnreachable(QT_TRANSLATE_NOOP("Client", "The scheme server at {host}:{port} cannot be reached "
                                                             "({reason}).").format(host=self.host, port=self.port,
                                                                                   reason=str(exc)),
                                 hint=QT_TRANSLATE_NOOP("Client", "Nothing is lost: the visits stay queued for the "
                                                                  "next sync."))
