"""The person's country: /country, the /start step, else their time zone's country, else none."""

from __future__ import annotations

import zoneinfo
from pathlib import Path

import pytest

from coach.conversation.answers import InvalidAnswer
from coach.rules import countries
from tests.coach.chat import Chat


@pytest.mark.parametrize(("zone", "country"), [
    ("Europe/Berlin", "DE"), ("Australia/Sydney", "AU"), ("America/Toronto", "CA"),
    ("Asia/Kolkata", "IN"), ("Europe/London", "GB"),
    ("UTC", None), ("Etc/GMT-2", None), ("Mars/Olympus", None), (None, None),
])
def test_a_time_zone_tells_its_country_when_it_has_one(
    zone: str | None, country: str | None
) -> None:
    assert countries.of_zone(zone) == country


@pytest.mark.parametrize(("said", "code"), [
    ("DE", "DE"), ("de", "DE"), ("Germany", "DE"), (" germany. ", "DE"), ("uk", "GB"),
    ("United Kingdom", "GB"), ("United States", "US"), ("NO", "NO"),
])
def test_a_country_is_understood_as_a_code_or_a_name(said: str, code: str) -> None:
    assert countries.parse(said) == code


@pytest.mark.parametrize("said", ["XX", "Narnia", "123", "Deutschlandland"])
def test_an_unknown_country_is_explained(said: str) -> None:
    with pytest.raises(InvalidAnswer):
        countries.parse(said)


async def test_country_alone_shows_the_guess_from_the_zone_and_how_to_set_it() -> None:
    chat = Chat()
    await chat.say("/timezone Australia/Sydney")
    text = await chat.say("/country")
    assert "Australia (AU)" in text and "time zone" in text and "Lifeline" in text
    assert "/country DE" in text and "/country off" in text


async def test_country_alone_without_a_zone_says_it_is_not_known() -> None:
    text = await Chat().say("/country")
    assert "don't know your country" in text and "/country DE" in text


async def test_an_explicit_country_beats_the_zone_and_off_goes_back_to_the_zone() -> None:
    chat = Chat()
    await chat.say("/timezone Europe/Berlin")
    assert "Samaritans" in await chat.say("/country GB")
    assert chat.snapshot.profile.country == "GB"
    help_text = await chat.say("/help")
    assert "Samaritans" in help_text and "999" in help_text and "TelefonSeelsorge" not in help_text
    assert "guess" in await chat.say("/country off")
    assert chat.snapshot.profile.country is None
    assert "TelefonSeelsorge" in await chat.say("/help")


async def test_a_country_without_a_checked_line_says_so_and_the_directory_is_shown() -> None:
    chat = Chat()
    await chat.say("/country Japan")
    assert chat.snapshot.profile.country == "JP"
    assert "don't have a checked support line" in chat.text
    help_text = await chat.say("/help")
    assert "findahelpline.com" in help_text and "your local emergency number" in help_text


async def test_a_bad_country_changes_nothing_and_says_how() -> None:
    chat = Chat()
    await chat.say("/country DE")
    text = await chat.say("/country Narnia")
    assert "don't know that country" in text and chat.snapshot.profile.country == "DE"


async def test_country_mid_flow_keeps_the_place_in_the_flow() -> None:
    chat = Chat()
    await chat.say("/rejected")
    await chat.say("/country DE")
    assert chat.state == "ack_feeling" and "how are you feeling" in chat.text


async def test_start_asks_the_country_only_when_the_time_zone_does_not_tell_it() -> None:
    chat = Chat()
    await chat.say("/start")
    await chat.say("Europe/Berlin")
    assert chat.state == "onboard_ping_time"
    await chat.say("/start")
    await chat.say("UTC")
    assert chat.state == "onboard_country"
    assert "Germany (DE)" in await chat.say("Germany")
    assert chat.state == "onboard_ping_time" and chat.snapshot.profile.country == "DE"


async def test_the_country_step_can_be_skipped_and_explains_a_bad_answer() -> None:
    chat = Chat()
    await chat.say("/start")
    await chat.say("skip")
    assert "don't know that country" in await chat.say("Atlantis")
    assert chat.state == "onboard_country"
    await chat.press("Skip")
    assert chat.state == "onboard_ping_time" and chat.snapshot.profile.country is None


async def test_settings_show_the_country() -> None:
    chat = Chat()
    await chat.say("/timezone Europe/Berlin")
    assert "Country: Germany (DE)" in await chat.say("/settings")


def test_without_the_tzdata_package_the_system_zone_table_is_read() -> None:
    if not any(Path(directory, "zone.tab").is_file() for directory in zoneinfo.TZPATH):
        pytest.skip("no zone.tab in this system's zoneinfo directories")
    table = countries.read_table("zone.tab", package="no_such_tzdata_package")
    assert "Europe/Berlin" in table and "Australia/Sydney" in table


def test_a_table_found_nowhere_reads_as_empty() -> None:
    assert countries.read_table("no-such.tab", package="no_such_tzdata_package") == ""
