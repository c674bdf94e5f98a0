"""Crisis messages through `coach chat` as a real process over pipes, one of each category."""

from __future__ import annotations

from pathlib import Path

from tests.bot.test_console_chat import _chat
from tests.crisis_phrasings import BY_CATEGORY


def test_every_crisis_category_gets_crisis_resources_in_the_console(tmp_path: Path) -> None:
    lines = ["/rejected Acme"]
    for text in BY_CATEGORY.values():
        lines += [text, "/cancel", "/rejected Acme"]
    code, out, err = _chat(tmp_path, lines)
    assert code == 0, err
    answers = out.split("how are you feeling")[1:]  # what follows each new /rejected
    assert len(answers) == len(BY_CATEGORY) + 1
    for text, answer in zip(BY_CATEGORY.values(), answers, strict=False):
        assert "findahelpline.com" in answer and "emergency number" in answer, text


def test_country_in_the_console_names_that_line_in_a_crisis_answer(tmp_path: Path) -> None:
    code, out, err = _chat(tmp_path, ["/country GB", "i want to kill myself"])
    assert code == 0, err
    assert "Samaritans" in out and "116 123" in out and "999" in out
