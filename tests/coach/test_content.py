"""The coach's words are our own: no run of six words is lifted from the seed articles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.words import content, nudge_texts

SEEDS = Path(__file__).parents[3] / "shared" / "seeds"
RUN = 6


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower().replace("’", "'"))


def _runs(text: str) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def _coach_words() -> str:
    texts = list(content.TEXT.values())
    for value in vars(nudge_texts).values():
        if isinstance(value, dict):
            texts += [str(text) for text in value.values()]
    return "\n".join(texts)


def test_no_sentence_is_copied_from_the_seed_articles() -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are not beside this checkout ({SEEDS})")
    seeds = "\n".join(path.read_text() for path in sorted(SEEDS.glob("*.txt")))
    copied = _runs(_coach_words()) & _runs(seeds)
    assert not copied, sorted(" ".join(run) for run in copied)


def test_every_content_key_formats_without_missing_fields() -> None:
    for key, text in content.TEXT.items():
        fields = set(re.findall(r"{(\w+)}", text))
        assert content.say(key, **dict.fromkeys(fields, "x")), key
