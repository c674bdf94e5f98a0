"""Replies in Discord's shapes: button ids, message length, the one-line-of-people ordering."""

from __future__ import annotations

import asyncio

import discord
import pytest

from bot.discord_adapter.buttons import MAX_BUTTONS, OptionButton, options_view
from bot.discord_adapter.delivery import deliver
from bot.discord_adapter.ordering import PersonLines
from bot.discord_adapter.rendering import (
    MESSAGE_LIMIT,
    decode_custom_id,
    encode_custom_id,
    split_text,
)
from coach.messages import Attachment, Option, Reply


@pytest.mark.parametrize(
    "value", ["ack_feeling:sad", "cmd:progress", "cmd:nudges goals off", "x", "a" * 96]
)
def test_an_option_value_survives_the_round_trip_through_a_custom_id(value: str) -> None:
    custom_id = encode_custom_id(value)
    assert custom_id.startswith("rb1:") and len(custom_id) <= 100
    assert decode_custom_id(custom_id) == value


@pytest.mark.parametrize("value", ["", "a" * 97, "café", "tab\there", "line\nbreak"])
def test_a_value_that_could_not_come_back_intact_is_refused(value: str) -> None:
    with pytest.raises(ValueError):
        encode_custom_id(value)


def test_long_text_is_split_at_paragraphs_then_lines_then_spaces() -> None:
    paragraphs = ["First paragraph. " * 60, "Second one. " * 100, "Third. " * 100]
    text = "\n\n".join(p.strip() for p in paragraphs)
    pieces = split_text(text)
    assert all(len(piece) <= MESSAGE_LIMIT for piece in pieces)
    assert pieces[0] == paragraphs[0].strip()
    assert " ".join(pieces).split() == text.split()  # nothing lost, no word cut
    one_line = "word " * 1000
    assert all(not piece.startswith("ord") for piece in split_text(one_line))
    assert split_text("x" * 4500) == ["x" * 2000, "x" * 2000, "x" * 500]
    assert split_text("  ") == []


class RecordingDestination:
    """Where delivered messages land in a unit test: a list."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, discord.ui.View | None, discord.File | None]] = []

    async def send(
        self, content: str, *, view: discord.ui.View | None, file: discord.File | None
    ) -> None:
        self.sent.append((content, view, file))


async def test_buttons_and_files_ride_on_the_last_piece_of_a_long_reply() -> None:
    destination = RecordingDestination()
    reply = Reply("para. " * 500, options=(Option("Yes", "q:yes"), Option("No", "q:no")),
                  attachment=Attachment("export.json", b"{}"))
    assert await deliver(destination, [reply, Reply("Short.")]) == 3
    (_, first_view, first_file), (_, last_view, last_file), short = destination.sent
    assert first_view is None and first_file is None
    assert last_view is not None and last_file is not None and last_file.filename == "export.json"
    buttons = [item for item in last_view.children if isinstance(item, OptionButton)]
    assert [button.custom_id for button in buttons] == ["rb1:q:yes", "rb1:q:no"]
    assert short[0] == "Short." and short[1] is None


async def test_a_view_shows_at_most_discords_25_buttons_with_short_labels() -> None:
    options = [Option("A very long label " * 10, f"v:{n}") for n in range(30)]
    view = options_view(options)
    assert view is not None and view.timeout is None
    assert len(view.children) == MAX_BUTTONS
    buttons = [item for item in view.children if isinstance(item, OptionButton)]
    assert all(len(button.item.label or "") <= 80 for button in buttons)
    assert options_view([]) is None


async def test_a_person_who_leaves_the_line_early_does_not_let_the_next_overtake() -> None:
    lines, order = PersonLines(), []
    first = lines.join("ana")
    early = lines.join("ana")
    last = lines.join("ana")

    async def slow() -> None:
        async with first as place:
            await place.turn()
            await asyncio.sleep(0)
            order.append("first")

    async def patient() -> None:
        async with last as place:
            await place.turn()
            order.append("last")

    async with early:
        pass  # left at once, without waiting its turn
    await asyncio.gather(patient(), slow())
    assert order == ["first", "last"]
    assert len(lines) == 0 and lines.served == 3
