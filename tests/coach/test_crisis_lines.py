"""The crisis lines are the shared, checked table, vendored as package data and read by country."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from coach.rules import crisis_lines

SHARED = Path(__file__).parents[3] / "shared" / "crisis-lines.md"


def test_the_vendored_table_is_the_shared_one_word_for_word() -> None:
    if not SHARED.is_file():
        pytest.skip(f"the shared crisis-lines table is not beside this checkout ({SHARED})")
    vendored = resources.files("coach").joinpath("crisis_lines.md").read_text("utf-8")
    assert vendored == SHARED.read_text("utf-8"), "copy ../shared/crisis-lines.md to coach/"


def test_every_row_of_the_table_is_read_with_its_numbers() -> None:
    countries = [line.country for line in crisis_lines.LINES]
    assert countries[0] == "any"
    assert {"US", "CA", "GB", "IE", "AU", "NZ", "FR", "ES", "DE", "CH", "NL", "BR", "IN"} <= set(
        countries)
    germany = crisis_lines.BY_COUNTRY["DE"]
    assert (germany.name, germany.emergency) == ("TelefonSeelsorge", "112")
    assert "0800 111 0 111" in germany.reach
    assert crisis_lines.DIRECTORY.reach == "findahelpline.com"
    assert crisis_lines.DIRECTORY.emergency is None


@pytest.mark.parametrize(("country", "line", "emergency"), [
    ("DE", "TelefonSeelsorge", "112"), ("au", "Lifeline", "000"),
    ("GB", "Samaritans", "999"), ("US", "988 Suicide & Crisis Lifeline", "911"),
])
def test_a_country_with_a_line_gets_it_and_its_emergency_number(
    country: str, line: str, emergency: str
) -> None:
    lines = crisis_lines.lines_for(country)
    assert lines.own is not None and lines.own.name == line
    assert lines.emergency == emergency
    assert lines.directory is crisis_lines.DIRECTORY


@pytest.mark.parametrize("country", [None, "JP", "any", "ANY", ""])
def test_no_country_or_one_without_a_checked_line_gets_only_the_directory(
    country: str | None,
) -> None:
    lines = crisis_lines.lines_for(country)
    assert lines.own is None and lines.emergency is None


def test_rows_that_are_not_lines_are_skipped() -> None:
    table = "text\n| a | b |\n| --- | --- | --- | --- |\n| XX | Name | call 1 | — | src |\n"
    assert crisis_lines.parse(table) == (crisis_lines.CrisisLine("XX", "Name", "call 1", None),)
