"""The demo office holds both schemes: custody in the main profile, the animal welfare scheme beside it."""

from __future__ import annotations

import datetime as dt

import pytest

from icvapp.demo.dog_unit import DOG_SCHEME
from icvapp.demo.schemes import create_demo_office
from icvapp.metrics.performance import summary
from icvapp.profile.context import open_profile
from icvapp.profile.profiles import list_profiles
from icvapp.scheme.periods import quarter
from icvapp.sealing.signoff import check_stored_visit
from icvapp.storage.model import TrackedIssue, Visit
from tests.conftest import PASSPHRASE

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("icvapp.trust.pki.BOX_KDF", (1, 1, 1024))
        data = tmp_path_factory.mktemp("office") / "data"
        steps = []
        create_demo_office(data, "passphrase", PASSPHRASE, today=TODAY,
                           progress=lambda n, total: steps.append((n, total))).close()
    return data, steps


def test_the_office_has_a_custody_and_an_animal_welfare_profile(office):
    data, steps = office
    assert [entry.kind for entry in list_profiles(data)] == ["custody", "dog_unit"]
    assert steps[-1] == (100, 100) and [n for n, _ in steps] == sorted(n for n, _ in steps)


def test_the_dog_unit_has_a_year_of_monthly_visits_signed_by_both_visitors(office):
    data, _ = office
    dogs = open_profile(list_profiles(data)[1].path, PASSPHRASE)
    try:
        assert dogs.config.kind == "dog_unit" and dogs.scheme_name() == DOG_SCHEME
        with dogs.db.session() as s:
            visits = s.query(Visit).order_by(Visit.visit_date).all()
            states = [v.effective_status for v in visits]
            sealed = [v.id for v in visits if v.status == "sealed"]
            open_issues = s.query(TrackedIssue).filter_by(status="open").count()
        assert len(visits) == 13 and states[:-1] == ["sealed"] * 12 and states[-1] == "draft"
        assert all(check_stored_visit(dogs.db, vid).ok for vid in sealed)
        months = {(v.visit_date.year, v.visit_date.month) for v in visits}
        assert len(months) == 13
        assert open_issues <= 1
        figures = summary(dogs.db, dogs.config, quarter(2026, 2), today=TODAY)  # July to September 2026
        assert (figures.covered_weeks, figures.expected_weeks) == (3, 3)
    finally:
        dogs.close()
