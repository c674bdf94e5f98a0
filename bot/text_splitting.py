"""Long replies cut into message-sized pieces where a reader would pause, for every platform."""

from __future__ import annotations

from collections.abc import Callable

#: How much of a platform's limit one character uses (Telegram counts UTF-16 units).
Width = Callable[[str], int]

_SEPARATORS = ("\n\n", "\n", " ")


def one_per_character(character: str) -> int:
    return 1


def utf16_units(character: str) -> int:
    return 2 if ord(character) > 0xFFFF else 1


def split_text(text: str, limit: int, width: Width = one_per_character) -> list[str]:
    """Pieces under `limit`, cut at a paragraph, else a line, else a space, else anywhere.

    A reader should never see a word or a sentence broken across two messages when
    a gentler place to cut exists.
    """
    pieces: list[str] = []
    rest = text.strip()
    while (end := _longest_prefix(rest, limit, width)) < len(rest):
        cut = _cut(rest, end)
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def _longest_prefix(text: str, limit: int, width: Width) -> int:
    """How many characters of `text` fit in `limit`."""
    used = 0
    for index, character in enumerate(text):
        used += width(character)
        if used > limit:
            return index
    return len(text)


def _cut(text: str, end: int) -> int:
    for separator in _SEPARATORS:
        position = text.rfind(separator, 0, end + len(separator))
        if position > 0:
            return position
    return end  # one unbroken run longer than a message: cut it hard
