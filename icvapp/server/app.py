"""The scheme server's HTTP interface (Starlette, served by uvicorn over TLS).

Every route is authenticated by a signed request (:mod:`icvapp.server.protocol`):
the device's certificate must come from the scheme's root, be unrevoked under the
scheme file the office published last, and hold the role the route needs. The
check and the work run in one transaction with the scheme set, so a device can
only ever reach its own scheme's rows. They run in the event loop, on psycopg's
asynchronous connections (:func:`icvapp.server.database.entered`): no thread per request.

Routes (all under ``/v1``):

- ``POST /deliveries`` (laptop or office): one encrypted submission file; answers
  received, already received, superseded or refused, with a signed receipt.
- ``GET /deliveries/pending`` and ``POST /deliveries/ack`` (office): pull and acknowledge.
- ``GET /scheme`` (any device) and ``PUT /scheme`` (office): the root-signed scheme file.
- ``GET /rota`` (any device) and ``PUT /rota`` (office): places' weeks and their pairs.
- ``PUT /returns`` (office): a national return, counts only, signed by the scheme root.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

from cryptography import x509
from psycopg import AsyncConnection, OperationalError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from icvapp.server import protocol, store
from icvapp.server.certificates import OFFICE, ROLES, device_problem, role_of, serial_hex
from icvapp.server.database import entered, make_pool
from icvapp.server.protocol import Answer, Receipt, signed_receipt
from icvapp.server.returns import upload_return
from icvapp.storage.files import parse_json
from icvapp.trust import pki

MAX_BODY = store.MAX_DELIVERY + 64 * 1024


@dataclass(frozen=True)
class Caller:
    """The device a request came from, after every check passed."""

    scheme: store.SchemeOnServer
    certificate: x509.Certificate
    role: str
    body_digest: str  # the request body's SHA-256, as the device signed it

    @property
    def serial(self) -> str:
        return serial_hex(self.certificate)


def refusal(reason: str, status: int) -> JSONResponse:
    return JSONResponse({"answer": Answer.REFUSED.value, "reason": reason}, status_code=status)


def authenticate(entry, method: str, path: str, headers, body: bytes, roles: tuple[str, ...], now: float,
                 parsed: dict | None = None) -> Caller:
    """The calling device, or :class:`store.Refused` saying plainly why not; ``entry`` is the request's row from
    :func:`icvapp.server.database.entered` (the scheme, and whether the nonce is fresh)."""
    scheme_uid = headers.get(protocol.SCHEME, "")
    nonce = headers.get(protocol.NONCE, "")
    try:
        at = int(headers.get(protocol.TIME, ""))
        cert = protocol.device_certificate(headers.get(protocol.DEVICE, ""))
        signature = base64.b64decode(headers.get(protocol.SIGNATURE, ""), validate=True)
    except (ValueError, binascii.Error):
        raise store.Refused("The request is not signed by a device.", 401) from None
    if not signature:  # the nonce's form was checked before the transaction began (Server.handle)
        raise store.Refused("The request is not signed by a device.", 401)
    scheme, fresh = store.scheme_of(entry, parsed)
    if scheme is None:
        raise store.Refused("This server does not host that scheme.", 403)
    problem = device_problem(cert, scheme.root, scheme.revoked)
    if problem:
        raise store.Refused(f"Refused: {problem}.", 403)
    digest = protocol.body_digest(body)
    statement = protocol.request_statement(method, path, scheme_uid, at, nonce, digest=digest)
    if not pki.signature_valid(cert, signature, statement):
        raise store.Refused("The request's signature does not match it.", 401)
    if abs(now - at) > protocol.REPLAY_WINDOW:
        raise store.Refused("The request's time is too far from the server's clock (check the laptop's clock).",
                            401)
    if not fresh:
        raise store.Refused("This request was sent before: a replay is refused.", 401)
    role = role_of(cert)
    if role not in roles:
        raise store.Refused("This device may not do that.", 403)
    return Caller(scheme, cert, role, digest)


Work = Callable[[AsyncConnection, Caller, Request, bytes], Awaitable[Response]]


class Server:
    """The routes, bound to one database (``postgresql://…``; None serves no scheme) and the server's key.

    At most ``connections`` requests work at once, each holding a database connection; the rest wait
    their turn for up to ``wait`` seconds, then are told the database is unavailable.
    """

    def __init__(self, database: str | None, key, *, clock: Callable[[], float] = time.time,
                 connections: int = 12, wait: float = 10.0) -> None:
        self.key, self.clock = key, clock
        self.pool = make_pool(database, size=connections, timeout=wait) if database else None
        self.parsed: dict = {}  # schemes' root certificates and revocation lists, parsed and checked

    @asynccontextmanager
    async def lifespan(self, _app) -> AsyncIterator[None]:
        """The pool opens in the event loop that serves and closes with it; opening does not wait for the
        database, so a server started while PostgreSQL restarts answers "unavailable" until it is back."""
        if self.pool is not None:
            await self.pool.open(wait=False)
        try:
            yield
        finally:
            if self.pool is not None:
                await self.pool.close()

    def app(self) -> Starlette:
        routes = [Route("/v1/deliveries", self.post_delivery, methods=["POST"]),
                  Route("/v1/deliveries/pending", self.get_pending, methods=["GET"]),
                  Route("/v1/deliveries/ack", self.post_ack, methods=["POST"]),
                  Route("/v1/scheme", self.get_scheme, methods=["GET"]),
                  Route("/v1/scheme", self.put_scheme, methods=["PUT"]),
                  Route("/v1/rota", self.get_rota, methods=["GET"]),
                  Route("/v1/rota", self.put_rota, methods=["PUT"]),
                  Route("/v1/returns", self.put_return, methods=["PUT"]),
                  Route("/v1/health", self.health, methods=["GET"])]
        return Starlette(routes=routes, lifespan=self.lifespan)

    async def handle(self, request: Request, roles: tuple[str, ...], work: Work) -> Response:
        length = request.headers.get("content-length")
        if length and (not length.isdigit() or int(length) > MAX_BODY):
            return refusal("The request is far too large.", 413)
        chunks, size = [], 0
        async for chunk in request.stream():  # read with a limit: a body with no length could be endless
            size += len(chunk)
            if size > MAX_BODY:
                return refusal("The request is far too large.", 413)
            chunks.append(chunk)
        body = b"".join(chunks)
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        scheme_uid = request.headers.get(protocol.SCHEME, "")
        if not protocol.UID_PATTERN.match(scheme_uid):
            return refusal("The request does not name a scheme.", 400)

        nonce = request.headers.get(protocol.NONCE, "")
        if not protocol.NONCE_PATTERN.match(nonce):
            return refusal("The request is not signed by a device.", 401)

        if self.pool is None:
            return refusal("This server does not host that scheme.", 403)
        try:
            async with entered(self.pool, scheme_uid, nonce) as (conn, entry):
                caller = authenticate(entry, request.method, path, request.headers, body, roles, self.clock(),
                                      self.parsed)
                if secrets.randbelow(100) == 0:  # now and then, in some request's transaction
                    await store.forget_nonces(conn)
                return await work(conn, caller, request, body)
        except store.Refused as exc:
            return refusal(exc.message, exc.status)
        except OperationalError:
            return JSONResponse({"answer": "unavailable", "reason": "The server's database is unavailable; "
                                 "try again shortly."}, status_code=503)

    # ----------------------------------------------------------------------- routes

    async def post_delivery(self, request: Request) -> Response:
        return await self.handle(request, ROLES, self.store_delivery)

    async def store_delivery(self, conn: AsyncConnection, caller: Caller, request: Request, body: bytes) -> Response:
        h = request.headers
        done = await store.deliver(conn, visit_uid=h.get(protocol.VISIT, ""), series_uid=h.get(protocol.SERIES, ""),
                             version=h.get(protocol.VERSION, ""), body=body, device_serial=caller.serial,
                             digest=caller.body_digest)
        receipt = Receipt(caller.scheme.uid, h.get(protocol.VISIT, ""), done.digest, done.answer.value,
                          done.delivery_id, done.received_at.isoformat())
        signed = signed_receipt(receipt, self.key, caller.scheme.server_certificate)
        status = 200 if done.answer is Answer.ALREADY_RECEIVED else 201
        return JSONResponse({"answer": done.answer.value, "receipt": signed}, status_code=status)

    async def get_pending(self, request: Request) -> Response:
        async def work(conn, _caller, req, _body):
            try:
                limit = max(1, min(200, int(req.query_params.get("limit", "50"))))
                after = max(0, int(req.query_params.get("after", "0")))
            except ValueError:
                raise store.Refused("The limit and the starting point are whole numbers.") from None
            items = await store.pending(conn, after=after, limit=limit)
            for item in items:
                item["ciphertext"] = base64.b64encode(item["ciphertext"]).decode("ascii")
            return JSONResponse({"deliveries": items})

        return await self.handle(request, (OFFICE,), work)

    async def post_ack(self, request: Request) -> Response:
        async def work(conn, _caller, _req, body):
            try:
                ids = parse_json(body).get("ids")
            except (ValueError, AttributeError):
                raise store.Refused("The acknowledgement is not readable.") from None
            return JSONResponse({"acknowledged": await store.acknowledge(conn, ids)})

        return await self.handle(request, (OFFICE,), work)

    async def get_scheme(self, request: Request) -> Response:
        async def work(conn, _caller, _req, _body):
            return Response(await store.scheme_file(conn) or "null", media_type="application/json")

        return await self.handle(request, ROLES, work)

    async def put_scheme(self, request: Request) -> Response:
        async def work(conn, caller, _req, body):
            return JSONResponse({"issued_at": await store.publish_scheme_package(conn, caller.scheme, body)})

        return await self.handle(request, (OFFICE,), work)

    async def get_rota(self, request: Request) -> Response:
        async def work(conn, _caller, _req, _body):
            return JSONResponse({"weeks": await store.rota(conn)})

        return await self.handle(request, ROLES, work)

    async def put_rota(self, request: Request) -> Response:
        async def work(conn, _caller, _req, body):
            try:
                weeks = parse_json(body).get("weeks")
            except (ValueError, AttributeError):
                raise store.Refused("The rota is not readable.") from None
            return JSONResponse({"weeks": await store.publish_rota(conn, weeks)})

        return await self.handle(request, (OFFICE,), work)

    async def put_return(self, request: Request) -> Response:
        async def work(conn, caller, _req, body):
            return JSONResponse({"quarter": await upload_return(conn, caller.scheme, body)})

        return await self.handle(request, (OFFICE,), work)

    async def health(self, _request: Request) -> Response:
        return JSONResponse({"ok": True})
