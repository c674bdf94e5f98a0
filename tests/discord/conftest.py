"""Fixtures: a fake Discord per test, and Rebound's real client connected to it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import Harness

#: Discord drops an interaction that is not answered within this many seconds.
INTERACTION_DEADLINE = 3.0


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    """The fake Discord; at the end, every request must have been a valid one."""
    server = FakeDiscord()
    await server.start()
    try:
        yield server
    finally:
        await server.close()
    assert server.violations == [], "requests Discord would refuse"
    late = [i.id for i in server.interactions.values()
            if i.responded_at is None or i.responded_at - i.dispatched_at > INTERACTION_DEADLINE]
    assert late == [], "interactions not answered within Discord's 3 seconds"


@pytest.fixture
async def harness(fake: FakeDiscord) -> AsyncIterator[Harness]:
    running = Harness(fake)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()
