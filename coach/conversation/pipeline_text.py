"""Understanding what people write about their applications: dates, times and news.

"Globex tomorrow 14:00", "Tuesday 2pm", "2026-12-01 10:00" and sentences such as
"Globex invited me to an interview on Tuesday at 2pm". Pure, with `now` and the
person's zone passed in, so a test can put the clock anywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from coach.model import ApplicationStatus as Status
from coach.nudges.timing import local_instant

DEFAULT_TIME = time(9, 0)
"""An interview given without a time is taken to be in the morning; the note says so."""

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = re.compile(
    r"\b(?:(?P<iso>\d{4}-\d{2}-\d{2})|(?P<rel>today|tonight|tomorrow)|"
    r"(?:next\s+)?(?P<wd>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?)\b",
    re.IGNORECASE)
_TIME = re.compile(
    r"(?:\bat\s+)?\b(?P<h>\d{1,2})(?:[:.h](?P<m>\d{2}))?\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)?(?!\d)",
    re.IGNORECASE)
_ISO_T = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{1,2}:\d{2})")
_FILLER = re.compile(r"[\s,;:-]*\b(?:on|at|for|the)?[\s,;:-]*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class When:
    """A moment the person named, in UTC, and whether they gave the time of day."""

    at: datetime
    time_given: bool


@dataclass(frozen=True, slots=True)
class News:
    """Something that happened to an application, read from a sentence."""

    company: str
    status: Status
    when: When | None = None


def _day(match: re.Match[str], today: date) -> date | None:
    if match["iso"]:
        try:
            return date.fromisoformat(match["iso"])
        except ValueError:
            return None
    if match["rel"]:
        return today + timedelta(days=0 if match["rel"].lower() != "tomorrow" else 1)
    wanted = next(i for i, name in enumerate(_WEEKDAYS) if name.startswith(match["wd"][:3].lower()))
    ahead = (wanted - today.weekday()) % 7
    return today + timedelta(days=ahead or 7)


def _time(text: str) -> time | None:
    for match in _TIME.finditer(text):
        hour, minute = int(match["h"]), int(match["m"] or 0)
        ampm = (match["ampm"] or "").lower().replace(".", "")
        if not ampm and match["m"] is None and not match.group(0).lower().startswith("at"):
            continue  # a bare number ("3 rounds") is not a time
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            return time(hour, minute)
    return None


def _day_match(text: str) -> re.Match[str] | None:
    """A date or today/tomorrow first; else the last weekday, so 'Sun Microsystems Tuesday'
    means Tuesday."""
    matches = list(_DAY.finditer(text))
    exact = [m for m in matches if m["iso"] or m["rel"]]
    return exact[0] if exact else (matches[-1] if matches else None)


def parse_when(text: str, now: datetime, zone: ZoneInfo) -> tuple[When, str] | None:
    """The moment named in `text` and the text before it (a company, say); None without a day."""
    text = _ISO_T.sub(r"\1 \2", text)
    match = _day_match(text)
    if match is None:
        return None
    day = _day(match, now.astimezone(zone).date())
    if day is None:
        return None
    at = _time(text[match.end():]) or _time(text[:match.start()])
    before = text[:match.start()]
    if at is not None:
        before = _TIME.sub("", before) if _time(before) == at else before
    instant = local_instant(day, at or DEFAULT_TIME, zone)
    return When(instant, at is not None), _FILLER.sub("", before).strip(" ,.")


_COMPANY = r"(?P<company>[\w&.' -]+?)"
_UNTIL_WHEN = r"(?=\s+(?:on|at|for|tomorrow|today|next|this)\b|$)"
_NEWS = (
    (re.compile(r"^(?:i (?:got|have|had) )?(?:an? )?(?:invite|invitation)?.*?"
                r"\b(?:final round|final interview)\b.*?\b(?:with|at|from) "
                + _COMPANY + _UNTIL_WHEN, re.IGNORECASE), Status.FINAL),
    (re.compile(r"^" + _COMPANY + r" (?:invited|asked|booked|scheduled|wants?|called) me\b"
                r".*?\b(?P<what>final|screen|phone call|call|interview)", re.IGNORECASE), None),
    (re.compile(r"^i (?:have|got|had) an? (?P<what>interview|screen|phone screen|final round)"
                r" (?:with|at) " + _COMPANY + _UNTIL_WHEN, re.IGNORECASE), None),
    (re.compile(r"^(?:i )?(?:heard back|got a reply|got an answer) from " + _COMPANY
                + r"[.!]?$", re.IGNORECASE), Status.HEARD_BACK),
    (re.compile(r"^(?:i (?:got|have) (?:an|the|a job)? ?offer (?:from|at) " + _COMPANY
                + r"[.!]?$)|^(?P<company2>[\w&.' -]+?) offered me\b", re.IGNORECASE),
     Status.OFFER),
)


def _status_of(what: str) -> Status:
    what = what.lower()
    if "final" in what:
        return Status.FINAL
    if "screen" in what or "call" in what:
        return Status.SCREEN
    return Status.INTERVIEW


def news(text: str, now: datetime, zone: ZoneInfo) -> News | None:
    """News about an application in a plain sentence, or None when the text is something else."""
    text = text.strip()
    if len(text) > 200 or _BAD_NEWS.search(text):
        return None  # a rejection is the rejection flow's, feelings first
    for pattern, status in _NEWS:
        match = pattern.search(text)
        if match is None:
            continue
        groups = match.groupdict()
        company = (groups.get("company") or groups.get("company2") or "").strip(" .,")
        if not company or company.lower() in ("they", "she", "he", "someone", "the recruiter"):
            return None
        found = status or _status_of(groups.get("what") or "interview")
        when = parse_when(text[match.end("company") if groups.get("company") else 0:], now, zone)
        return News(company[:100], found, when[0] if when else None)
    return None


_BAD_NEWS = re.compile(r"\b(?:reject|turned (?:me )?down|didn'?t get|did not get|not selected|"
                       r"declined|ghosted|no longer|cancell?ed)", re.IGNORECASE)
_REJECTED_ME = re.compile(
    r"^(?:sadly |so |well,? )?" + _COMPANY
    + r" (?:has |have |just )?(?:rejected|turned down|declined|passed on|said no to) me\b",
    re.IGNORECASE)


def rejected_by(text: str) -> str | None:
    """The company in 'Initech rejected me' (the rejection flow takes it from there)."""
    match = _REJECTED_ME.search(text.strip())
    if match is None or match["company"].lower() in ("they", "she", "he", "it", "someone"):
        return None
    return match["company"].strip()
