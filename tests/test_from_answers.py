"""The intake's answers as Progress's first points (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from calfcare.core.log.from_answers import answered_on, answered_pain, answered_shoes
from calfcare.core.units import from_metres

from support import MONDAY, make_profile


def test_the_day_answered_is_the_file_s_day_but_never_after_today() -> None:
    noon = dt.datetime(2026, 11, 20, 12, 0).timestamp()
    assert answered_on(noon, MONDAY) == dt.date(2026, 11, 20)
    assert answered_on(noon, dt.date(2026, 11, 19)) == dt.date(2026, 11, 19)
    assert answered_on(None, MONDAY) == MONDAY


def test_pain_only_with_a_complaint() -> None:
    assert answered_pain(make_profile(), MONDAY) is None
    assert answered_pain(None, MONDAY) is None
    sore = make_profile(
        complaint={"kind": "doms", "side": "both", "since": "2026-11-22", "pain": 6}
    )
    assert answered_pain(sore, MONDAY) == (MONDAY, 6)


@pytest.mark.parametrize("units", ["km", "mi"])
def test_shoes_keep_the_runner_s_distance(units: str) -> None:
    pair = answered_shoes(
        make_profile(units=units, shoes={"distance": 250, "age_months": 3}), MONDAY
    )
    assert pair is not None
    assert from_metres(pair.metres, units) == pytest.approx(250)
    assert not pair.retired
    assert pair.started < MONDAY
    assert answered_shoes(make_profile(shoes={"distance": 0, "age_months": 3}), MONDAY) is None
