"""The scheme server refuses in English; the laptop shows the refusals it knows in its reader's language."""

from __future__ import annotations

import ast
import json
from importlib import resources

import pytest

from icvapp.delivery.client import Reply
from icvapp.delivery.refusals import KNOWN, server_reason
from icvapp.errors import in_language
from icvapp.i18n import translator


def refused(reason: str, status: int = 403) -> Reply:
    return Reply(status, json.dumps({"answer": "refused", "reason": reason}).encode())


def test_a_known_refusal_reaches_the_reader_in_welsh_and_reads_as_before_in_english():
    reason = refused("This device may not do that.").refused_reason
    assert reason == "This device may not do that."  # stored and compared as the server's English
    assert in_language(reason, translator("en")) == "This device may not do that."
    assert in_language(reason, translator("cy")) == "Ni chaiff y ddyfais hon wneud hynny."


def test_a_revoked_device_is_told_the_date_in_its_own_language():
    reason = server_reason("Refused: this device's certificate was revoked on 03 March 2026.")
    assert str(reason) == "Refused: this device's certificate was revoked on 03 March 2026."
    assert in_language(reason, translator("cy")) == "Gwrthodwyd: dirymwyd tystysgrif y ddyfais hon ar 03 Mawrth 2026."


@pytest.mark.parametrize("reason", [
    "A newer server's reason the laptop has not learnt.",
    "This national return is refused: it names a person.",
    "Refused: this device's certificate was revoked on 31 Smarch 2026.",
])
def test_an_unknown_refusal_is_passed_through_as_the_server_wrote_it(reason):
    assert in_language(refused(reason).refused_reason, translator("cy")) == reason


def test_a_reply_without_a_reason_names_its_status():
    assert Reply(502, b"<html>bad gateway</html>").refused_reason == "HTTP 502"
    assert in_language(Reply(500, b"{}").refused_reason, translator("cy")) == "HTTP 500"


def test_every_known_refusal_is_translated_into_welsh():
    tr = translator("cy")
    assert [text for text in KNOWN.values() if in_language(text, tr) == str(text)] == []


def test_the_laptop_knows_every_fixed_reason_the_server_gives():
    """A reason added to the server without its translation here would reach a Welsh reader in English."""
    given = set()
    for name in ("app.py", "store.py", "returns.py"):
        tree = ast.parse(resources.files("icvapp.server").joinpath(name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            called = getattr(node, "func", None)
            called = getattr(called, "attr", getattr(called, "id", None))
            if called in ("Refused", "refusal") and node.args and isinstance(node.args[0], ast.Constant):
                given.add(node.args[0].value)
            if isinstance(node, ast.Dict):
                given |= {v.value for k, v in zip(node.keys, node.values, strict=True)
                          if isinstance(k, ast.Constant) and k.value == "reason" and isinstance(v, ast.Constant)}
    assert len(given) > 30
    assert given - set(KNOWN) == set()


def test_a_receipt_that_cannot_be_trusted_is_said_in_welsh_live_and_from_the_stored_status():
    from icvapp.delivery.refusals import UNTRUSTED_RECEIPT
    from icvapp.server.protocol import ReceiptProblem

    live = UNTRUSTED_RECEIPT.format(problem=ReceiptProblem.BAD_SIGNATURE)
    english = "The server's receipt cannot be trusted: the receipt's signature does not match it."
    assert str(live) == english
    stored = server_reason(english)  # the sync status keeps the English words
    for said in (live, stored):
        welsh = in_language(said, translator("cy"))
        assert welsh != english and "llofnod" in welsh


def test_every_receipt_problem_is_translated_into_welsh_and_read_back_from_english():
    from icvapp.delivery.refusals import UNTRUSTED_RECEIPT
    from icvapp.server.protocol import RECEIPT_PROBLEMS

    tr = translator("cy")
    assert len(RECEIPT_PROBLEMS) == 8
    assert [p for p in RECEIPT_PROBLEMS if in_language(p, tr) == str(p)] == []
    for problem in RECEIPT_PROBLEMS:
        english = str(UNTRUSTED_RECEIPT.format(problem=problem))
        assert in_language(server_reason(english), tr) == in_language(UNTRUSTED_RECEIPT.format(problem=problem), tr)
    assert server_reason("The server's receipt cannot be trusted: a reason no laptop knows.") == (
        "The server's receipt cannot be trusted: a reason no laptop knows.")
