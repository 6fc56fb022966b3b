"""A private Xvfb display for the tests that need a real X server (the installed app's window, the AT-SPI tree).

The suite runs in several processes at once (pytest-xdist), so two tests may look for a free display number
at the same moment. Each process starts its search at its own offset, and a display another process took
between the look and the start (Xvfb exits: "server is already active") is skipped for the next one.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

FIRST, LAST = 100, 500


def display_taken(number: int) -> bool:
    return Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists()


def start_xvfb(size: str, log, *, wait: float = 10.0) -> tuple[subprocess.Popen, int]:
    """Start Xvfb on a free display with a ``size`` screen ("1280x800x24"), its output to ``log``; return the
    running server and its display number once its socket is there."""
    offset = os.getpid() % (LAST - FIRST)
    for number in [FIRST + (offset + i) % (LAST - FIRST) for i in range(LAST - FIRST)]:
        if display_taken(number):
            continue
        server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", size, "-nolisten", "tcp"],
                                  stdout=log, stderr=subprocess.STDOUT)
        socket, deadline = Path(f"/tmp/.X11-unix/X{number}"), time.monotonic() + wait
        try:
            while server.poll() is None and not socket.exists() and time.monotonic() < deadline:
                time.sleep(0.05)
        except BaseException:  # interrupted while waiting: leave no X server behind
            server.kill()
            server.wait()
            raise
        if socket.exists() and server.poll() is None:
            return server, number
        if server.poll() is None:  # no socket in time: a broken Xvfb, not a taken number
            server.kill()
            server.wait()
            raise RuntimeError(f"Xvfb did not open display :{number} within {wait:g} s")
    raise RuntimeError(f"no free X display between :{FIRST} and :{LAST - 1}")
