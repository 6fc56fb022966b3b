"""The languages the core speaks, and how a language asked for is matched to one of them."""

from __future__ import annotations

#: Languages the core has catalogues for, with each language's own name for itself.
LANGUAGES = {"en": "English", "cy": "Cymraeg"}
DEFAULT_LANGUAGE = "en"


def language_code(language: str | None) -> str:
    """'cy' from 'cy', 'cy_GB' or 'cy-GB'; English for None, blank or a language the core does not have."""
    code = (language or DEFAULT_LANGUAGE).replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE
