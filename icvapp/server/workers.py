"""Serving from several processes on one listening socket (Linux and other POSIX systems).

One Python process runs its Python one thread at a time, and a delivery costs the
server about as much Python (TLS records, HTTP parsing, the request's checks) as
it waits on PostgreSQL, so a second process serves a second core. The parent binds
the socket once, forks the workers and only supervises: each worker opens its own
database pool after the fork (a connection must never be shared across a fork).

A worker must not outlive its parent: if the parent is killed outright (SIGKILL,
which it cannot catch), the kernel sends each worker SIGKILL too
(``PR_SET_PDEATHSIG``), so a restarted server never finds an orphan on its port.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import signal
import socket
import sys
import time
from collections.abc import Callable

PR_SET_PDEATHSIG = 1


def default_workers() -> int:
    """One worker per core, at most four (a scheme office's server is small); one where there is no fork."""
    if not hasattr(os, "fork"):
        return 1
    return max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


def listening_socket(host: str, port: int, *, patience: float = 3.0) -> socket.socket:
    """The server's socket; a port still held for a moment (a killed server's workers exiting) is waited for."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    deadline = time.monotonic() + patience
    while True:
        try:
            sock = socket.create_server((host, port), family=family, backlog=2048)
            break
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE or time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    sock.set_inheritable(True)
    return sock


def die_with_parent(parent: int) -> None:
    """Ask the kernel to SIGKILL this process when its parent dies; exit now if it already has."""
    if sys.platform.startswith("linux"):  # elsewhere a killed parent's workers must be stopped by hand
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


def run_workers(sock: socket.socket, count: int, work: Callable[[socket.socket], None]) -> int:
    """Fork ``count`` workers, each running ``work(sock)``; return when they have all ended.

    SIGTERM or SIGINT to the parent is passed on to every worker, which finishes the
    requests in hand and exits (uvicorn's own handling). A worker that ends early
    ends the server: the others are told to stop, and systemd (or the operator) starts it again.
    """
    parent, children = os.getpid(), []
    for _ in range(count):
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                die_with_parent(parent)
                work(sock)
            except BaseException:  # noqa: BLE001 - the worker reports and exits; the parent sees its status
                import traceback  # deferred: only a failing worker needs it

                traceback.print_exc()
                code = 1
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        children.append(pid)
    sock.close()

    def pass_on(signum, _frame) -> None:
        for child in children:
            try:
                os.kill(child, signum)
            except ProcessLookupError:
                pass

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, pass_on)
    failed = False
    while children:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            break
        if pid in children:
            children.remove(pid)
            failed = failed or os.waitstatus_to_exitcode(status) > 0
            pass_on(signal.SIGTERM, None)  # one worker gone: stop the rest rather than serve at half strength
    return 1 if failed else 0
