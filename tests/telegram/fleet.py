"""A load balancer in front of `coach telegram --webhook` processes (tests/operations/one_bot).

`Fleet.deliver` does what Telegram and a round-robin balancer do together: each update
goes to the next live instance with the secret header, and is sent again (to the next
instance) until one answers 200. A chat's next update is delivered only after the previous
one was acknowledged, as Telegram does.
"""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

import aiohttp

from storage.database import Database
from tests.operations.one_bot import SECRET_HEADER, BotProcess, the_sender, webhook_environment
from tests.telegram.fake_bot_api import FakeBotApi

SECRET = "fleet-webhook-secret"
STARTUP_SECONDS = 60.0
#: Telegram gives up on an update in the end too; a test that reaches this is broken.
DELIVERY_SECONDS = 120.0
#: aiohttp would wait five minutes for an instance that took the request and never answered.
WEBHOOK_TIMEOUT = aiohttp.ClientTimeout(total=20.0)


def fleet_environment(api: FakeBotApi, database_url: str) -> dict[str, str]:
    # A note due hours ago still goes: the wave's people chose 09:00.
    return webhook_environment(api, database_url, TELEGRAM_WEBHOOK_SECRET=SECRET,
                               COACH_NUDGE_GRACE_MINUTES="1440")


class Fleet:
    """Running instances; `deliver` is the balancer, `kill_a_receiver` the operator's bad day."""

    def __init__(self, api: FakeBotApi, instances: list[BotProcess]) -> None:
        self._api = api
        self.instances = instances
        self._alive = [True] * len(instances)
        self._next = itertools.count()
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        self.redelivered = 0

    async def ready(self) -> None:
        """Return once every instance has told Telegram its webhook (it listens by then)."""
        await self._api.wait_for(
            lambda: len(self._api.calls_to("setWebhook")) >= len(self.instances),
            STARTUP_SECONDS)

    async def deliver(self, update: dict[str, Any]) -> int:
        """Hand an update to the instances until one stores it; its update id."""
        prepared = self._api.prepare(update)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + DELIVERY_SECONDS
        while loop.time() < deadline:
            # With every instance out, the loop would spin without awaiting: a hang, not a failure.
            assert any(self._alive), "no webhook instance left to deliver to"
            index = next(self._next) % len(self.instances)
            if not self._alive[index]:
                continue
            try:
                async with self._session.post(self.instances[index].hook, json=prepared,
                                              headers={SECRET_HEADER: SECRET},
                                              timeout=WEBHOOK_TIMEOUT) as answer:
                    if answer.status == 200:
                        return int(prepared["update_id"])
            except TimeoutError:
                pass  # as Telegram does: an answer too slow is a failed delivery, sent again
            except aiohttp.ClientError:
                self._alive[index] = False  # the balancer's health check takes it out
            self.redelivered += 1  # Telegram sends it again; the balancer picks the next one
        raise AssertionError(f"no instance stored update {prepared['update_id']} "
                             f"in {DELIVERY_SECONDS:.0f} s")

    async def kill_a_receiver(self, database: Database) -> None:
        """SIGKILL an instance that receives and handles updates but is not the sender.

        Killing the sender is tests/operations/test_one_sender.py's case: a reply Telegram
        took just before the kill, not yet marked sent, goes again (at least once).
        """
        sender = await the_sender(database, self.instances)
        receiver = next(bot for bot in self.instances if bot is not sender)
        receiver.process.kill()
        await receiver.process.wait()

    async def close(self) -> None:
        await self._session.close()
