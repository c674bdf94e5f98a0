"""Conversion between table rows and the coach's dataclasses, and rows to JSON-ready data."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import fields
from datetime import date, datetime, time
from typing import Any

from coach.model import Application, Conversation, Goal, Profile, Rejection
from storage.models import ApplicationRow, ConversationRow, GoalRow, PersonRow, RejectionRow

#: Profile fields that identify the person; SaveProfile never changes them.
IDENTITY_FIELDS = frozenset({"id", "platform", "user_id", "created_at"})


def profile_from_row(row: PersonRow | Any) -> Profile:
    """From an ORM row or a Core row of `people` (both have the columns as attributes)."""
    values = {field.name: getattr(row, field.name) for field in fields(Profile)}
    values["nudges_off"] = tuple(row.nudges_off or ())  # a JSON list in the table
    return Profile(**values)


def profile_changes(profile: Profile) -> dict[str, Any]:
    """The settable columns of a person, as SaveProfile asks them to be."""
    changes = {
        field.name: getattr(profile, field.name)
        for field in fields(Profile)
        if field.name not in IDENTITY_FIELDS
    }
    changes["nudges_off"] = list(profile.nudges_off)
    return changes


def conversation_from_row(row: ConversationRow | None) -> Conversation:
    if row is None:
        return Conversation(state="idle")
    return Conversation(state=row.state, data=dict(row.data), updated_at=row.updated_at)


def conversation_values(person_id: int, conversation: Conversation) -> dict[str, Any]:
    return {
        "person_id": person_id,
        "state": str(conversation.state),
        "data": dict(conversation.data),
        "updated_at": conversation.updated_at,
    }


def rejection_from_row(row: RejectionRow) -> Rejection:
    values = {field.name: getattr(row, field.name) for field in fields(Rejection)}
    values["stage_ratings"] = dict(row.stage_ratings)
    return Rejection(**values)


def goal_from_row(row: GoalRow) -> Goal:
    return Goal(**{field.name: getattr(row, field.name) for field in fields(Goal)})


def application_from_row(row: ApplicationRow) -> Application:
    return Application(**{field.name: getattr(row, field.name) for field in fields(Application)})


def owned_values(person_id: int, item: Rejection | Goal | Application) -> dict[str, Any]:
    """Column values for a row of `person_id`; JSON fields copied so callers cannot alias them."""
    values: dict[str, Any] = {"person_id": person_id}
    for field in fields(item):
        value = getattr(item, field.name)
        values[field.name] = dict(value) if isinstance(value, Mapping) else value
    return values


def day_or_none(key: str | None) -> date | None:
    """A daily nudge's key (its ISO local date) as a date."""
    try:
        return date.fromisoformat(key) if key else None
    except ValueError:
        return None


def json_ready(row: Mapping[Any, Any]) -> dict[str, Any]:
    """A row as JSON-serialisable data: dates, times and instants as ISO 8601 strings."""
    return {str(key): _json_value(value) for key, value in row.items()}


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):  # a file waiting in the outbox
        return base64.b64encode(bytes(value)).decode("ascii")
    return value
