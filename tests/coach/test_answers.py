"""Parsing what people type: time zones, clock times, deadlines, company and role."""

from __future__ import annotations

import pytest

from coach.conversation import answers, extraction
from coach.conversation.answers import InvalidAnswer


@pytest.mark.parametrize(("said", "zone"), [
    ("Europe/London", "Europe/London"), ("london", "Europe/London"),
    ("new york", "America/New_York"), ("UTC", "UTC"), ("utc+2", "Etc/GMT-2"),
    ("GMT-5", "Etc/GMT+5"), ("kolkata", "Asia/Kolkata"), ("utc+0", "UTC"),
])
def test_time_zones_are_understood_in_several_spellings(said: str, zone: str) -> None:
    assert answers.timezone(said) == zone


@pytest.mark.parametrize("said", ["Narnia", "utc+20", "", "Europe/"])
def test_unknown_time_zones_are_refused(said: str) -> None:
    with pytest.raises(InvalidAnswer):
        answers.timezone(said)


@pytest.mark.parametrize(("said", "days"), [
    ("3", 3), ("in 10 days", 10), ("2 weeks", 14), ("a week", 7), ("tomorrow", 1),
    ("2026-12-01", "2026-12-01"),
])
def test_deadlines(said: str, days: int | str) -> None:
    assert answers.days_until(said) == days


@pytest.mark.parametrize("said", ["someday", "0", "400 days", "2026-13-45"])
def test_impossible_deadlines_are_refused(said: str) -> None:
    with pytest.raises(InvalidAnswer):
        answers.days_until(said)


@pytest.mark.parametrize(("said", "company", "role"), [
    ("Globex, Data Analyst", "Globex", "Data Analyst"),
    ("Data Analyst at Globex", "Globex", "Data Analyst"),
    ("Globex - Analyst", "Globex", "Analyst"),
    ("Globex", "Globex", None),
])
def test_company_and_role(said: str, company: str, role: str | None) -> None:
    assert answers.company_and_role(said) == {"company": company, "role": role}


@pytest.mark.parametrize(("said", "company"), [
    ("I got rejected from Acme", "Acme"), ("Rejected by Globex Corp today", "Globex Corp"),
    ("i got rejected", None), ("turned down at Initech", "Initech"),
])
def test_the_company_is_picked_out_of_a_rejection_sentence(said: str, company: str | None) -> None:
    assert extraction.company(said) == company


def test_control_characters_are_removed_but_line_breaks_kept() -> None:
    assert answers.clean("a\x00b\x1b\nc  ") == "ab\nc"
