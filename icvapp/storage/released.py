"""The keys that formats released before scheme kinds gave to custody's parts, kept exactly.

A custody visit's signed document (``icvapp-visit/1``), the scheme file, the rota the scheme server
holds and a custody scheme's CSV history name a place a "suite", a subject's identifier its "custody
number" and where it was held its "cell". Every file already written must still verify and read,
and an older icvapp must still read a new custody file, so these keys never change. The code speaks
of places, subjects, identifiers and locations, and maps them to these keys at the edge of each
format. Like the migrations in ``db/versions``, this module is where the old words stay
(``tests/test_kind_words.py``).
"""

from __future__ import annotations

#: A visit document's place, a rota entry's place, and the CSV history's column naming the place.
PLACE = "suite"
#: The scheme file's list of places.
PLACES = "suites"
#: A place's count of locations in the scheme file.
LOCATIONS = "cells"
#: A subject's identifier in a visit document of format 1.
IDENTIFIER = "custody_number"
#: Where a subject was, in a visit document of format 1.
LOCATION = "cell"
#: The figures' JSON export (``--format json``) names their fields as it did when it was released.
FIGURE_KEYS = {"places": "suites", "place": "suite", "place_id": "suite_id", "per_place": "per_suite",
               "present": "in_custody", "visits_with_nobody_present": "visits_with_nobody_in_custody"}
#: The first kind's annual CSV: its columns, as the PCC's spreadsheets have always read them.
ANNUAL_CSV_HEAD = ("Suite", "Visits", "In custody during visits", "Offered a visit", "Spoken to", "Spoken to (%)")
#: The first kind's items in the figures' CSV and XLSX export, by what every other kind calls them.
FIGURE_ITEMS = {"all places": "all suites", "visits counting none present": "visits with nobody in custody",
                "subjects": "detainees"}
#: The first kind, as every profile, scheme file and signed document from before kinds existed is one of.
FIRST_KIND = "custody"
#: The audit log's names for setting up places: entries already in a hash-chained log keep them.
AUDIT_CLOSURE_ADDED = "suite closure"
AUDIT_CLOSURE_REMOVED = "suite closure removed"
AUDIT_PLACE_SAVED = "suite saved"
#: The visits list's option that names a place, as the command line was released with (``--place`` is its new name).
CLI_PLACE_OPTION = "--suite"
#: The window state's name for the set-up view's places table (``window.ini``): widths saved under it still apply.
PLACES_TABLE_STATE = "suites"
