"""What the scheme office is told about a file it cannot take, word for word and by kind (written against
mutation survivors). The kind decides how "check any file" sorts the verdict, so it is checked too.
"""

from __future__ import annotations

import pytest

from icvapp.errors import NotFound
from icvapp.sealing.submission import SubmissionRejected, check_payload, decrypt, payload_of
from icvapp.trust.enrolment import require_trust


def rejection(call) -> tuple[str, str, str]:
    with pytest.raises(SubmissionRejected) as caught:
        call()
    return caught.value.message, caught.value.hint, caught.value.kind


@pytest.mark.parametrize("payload", [b"[]", b'{"format": "something else"}', b'{"visit": 1}'])
def test_json_that_is_not_a_submission_is_named_so(signed_ctx, payload):
    trust = require_trust(signed_ctx.db)
    assert rejection(lambda: check_payload(payload, trust)) == (
        "This is not a visit submission from icvapp.", "", "damaged")


def test_a_file_the_inbox_key_cannot_open_says_what_it_may_be(signed_ctx):
    trust = require_trust(signed_ctx.db)
    assert rejection(lambda: decrypt(b"\x30\x03\x02\x01\x01", trust, None)) == (
        "This file cannot be opened with this scheme's inbox key.",
        "It is damaged, not a submission file, or was made for another scheme.", "damaged")


def test_a_visit_number_that_does_not_exist_is_named(signed_ctx):
    with pytest.raises(NotFound) as caught:
        payload_of(signed_ctx.db, 999_999)
    assert caught.value.message == "There is no visit number 999999."

