"""The reply outbox on SQL: leased to the writer, taken up when the lease lapses, gone once sent."""

from __future__ import annotations

from datetime import timedelta

from coach.messages import Attachment, Incoming, Option, PersonRef
from coach.service import Coach
from storage.database import Database
from storage.outbox_rows import SqlReplyStore
from storage.repository import SqlCoachStore
from tests.fakes import FakeClock

ANA = PersonRef("telegram", "601")


async def test_a_turns_replies_are_the_writers_until_its_lease_lapses(database: Database) -> None:
    clock = FakeClock()
    writer = SqlCoachStore(database, owner="writer", reply_lease=timedelta(minutes=2))
    other = SqlReplyStore(database, owner="other")
    queued = await Coach(writer, clock).respond(Incoming(ANA, text="/rejected"))
    now = clock.now()
    assert await other.claim_unsent("telegram", now, now + timedelta(minutes=2), 10) == []
    later = now + timedelta(minutes=3)
    taken = await other.claim_unsent("telegram", later, later + timedelta(minutes=2), 10)
    assert [item.number for item in taken] == [item.number for item in queued]
    assert taken[0].reply == queued[0].reply and taken[0].person == ANA
    assert taken[0].reply.options and isinstance(taken[0].reply.options[0], Option)


async def test_a_polling_bot_takes_over_everything_owed_and_sent_replies_are_gone(
    database: Database,
) -> None:
    clock = FakeClock()
    coach = Coach(SqlCoachStore(database, owner="dead"), clock)
    await coach.respond(Incoming(ANA, text="/rejected"))
    await coach.respond(Incoming(ANA, text="sad"))
    restarted = SqlReplyStore(database, owner="restarted")
    now = clock.now()
    owed = await restarted.claim_unsent("telegram", now, now, 10, take_over=True)
    assert len(owed) >= 2 and [q.number for q in owed] == sorted(q.number for q in owed)
    await restarted.sent([item.number for item in owed])
    assert await restarted.claim_unsent("telegram", now, now, 10, take_over=True) == []


async def test_an_export_waiting_in_the_outbox_keeps_its_file(database: Database) -> None:
    clock = FakeClock()
    store = SqlCoachStore(database)
    coach = Coach(store, clock)
    await coach.respond(Incoming(ANA, text="/rejected Acme"))
    queued = await coach.respond(Incoming(ANA, text="/export"))
    files = [item.reply.attachment for item in queued if item.reply.attachment]
    now = clock.now() + timedelta(hours=1)
    owed = await store.replies.claim_unsent("telegram", now, now, 50)
    kept = [item.reply.attachment for item in owed if item.reply.attachment]
    assert files and kept == files and isinstance(kept[0], Attachment)
    assert b"Acme" in kept[0].content
