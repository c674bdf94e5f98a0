"""Small formatting helpers shared by the coach's replies."""

from __future__ import annotations

from datetime import date


def format_date(day: date) -> str:
    return day.strftime("%a %d %b %Y")


def plural(count: int, noun: str) -> str:
    """'1 application', '3 applications'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def describe(company: str | None, role: str | None) -> str:
    """'Globex — Data Analyst', or whichever part is known."""
    return " — ".join(part for part in (company, role) if part)
