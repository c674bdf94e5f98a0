"""Discord shards across processes: each opens its own, none opens another's, DMs on shard 0."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import pytest

from bot.cli import main
from tests.discord import payloads
from tests.discord.fake_discord import FakeDiscord
from tests.discord.payloads import snowflake
from tests.operations.databases import empty_postgres
from tests.operations.processes import environment, finish, run, start

#: Two processes starting at once on a busy two-core machine take a while to connect.
STARTUP_SECONDS = 30.0


def _shard_env(fake: FakeDiscord, url: str) -> dict[str, str]:
    return environment(url, DISCORD_BOT_TOKEN=fake.token, DISCORD_API_BASE_URL=fake.api_url,
                       DISCORD_GATEWAY_URL=fake.gateway_url)


@pytest.mark.postgres
async def test_two_processes_open_one_shard_each_and_a_third_may_not_open_a_taken_one(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    async with empty_postgres() as url:
        env = _shard_env(fake, url)
        assert (await run(["db", "upgrade"], env, tmp_path)).code == 0
        first = await start(["discord", "--shard-count", "2", "--shard-ids", "0"], env, tmp_path)
        second = await start(["discord"], env | {"COACH_DISCORD_SHARD_COUNT": "2",
                                                 "COACH_DISCORD_SHARD_IDS": "1"}, tmp_path)
        await fake.wait_for(lambda: len(fake.gateway.shards) == 2, what="both shards to connect",
                            seconds=STARTUP_SECONDS)
        assert sorted(i["shard"] for i in fake.gateway.identified) == [[0, 2], [1, 2]]

        third = await run(["discord", "--shard-count", "2", "--shard-ids", "1"], env, tmp_path)

        assert third.code != 0
        assert third.err_lines == [
            "coach: Discord shard 1 is already open in another process; "
            "give this process other --shard-ids"], third.err
        assert len(fake.gateway.identified) == 2, "the third never reached the gateway"
        await _answers_a_dm_on_shard_zero(fake)
        for process in (first, second):
            process.send_signal(signal.SIGTERM)
        finished = await asyncio.gather(finish(first), finish(second))
        assert [done.code for done in finished] == [0, 0], [done.err[-1500:] for done in finished]


async def _answers_a_dm_on_shard_zero(fake: FakeDiscord) -> None:
    """Discord sends every direct message on shard 0; its process answers it."""
    person = fake.user("ana")
    channel = fake.dm_channel_id(person)
    message = payloads.message(snowflake(), channel, person, "I got rejected by Zanzibarcorp")
    await fake.gateway.dispatch("MESSAGE_CREATE", message, shard=0)
    await fake.wait_for(lambda: [p for p in fake.posted_in(channel) if "feeling" in p.content],
                        what="the coach's first question")


@pytest.mark.parametrize(("arguments", "says"), [
    (["--shard-ids", "0"], "COACH_DISCORD_SHARD_IDS needs COACH_DISCORD_SHARD_COUNT"),
    (["--shard-count", "2", "--shard-ids", "0,2"], "shard ids must be below the shard count"),
    (["--shard-count", "2", "--shard-ids", "one"], "shard numbers separated by commas"),
    (["--shard-count", "0"], "greater than or equal to 1"),
])
def test_bad_shard_settings_are_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    arguments: list[str], says: str,
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env
    for name, value in environment(f"sqlite+aiosqlite:///{tmp_path / 'coach.db'}",
                                   DISCORD_BOT_TOKEN="MTA.not.used").items():
        monkeypatch.setenv(name, value)

    code = main(["discord", *arguments])

    lines = capsys.readouterr().err.strip().splitlines()
    assert code != 0 and len(lines) == 1, lines
    assert lines[0].startswith("coach: bad setting") and says in lines[0]
    assert not (tmp_path / "coach.db").exists(), "refused before anything was opened"
