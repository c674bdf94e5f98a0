"""Three `coach telegram --webhook` processes on one PostgreSQL database act as one bot.

A hundred people each start, talk a rejection through to a plan and log two
applications in quick succession, through a balancer that spreads their updates over
the three instances; one instance that receives updates (not the token's sender) is
killed with SIGKILL halfway. Then a wave of daily
notes falls due for everyone. The fake Bot API refuses anything above 30 messages a
second, as Telegram does.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import text

from coach.nudges.compose import APPLIED_ONE
from coach.words import content
from storage.database import Database, open_database
from tests.operations.databases import empty_postgres
from tests.operations.one_bot import bots
from tests.operations.processes import run
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.fleet import Fleet, fleet_environment
from tests.telegram.people import FakePerson, command_entities

PEOPLE = 100
LONDON = ZoneInfo("Europe/London")
INSTANCES = 3
ARRIVING_TOGETHER = 20  # people who start at once; the rest follow as those are welcomed
PATIENCE = 120.0  # seconds for a reply: 1,900 messages at 30 a second take a minute
WHOLE_TEST_SECONDS = 600.0  # alone it takes about two minutes
#: What each person says, and the content key the answer to it starts with.
JOURNEY = (
    ("/start", "welcome"), ("Europe/London", "react.timezone.other"),
    ("09:00", "react.ping_time.other"), ("yes", "react.consent.yes"),
    # The weekly review falls on the evening of a Sunday: left out, so the wave is one kind.
    ("/review off", "settings.review"),
    ("I got rejected from Acme", "ask.feeling"), ("sad", "react.feeling.sad"),
    ("4", "react.intensity.high"), ("I'm OK", "react.coping.continue"),
    ("Analyst", "ask.stage"), ("Final round", "ask.kind"), ("Not selected", "understood"),
    ("Quick plan", "ask.differently"), ("Practise SQL", "ask.count"), ("2", "ask.deadline"),
    ("In a week", "summary"),
)
#: Sent one straight after the other, so they reach different instances at once.
QUICK_PAIR = (("/applied Globex, Analyst", "applied.logged"),
              ("/applied Initech, Analyst", "goal.reached"))


def opening(key: str) -> str:
    """The fixed start of a content text, before its first {field}."""
    return content.TEXT[key].split("{", 1)[0]


def shows(person: FakePerson, key: str) -> bool:
    return any(opening(key) in sent.text for sent in person.inbox)


class Arrivals:
    """Wakes only the person a message was sent to (not all hundred at every send), so
    this process, which also plays the Bot API, stays quick to read the bot's requests."""

    def __init__(self, api: FakeBotApi) -> None:
        self._api = api
        self._events: dict[int, asyncio.Event] = {}
        api.sent_listeners.append(self._sent)

    def _sent(self, chat_id: int) -> None:
        event = self._events.pop(chat_id, None)  # every waiter of the chat wakes, once
        if event is not None:
            event.set()

    async def at_least(self, person: FakePerson, count: int) -> None:
        chat = person.chat_id
        async with asyncio.timeout(PATIENCE):
            while self._api.sent_count[chat] < count:
                await self._events.setdefault(chat, asyncio.Event()).wait()


async def walk(arrivals: Arrivals, fleet: Fleet, person: FakePerson,
               halfway: Callable[[], None], after: FakePerson | None) -> None:
    """One person's journey: each message once the answer to the one before has arrived.

    A person starts once the one `after` whom they come has been welcomed: people arrive
    over a few seconds rather than all in one instant (that is test_burst's and
    test_one_sender's case), so the fake's own meter is not fooled by this busy process
    reading a hundred sends late and all at once.
    """
    if after is not None:
        await arrivals.at_least(after, 1)
    for step, (said, _) in enumerate(JOURNEY):
        await fleet.deliver({"message": person.message(text=said, **command_entities(said))})
        try:
            await arrivals.at_least(person, step + 1)
        except TimeoutError:
            raise AssertionError(f"{person.chat_id} unanswered after {said!r}: "
                                 f"{[sent.text[:30] for sent in person.inbox]}") from None
        if step == len(JOURNEY) // 2:
            halfway()
    for said, _ in QUICK_PAIR:
        await fleet.deliver({"message": person.message(text=said, **command_entities(said))})
    answered = len(JOURNEY) + len(QUICK_PAIR)
    await arrivals.at_least(person, answered)


def last_nine_in_london() -> datetime:
    now = datetime.now(LONDON)
    nine = now.replace(hour=9, minute=0, second=0, microsecond=0)
    return nine if nine <= now else nine - timedelta(days=1)


async def make_daily_notes_due(database: Database) -> None:
    """Everyone's daily note falls due: as if the bot had been down since their last 09:00
    (the processes run with a day's grace, so it still goes out)."""
    async with database.engine.begin() as connection:
        await connection.execute(
            text("UPDATE nudge_schedules SET next_due_at = :due WHERE kind = 'daily'"),
            {"due": last_nine_in_london()})


async def rows(database: Database, query: str) -> int:
    async with database.engine.connect() as connection:
        return int((await connection.execute(text(query))).scalar_one())


async def test_three_webhook_processes_answer_everyone_once_in_order_and_survive_a_kill(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    # This run has hung (the test idle, two instances left) a few times in full runs and never
    # alone; until the cause is found, a hang fails here instead of holding up CI.
    async with asyncio.timeout(WHOLE_TEST_SECONDS):
        await _three_webhook_processes(bot_api, tmp_path)


async def _three_webhook_processes(bot_api: FakeBotApi, tmp_path: Path) -> None:
    bot_api.messages_per_second = 30
    people = [FakePerson(bot_api, None, 80_000 + n, f"P{n}")  # type: ignore[arg-type]
              for n in range(PEOPLE)]
    halfway, passed = asyncio.Event(), [0]
    arrivals = Arrivals(bot_api)

    def one_more_halfway() -> None:
        passed[0] += 1
        if passed[0] == PEOPLE // 2:
            halfway.set()

    async with empty_postgres() as url:
        env = fleet_environment(bot_api, url)
        migrated = await run(["db", "upgrade"], env, tmp_path)
        assert migrated.code == 0, migrated.err
        database = await open_database(url, migrate=False)
        try:
            async with bots(env, tmp_path, INSTANCES) as instances:
                fleet = Fleet(bot_api, instances)

                async def kill_one_halfway() -> None:
                    await halfway.wait()
                    await fleet.kill_a_receiver(database)

                try:
                    await fleet.ready()
                    await asyncio.gather(kill_one_halfway(), *(
                        walk(arrivals, fleet, person, one_more_halfway,
                             people[n - ARRIVING_TOGETHER] if n >= ARRIVING_TOGETHER else None)
                        for n, person in enumerate(people)))
                    await make_daily_notes_due(database)
                    await bot_api.wait_for(lambda: all(
                        any(APPLIED_ONE.label in sent.labels for sent in p.inbox)
                        for p in people
                    ), PATIENCE)
                    owed_replies = await rows(database, "SELECT count(*) FROM outgoing_replies")
                    waiting_updates = await rows(database,
                                                 "SELECT count(*) FROM inbound_updates")
                    applications = await rows(database, "SELECT count(*) FROM applications")
                    daily_sent = await rows(database, "SELECT count(*) FROM nudge_deliveries "
                                                      "WHERE kind = 'daily' AND status = 'sent'")
                finally:
                    await fleet.close()
            errors = ["\n".join(instance.err) for instance in instances]
            for number, log in enumerate(errors):  # shown when the test fails
                print(f"--- instance {number} ---\n{log[-3000:]}")
        finally:
            await database.close()

    expected = [key for _, key in JOURNEY + QUICK_PAIR]
    for person in people:
        texts = [sent.text for sent in person.inbox]
        assert len(texts) == len(expected) + 1, (person.chat_id, texts)  # + the daily note
        for said, key in zip(expected, texts, strict=False):
            assert opening(said) in key, (person.chat_id, said, texts)
        assert APPLIED_ONE.label in person.inbox[-1].labels
    assert [call for call in bot_api.calls if call.status == 429] == []
    assert applications == 2 * PEOPLE
    assert daily_sent == PEOPLE
    assert owed_replies == 0 and waiting_updates == 0
    assert fleet.redelivered > 0, "the killed instance was never tried: the kill proved nothing"
    for log in errors:
        assert "Traceback" not in log and bot_api.token.split(":")[1] not in log
