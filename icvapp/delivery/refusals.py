"""The scheme server's refusals, in the laptop's language.

The server speaks English only (one server serves many schemes and readers), so the laptop knows its
refusals by their English words and renders the ones it knows in the reader's language. A reason it
does not know (a newer server's, or one with details filled in) is shown as the server wrote it.
"""

from __future__ import annotations

import datetime as dt
import re

from icvapp.errors import QT_TRANSLATE_NOOP
from icvapp.i18n.formats import Moment
from icvapp.server.protocol import RECEIPT_PROBLEMS

#: Why a sync stopped when a receipt fails its checks (icvapp.delivery.sync), the problem one of RECEIPT_PROBLEMS.
UNTRUSTED_RECEIPT = QT_TRANSLATE_NOOP("Sync", "The server's receipt cannot be trusted: {problem}.")
UNTRUSTED = re.compile(r"The server's receipt cannot be trusted: (.+)\.")
RECEIPT_REASONS = {problem.source: problem for problem in RECEIPT_PROBLEMS}

# The server's fixed reasons (icvapp/server: app.py, store.py, returns.py), as it words them.
KNOWN = {text.source: text for text in (
    QT_TRANSLATE_NOOP("ServerRefusal", "The request is not signed by a device."),
    QT_TRANSLATE_NOOP("ServerRefusal", "This server does not host that scheme."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The request's signature does not match it."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The request's time is too far from the server's clock (check the laptop's "
                                       "clock)."),
    QT_TRANSLATE_NOOP("ServerRefusal", "This request was sent before: a replay is refused."),
    QT_TRANSLATE_NOOP("ServerRefusal", "This device may not do that."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The request is far too large."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The request does not name a scheme."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The server's database is unavailable; try again shortly."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The limit and the starting point are whole numbers."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The acknowledgement is not readable."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The rota is not readable."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The scheme file is not readable."),
    QT_TRANSLATE_NOOP("ServerRefusal", "This scheme file is not signed by this scheme's root."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The scheme file's revocation list is not signed by the scheme root."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The server already holds this scheme file or a newer one."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The delivery does not name its visit."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The delivery's version is not a whole number."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The delivery's version is out of range."),
    QT_TRANSLATE_NOOP("ServerRefusal", "An original visit is its own series, and an amendment belongs to another "
                                       "visit's."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The delivery is empty."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The delivery is far too large to be a submission file."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The delivery is not an encrypted submission file."),
    QT_TRANSLATE_NOOP("ServerRefusal", "This file was delivered before as another version of the visit."),
    QT_TRANSLATE_NOOP("ServerRefusal", "An acknowledgement names up to 1,000 deliveries by number."),
    QT_TRANSLATE_NOOP("ServerRefusal", "A rota is a list of places' weeks and their pairs."),
    QT_TRANSLATE_NOOP("ServerRefusal", "Each rota entry holds a week, a place and its visitors, and nothing else."),
    QT_TRANSLATE_NOOP("ServerRefusal", "A rota week is not a date."),
    QT_TRANSLATE_NOOP("ServerRefusal", "A rota week starts on a Monday; the rota never holds a day."),
    QT_TRANSLATE_NOOP("ServerRefusal", "A rota pair names up to two volunteers by their uid."),
    QT_TRANSLATE_NOOP("ServerRefusal", "A rota entry names its place by uid."),
    QT_TRANSLATE_NOOP("ServerRefusal", "This is not a national return."),
    QT_TRANSLATE_NOOP("ServerRefusal", "This national return is for another scheme."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The national return's signature is damaged."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The national return is not signed by this scheme's root."),
    QT_TRANSLATE_NOOP("ServerRefusal", "The national return is not readable."),
    # Why a device may not talk to the server (icvapp/server/certificates.py device_problem), after "Refused: ".
    QT_TRANSLATE_NOOP("ServerRefusal", "Refused: this device's certificate was not issued by the scheme."),
    QT_TRANSLATE_NOOP("ServerRefusal", "Refused: this certificate is not a device certificate."),
    QT_TRANSLATE_NOOP("ServerRefusal", "Refused: this device's certificate is not valid now."),
)}
REVOKED = re.compile(r"Refused: this device's certificate was revoked on (\d{2} [A-Z][a-z]+ \d{4})\.")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")


def server_reason(reason: str) -> str:
    """``reason`` as a translatable text when it is one the server is known to give (or the laptop's own
    word that a receipt could not be trusted); else as it is."""
    known = KNOWN.get(reason)
    if known is not None:
        return known
    untrusted = UNTRUSTED.fullmatch(reason)
    problem = RECEIPT_REASONS.get(untrusted.group(1)) if untrusted else None
    if problem is not None:  # as a stored sync status holds it
        return UNTRUSTED_RECEIPT.format(problem=problem)
    revoked = REVOKED.fullmatch(reason)
    if revoked and (day := _english_date(revoked.group(1))):
        return QT_TRANSLATE_NOOP("ServerRefusal", "Refused: this device's certificate was revoked on {date}.").format(
            date=Moment(day))
    return reason


def _english_date(text: str) -> dt.date | None:
    """A date the server wrote ``%d %B %Y`` (English month names, whatever the machine's locale)."""
    day, month, year = text.split()
    if month not in ENGLISH_MONTHS:
        return None
    try:
        return dt.date(int(year), ENGLISH_MONTHS.index(month) + 1, int(day))
    except ValueError:
        return None
