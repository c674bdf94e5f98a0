"""One turn of the conversation being built: replies so far, new state, effects to write."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from coach.conversation.states import State
from coach.messages import Option, Reply
from coach.model import (
    Conversation,
    Effect,
    ForgetPerson,
    JsonValue,
    Profile,
    Rejection,
    SaveProfile,
    SaveRejection,
    Snapshot,
)
from coach.rules.goals import local_date
from coach.safety import Risk
from coach.words import content


@dataclass(frozen=True, slots=True)
class Decision:
    """What the coach decided: replies, the conversation afterwards, and what to write."""

    replies: tuple[Reply, ...]
    conversation: Conversation
    effects: tuple[Effect, ...] = ()
    export_at: int | None = None  # index of the reply that should carry the data export
    risk: Risk = Risk.NONE  # how the message was judged, for operators (never what it said)


@dataclass(slots=True)
class Turn:
    """Mutable scratchpad for building one Decision; never stored."""

    snapshot: Snapshot
    now: datetime
    new_id: Any
    state: State
    data: dict[str, JsonValue]
    texts: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    options: tuple[Option, ...] = ()
    effects: list[Effect] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=list)
    export_at: int | None = None
    rejections: dict[str, Rejection] = field(default_factory=dict)
    profile: Profile | None = None
    risk: Risk = Risk.NONE

    @classmethod
    def begin(cls, snapshot: Snapshot, now: datetime, new_id: Any) -> Turn:
        conversation = snapshot.conversation
        try:
            state = State(conversation.state)
        except ValueError:  # a state from a newer or older version: start over safely
            state = State.IDLE
        return cls(snapshot, now, new_id, state, dict(conversation.data))

    @property
    def today(self) -> date:
        return local_date(self.now, self.current_profile.timezone)

    @property
    def current_profile(self) -> Profile:
        return self.profile or self.snapshot.profile

    def say(self, key: str, **fields: Any) -> None:
        """Add the words for `key`; the reply remembers the key, so tests need no English."""
        self.texts.append(content.say(key, **fields))
        self.keys.append(key)

    def send_separately(self, text: str, key: str) -> None:
        """Flush what is pending and send `text` as its own message (easy to copy)."""
        self.flush()
        self.replies.append(Reply(text, keys=(key,)))

    def flush(self) -> None:
        if self.texts:
            self.replies.append(Reply("\n\n".join(self.texts), keys=tuple(self.keys)))
            self.texts, self.keys = [], []

    def update_profile(self, **changes: Any) -> None:
        self.profile = replace(self.current_profile, **changes)

    def rejection(self, rejection_id: str) -> Rejection | None:
        if rejection_id in self.rejections:
            return self.rejections[rejection_id]
        return next((r for r in self.snapshot.rejections if r.id == rejection_id), None)

    def finish(self) -> Decision:
        self.flush()
        if self.replies and self.options:
            self.replies[-1] = replace(self.replies[-1], options=self.options)
        elif self.options:
            self.replies.append(Reply("…", options=self.options))
        effects = list(self.effects)
        effects += [SaveRejection(r) for r in self.rejections.values()]
        if self.profile is not None and self.profile != self.snapshot.profile:
            effects.insert(0, SaveProfile(self.profile))
        if any(isinstance(effect, ForgetPerson) for effect in effects):
            effects = [ForgetPerson()]
        conversation = Conversation(self.state.value, self.data, self.now)
        return Decision(tuple(self.replies), conversation, tuple(effects), self.export_at,
                        self.risk)
