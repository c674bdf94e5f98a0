"""A person's conversation and history (rejections, goals, applications, last daily note)
in one statement.

One UNION ALL of the four tables, each row tagged with its table and padded with
typed NULLs for the others' columns, plus the latest daily note: a turn reads its
whole snapshot in two statements (this one and the locked person row) instead of six.
It must run after the lock is granted, as a statement of its own: PostgreSQL
re-reads only the locked rows of the statement that waited for a lock, so a
conversation joined into the locking statement could be the one from before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import fields
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    bindparam,
    cast,
    func,
    literal,
    null,
    select,
)
from sqlalchemy.sql.schema import Table

from coach.model import Application, Conversation, Goal, NudgeKind, Rejection
from storage import mapping
from storage.columns import UTCDateTime
from storage.models import (
    ApplicationRow,
    ConversationRow,
    GoalRow,
    NudgeDeliveryRow,
    RejectionRow,
)

Item = Rejection | Goal | Application | Conversation
_TABLES: dict[str, tuple[Table, type[Item]]] = {
    "c": (ConversationRow.__table__, Conversation),  # type: ignore[dict-item]
    "r": (RejectionRow.__table__, Rejection),  # type: ignore[dict-item]
    "g": (GoalRow.__table__, Goal),  # type: ignore[dict-item]
    "a": (ApplicationRow.__table__, Application),  # type: ignore[dict-item]
}
_DAILY = "n"


def _columns(tag: str) -> list[str]:
    return [field.name for field in fields(_TABLES[tag][1])]


def _padded(tag: str) -> Select[Any]:
    """The rows of one table, with NULL (typed as the column) for every other table's columns."""
    table = _TABLES[tag][0]
    dated = "created_at" in table.c
    selected: list[ColumnElement[Any]] = [
        literal(tag).label("tag"),
        (table.c.created_at if dated else cast(null(), UTCDateTime())).label("sort_at"),
        (table.c.id if dated else cast(null(), RejectionRow.id.type)).label("sort_id"),
    ]
    for other, (other_table, _) in _TABLES.items():
        for name in _columns(other):
            column = other_table.c[name]
            value = column if other == tag else cast(null(), column.type)
            selected.append(value.label(f"{other}_{name}"))
    selected.append(cast(null(), NudgeDeliveryRow.key.type).label("last_daily"))
    return select(*selected).where(table.c.person_id == _person_id_param())


def _daily() -> Select[Any]:
    selected: list[ColumnElement[Any]] = [
        literal(_DAILY).label("tag"), cast(null(), UTCDateTime()).label("sort_at"),
        cast(null(), RejectionRow.id.type).label("sort_id"),
    ]
    for tag, (table, _) in _TABLES.items():
        selected += [cast(null(), table.c[name].type).label(f"{tag}_{name}")
                     for name in _columns(tag)]
    selected.append(func.max(NudgeDeliveryRow.key).label("last_daily"))
    return select(*selected).where(
        NudgeDeliveryRow.person_id == _person_id_param(),
        NudgeDeliveryRow.kind == NudgeKind.DAILY.value,
    )


def _person_id_param() -> Any:
    return bindparam("person_id")


def _statement() -> CompoundSelect[Any]:
    union = _padded("c").union_all(_padded("r"), _padded("g"), _padded("a"), _daily())
    return union.order_by("tag", "sort_at", "sort_id")


HISTORY = _statement()
"""Built once: the compiled form is cached by SQLAlchemy, run with `person_id=`."""


class History:
    """The rows of HISTORY sorted into the coach's values, oldest first."""

    def __init__(self, rows: Iterable[Mapping[Any, Any]]) -> None:
        self.items: dict[str, list[Item]] = {tag: [] for tag in _TABLES}
        self.last_daily_note: date | None = None
        self.conversation: Conversation = Conversation(state="idle")
        for row in rows:
            tag = row["tag"]
            if tag == _DAILY:
                self.last_daily_note = mapping.day_or_none(row["last_daily"])
            elif tag == "c":
                self.conversation = Conversation(
                    row["c_state"], dict(row["c_data"] or {}), row["c_updated_at"])
            else:
                self.items[tag].append(_item(tag, row))

    def of(self, tag: str) -> tuple[Any, ...]:
        return tuple(self.items[tag])


def _item(tag: str, row: Mapping[Any, Any]) -> Item:
    kind = _TABLES[tag][1]
    values = {name: row[f"{tag}_{name}"] for name in _columns(tag)}
    if kind is Rejection:
        values["stage_ratings"] = dict(values["stage_ratings"] or {})
    return kind(**values)
