"""Every text the coach can say, rendered with sample values and read as text.

Fails on doubled words ("logged. logged."), placeholders left unfilled, and
messages longer than a platform takes in one message.
"""

from __future__ import annotations

import re

import pytest

from coach.words import content

TELEGRAM_LIMIT = 4096
DISCORD_LIMIT = 2000

#: A realistic value for every placeholder the texts use; a new placeholder needs one here.
#: The longest lines the crisis answers carry (Germany has the longest line entry).
_RESOURCES = "\n".join([
    "• Germany: TelefonSeelsorge, call 0800 111 0 111 or 0800 111 0 222 (free, 24/7)",
    "• In danger right now: call 112",
    "• Anywhere in the world: Find A Helpline (international directory of free lines), "
    "findahelpline.com",
])
SAMPLES: dict[str, str] = {
    "applications": "3 applications", "company": "Globex", "contact": "[name]",
    "count": "2", "daily": "09:00", "date": "Fri 18 Dec 2026", "days": "3 days",
    "deadline": "Fri 27 Nov 2026", "done": "1", "facts": "Globex, final round, they chose "
    "another candidate", "goals": "2", "left": "2 days", "lesson": "Practise SQL under time "
    "pressure", "local": "09:00", "name": "for Globex", "next": "Mon 23 Nov 2026 09:00",
    "paused": "no", "rejections": "2 rejections", "reminders": "goal check-ins, feedback",
    "resources": _RESOURCES, "code": "DE", "country": "Germany", "emergency": "112",
    "reach": "call 0800 111 0 111 (free, 24/7)", "role": "Data Analyst", "stage": "final round",
    "streak": "2 days", "target": "2", "time": "09:00", "timezone": "Europe/Berlin",
    "total": "4", "until": "Mon 30 Nov 2026", "value": "Europe/Berlin", "week": "2 applications",
    "what": "Globex — Data Analyst", "when": "3 days left",
    # The search over weeks (coach/words/pipeline_texts.py).
    "age": "applied 5 days ago", "closed": "1", "day": "Sunday", "end": "Sun 06 Dec",
    "funnel": "screen 1, interview 2", "goal": "2", "lines": _RESOURCES, "moods": "3, 4, 2",
    "open": "2", "path": "/tmp/rebound-review.png", "ratings": "screen 4/5, interview 2/5",
    "series": "1, 2, 0, 3", "stages": "screen 1, interview 2", "start": "Mon 30 Nov",
    "status": "interview", "text": "Applications per week against your goal",
    "weeks": "8", "where": "at the interview stage",
}
#: The longest a person's own words can be where they are repeated back.
LONGEST = {"lesson": "x" * 1500, "company": "Globex " * 28, "role": "Analyst " * 25}

_DOUBLED = re.compile(r"\b([a-z]{2,})\b[\s.,;:!?]+\1\b", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"{\w*}|{|}")


def _render(key: str, samples: dict[str, str]) -> str:
    fields = set(re.findall(r"{(\w+)}", content.TEXT[key]))
    missing = fields - set(samples)
    assert not missing, f"{key} uses {missing}: add a sample value to SAMPLES"
    return content.say(key, **{name: samples[name] for name in fields})


@pytest.mark.parametrize("key", sorted(content.TEXT))
def test_no_word_is_said_twice_in_a_row(key: str) -> None:
    doubled = _DOUBLED.search(_render(key, SAMPLES))
    assert doubled is None, f"{key}: {doubled.group()!r}" if doubled else key


@pytest.mark.parametrize("key", sorted(content.TEXT))
def test_no_placeholder_is_left_unfilled(key: str) -> None:
    assert not _PLACEHOLDER.search(_render(key, SAMPLES)), key


@pytest.mark.parametrize("key", sorted(content.TEXT))
def test_every_text_fits_one_message_on_every_platform(key: str) -> None:
    assert len(_render(key, SAMPLES)) <= DISCORD_LIMIT, key
    assert len(_render(key, {**SAMPLES, **LONGEST})) <= TELEGRAM_LIMIT, key


def test_the_check_catches_the_flaws_it_is_for() -> None:
    assert _DOUBLED.search("So far: 2 rejections and 0 applications logged. logged.")
    assert _DOUBLED.search("the the plan")
    assert not _DOUBLED.search("Goal for Acme: 2 of 2 applications")
    assert _PLACEHOLDER.search("Hi {name}")


async def test_replies_carry_the_keys_they_were_made_from() -> None:
    from tests.coach.chat import Chat

    chat = Chat()
    await chat.say("/rejected")
    assert chat.replies[-1].keys == ("ask.feeling",)
    await chat.press("Sad")
    assert chat.replies[-1].keys == ("react.feeling.sad", "ask.intensity")
    assert chat.replies[-1].key == "ask.intensity"
