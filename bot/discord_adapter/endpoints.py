"""Point discord.py at the configured API and gateway addresses (a test server, a proxy)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route


@contextlib.contextmanager
def pointed_at(api_base_url: str, gateway_url: str) -> Iterator[None]:
    """Use these addresses for as long as the block runs, then put the previous ones back.

    discord.py keeps both in class attributes: `Route.BASE` prefixes every HTTP call
    (interaction callbacks and followups included), and the plain `Client` opens its
    first gateway connection at `DiscordWebSocket.DEFAULT_GATEWAY` without asking
    GET /gateway/bot (later it resumes at READY's `resume_gateway_url`, and goes back
    to the default after an invalidated session). Being class attributes they are
    process-wide, so one Discord connection per process: restoring them on exit keeps
    one run, or one test's fake server, from leaking into the next.
    """
    saved = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    Route.BASE = api_base_url.rstrip("/")
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)
    try:
        yield
    finally:
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved
