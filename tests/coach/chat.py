"""A scripted person talking to a real Coach over the in-memory store."""

from __future__ import annotations

from coach.messages import Incoming, Option, PersonRef, Reply
from coach.model import Snapshot
from coach.service import Coach
from tests.fakes import FakeClock, InMemoryCoachStore, counting_ids

#: States the quick path goes through after the choice of path.
QUICK_PATH = frozenset({"reflect_differently", "plan_count", "plan_deadline", "idle"})


class Chat:
    def __init__(self, user: str = "ana", store: InMemoryCoachStore | None = None,
                 clock: FakeClock | None = None) -> None:
        self.store = store or InMemoryCoachStore()
        self.clock = clock or FakeClock()
        self.coach = Coach(self.store, self.clock, counting_ids())
        self.person = PersonRef("test", user)
        self.replies: list[Reply] = []

    async def say(self, text: str) -> str:
        return await self._send(Incoming(self.person, text=text))

    async def press(self, label: str) -> str:
        option = self.option(label)
        return await self._send(Incoming(self.person, option=option.value))

    async def _send(self, incoming: Incoming) -> str:
        self.replies = await self.coach.handle(incoming)
        return self.text

    async def skip_until(self, state: str, limit: int = 30) -> None:
        """Answer "skip" until the conversation reaches `state` (every step is skippable)."""
        for _ in range(limit):
            if self.state == state:
                return
            if self.state == "choose_path" and state not in QUICK_PATH:
                await self.say("full")  # skipping the choice means the quick path
                continue
            await self.say("skip")
        raise AssertionError(f"skipping never reached {state}, stuck at {self.state}")

    @property
    def text(self) -> str:
        return "\n".join(reply.text for reply in self.replies)

    @property
    def options(self) -> tuple[Option, ...]:
        return next((r.options for r in reversed(self.replies) if r.options), ())

    def option(self, label: str) -> Option:
        matches = [o for o in self.options if label.lower() in o.label.lower()]
        assert matches, f"no option {label!r} in {[o.label for o in self.options]}"
        return matches[0]

    @property
    def snapshot(self) -> Snapshot:
        return self.store.snapshots[self.person]

    @property
    def state(self) -> str:
        return self.snapshot.conversation.state
