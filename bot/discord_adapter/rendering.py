"""The coach's replies in Discord's shapes: versioned button ids, 2000-character messages, files."""

from __future__ import annotations

import io
import re

import discord

from bot import text_splitting
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
    """Pieces under Discord's limit, cut where a reader would pause."""
    return text_splitting.split_text(text, limit)


def as_file(attachment: Attachment) -> discord.File:
    """A fresh file each time: discord.py reads (and on retries, rewinds) the buffer."""
    return discord.File(io.BytesIO(attachment.content), filename=attachment.filename)
