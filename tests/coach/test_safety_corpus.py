"""Every phrase of the safety corpus gets the answer a person writing it needs.

One test per line, named by file and line, so a failure names the phrase. The corpus is data
(tests/coach/safety_corpus, one phrase a line): crisis phrasings must get crisis resources,
strain at least a gentle check-in, and everyday talk, titles, news and prevention work none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coach import safety_model
from coach.safety import Risk, classify

CORPUS = Path(__file__).parent / "safety_corpus"

# Levels a whole file must have exactly, beyond "crisis resources".
EXACT = {"crisis/imminent": Risk.IMMINENT, "crisis/concern_others": Risk.CONCERN}

# The rules alone still miss a few plans that name neither act nor means ("do it after the
# interview", "getting ready for the real thing" are also how people talk about applications);
# the trained model (coach/safety_model.py) reads them as crisis. Listed in the corpus README.


def _phrases(group: str) -> list[object]:
    cases: list[object] = []
    for path in sorted((CORPUS / group).glob("*.txt")):
        category = f"{group}/{path.stem}"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            cases.append(pytest.param(category, text, id=f"{category}:{number}"))
    return cases


@pytest.mark.parametrize(("category", "text"), _phrases("crisis"))
def test_crisis_phrasings_get_crisis_resources(category: str, text: str) -> None:
    risk = classify(text)
    assert risk.needs_resources
    assert risk is EXACT.get(category, risk)


@pytest.mark.parametrize(("category", "text"), _phrases("strain"))
def test_strain_past_and_denied_thoughts_get_at_least_a_check_in(category: str, text: str) -> None:
    assert classify(text) >= Risk.STRAIN


@pytest.mark.parametrize(("category", "text"), _phrases("safe"))
def test_everyday_talk_titles_news_and_prevention_work_get_no_crisis_resources(
    category: str, text: str
) -> None:
    assert not classify(text).needs_resources


def test_the_corpus_is_as_wide_as_the_issue_asks() -> None:
    """At least 400 crisis and 300 safe phrasings, and 30 in every crisis category of our own."""
    crisis = _phrases("crisis")
    safe = _phrases("safe")
    assert len(crisis) >= 400
    assert len(safe) >= 300
    for path in (CORPUS / "crisis").glob("*.txt"):
        if not path.stem.startswith(("heldout_", "heldout3_")):
            assert len(path.read_text(encoding="utf-8").split("\n")) >= 30, path.stem


def test_no_phrase_is_listed_twice() -> None:
    lines = [
        line.strip().casefold()
        for path in CORPUS.rglob("*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(lines) == len(set(lines))


def test_the_trained_model_has_read_the_corpus_as_it_is_now() -> None:
    """A line added to the corpus must reach the model too: retrain when this fails with
    `pip install scikit-learn && python tools/train_safety_model.py`."""
    assert safety_model.trained_on() == safety_model.corpus_digest(CORPUS)
