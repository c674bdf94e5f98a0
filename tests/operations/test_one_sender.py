"""Three `coach telegram --webhook` processes on one PostgreSQL database send as one bot.

The fake Bot API refuses more than 30 messages in any second, as Telegram does. A
hundred people write at once (their updates spread over the three processes) while a
nudge wave falls due for all of them; halfway through, the process that sends is killed
with SIGKILL. Everyone is answered, every nudge arrives at most once (and exactly once
unless its sender died while the platform had it: then it is honestly unknown), and no
send is refused: the three processes never add up to more than the one budget.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.nudge_sending import MAX_IN_FLIGHT
from storage.database import open_database
from storage.sender_lock import SENDER_LOCK_CLASS
from tests.operations import one_bot
from tests.operations.databases import empty_postgres
from tests.operations.one_bot import (
    a_wave_due_now,
    all_done,
    bots,
    everyone_writes,
    handed_not_settled,
    is_nudge,
    kill_the_sender,
    metered_fake,
    nudge_statuses,
    until,
    until_async,
    webhook_environment,
)
from tests.operations.processes import run

pytestmark = pytest.mark.postgres

PEOPLE = 100
PROCESSES = 3
TELEGRAM_LIMIT = 30
#: Messages accepted before the sender is killed: while people are being answered (replies
#: go first), or once they all are and the nudge wave is under way.
KILLED = {"while answering": 2 * PEOPLE // 3, "during the nudge wave": PEOPLE + PEOPLE // 3}
IN_FLIGHT = MAX_IN_FLIGHT  # nudges one sender has handed over at once


def test_the_helpers_find_the_sender_by_its_lock() -> None:
    assert one_bot.SENDER_LOCK_CLASS == SENDER_LOCK_CLASS


@pytest.mark.parametrize("kill_after", KILLED.values(), ids=KILLED.keys())
async def test_three_processes_send_as_one_bot_and_a_killed_sender_hands_over(
    tmp_path: Path, kill_after: int
) -> None:
    api, chats = await metered_fake(PEOPLE, TELEGRAM_LIMIT)
    try:
        async with empty_postgres() as url:
            env = webhook_environment(api, url)
            assert (await run(["db", "upgrade"], env, tmp_path)).code == 0
            database = await open_database(url, migrate=False)
            try:
                await a_wave_due_now(database, chats)
                async with bots(env, tmp_path, PROCESSES) as running:
                    await everyone_writes(api, running, chats)
                    await until(lambda: len(api.accepted_at) >= kill_after)
                    await kill_the_sender(database, running)
                    api.killed_at = asyncio.get_running_loop().time()
                    in_doubt = await handed_not_settled(database)
                    await until_async(lambda: all_done(api, database, chats, in_doubt))
                    statuses = await nudge_statuses(database)
            finally:
                await database.close()
    finally:
        await api.close()

    assert api.calls_to("sendMessage", status=429) == [], (
        f"refused {[round(at - (api.killed_at or 0), 3) for at in api.refused_at]} s after "
        f"the kill; accepted {[round(at - (api.killed_at or 0), 3) for at in api.accepted_at]}"
    )
    assert api.peak_per_second() <= TELEGRAM_LIMIT
    answers = {chat: [m.text for m in api.chat(chat) if not is_nudge(m)] for chat in chats}
    assert all(answers.values()), "everyone is answered"
    doubled = sum(len(texts) - len(set(texts)) for texts in answers.values())
    assert doubled <= IN_FLIGHT, "only replies sent as the sender died may go twice"
    nudges = {chat: sum(map(is_nudge, api.chat(chat))) for chat in chats}
    assert max(nudges.values()) == 1, "no nudge twice"
    for chat in chats:
        if str(chat) in in_doubt:  # handed over by the killed sender: unknown, never resent
            assert statuses[str(chat)] == ("pending", True)
        else:
            assert (statuses[str(chat)][0], nudges[chat]) == ("sent", 1)
    unknown = [chat for chat in chats if str(chat) in in_doubt]
    arrived = sum(nudges[chat] for chat in unknown)
    # Marked handed right before its request, with the next slot held back meanwhile: one at
    # a time (two if a mark outlasts the hold under load) can be marked and not yet sent.
    assert len(unknown) - arrived <= 2, "lost: only a nudge marked and not yet requested"
    assert arrived <= IN_FLIGHT, "unrecorded: at most those sent as the sender died"
    print(
        f"\npeak {api.peak_per_second()}/s over {len(api.accepted_at)} messages; "
        f"{len(unknown)} nudges unknown ({arrived} of them arrived), {doubled} replies "
        f"doubled; first send {api.first_after_kill():.2f} s after SIGKILL of the sender"
    )
