"""``icvapp`` and ``python -m icvapp``: the app's window with no command, else the command line."""

from __future__ import annotations

import sys

from icvapp.cli.main import gui_requested, run_command


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    gui, data_dir = gui_requested(argv)
    if not gui:
        return run_command(argv)
    # deferred: the command line never loads Qt, and the window opens without the commands' libraries
    from icvapp.ui.launch import run_gui

    return run_gui(data_dir)


if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # deferred: only the bundle needs it, where the demo's worker (icvapp.demo.worker) starts as this program
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
