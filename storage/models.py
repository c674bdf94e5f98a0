"""The tables Rebound keeps, as typed SQLAlchemy models (one `<Thing>Row` per table)."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from storage.columns import UTCDateTime, json_type

#: Stable constraint names, so later migrations (and SQLite batch mode) can refer to them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID_LENGTH = 36
"""Ids of rejections, goals and applications are made by the coach (UUID strings)."""


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _person_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)


class PersonRow(Base):
    __tablename__ = "people"
    __table_args__ = (UniqueConstraint("platform", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    platform: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str | None] = mapped_column(Text)
    timezone: Mapped[str | None] = mapped_column(String(64))
    ping_time: Mapped[time | None] = mapped_column(Time)
    nudges_paused: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    mood_consent: Mapped[bool | None] = mapped_column(Boolean)
    unreachable: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    disclosed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    nudges_paused_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    nudges_off: Mapped[list[str]] = mapped_column(
        json_type(), default=list, server_default=text("'[]'")
    )
    # Safety (migration 0003): their chosen country, and goal pressure held after a crisis.
    country: Mapped[str | None] = mapped_column(String(2))
    crisis_paused_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The search over weeks (0005): the weekly review's day and time, the no-reply wait.
    review_weekday: Mapped[int | None] = mapped_column(Integer)
    review_time: Mapped[time | None] = mapped_column(Time)
    no_reply_days: Mapped[int | None] = mapped_column(Integer)


class ConversationRow(Base):
    __tablename__ = "conversations"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(json_type())
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class RejectionRow(Base):
    __tablename__ = "rejections"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    person_id: Mapped[int] = _person_fk()
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    company: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)
    stage: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(Text)
    feeling: Mapped[str | None] = mapped_column(Text)
    intensity: Mapped[int | None] = mapped_column(Integer)
    got_feedback: Mapped[bool | None] = mapped_column(Boolean)
    feedback: Mapped[str | None] = mapped_column(Text)
    went_well: Mapped[str | None] = mapped_column(Text)
    do_differently: Mapped[str | None] = mapped_column(Text)
    stage_ratings: Mapped[dict[str, int]] = mapped_column(json_type())
    in_control: Mapped[str | None] = mapped_column(Text)
    out_of_control: Mapped[str | None] = mapped_column(Text)
    fit: Mapped[str | None] = mapped_column(Text)
    lesson: Mapped[str | None] = mapped_column(Text)
    follow_up_on: Mapped[date | None] = mapped_column(Date)


class GoalRow(Base):
    __tablename__ = "goals"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    person_id: Mapped[int] = _person_fk()
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    target: Mapped[int] = mapped_column(Integer)
    deadline: Mapped[date] = mapped_column(Date)
    # No foreign key: the coach may save a goal and its rejection in either order.
    rejection_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    celebrated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ApplicationRow(Base):
    __tablename__ = "applications"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    person_id: Mapped[int] = _person_fk()
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    company: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)
    goal_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    # The pipeline (0005): where the application stands, its interview, its rejection.
    status: Mapped[str] = mapped_column(String(16), default="applied", server_default="applied")
    status_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    interview_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    rejection_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    prep_read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class DeliveryRow(Base):
    """A platform event already handled, so a redelivery is recognised (kept a few days)."""

    __tablename__ = "deliveries"

    platform: Mapped[str] = mapped_column(String(32), primary_key=True)
    delivery_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class NudgeScheduleRow(Base):
    """When each nudge of a person is next due: the database, not the scheduler's memory,
    says what is due, so any process can sweep it and a restart loses nothing."""

    __tablename__ = "nudge_schedules"
    __table_args__ = (UniqueConstraint("person_id", "kind", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(ID_LENGTH))  # "" for the daily nudge, else an id
    next_due_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class NudgeDeliveryRow(Base):
    """A nudge recorded before it is sent. The unique (person, kind, key), where key is the
    local date of a daily nudge or the goal or rejection id, makes sending it twice impossible."""

    __tablename__ = "nudge_deliveries"
    __table_args__ = (UniqueConstraint("person_id", "kind", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(ID_LENGTH))
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)  # the instant the nudge was for
    # When to (re)try sending; NULL once it is settled, so the index holds only open work.
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    variant: Mapped[str | None] = mapped_column(String(64))  # which text, so tomorrow's differs
    # The claim that holds it (a fresh token per claim): finishing checks it, so a sender
    # whose lease lapsed and was taken by another cannot overwrite what that one did.
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    # Set just before the platform is asked to send it: a lease that lapses after this
    # means the sender vanished mid-send, and the delivery is `unknown`, never sent again.
    handed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class OutgoingReplyRow(Base):
    """A reply written in its turn's transaction and deleted once the platform accepted it,
    so a crash between deciding and sending delays a reply but never loses it.

    `id` orders a chat's replies (one person's turns are serialised by their row lock).
    person_id is NULL only for the last words to someone who just asked to be forgotten.
    """

    __tablename__ = "outgoing_replies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    platform: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str] = mapped_column(String(64))
    body: Mapped[dict[str, Any]] = mapped_column(json_type())  # text and options
    attachment_name: Mapped[str | None] = mapped_column(Text)
    attachment_type: Mapped[str | None] = mapped_column(Text)
    attachment_data: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    # Whoever holds the lease sends the row; once it lapses any process may take it.
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)


class InboundUpdateRow(Base):
    """A webhook update stored before Telegram is told "received", deleted once handled.

    Behind a load balancer any instance may receive an update and die right after: the
    row lets another instance handle it. A chat's rows are handled one at a time in
    `update_id` order (`storage/inbox.py`). It holds what a person wrote only until then.
    """

    __tablename__ = "inbound_updates"
    __table_args__ = (Index("ix_inbound_updates_chat", "source", "chat_key", "update_id"),)

    source: Mapped[str] = mapped_column(String(64), primary_key=True)  # "telegram:<bot id>"
    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    chat_key: Mapped[int] = mapped_column(BigInteger)
    payload: Mapped[dict[str, Any]] = mapped_column(json_type())
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
