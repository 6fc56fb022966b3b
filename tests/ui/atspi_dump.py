"""Print an application's accessible tree as JSON, read through the real AT-SPI bus.

Run by Debian's Python (``/usr/bin/python3``, which has ``pyatspi``), not the
venv's, on the same session bus as the app:

    /usr/bin/python3 tests/ui/atspi_dump.py --pid PID [--depth 14] [--children 24] [--cells 8]

It prints ``{"windows": [...], "unnamed": [...]}``: each showing top-level window
as a tree of ``{"role", "name", "description", "children"}``, and the path of every focusable
control a screen reader could not name. Names are made stable (digits become
``#``, long text is cut) so dates and counts do not churn the baseline; a long
list or table keeps its headers and its first few cells.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time

import pyatspi
from gi.repository import GLib

# Roles a user operates; one of these without a name is announced as "button" or "edit", nothing more.
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "entry",
    "password text", "spin button", "slider", "table", "tree table", "list", "tree", "page tab",
    "page tab list", "menu item", "check menu item", "radio menu item", "date editor", "scroll pane",
}
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
MAX_NAME = 60


def stable(text: str) -> str:
    """A name with what changes from day to day (numbers, dates) masked and its length capped."""
    text = re.sub(r"\d+([.,:]\d+)*", "#", text or "")
    text = re.sub(rf"\b({MONTHS}|{DAYS})\b", "<date>", text)
    text = " ".join(text.split())
    return text if len(text) <= MAX_NAME else text[:MAX_NAME] + "…"


def find_app(pid: int, timeout: float) -> pyatspi.Accessible:
    desktop, end = pyatspi.Registry.getDesktop(0), time.monotonic() + timeout
    while time.monotonic() < end:
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid and app.childCount:
                    return app
            except GLib.GError:  # an application leaving the bus while we look
                pass
        time.sleep(0.1)
    sys.exit(f"no application with pid {pid} on the accessibility bus after {timeout:.0f} s")


class Walker:
    def __init__(self, depth: int, children: int, cells: int) -> None:
        self.depth, self.children, self.cells = depth, children, cells
        self.unnamed: list[str] = []

    def node(self, acc: pyatspi.Accessible, level: int, path: str) -> dict:
        role, name = acc.getRoleName(), acc.name or ""
        here = f"{path}/{role}" + (f"[{stable(name)}]" if name else "")
        states = acc.getState()
        if (role in INTERACTIVE and states.contains(pyatspi.STATE_FOCUSABLE)
                and states.contains(pyatspi.STATE_SHOWING) and not name.strip()):
            self.unnamed.append(here)
        out: dict = {"role": role, "name": stable(name)}
        if acc.description:
            out["description"] = stable(acc.description)
        if level >= self.depth:
            return out
        kids = [self.node(child, level + 1, here) for child in self.shown_children(acc, role, out)]
        if kids:
            out["children"] = kids
        return out

    def shown_children(self, acc: pyatspi.Accessible, role: str, out: dict) -> list:
        """The showing children; of a table or list, its headers and its first few cells only."""
        listing = role in ("table", "tree table", "list", "tree")
        kept, counts = [], {"header": 0, "item": 0}
        for child in acc:
            if child is None or not child.getState().contains(pyatspi.STATE_SHOWING):
                continue
            if not listing:
                kept.append(child)
                continue
            kind = "header" if "header" in child.getRoleName() else "item"
            if counts[kind] >= (self.children if kind == "header" else self.cells):
                out["more"] = True
                if all(n >= (self.children if k == "header" else self.cells) for k, n in counts.items()):
                    break
                continue
            counts[kind] += 1
            kept.append(child)
        return kept


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--depth", type=int, default=14)
    parser.add_argument("--children", type=int, default=24, help="headers kept per table or list")
    parser.add_argument("--cells", type=int, default=8, help="cells or items kept per table or list")
    parser.add_argument("--timeout", type=float, default=15)
    args = parser.parse_args()
    app = find_app(args.pid, args.timeout)
    walker = Walker(args.depth, args.children, args.cells)
    windows = [walker.node(w, 0, "") for w in app if w is not None and w.getState().contains(pyatspi.STATE_SHOWING)]
    json.dump({"windows": windows, "unnamed": walker.unnamed}, sys.stdout, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
