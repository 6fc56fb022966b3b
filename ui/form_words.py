"""The visit form's words for the open scheme's kind: its nouns, its tab titles, its mnemonics.

Every label is written once, in general words built from the kind's nouns
(:meth:`~icvapp.scheme.config.SchemeConfig.word`) and translated as a whole sentence; a kind whose
reports and forms have long said it otherwise words it its own way in its definition (``"wording"``,
said through :func:`icvapp.ui.translation.speak_for`), so the first kind reads as it always has.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from icvapp.reports.nouns import lower_first
from icvapp.scheme.config import SchemeConfig
from icvapp.ui.palette import chip_style
from icvapp.ui.translation import speak_for, translate, ui_language
from icvapp.ui.visit_status import BANNER_ROLES, status_banner
from icvapp.visits.record import VisitStatus
from icvapp.visits.sealed import SealSummary

#: The window's menus: every view's labels avoid their Alt+letters.
WINDOW_MENUS = (("MainWindow", "&File"), ("MainWindow", "&View"), ("MainWindow", "&Help"), ("Security", "Securit&y"))
#: The window's menus, the visit form's buttons and its fixed labels, whose Alt+letters a label built from a
#: kind's word avoids.
FIXED_MNEMONICS = (*WINDOW_MENUS, ("VisitForm", "← &Back to visits"), ("VisitForm", "Ch&eck"), ("VisitForm", "E&xport PDF…"),
                   ("VisitForm", "Mark comp&lete"), ("VisitForm", "&Sign and seal…"),
                   ("ConversationsSection", "&Add {subject}"), ("ConversationEditor", "&Issue"),
                   ("ConversationEditor", "Staff &response"))


def mnemonics_taken() -> str:
    """The Alt+letters of :data:`FIXED_MNEMONICS` in the language the window speaks now."""
    return "".join(mnemonic_of(translate(context, text)) for context, text in FIXED_MNEMONICS)


def window_mnemonics() -> str:
    """The Alt+letters of the window's menus in the language the window speaks now."""
    return "".join(mnemonic_of(translate(context, text)) for context, text in WINDOW_MENUS)


def mnemonics_in(root: QWidget, besides: tuple[QWidget, ...] = ()) -> str:
    """The Alt+letters the labels, buttons, group boxes and tabs under ``root`` claim (``besides`` left out)."""
    texts = [w.text() for kind in (QLabel, QAbstractButton) for w in root.findChildren(kind) if w not in besides]
    texts += [box.title() for box in root.findChildren(QGroupBox)]
    texts += [tabs.tabText(i) for tabs in root.findChildren(QTabWidget) for i in range(tabs.count())]
    return "".join(mnemonic_of(text) for text in texts)


def label_with_free_mnemonic(label: QLabel, text: str, root: QWidget) -> None:
    """Set ``label`` to ``text`` (a kind's noun, written as it is) with an Alt+letter that neither the window's
    menus nor anything else under ``root`` claims, in whatever language the window speaks."""
    label.setText(with_mnemonic(text, window_mnemonics() + mnemonics_in(root, besides=(label,))))


def mnemonic_of(label: str) -> str:
    """The Alt+letter of a label ('C&ustody number' → 'u'), or ''."""
    at = label.replace("&&", "").find("&")
    return label.replace("&&", "")[at + 1].casefold() if 0 <= at < len(label.replace("&&", "")) - 1 else ""


def with_mnemonic(text: str, avoid: str = "") -> str:
    """``text`` with an Alt+letter: the first word's first letter not in ``avoid``, else any such letter."""
    text = text.replace("&", "&&")
    taken = avoid.casefold()
    starts = [i for i, ch in enumerate(text) if ch.isalpha() and (i == 0 or not text[i - 1].isalnum())]
    others = [i for i, ch in enumerate(text) if ch.isalpha()]
    for i in (*starts, *others):
        if text[i].casefold() not in taken:
            return text[:i] + "&" + text[i:]
    return text


def kept_mnemonic(label: str, avoid: str = "") -> str:
    """``label`` with the Alt+letter its translation or its kind's own wording gave it, if that letter is free;
    otherwise with one :func:`with_mnemonic` chooses ("Ne&w unit" stays; "New dog unit" gets "&New dog unit").
    A literal ampersand is written "&&", as Qt writes it."""
    own = mnemonic_of(label)
    if own and own not in avoid.casefold():
        return label
    return with_mnemonic(label.replace("&&", "\0").replace("&", "").replace("\0", "&"), avoid)


def staff_words(config: SchemeConfig) -> dict[str, str]:
    """The kind's staff member for a label: as written, and inside a sentence."""
    staff = config.word("staff", ui_language())
    return {"staff": staff, "staff_in_sentence": lower_first(staff)}


def form_tab_titles(config: SchemeConfig, language: str | None) -> list[str]:
    """The form's sections as its tabs name them: details, counts, subjects, inspection, [activities,] close-out."""
    speak_for(config)
    details, closeout = translate("VisitForm", "Visit details"), translate("VisitForm", "Close-out")
    counts = translate("VisitForm", "Numbers")
    conversations = translate("VisitForm", "{subjects} seen").format(subjects=config.word("subjects", language))
    inspection = config.word("inspection", language)
    activities = []
    if len(config.activities) == 1:
        activities = [config.activities[0].label_in(language)]
    elif config.activities:
        activities = [translate("VisitForm", "Observed")]
    return [details, counts, conversations, inspection, *activities, closeout]


def places_banner(config: SchemeConfig) -> tuple[str, str]:
    """What a new visit says when the scheme has no places to visit yet."""
    return (translate("VisitForm", "This scheme has no places to visit yet, so there is nothing to choose. A "
                                   "volunteer gets them with the scheme file: File ▸ Join your scheme. The scheme "
                                   "office adds them in View ▸ Scheme set-up."), chip_style(BANNER_ROLES["note"]))


def form_banner(config: SchemeConfig, status: str, summary: SealSummary | None) -> tuple[str, str]:
    """The sentence above the form saying what can be done with the report now, naming the kind's staff."""
    if status != VisitStatus.COMPLETE:
        return status_banner(status, summary)
    return (translate("VisitForm", "Complete, awaiting both visitors' signatures. Choose 'Sign and seal' to "
                                   "record the acknowledgement of the {staff} and sign, or 'Edit again' to correct "
                                   "it first.").format(staff=lower_first(config.word("staff", ui_language()))),
            chip_style(BANNER_ROLES["ok"]))
