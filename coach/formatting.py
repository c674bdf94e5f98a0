"""Small formatting helpers shared by the coach's replies."""

from __future__ import annotations

from datetime import date


def format_date(day: date) -> str:
    return day.strftime("%a %d %b %Y")


def describe(company: str | None, role: str | None) -> str:
    """'Globex — Data Analyst', or whichever part is known."""
    return " — ".join(part for part in (company, role) if part)
