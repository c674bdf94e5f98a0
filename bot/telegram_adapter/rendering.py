"""The coach's replies in Telegram's shapes: inline keyboards, callback data, 4096-char pieces.

Everything here is pure, so the limits Telegram enforces (64 bytes of callback
data, 4096 characters of text, 1024 of caption) are tested without a server.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import text_splitting
from coach.messages import Option

log = logging.getLogger(__name__)

#: Telegram counts message length in UTF-16 code units, so an emoji can cost two.
MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64  # bytes

#: Bump when the meaning of callback data changes: buttons from older releases then
#: read as expired instead of being taken for something they are not.
CALLBACK_VERSION = "v1"
_CALLBACK_PREFIX = f"{CALLBACK_VERSION}:"
#: "<state or cmd>:<value>" in the alphabet option values use (time zones, times, words);
#: anything else in a press was not made by us.
_OPTION_VALUE = re.compile(r"[a-z][a-z0-9_]{0,31}:[A-Za-z0-9_:/+.-]{1,40}")

#: Labels this short sit side by side; the 1–5 ratings fit five to a row.
_TINY_LABEL = 3
_SHORT_LABEL = 16


def encode_callback(value: str) -> str:
    """The callback data for an option value; ValueError when it cannot travel safely."""
    if not _OPTION_VALUE.fullmatch(value):
        raise ValueError("option value is not short printable ASCII")
    data = _CALLBACK_PREFIX + value
    if len(data.encode()) > CALLBACK_DATA_LIMIT:
        raise ValueError("option value does not fit Telegram's callback data")
    return data


def decode_callback(data: str | None) -> str | None:
    """The option value in callback data, or None for a forged, foreign or outdated button."""
    if not data or len(data.encode()) > CALLBACK_DATA_LIMIT:
        return None
    version, colon, value = data.partition(":")
    if not colon or version != CALLBACK_VERSION or not _OPTION_VALUE.fullmatch(value):
        return None
    return value


def _per_row(labels: Sequence[str]) -> int:
    longest = max(len(label) for label in labels)
    if longest <= _TINY_LABEL:
        return 5
    return 2 if longest <= _SHORT_LABEL else 1


def keyboard(options: Sequence[Option]) -> InlineKeyboardMarkup | None:
    """One button per option; short labels share rows so a keyboard stays a glance."""
    buttons: list[InlineKeyboardButton] = []
    for option in options:
        try:
            data = encode_callback(option.value)
            buttons.append(InlineKeyboardButton(option.label, callback_data=data))
        except ValueError:
            # A coach bug, not a user's: skip the button rather than lose the whole reply.
            log.warning("option %r cannot be a Telegram button; left out", option.value[:20])
    if not buttons:
        return None
    width = _per_row([button.text for button in buttons])
    rows = [buttons[start : start + width] for start in range(0, len(buttons), width)]
    return InlineKeyboardMarkup(rows)


def telegram_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Pieces of `text` that each fit one message, broken where a reader would pause."""
    return text_splitting.split_text(text, limit, text_splitting.utf16_units)
