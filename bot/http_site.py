"""Serving an aiohttp application on HOST:PORT while a block runs (webhook, /healthz)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from aiohttp import web

from bot.errors import StartupError


@contextlib.asynccontextmanager
async def serving_app(app: web.Application, host: str, port: int,
                      purpose: str) -> AsyncIterator[tuple[str, int]]:
    """Yields the address actually bound (port 0 picks a free one); a port that cannot be
    had is one line for the operator: "cannot <purpose> on host:port: <reason>"."""
    runner = web.AppRunner(app, handle_signals=False, access_log=None, shutdown_timeout=5.0)
    await runner.setup()
    try:
        try:
            await web.TCPSite(runner, host, port).start()
        except OSError as error:
            raise StartupError(f"cannot {purpose} on {host}:{port}: {error.strerror}") from None
        bound = runner.addresses[0]
        yield bound[0], bound[1]
    finally:
        await runner.cleanup()
