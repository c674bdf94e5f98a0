"""The operator's HTTP endpoints: GET /healthz and GET /metrics, served by each bot process.

A load balancer or orchestrator asks /healthz whether to send this process work;
Prometheus scrapes /metrics. Neither says anything about any person.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping

from aiohttp import web

from bot.errors import StartupError
from bot.http_site import serving_app
from bot.metrics import Metrics

log = logging.getLogger(__name__)

Check = Callable[[], Awaitable[bool]]
"""True when one part (the database, a platform) is working; must not raise for "no"."""


class OpsServer:
    """Answers /healthz from `checks` and /metrics from `metrics`, after `refresh` runs."""

    def __init__(
        self,
        metrics: Metrics,
        checks: Mapping[str, Check],
        refresh: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self._metrics = metrics
        self._checks = dict(checks)
        self._refresh = refresh
        self.app = web.Application()
        self.app.router.add_get("/healthz", self.healthz)
        self.app.router.add_get("/metrics", self.metrics)

    async def healthz(self, _request: web.Request) -> web.Response:
        """200 when every check passes, else 503; the body says which part failed."""
        results = {name: await _safely(check, name) for name, check in self._checks.items()}
        healthy = all(results.values())
        body = {"status": "ok" if healthy else "unavailable",
                "checks": {name: "ok" if ok else "failing" for name, ok in results.items()}}
        return web.json_response(body, status=200 if healthy else 503)

    async def metrics(self, _request: web.Request) -> web.Response:
        if self._refresh is not None:
            with contextlib.suppress(Exception):  # a stale gauge beats no metrics at all
                await self._refresh()
        body, content_type = self._metrics.render()
        response = web.Response(body=body)
        response.headers["Content-Type"] = content_type
        return response


async def _safely(check: Check, name: str) -> bool:
    try:
        return await check()
    except Exception as error:  # a health check answers, it never fails the request
        log.warning("health check %s raised %s", name, type(error).__name__)
        return False


def parse_listen(listen: str) -> tuple[str, int]:
    """"HOST:PORT" (port 0 picks a free one); a clear error for anything else."""
    host, _, port = listen.rpartition(":")
    if not host or not port.isdigit() or int(port) > 65535:
        raise StartupError(f"metrics address {listen!r} is not HOST:PORT (e.g. 127.0.0.1:9100)")
    return host.strip("[]"), int(port)


@contextlib.asynccontextmanager
async def serving(server: OpsServer, listen: str) -> AsyncIterator[tuple[str, int]]:
    """Serve on `listen` while the block runs; yields the address actually bound."""
    host, port = parse_listen(listen)
    async with serving_app(server.app, host, port, "serve metrics") as bound:
        log.info("serving /healthz and /metrics on %s:%s", bound[0], bound[1])
        yield bound
