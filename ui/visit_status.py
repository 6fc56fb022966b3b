"""What the visit form says about a report's state: the banner above it and the words in its title."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, QTimeZone

from icvapp.ui.palette import Role, chip_style
from icvapp.ui.translation import translate
from icvapp.visits.record import VisitStatus
from icvapp.visits.sealed import SealSummary

#: The banner's tint for each kind of news, from the palette's roles (light, dark or high contrast).
BANNER_ROLES = {"ok": Role.OK, "sealed": Role.INFO, "note": Role.WARNING}


def status_words(status: str, version: int) -> str:
    """'draft', 'awaiting signatures' or 'signed', with the version of an amendment."""
    words = {VisitStatus.COMPLETE: translate("VisitForm", "awaiting signatures"),
             VisitStatus.SEALED: translate("VisitForm", "signed")}.get(status, translate("VisitForm", "draft"))
    if version > 1:
        words = translate("VisitForm", "{status} · version {version}").format(status=words, version=version)
    return words


def signed_moment(when) -> dict[str, str]:
    """A signing time (UTC) as the chosen language writes its date and its time."""
    moment = QDateTime(when.date(), when.time().replace(microsecond=0), QTimeZone.utc())
    return {"date": QLocale().toString(moment.date(), "d MMM yyyy"), "time": QLocale().toString(moment.time(), "HH:mm")}


def status_banner(status: str, summary: SealSummary | None) -> tuple[str, str]:
    """The sentence above a draft or a sealed report that says what can be done with it now (a complete one's
    names the kind's staff: :func:`icvapp.ui.form_words.form_banner`)."""
    amendment = summary is not None and summary.version > 1
    if status == VisitStatus.DRAFT:
        if amendment:
            return (translate("VisitForm", "Amendment (version {version}) of a signed report. Reason: {reason} "
                                           "The signed original stays on record unchanged.")
                    .format(version=summary.version, reason=summary.amendment_reason), chip_style(BANNER_ROLES["note"]))
        return "", ""
    return sealed_banner(summary), chip_style(BANNER_ROLES["sealed"])


def sealed_banner(summary: SealSummary | None) -> str:
    names = translate("VisitForm", " and ").join(n for n, _ in summary.signers) if summary else ""
    when = max((t for _, t in summary.signers), default=None) if summary else None
    parts = []
    if summary is not None and summary.version > 1:
        parts.append(translate("VisitForm", "Version {version}, an amendment: {reason}.").format(
            version=summary.version, reason=summary.amendment_reason.strip().rstrip(". ")))
    if when:
        parts.append(translate("VisitForm", "Signed by {names} on {date} at {time} UTC and sealed: it can be "
                                            "read, exported and sent to the office, but never changed.")
                     .format(names=names, **signed_moment(when)))
    else:
        parts.append(translate("VisitForm", "Signed by {names} and sealed: it can be read, exported and sent to "
                                            "the office, but never changed.").format(names=names))
    if summary and summary.superseded_by:
        _id, version, sealed = summary.superseded_by
        parts.append((translate("VisitForm", "Superseded by the signed amendment, version {version}.") if sealed
                      else translate("VisitForm", "An amendment (version {version}) is being prepared."))
                     .format(version=version))
    else:
        parts.append(translate("VisitForm", "To correct it, choose 'Amend'."))
    return " ".join(parts)
