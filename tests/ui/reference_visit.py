"""The reference visit, typed with the keyboard alone: what a volunteer presses, key by key.

Each step is (keys, what for). A key is a Qt key name ("Tab", "Down", "Ctrl+N",
"Alt+2") or text typed one character a key ("2105"). The test counts every key.
"""

from __future__ import annotations

#: From the visit list to a checked, saved draft: suite, yesterday's date, the pair, three times, the rating,
#: and the detainees in custody, offered and seen, each as female, male and juvenile. Each stage's total
#: (9, 7, 4) is worked out from its parts and is no tab stop.
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
    (["Alt+2"], "the Detainees section; its first box (in custody, female) has the focus"),
    (["2", "Tab", "6", "Tab", "1"], "in custody: female, male, juvenile"),
    (["Tab", "Tab", "Tab", "Tab", "2", "Tab", "4", "Tab", "1"], "offered: female, male, juvenile (past not available)"),
    (["Tab", "1", "Tab", "3", "Tab", "0"], "seen: female, male, juvenile"),
    (["Alt+E"], "Check: no problems"),
    (["Alt+B"], "back to the visit list: the draft is saved"),
]

#: Keys the script above presses. With every total typed as well (before totals were worked out), the
#: same visit took 59; typing the totals alone, with no split, took 47.
EXPECTED_KEYS = 52
