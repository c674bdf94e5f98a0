"""Reading what a person said: sixty openings and fifteen pasted emails, each read right."""

from __future__ import annotations

import pytest

from coach.conversation import extraction
from coach.conversation.extraction import Facts
from tests.coach.data.emails import EMAILS
from tests.coach.data.openings import OPENINGS


def _facts(row: tuple[str, str | None, str | None, str | None, str | None]) -> Facts:
    return Facts(*row[1:])


@pytest.mark.parametrize("row", OPENINGS, ids=[row[0][:40] for row in OPENINGS])
def test_an_opening_is_read_for_company_role_stage_and_kind(row: tuple) -> None:
    assert extraction.read(row[0]) == _facts(row)


@pytest.mark.parametrize("row", EMAILS, ids=[f"email-{n}" for n in range(len(EMAILS))])
def test_a_pasted_rejection_email_is_read_like_an_opening(row: tuple) -> None:
    assert extraction.read(row[0]) == _facts(row)
    assert extraction.looks_like_rejection(row[0])


def test_there_are_enough_cases_to_trust_the_reading() -> None:
    assert len(OPENINGS) >= 60 and len(EMAILS) >= 15
    assert len({row[0] for row in OPENINGS}) == len(OPENINGS)


@pytest.mark.parametrize("text", [
    "I feel awful", "sad", "4", "Take a walk", "I'm OK, let's go on", "skip",
    "I explained my projects clearly", "Practise SQL under time pressure",
    "My preparation", "Their internal process was slow",
])
def test_answers_without_facts_add_none(text: str) -> None:
    found = extraction.read(text)
    assert (found.company, found.role) == (None, None)


@pytest.mark.parametrize("text", ["hi", "I applied to Globex today", "what can you do?",
                                  "thanks!", "how are you"])
def test_ordinary_chat_is_not_taken_for_a_rejection(text: str) -> None:
    assert not extraction.looks_like_rejection(text)


def test_an_email_longer_than_a_telegram_message_is_not_read_whole() -> None:
    long = "Unfortunately we will not be moving forward. " * 100
    assert not extraction.looks_like_rejection(long)
    assert extraction.read(long).kind == "not_selected"  # the first 4,096 characters still count


def test_what_was_said_first_is_kept_when_facts_are_combined() -> None:
    first = Facts(company="Globex", stage="final")
    later = Facts(company="Initech", role="Analyst", kind="no_reply")
    assert first.filled_from(later) == Facts("Globex", "Analyst", "final", "no_reply")
