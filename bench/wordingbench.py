"""What a kind's own wording costs the window: Qt's translate() with the kind's translator above the catalogues,
against the catalogues alone, in the same run.

    python -m bench.wordingbench [--calls 50000] [--reps 7]

Every sentence a window says goes through ``QCoreApplication.translate``; with a scheme on screen
(:func:`icvapp.ui.translation.speak_for`) Qt asks the kind's translator first, a Python call. The sentences
asked are a mix the window says (most of them not the kind's own). Nothing here asserts on timing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

#: (context, sentence): some the custody definition words its own way, most it does not.
SENTENCES = [("VisitForm", "Visit details"), ("DetailsSection", "Arrival time"), ("ConversationsSection", "Remove"),
             ("PlacesPanel", "New {place}"), ("VisitList", "Date"), ("MainWindow", "&File"),
             ("ConversationsSection", "The selected entry"), ("RotaView", "Rota by week")]


def per_call(calls: int) -> float:
    from PySide6.QtCore import QCoreApplication

    start = time.perf_counter()
    for i in range(calls):
        context, source = SENTENCES[i % len(SENTENCES)]
        QCoreApplication.translate(context, source)
    return (time.perf_counter() - start) / calls


def run(calls: int = 50_000, reps: int = 7, language: str = "cy") -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from icvapp.scheme.config import load_config
    from icvapp.ui.translation import install_language, speak_for

    app = QCoreApplication.instance() or QCoreApplication([])
    install_language(app, language)
    custody = load_config("custody")
    bare, kind = [], []
    for _ in range(reps):  # interleaved, so the machine's load falls on both alike
        speak_for(None)
        bare.append(per_call(calls))
        speak_for(custody)
        kind.append(per_call(calls))
    speak_for(None)
    b, k = statistics.median(bare), statistics.median(kind)
    return {"language": language, "calls": calls, "reps": reps, "catalogues_us": b * 1e6, "with_kind_us": k * 1e6,
            "ratio": k / b, "extra_us": (k - b) * 1e6}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--calls", type=int, default=50_000)
    p.add_argument("--reps", type=int, default=7)
    args = p.parse_args()
    r = run(args.calls, args.reps)
    print(f"translate(), catalogues alone: {r['catalogues_us']:.2f} µs a sentence (median of {r['reps']})")
    print(f"translate(), the kind's translator first: {r['with_kind_us']:.2f} µs  ratio {r['ratio']:.2f}  "
          f"(+{r['extra_us']:.2f} µs a sentence)")


if __name__ == "__main__":
    main()
