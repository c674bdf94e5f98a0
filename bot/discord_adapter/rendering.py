"""The coach's replies in Discord's shapes: versioned button ids, 2000-character messages, files."""

from __future__ import annotations

import io
import re

import discord

from coach.messages import Attachment

#: Discord refuses longer messages.
MESSAGE_LIMIT = 2000

#: Bumped when the meaning of a custom_id changes, so buttons from an older
#: release are recognised as expired instead of being misread.
CUSTOM_ID_VERSION = "rb1"

#: A coach option value is printable ASCII (spaces too: "cmd:nudges goals off");
#: with the prefix it must fit Discord's 100 characters.
CUSTOM_ID = re.compile(rf"{CUSTOM_ID_VERSION}:(?P<value>[\x20-\x7e]{{1,96}})")


def encode_custom_id(value: str) -> str:
    """The custom_id that brings `value` back when its button is pressed, after any restart."""
    custom_id = f"{CUSTOM_ID_VERSION}:{value}"
    if CUSTOM_ID.fullmatch(custom_id) is None:
        raise ValueError("an option value must be 1-96 printable ASCII characters")
    return custom_id


def decode_custom_id(custom_id: str) -> str | None:
    """The option value, or None for a forged id or one from another version."""
    match = CUSTOM_ID.fullmatch(custom_id)
    return match["value"] if match else None


def split_text(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Pieces under `limit`, cut at a paragraph, else a line, else a space, else anywhere.

    A reader should never see a word or a sentence broken across two messages when
    a gentler place to cut exists.
    """
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = _cut_point(rest, limit)
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def _cut_point(text: str, limit: int) -> int:
    window = text[: limit + 1]
    for separator in ("\n\n", "\n", " "):
        position = window.rfind(separator)
        if position > 0:
            return position
    return limit


def as_file(attachment: Attachment) -> discord.File:
    """A fresh file each time: discord.py reads (and on retries, rewinds) the buffer."""
    return discord.File(io.BytesIO(attachment.content), filename=attachment.filename)
