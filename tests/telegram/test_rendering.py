"""Callback data, keyboards and message splitting against Telegram's limits, without a server."""

from __future__ import annotations

import pytest

from bot.telegram_adapter.rendering import (
    CALLBACK_DATA_LIMIT,
    MESSAGE_LIMIT,
    decode_callback,
    encode_callback,
    keyboard,
    split_text,
    telegram_length,
)
from bot.telegram_adapter.runner import file_url_for
from coach.conversation.asking import MENU, option_value
from coach.conversation.flow import STEPS
from coach.messages import Option

EVERY_OPTION_VALUE = sorted(
    {option.value for option in MENU}
    | {option_value(step.state, choice.value) for step in STEPS for choice in step.choices}
)


@pytest.mark.parametrize("value", EVERY_OPTION_VALUE)
def test_every_option_the_coach_offers_fits_a_button_and_comes_back_unchanged(value: str) -> None:
    data = encode_callback(value)
    assert len(data.encode()) <= CALLBACK_DATA_LIMIT
    assert decode_callback(data) == value


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "ack_feeling:sad",  # a button from before callback data carried a version
        "v0:ack_feeling:sad",  # an older version
        "v2:ack_feeling:sad",  # a newer version, during a rollback
        "v1:",
        "v1:ack_feeling",
        "v1:ack_feeling:",
        "v1:ACK:sad",
        "v1:ack_feeling:so sad",
        "v1:ack_feeling:tristé",
        "v1:ack_feeling:<script>",
        "v1:" + "a" * 70,
        "v1:cmd:" + "x" * 60,
    ],
)
def test_forged_foreign_or_outdated_callback_data_is_refused(data: str | None) -> None:
    assert decode_callback(data) is None


@pytest.mark.parametrize("value", ["ack_feeling:" + "x" * 60, "ack_feeling:très", "no colon"])
def test_a_value_that_cannot_travel_is_refused_when_encoding(value: str) -> None:
    with pytest.raises(ValueError):
        encode_callback(value)


def _layout(labels: list[str]) -> list[int]:
    markup = keyboard([Option(label, f"cmd:x{number}") for number, label in enumerate(labels)])
    assert markup is not None
    return [len(row) for row in markup.inline_keyboard]


def test_short_labels_share_rows_and_long_ones_get_their_own() -> None:
    assert _layout(["1", "2", "3", "4", "5"]) == [5]
    feelings = ["Sad", "Angry", "Anxious", "Embarrassed", "Numb", "Fine, honestly"]
    assert _layout(feelings) == [2, 2, 2]
    assert _layout(["Take a walk", "Help someone / volunteer", "I'm OK, let's go on"]) == [1, 1, 1]


def test_a_keyboard_leaves_out_a_button_it_cannot_encode_rather_than_fail() -> None:
    markup = keyboard([Option("Fine", "cmd:help"), Option("Broken", "cmd:" + "y" * 80)])
    assert markup is not None
    assert [b.text for row in markup.inline_keyboard for b in row] == ["Fine"]
    assert keyboard([]) is None


def test_text_under_the_limit_is_one_message() -> None:
    assert split_text("Hello there.\n\nHow are you?") == ["Hello there.\n\nHow are you?"]
    assert split_text("   ") == []


def test_long_text_splits_between_paragraphs() -> None:
    paragraphs = [f"Paragraph {n}. " + "word " * 300 for n in range(8)]
    pieces = split_text("\n\n".join(p.strip() for p in paragraphs))
    assert len(pieces) > 1
    assert all(telegram_length(piece) <= MESSAGE_LIMIT for piece in pieces)
    assert all(piece.startswith("Paragraph") for piece in pieces)


def test_without_paragraphs_it_splits_between_lines_then_words_then_anywhere() -> None:
    lines = "\n".join(f"line {n} " + "x" * 50 for n in range(200))
    assert all(piece.startswith("line") for piece in split_text(lines))
    words = " ".join(["word"] * 3000)
    assert all(piece.strip(" word") == "" for piece in split_text(words))
    unbroken = "z" * 9000
    assert split_text(unbroken) == ["z" * 4096, "z" * 4096, "z" * 808]


def test_length_is_counted_as_telegram_does_in_utf16_units() -> None:
    emoji_text = "🙂" * 3000  # 6000 UTF-16 units in 3000 characters
    pieces = split_text(emoji_text)
    assert [telegram_length(piece) for piece in pieces] == [4096, 1904]
    assert "".join(pieces) == emoji_text


@pytest.mark.parametrize(
    ("base_url", "file_url"),
    [
        ("https://api.telegram.org/bot", "https://api.telegram.org/file/bot"),
        ("http://127.0.0.1:8081/bot", "http://127.0.0.1:8081/file/bot"),
        ("https://proxy.example/telegram/bot", "https://proxy.example/telegram/file/bot"),
    ],
)
def test_the_file_url_follows_the_api_url(base_url: str, file_url: str) -> None:
    assert file_url_for(base_url) == file_url
