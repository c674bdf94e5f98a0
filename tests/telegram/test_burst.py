"""Hundreds of people at once against Telegram's flood limit: everyone answered, nothing refused."""

from __future__ import annotations

from pathlib import Path

from bot.settings import Settings
from coach.service import Coach
from storage.database import open_database
from storage.repository import SqlCoachStore
from tests.fakes import FakeClock
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.harness import running_bot
from tests.telegram.people import FakePerson, command_entities

PEOPLE = 300
TELEGRAM_LIMIT = 30  # messages a second, per bot
PATIENCE = 300.0  # 300 replies at under 30/s take ten-odd seconds; a busy machine far more


async def test_three_hundred_people_at_once_are_all_answered_and_no_send_is_refused(
    bot_api: FakeBotApi, settings: Settings, tmp_path: Path
) -> None:
    bot_api.messages_per_second = TELEGRAM_LIMIT
    database = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'burst.db'}")
    coach = Coach(SqlCoachStore(database), FakeClock())
    try:
        async with running_bot(bot_api, settings, coach) as telegram:
            people = [telegram.person(f"P{n}", user_id=900_000 + n) for n in range(PEOPLE)]
            for person in people:
                bot_api.push({"message": person.message(text="/start",
                                                        **command_entities("/start"))})
            await bot_api.wait_for(lambda: all(p.inbox for p in people), PATIENCE)
            await telegram.application.update_queue.join()
            await bot_api.wait_for(lambda: _all_settled(people), PATIENCE)
    finally:
        await database.close()
    assert bot_api.calls_to("sendMessage", status=429) == []
    counts = {len(person.inbox) for person in people}
    assert counts == {len(people[0].inbox)}, "everyone got the same answer, once"
    assert all(len({m.text for m in p.inbox}) == len(p.inbox) for p in people)


def _all_settled(people: list[FakePerson]) -> bool:
    return len({len(person.inbox) for person in people}) == 1
