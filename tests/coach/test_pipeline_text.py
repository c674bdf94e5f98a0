"""Reading dates and news about applications from what people type, at a fixed instant."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from coach.conversation.pipeline_text import news, parse_when, rejected_by
from coach.model import ApplicationStatus as Status

# Sat 24 Oct 2026, 09:00 UTC (10:00 in London, the day before the clocks go back).
NOW = datetime(2026, 10, 24, 9, 0, tzinfo=UTC)
LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize(("text", "company", "expected", "time_given"), [
    ("Globex tomorrow 14:00", "Globex", datetime(2026, 10, 25, 14, tzinfo=UTC), True),  # GMT
    ("Globex Tuesday 2pm", "Globex", datetime(2026, 10, 27, 14, tzinfo=UTC), True),
    ("Globex today at 3.30pm", "Globex", datetime(2026, 10, 24, 14, 30, tzinfo=UTC), True),
    ("Acme Corp on 2026-12-01 at 10:30", "Acme Corp", datetime(2026, 12, 1, 10, 30, tzinfo=UTC),
     True),
    ("Sun Microsystems Tuesday 2pm", "Sun Microsystems",
     datetime(2026, 10, 27, 14, tzinfo=UTC), True),
    ("Big Co next friday", "Big Co", datetime(2026, 10, 30, 9, tzinfo=UTC), False),
    ("Initech Saturday 9am", "Initech", datetime(2026, 10, 31, 9, tzinfo=UTC), True),  # a week on
])
def test_when_is_read_in_the_persons_zone(
    text: str, company: str, expected: datetime, time_given: bool
) -> None:
    found = parse_when(text, NOW, LONDON)
    assert found is not None
    when, before = found
    assert (when.at, when.time_given, before) == (expected, time_given, company)


@pytest.mark.parametrize("text", ["Globex", "Globex soon", "Globex 2026-02-30 10:00", ""])
def test_without_a_day_there_is_no_when(text: str) -> None:
    assert parse_when(text, NOW, LONDON) is None


@pytest.mark.parametrize(("text", "company", "status"), [
    ("Globex invited me to an interview on Tuesday at 2pm", "Globex", Status.INTERVIEW),
    ("Acme asked me for a phone screen on Friday", "Acme", Status.SCREEN),
    ("I have an interview with Hooli tomorrow at 3pm", "Hooli", Status.INTERVIEW),
    ("I got an invite to the final round with Soylent on Monday", "Soylent", Status.FINAL),
    ("I heard back from Umbrella", "Umbrella", Status.HEARD_BACK),
    ("Hooli offered me the job!", "Hooli", Status.OFFER),
])
def test_news_about_an_application(text: str, company: str, status: Status) -> None:
    found = news(text, NOW, LONDON)
    assert found is not None and (found.company, found.status) == (company, status)


@pytest.mark.parametrize("text", [
    "Globex invited me to an interview but then rejected me",
    "They invited me to an interview",
    "I feel awful today",
    "I applied to Globex",
])
def test_other_sentences_are_not_news(text: str) -> None:
    assert news(text, NOW, LONDON) is None


def test_who_rejected_me() -> None:
    assert rejected_by("Initech rejected me") == "Initech"
    assert rejected_by("They rejected me") is None
