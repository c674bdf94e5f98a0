"""The reply outbox with one sender per token: a process that is not the sender only wakes
it, the sender sends a person's replies in the order their turns were decided whichever
process decided them, and a process that becomes the sender takes over everything owed."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from bot.reply_sending import ReplyDispatcher
from bot.sender_election import SenderElection
from coach.messages import Incoming, PersonRef, Reply
from coach.ports import DeliveryResult
from coach.service import Coach
from storage.database import Database
from storage.repository import SqlCoachStore
from tests.fakes import FakeClock

ANA = PersonRef("telegram", "601")
DEADLINE = 10.0
#: Which outbox row each reply was (what the fake platform is asked to send is the Reply).
reply_numbers: dict[Reply, int] = {}


class FakeSeat:
    """A sender seat that is free or held elsewhere, as the test says."""

    shared = True

    def __init__(self, free: bool) -> None:
        self.free = free
        self.wakes = 0

    async def try_take(self) -> bool:
        return self.free

    async def held(self) -> bool:
        return self.free

    async def listen(self, woken: Callable[[], None]) -> None:
        return None

    async def wake(self) -> None:
        self.wakes += 1

    async def close(self) -> None:
        return None


class Process:
    """One bot process: its coach, its outbox sender, its standing for the token."""

    def __init__(
        self,
        name: str,
        database: Database,
        clock: FakeClock,
        sent: list[tuple[str, int]],
        free: bool,
    ) -> None:
        self.coach = Coach(SqlCoachStore(database, owner=name), clock)
        self.seat = FakeSeat(free)
        self.election = SenderElection(self.seat, "telegram")

        async def send(person: PersonRef, reply: Reply) -> DeliveryResult:
            sent.append((name, reply_numbers[reply]))
            return DeliveryResult.DELIVERED

        async def unreachable(person: PersonRef) -> None:
            return None

        self.replies = ReplyDispatcher(self.coach.outbox, "telegram", send, clock, unreachable)
        self.replies.elect_with(self.election)

    async def say(self, text: str) -> list[int]:
        queued = await self.coach.respond(Incoming(ANA, text=text))
        for item in queued:
            reply_numbers[item.reply] = item.number
        await self.replies.deliver(queued)
        return [item.number for item in queued]


async def test_a_persons_replies_go_in_turn_order_from_the_one_sender_whoever_decided_them(
    database: Database,
) -> None:
    clock, sent = FakeClock(), []
    handler = Process("handler", database, clock, sent, free=False)
    sender = Process("sender", database, clock, sent, free=True)
    await handler.election.check()
    await sender.election.check()
    assert (handler.election.is_sender, sender.election.is_sender) == (False, True)

    first = await handler.say("/rejected")  # decided in a process that does not send
    await _until(lambda: handler.seat.wakes == 1)
    assert sent == []
    second = await sender.say("sad")  # the next turn lands on the sender
    assert sent == [("sender", number) for number in first + second]
    assert await sender.replies.claim(take_over=True) == 0  # nothing is owed any more


async def test_a_new_sender_takes_over_what_the_dead_one_held_at_once(database: Database) -> None:
    clock, sent = FakeClock(), []
    dead = Process("dead", database, clock, sent, free=False)
    owed = await dead.say("/rejected")  # its replies are leased to it for two minutes
    assert sent == []
    heir = Process("heir", database, clock, sent, free=False)
    stop = asyncio.Event()
    running = [
        asyncio.create_task(heir.election.run(stop)),
        asyncio.create_task(heir.replies.run(stop)),
    ]
    heir.seat.free = True  # the dead process's session ended: the lock is free
    await _until(lambda: len(sent) == len(owed))
    stop.set()
    await asyncio.gather(*running)
    # The clock never moved: the dead process's two-minute lease had not lapsed.
    assert sent == [("heir", number) for number in owed]


async def _until(condition: Callable[[], bool]) -> None:
    """Wait on a condition, never on the clock; fail after DEADLINE seconds."""
    deadline = asyncio.get_running_loop().time() + DEADLINE
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.01)
