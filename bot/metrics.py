"""Rebound's Prometheus metrics: one method per event, on a registry made once per process.

Labels hold platforms, results and risk levels only, never ids and never what
anyone wrote, so a scrape can be shared with whoever runs the servers.
"""

from __future__ import annotations

import logging

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

#: Seconds; a turn past a few seconds feels broken to the person waiting.
TURN_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    """The counters an operator watches; `bot/app.py` makes one and hands it around."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        self._turns = Histogram(
            "rebound_turn_seconds", "Time from a person's message to the coach's answer",
            ["platform"], buckets=TURN_BUCKETS, registry=self.registry)
        self._answers = Counter(
            "rebound_answers", "Answers by the risk level of the message answered",
            ["platform", "risk"], registry=self.registry)
        self._sends = Counter(
            "rebound_sends", "Messages handed to a platform, by kind and result",
            ["platform", "kind", "result"], registry=self.registry)
        self._rate_limited = Counter(
            "rebound_rate_limited", "429 answers seen from a platform",
            ["platform"], registry=self.registry)
        self._outbox_backlog = Gauge(
            "rebound_outbox_backlog", "Replies waiting in the outbox",
            ["platform"], registry=self.registry)
        self._nudge_backlog = Gauge(
            "rebound_nudge_backlog", "Nudges due now and not yet sent", registry=self.registry)
        self._nudge_lag = Gauge(
            "rebound_nudge_lag_seconds", "How late the oldest unsent due nudge is",
            registry=self.registry)

    def turn_timed(self, platform: str, seconds: float) -> None:
        """One message answered, and how long its turn took."""
        self._turns.labels(platform).observe(seconds)

    def answered(self, platform: str, risk: str) -> None:
        """The crisis check's level of one answered message."""
        self._answers.labels(platform, risk).inc()

    def sent(self, platform: str, kind: str, result: str) -> None:
        """A send ended: `kind` is reply or nudge, `result` a DeliveryResult value."""
        self._sends.labels(platform, kind, result).inc()

    def rate_limited(self, platform: str) -> None:
        self._rate_limited.labels(platform).inc()

    def outbox_backlog(self, platform: str, waiting: int) -> None:
        self._outbox_backlog.labels(platform).set(waiting)

    def nudge_backlog(self, waiting: int, lag_seconds: float) -> None:
        """Due nudges not yet sent, and how late the oldest of them is (0 when none)."""
        self._nudge_backlog.set(waiting)
        self._nudge_lag.set(max(0.0, lag_seconds))

    def render(self) -> tuple[bytes, str]:
        """The text exposition format and its content type, for GET /metrics."""
        return generate_latest(self.registry), CONTENT_TYPE_LATEST


#: Where discord.py says it met a 429; its own retry logic stays untouched. (Telegram's
#: 429s go through our own flood control, which reports them through bot.events.)
RATE_LIMIT_LOGS = {
    "discord.http": ("discord", "We are being rate limited"),
}


class RateLimitCounter(logging.Handler):
    """Counts the 429s discord.py retries by itself.

    It handles a 429 inside its HTTP layer and only says so in a log line;
    listening for that line counts them without patching the library.
    """

    def __init__(self, metrics: Metrics) -> None:
        super().__init__(level=logging.INFO)
        self._metrics = metrics
        self._levels: dict[str, int] = {}

    def emit(self, record: logging.LogRecord) -> None:
        platform, prefix = RATE_LIMIT_LOGS.get(record.name, ("", "\0"))
        if platform and str(record.msg).startswith(prefix):
            self._metrics.rate_limited(platform)

    def install(self) -> None:
        for name in RATE_LIMIT_LOGS:
            logger = logging.getLogger(name)
            self._levels[name] = logger.level
            logger.addHandler(self)

    def uninstall(self) -> None:
        for name in RATE_LIMIT_LOGS:
            logger = logging.getLogger(name)
            logger.removeHandler(self)
            logger.setLevel(self._levels.pop(name, logger.level))
