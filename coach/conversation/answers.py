"""Parsers that turn a person's free text into a stored value, or say why they cannot."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from coach.model import InvalidAnswer as InvalidAnswer  # re-exported for the parsers
from coach.model import JsonValue

SHORT_LIMIT = 200
LONG_LIMIT = 1500

SKIP_WORDS = frozenset(
    {"skip", "pass", "idk", "i dont know", "dont know", "dunno", "not sure", "no idea", "-",
     "n/a", "na", "next", "later", "rather not", "prefer not to say", "whatever", "?", "...",
     "no", "nope", "nah", "no thanks", "none", "nothing", "not now", "pass on this"}
)


def clean(text: str) -> str:
    """Drop control characters (keeping line breaks) and surrounding whitespace."""
    kept = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return re.sub(r"[ \t]+", " ", kept).strip()


def normalise(text: str) -> str:
    """Lower-case words only, for matching choices and skip words."""
    text = text.lower().replace("’", "'").replace("'", "")
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s/?.-]", " ", text)).strip(" .!")


def is_skip(text: str) -> bool:
    return normalise(text) in SKIP_WORDS


def short_text(text: str) -> JsonValue:
    if len(text) > SHORT_LIMIT:
        raise InvalidAnswer("hint.too_long_short")
    return text


def long_text(text: str) -> JsonValue:
    if len(text) > LONG_LIMIT:
        raise InvalidAnswer("hint.too_long")
    return text


_INTENSITY_WORDS = {"a little": 1, "slightly": 1, "meh": 2, "somewhat": 2, "quite": 3,
                    "moderate": 3, "a lot": 4, "very": 4, "really": 4, "extremely": 5,
                    "completely": 5, "totally": 5}


def _whole_number(text: str, low: int, high: int) -> int | None:
    match = re.fullmatch(r"\s*(\d{1,4})\s*(?:/\s*\d+)?\s*", text)
    if not match:
        return None
    value = int(match.group(1))
    if not low <= value <= high:
        raise InvalidAnswer("hint.out_of_range")
    return value


def intensity(text: str) -> JsonValue:
    number = _whole_number(text, 1, 5)
    if number is not None:
        return number
    words = normalise(text)
    for word, value in _INTENSITY_WORDS.items():
        if word in words:
            return value
    raise InvalidAnswer("hint.pick_number")


def count(text: str) -> JsonValue:
    number = _whole_number(text, 1, 20)
    if number is None:
        raise InvalidAnswer("hint.pick_number")
    return number


def weeks(text: str) -> JsonValue:
    match = re.search(r"\d{1,2}", text)
    if not match:
        raise InvalidAnswer("hint.pick_option")
    value = int(match.group())
    if not 1 <= value <= 12:
        raise InvalidAnswer("hint.out_of_range")
    return value


_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "wk": 7, "wks": 7}


def days_until(text: str) -> JsonValue:
    """A deadline as a number of days from today, or an ISO date string."""
    words = normalise(text)
    iso = re.search(r"\d{4}-\d{2}-\d{2}", words)
    if iso:
        try:
            return date.fromisoformat(iso.group()).isoformat()
        except ValueError:
            raise InvalidAnswer("hint.bad_date") from None
    if words in {"tomorrow"}:
        return 1
    if words in {"a week", "one week", "next week"}:
        return 7
    match = re.fullmatch(r"(?:in )?(\d{1,3})(?: ?(days?|weeks?|wks?))?", words)
    if not match:
        raise InvalidAnswer("hint.bad_date")
    days = int(match.group(1)) * _UNITS.get(match.group(2) or "days", 1)
    if not 1 <= days <= 90:
        raise InvalidAnswer("hint.out_of_range")
    return days


PAUSE_LIMIT = 90
_UNTIL_RESUMED = re.compile(r"\b(until|till|forever|indefinite\w*|resume\w*|for now)\b")


def pause_days(text: str) -> JsonValue:
    """'3', '3 days', 'a week', '2 weeks' -> a number of days; 'until I resume' -> 'until'."""
    words = normalise(text)
    if _UNTIL_RESUMED.search(words):
        return "until"
    if words in {"a day", "one day", "tomorrow", "a week", "one week"}:
        return 7 if "week" in words else 1
    match = re.fullmatch(r"(?:for )?(\d{1,3})(?: ?(days?|weeks?|wks?))?", words)
    if not match:
        raise InvalidAnswer("hint.bad_pause")
    days = int(match.group(1)) * _UNITS.get(match.group(2) or "days", 1)
    if not 1 <= days <= PAUSE_LIMIT:
        raise InvalidAnswer("hint.bad_pause")
    return days


def clock_time(text: str) -> JsonValue:
    """'9', '9am', '18:30', '6.30 pm' -> 'HH:MM'."""
    words = re.sub(r"[\s.]", lambda m: ":" if m.group() == "." else "", text.lower())
    words = words.replace("a.m", "am").replace("p.m", "pm").rstrip(":")
    match = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?(am|pm)?", words)
    if not match:
        raise InvalidAnswer("hint.bad_time")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3) == "pm" and hour < 12:
        hour += 12
    if match.group(3) == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise InvalidAnswer("hint.bad_time")
    return time(hour, minute).strftime("%H:%M")


@cache
def _zones_by_city() -> dict[str, str]:
    zones: dict[str, str] = {}
    for name in sorted(available_timezones()):
        zones[name.lower()] = name
        zones.setdefault(name.rsplit("/", 1)[-1].lower().replace("_", " "), name)
    return zones


def timezone(text: str) -> JsonValue:
    """An IANA zone from 'Europe/Paris', 'paris', 'new york', 'UTC', 'utc+2' or 'GMT-5'."""
    words = text.strip().lower()
    offset = re.fullmatch(r"(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::00)?", words)
    if offset:
        hours = int(offset.group(2))
        if hours > 14:
            raise InvalidAnswer("hint.bad_timezone")
        # POSIX-style Etc zones have the sign inverted: UTC+2 is Etc/GMT-2.
        sign = "-" if offset.group(1) == "+" else "+"
        return "UTC" if hours == 0 else f"Etc/GMT{sign}{hours}"
    if words in {"utc", "gmt", "z"}:
        return "UTC"
    zone = _zones_by_city().get(words.replace("_", " ")) or _zones_by_city().get(words)
    if zone is None:
        raise InvalidAnswer("hint.bad_timezone")
    ZoneInfo(zone)
    return zone


_ROLE_AT_COMPANY = re.compile(r"^(?P<role>.+?)\s+(?:at|@)\s+(?P<company>.+)$", re.IGNORECASE)


def company_and_role(text: str) -> JsonValue:
    """'Acme, Data Analyst' or 'Data Analyst at Acme' -> {'company', 'role'}."""
    if len(text) > SHORT_LIMIT:
        raise InvalidAnswer("hint.too_long_short")
    text = text.strip().strip(".")
    for separator in (",", " - ", " – ", " — ", "/", ";"):
        if separator in text:
            company, role = (part.strip() for part in text.split(separator, 1))
            return {"company": company or None, "role": role or None}
    match = _ROLE_AT_COMPANY.match(text)
    if match:
        return {"company": match.group("company").strip(), "role": match.group("role").strip()}
    return {"company": text, "role": None}


def anything(text: str) -> JsonValue:
    """Any message will do (used where the coach only waits for the person to be back)."""
    return "ready"
