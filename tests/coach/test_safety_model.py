"""The crisis check's second reader: its fast scoring gives what the plain TF-IDF sum gives,
and emoji count as words."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from coach import safety_model
from coach.safety import Risk, classify
from coach.safety_assess import assess


def _plain_char_scores(text: str) -> tuple[float, float]:
    """Every letter run weighed in turn: (1 + log count) * idf, unit length, per head."""
    table = safety_model._weights().char
    runs: Counter[str] = Counter()
    low, high = safety_model.CHAR_RANGE
    for word in text.split():
        padded = f" {word} "
        for n in range(low, high + 1):
            if len(padded) <= n:
                runs[padded] += 1
                break
            runs.update(padded[start:start + n] for start in range(len(padded) - n + 1))
    crisis = distress = squares = 0.0
    for run, count in runs.items():
        if run not in table:
            continue
        weighed_crisis, weighed_distress, idf_squared = table[run]  # each times idf (idf²)
        factor = 1.0 + math.log(count)
        crisis += factor * weighed_crisis
        distress += factor * weighed_distress
        squares += factor * factor * idf_squared
    if not squares:
        return 0.0, 0.0
    return crisis / math.sqrt(squares), distress / math.sqrt(squares)


@pytest.mark.parametrize("text", [
    "i i i i i can not do this any more",  # a whole word repeated
    "banana bandana ana",  # runs repeated inside words and across them
    "thinking thinking about ending things tonight",
    "  spaces\tand\nnew lines   between words  ",
    "",
])
def test_scores_from_per_word_sums_match_weighing_every_run(text: str) -> None:
    fast = safety_model._char_scores(text, safety_model._weights().char)
    assert fast == pytest.approx(_plain_char_scores(text), abs=1e-12)


def test_emoji_are_words_so_a_short_emoji_message_is_read() -> None:
    assert safety_model.reading("im done 🪢") is not None  # two words and an emoji
    assert safety_model.reading("im done") is None  # under three words: an answer in the flow


@pytest.mark.parametrize("text", ["💊💊💊 tonight, all of them", "me → 🌉 → gone"])
def test_emoji_coded_crises_get_crisis_resources(text: str) -> None:
    assert classify(text).needs_resources


@pytest.mark.parametrize("text", ["remember ur vitamin d 💊 its winter",
                                  "that interviewers dad joke had me ⚰️😂"])
def test_everyday_emoji_get_no_crisis_resources(text: str) -> None:
    assert classify(text) <= Risk.STRAIN


def test_a_crisis_only_the_model_reads_gets_the_emergency_number_first_when_it_is_tonight() -> None:
    text = "💊💊💊 tonight, all of them"
    assert assess(text) <= Risk.STRAIN.rank  # no rule reads it: the model does
    assert classify(text) is Risk.IMMINENT
    assert classify("💊💊💊 all of them, i am done") is Risk.CRISIS
