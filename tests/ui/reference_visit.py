"""The reference visit, typed with the keyboard alone: what a volunteer presses, key by key.

Each step is (keys, what for). A key is a Qt key name ("Tab", "Down", "Ctrl+N",
"Alt+2") or text typed one character a key ("2105"). The test counts every key.
"""

from __future__ import annotations

#: From the visit list to a checked, saved draft: suite, yesterday's date, the pair, three times, the rating,
#: and the detainee totals (in custody, offered, seen).
REFERENCE_VISIT: list[tuple[list[str], str]] = [
    (["Ctrl+N"], "a new visit; the custody suite has the focus"),
    (["Down"], "the first suite"),
    (["Tab", "Down"], "the date: yesterday"),
    (["Tab", "Down"], "first visitor"),
    (["Tab", "Down", "Down"], "second visitor"),
    (["Tab", "Tab", "2105"], "arrived (past the lone-visitor note)"),
    (["Tab", "Tab", "2112"], "admitted (past the Now button)"),
    (["Tab", "Tab", "2240"], "left"),
    (["Alt+R", "Down"], "rating: satisfactory"),
    (["Alt+2"], "the Detainees section; its first box has the focus"),
    (["9"], "in custody, total"),
    (["Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "7"], "offered, total (past two rows of parts)"),
    (["Tab", "Tab", "Tab", "Tab", "4"], "seen, total"),
    (["Alt+E"], "Check: no problems"),
    (["Alt+B"], "back to the visit list: the draft is saved"),
]
