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

#: An animal welfare visit to the dog unit, typed with the keyboard alone: the unit, the date, the pair, the
#: times, the rating; the dogs at the unit, seen and not seen (one typed total each, no groups); two dogs by
#: their identifiers and kennels, both seen; a finding in the kennels; training observed, with two methods.
DOG_UNIT_VISIT: list[tuple[list[str], str]] = [
    (["Ctrl+N"], "a new visit; the dog unit has the focus"),
    (["Down"], "the first dog unit"),
    (["Tab", "Down"], "the date: yesterday"),
    (["Tab", "Down"], "first visitor"),
    (["Tab", "Down", "Down"], "second visitor"),
    (["Tab", "Tab", "1005"], "arrived (past the lone-visitor note)"),
    (["Tab", "Tab", "1012"], "admitted (past the Now button)"),
    (["Tab", "Tab", "1140"], "left"),
    (["Alt+R", "Down"], "rating: satisfactory"),
    (["Alt+2"], "the Numbers section; its first box (dogs at the unit) has the focus"),
    (["5", "Tab", "2", "Tab", "3"], "dogs at the unit, seen, not seen"),
    (["Alt+3", "Alt+A"], "the Dogs seen section: add a dog; its identifier has the focus"),
    (["K9-104", "Tab", "3", "Tab", "Down"], "the first dog: identifier, kennel, seen"),
    (["Alt+A"], "add the second dog"),
    (["K9-117", "Tab", "5", "Tab", "Down"], "the second dog: identifier, kennel, seen"),
    (["Alt+4"], "the kennels, vehicles and training areas; the kennels' finding has the focus"),
    (["Down", "Down", "Tab", "Down", "Tab", "Drain blocked"], "kennels: an issue, housing and cleanliness, a note"),
    (["Alt+5"], "training observed"),
    (["Alt+O", "Down"], "observed: yes"),
    (["Tab", "Space", "Tab", "Tab", "Space"], "methods seen: reward-based (toy) and verbal praise"),
    (["Alt+E"], "Check: no problems"),
    (["Alt+B"], "back to the visit list: the draft is saved"),
]

#: Keys the dog unit script presses. Its counts are three typed totals (the kind has no groups).
DOG_UNIT_EXPECTED_KEYS = 87
