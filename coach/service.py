"""Coach.handle: one transaction per message (lock, read, decide, write, queue the replies)."""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
import weakref
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from coach import safety
from coach.conversation import engine
from coach.conversation.asking import ask
from coach.conversation.flow import State
from coach.conversation.turn import Decision, Turn
from coach.messages import Attachment, Incoming, PersonRef, QueuedReply, Reply
from coach.model import ForgetPerson, Profile, SaveProfile, Snapshot
from coach.nudges import schedule as nudges
from coach.ports import Clock, CoachStore, Outcome, ReplyStore, StoreUnavailable
from coach.rules import pipeline
from coach.words import content

log = logging.getLogger(__name__)

#: Say again that this is a program after this long (several laws ask for about 3 hours).
DISCLOSE_EVERY = timedelta(hours=3)


def _new_id() -> str:
    return uuid.uuid4().hex


class Coach:
    """The one core every adapter talks to."""

    def __init__(
        self,
        store: CoachStore,
        clock: Clock,
        new_id: Callable[[], str] = _new_id,
        classify: Callable[[str], safety.Risk] = safety.classify,
        *,
        on_answer: Callable[[PersonRef, safety.Risk], None] | None = None,
    ) -> None:
        """`on_answer` hears each answered message's risk level (operators' counts, no text)."""
        self._store = store
        self._on_answer = on_answer
        self._clock = clock
        self._new_id = new_id
        self._classify = classify
        self._locks: weakref.WeakValueDictionary[PersonRef, asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def outbox(self) -> ReplyStore:
        """Where `respond` leaves the replies it owes, for the adapter that sends them."""
        return self._store.replies

    def _lock(self, person: PersonRef) -> asyncio.Lock:
        lock = self._locks.get(person)
        if lock is None:
            lock = self._locks[person] = asyncio.Lock()
        return lock

    async def handle(self, incoming: Incoming) -> list[Reply]:
        """The coach's replies to one message; [] for a redelivered platform event.

        For callers that show the replies themselves at once (the console, tests):
        nothing goes through the outbox.
        """
        return [queued.reply for queued in await self._answer(incoming, queue=False)]

    async def respond(self, incoming: Incoming) -> list[QueuedReply]:
        """Like `handle`, but the replies are written to the outbox with the turn.

        The caller sends them and reports them sent; if the process dies first, the
        outbox still owes them, and whoever sweeps it sends them (see docs/outbox.md).
        """
        return await self._answer(incoming, queue=True)

    async def _answer(self, incoming: Incoming, *, queue: bool) -> list[QueuedReply]:
        async with self._lock(incoming.person):
            try:
                return await self._turn(incoming, queue)
            except StoreUnavailable:
                log.warning("storage unavailable for %s user", incoming.person.platform)
                return [QueuedReply(0, incoming.person, Reply(content.say("store_unavailable")))]

    async def _turn(self, incoming: Incoming, queue: bool) -> list[QueuedReply]:
        """Claim, lock, read, decide, write, queue: one transaction, no network inside.

        The decision is a plain function the store runs inside its transaction (on
        SQLite, on the database's own thread, in the same trip as the reads and writes):
        the person's lock is held for the work alone, not for the event loop's queue.
        """
        now = self._clock.now()
        person = incoming.person
        decided: list[tuple[Snapshot, Decision]] = []

        def decide(snapshot: Snapshot) -> Outcome:
            decision = engine.decide(snapshot, incoming, now, self._new_id, self._classify)
            decision = _with_disclosure(snapshot, decision, now)
            decision = _with_display_name(snapshot, decision, incoming.display_name)
            decision = _reachable_again(snapshot, decision)
            decision = _with_pipeline_links(snapshot, decision, now)
            decision = _with_nudge_schedule(snapshot, decision, now)
            decided[:] = [(snapshot, decision)]
            return _outcome(decision)

        queued = await self._store.run_turn(person, now, incoming.delivery_id, decide,
                                            queue=queue)
        if queued is None:
            log.info("skipped redelivered %s event", person.platform)
            return []
        snapshot, decision = decided[0]
        if self._on_answer is not None:
            self._on_answer(person, decision.risk)
        log.info("person %s: %s -> %s, risk %s", snapshot.profile.id,
                 snapshot.conversation.state, decision.conversation.state, decision.risk.value)
        return queued

    async def greet(self, person: PersonRef) -> list[Reply]:
        """What to show when a person opens a chat: welcome, or the step they were on."""
        async with self._lock(person):
            now = self._clock.now()

            def decide(snapshot: Snapshot) -> Outcome:
                return _outcome(_greeting(snapshot, now, self._new_id))

            queued = await self._store.run_turn(person, now, None, decide, queue=False)
            assert queued is not None  # no delivery id: never a redelivery
            return [item.reply for item in queued]

    async def mark_unreachable(self, person: PersonRef, unreachable: bool = True) -> None:
        """The platform refuses to deliver to this person (they blocked the bot)."""
        await self._store.mark_unreachable(person, unreachable)


def _greeting(snapshot: Snapshot, now: datetime, new_id: Callable[[], str]) -> Decision:
    turn = Turn.begin(snapshot, now, new_id)
    if snapshot.conversation.updated_at is None and not snapshot.rejections:
        turn.say("welcome")
        turn.say("welcome.first_steps")
        turn.update_profile(disclosed_at=now)
        ask(turn, State.IDLE)
    elif turn.state is not State.IDLE:
        turn.say("welcome_back")
        ask(turn, turn.state)
    else:
        turn.say("hello")
        ask(turn, State.IDLE)
    return turn.finish()


def _outcome(decision: Decision) -> Outcome:
    """A decision as the store writes it; the reply at `export_at` carries the export."""
    at = decision.export_at
    if at is None:
        return Outcome(decision.conversation, decision.effects, decision.replies)

    def with_export(data: dict[str, Any]) -> tuple[Reply, ...]:
        replies = list(decision.replies)
        replies[at] = replace(replies[at], attachment=_export_file(data))
        return tuple(replies)

    return Outcome(decision.conversation, decision.effects, decision.replies, with_export)


def _export_file(data: dict[str, Any]) -> Attachment:
    body = json.dumps(data, indent=2, ensure_ascii=False, default=str).encode()
    return Attachment("rebound-export.json", body)


def _with_disclosure(snapshot: Snapshot, decision: Decision, now: datetime) -> Decision:
    """Open with 'I'm a program' at first contact and again after DISCLOSE_EVERY.

    After a crisis message it comes last: the emergency number must lead."""
    profile = _profile_after(snapshot, decision)
    last = profile.disclosed_at
    if (last is not None and now - last < DISCLOSE_EVERY) or not decision.replies:
        return decision
    first, disclosure = decision.replies[0], content.say("disclosure")
    text = (f"{first.text}\n\n{disclosure}" if decision.risk.needs_resources
            else f"{disclosure}\n\n{first.text}")
    replies = (replace(first, text=text), *decision.replies[1:])
    return _save_profile(decision, replace(profile, disclosed_at=now), replies)


def _with_display_name(snapshot: Snapshot, decision: Decision, name: str | None) -> Decision:
    profile = _profile_after(snapshot, decision)
    if not name or name == profile.display_name:
        return decision
    return _save_profile(decision, replace(profile, display_name=name[:64]), decision.replies)


def _reachable_again(snapshot: Snapshot, decision: Decision) -> Decision:
    """Someone who writes to us can be written to: undo an earlier 'blocked the bot'."""
    profile = _profile_after(snapshot, decision)
    if not profile.unreachable:
        return decision
    return _save_profile(decision, replace(profile, unreachable=False), decision.replies)


def _with_pipeline_links(snapshot: Snapshot, decision: Decision, now: datetime) -> Decision:
    """A rejection about a company with an open application closes that application."""
    links = pipeline.link_rejections(snapshot, decision.effects, now)
    return replace(decision, effects=(*decision.effects, *links)) if links else decision


def _with_nudge_schedule(snapshot: Snapshot, decision: Decision, now: datetime) -> Decision:
    """Move the nudges this decision affects (a new time, a goal, a rejection's dates)."""
    schedule = nudges.reschedule(snapshot, decision.effects, now)
    if schedule is None:
        return decision
    return replace(decision, effects=(*decision.effects, schedule))


def _profile_after(snapshot: Snapshot, decision: Decision) -> Profile:
    saved = [e.profile for e in decision.effects if isinstance(e, SaveProfile)]
    return saved[-1] if saved else snapshot.profile


def _save_profile(decision: Decision, profile: Profile, replies: tuple[Reply, ...]) -> Decision:
    if any(isinstance(e, ForgetPerson) for e in decision.effects):
        return decision
    others = tuple(e for e in decision.effects if not isinstance(e, SaveProfile))
    return replace(decision, replies=replies, effects=(SaveProfile(profile), *others))
