"""The real Application, started as production starts it, plus a probe that says when it is done.

The probe is a handler in a group after ours: python-telegram-bot runs groups in
order for one update, so when the probe sees an update every handler of ours
has finished with it, whatever they sent.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from pydantic import SecretStr
from telegram import Update
from telegram.ext import Application, ContextTypes, TypeHandler

from bot.settings import Settings
from bot.telegram_adapter import build_application, serve
from bot.token_budget import TokenBudget
from coach.service import Coach
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.people import Deliver, FakeGroup, FakePerson

#: Fast network-error retries for tests; production waits longer.
TEST_RETRY_DELAYS = (0.01, 0.02, 0.05)
WAIT_TIMEOUT = 5.0
_user_ids = itertools.count(4201)

TelegramApplication = Application[Any, Any, Any, Any, Any, Any]


def chatty_budget() -> TokenBudget:
    """The token's budget without the per-chat pace: these tests chat faster than anyone types
    (tests/telegram/test_flood.py and tests/turns check the pacing itself)."""
    return TokenBudget(chat_interval=0.0)


def telegram_settings(api: FakeBotApi, **overrides: Any) -> Settings:
    """Settings pointing at the fake, ignoring any .env or TELEGRAM_* in the environment."""
    values: dict[str, Any] = {
        "telegram_bot_token": SecretStr(api.token),
        "telegram_base_url": api.base_url,
        "telegram_webhook_url": None,
        "telegram_webhook_secret": None,
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


class UpdateProbe:
    """Remembers, in order, every update the Application has completely handled."""

    def __init__(self) -> None:
        self.handled: list[int] = []
        self._changed = asyncio.Event()

    def install(self, application: TelegramApplication) -> None:
        application.add_handler(TypeHandler(Update, self._record), group=99)

    async def _record(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        self.handled.append(update.update_id)
        self._changed.set()
        self._changed = asyncio.Event()

    def mark(self) -> int:
        """A point in the history; `wait(..., since=mark)` ignores what came before it."""
        return len(self.handled)

    async def wait(self, update_id: int, since: int = 0) -> None:
        async with asyncio.timeout(WAIT_TIMEOUT):
            while update_id not in self.handled[since:]:
                await self._changed.wait()


@dataclass
class RunningBot:
    api: FakeBotApi
    application: TelegramApplication
    probe: UpdateProbe
    deliver: Deliver | None = None

    def person(self, first_name: str = "Ana", user_id: int | None = None) -> FakePerson:
        return FakePerson(self.api, self.probe, user_id or next(_user_ids), first_name,
                          self.deliver)

    def group(self, chat_id: int = -100123, title: str = "Job hunters") -> FakeGroup:
        return FakeGroup(self.api, self.probe, chat_id, title)


@asynccontextmanager
async def running_bot(
    api: FakeBotApi,
    settings: Settings,
    coach: Coach,
    *,
    deliver: Deliver | None = None,
    retry_delays: Sequence[float] = TEST_RETRY_DELAYS,
    on_reply: Callable[[], None] | None = None,
    budget: TokenBudget | None = None,
) -> AsyncIterator[RunningBot]:
    """Run the bot as `coach telegram` does until the block ends, then stop it cleanly."""
    application = build_application(settings, coach, retry_delays=retry_delays,
                                    on_reply=on_reply, budget=budget or chatty_budget())
    probe = UpdateProbe()
    probe.install(application)
    stop, ready = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(serve(application, settings, stop, ready=ready))
    started = asyncio.create_task(ready.wait())
    try:
        await asyncio.wait([task, started], timeout=WAIT_TIMEOUT,
                           return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            task.result()  # start-up failed: raise its error here
        assert ready.is_set(), "the bot did not start in time"
        yield RunningBot(api, application, probe, deliver)
    finally:
        started.cancel()
        stop.set()
        await asyncio.wait([task, started])
    task.result()
