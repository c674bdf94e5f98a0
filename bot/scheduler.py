"""APScheduler wiring for nudges: one interval job that sweeps what the database says is due.

Never one job per person: APScheduler keeps a single periodic sweep, and the
schedule lives in our own tables (see storage/nudge_store.py), so several
processes can share it and a restart loses nothing. A sweep:

1. plans, 250 rows per transaction (the event loop stays free for replies): due
   schedule rows are claimed, their deliveries recorded under a unique key, the
   rows moved to the next time;
2. sends, 100 at a time (bot/nudge_sending.py): recorded deliveries are leased,
   composed from the person's current situation, paced per platform, sent
   through the outbox for the person's platform, and settled.

The policy (what is due, what to say, when to give up) lives in coach/.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.nudge_sending import BatchSender
from bot.pacing import SendBudget
from coach.messages import PersonRef
from coach.nudges.schedule import DEFAULT_GRACE
from coach.nudges.sweep import LEASE
from coach.nudges.values import Audience, NudgeStatus
from coach.ports import Clock, NudgeStore, Outbox, StoreUnavailable

log = logging.getLogger(__name__)

SWEEP_EVERY = 20.0
"""Seconds between sweeps: a ping is at most this late (the contract is one minute)."""
PLAN_BATCH = 250
SEND_BATCH = 100
SENDS_PER_SWEEP = 1500
"""Then the sweep ends and the next one starts at once with a fresh clock reading."""
KEEP_DELIVERIES = timedelta(days=35)
PURGE_EVERY = timedelta(hours=1)
PURGE_BATCH = 5000
PURGE_ROUNDS = 100


@dataclass(slots=True)
class SweepReport:
    """What one sweep did: schedule rows claimed, deliveries recorded, and how sends ended."""

    claimed: int = 0
    recorded: int = 0
    skipped: int = 0
    settled: Counter[str] = field(default_factory=Counter)
    more: bool = False  # sends were left for the next sweep

    @property
    def sent(self) -> int:
        return self.settled[NudgeStatus.SENT]


class NudgeScheduler:
    """Sweeps due nudges from a NudgeStore and sends them through per-platform outboxes."""

    def __init__(
        self,
        store: NudgeStore,
        outboxes: Mapping[str, Outbox],
        clock: Clock,
        *,
        grace: timedelta = DEFAULT_GRACE,
        budget: SendBudget | None = None,
        only: PersonRef | None = None,
        interval: float = SWEEP_EVERY,
        plan_batch: int = PLAN_BATCH,
        send_batch: int = SEND_BATCH,
        sends_per_sweep: int = SENDS_PER_SWEEP,
        lease: timedelta = LEASE,
        sending: Callable[[str], bool] | None = None,
    ) -> None:
        """`sending` says whether this process sends a platform's nudges now (it is the
        elected sender of its token); without it, every platform with an outbox."""
        self._store = store
        self._outboxes = dict(outboxes)
        self._clock = clock
        self._grace = grace
        self._sender = BatchSender(store, self._outboxes, budget or SendBudget(), grace,
                                   self._should_stop, clock=clock.now, lease=lease)
        self._taking_over = False
        self._only = only
        self._audience = Audience(frozenset(self._outboxes), only)
        self._sending = sending or (lambda platform: True)
        self._lease = lease
        self._interval = interval
        self._plan_batch, self._send_batch = plan_batch, send_batch
        self._sends_per_sweep = sends_per_sweep
        self._scheduler: AsyncIOScheduler | None = None
        self._running: asyncio.Task[None] | None = None
        self._stopping = False
        self._last_purge: datetime | None = None

    async def sweep(self, now: datetime | None = None) -> SweepReport:
        """Plan and send everything due at `now` (the clock's reading when not given)."""
        now = now or self._clock.now()
        report = SweepReport()
        self._audience = self._current_audience()
        if not self._audience.platforms:
            return report  # another process sends for every platform of ours
        if self._taking_over:
            self._taking_over = False
            taken = await self._store.take_over(self._audience, now)
            log.info("nudge sender taking over: %d claimed nudges ready again", taken)
        while not self._should_stop():
            planned = await self._store.plan_due(self._audience, now, self._grace,
                                                 self._plan_batch)
            report.claimed += planned.claimed
            report.recorded += planned.recorded
            report.skipped += planned.skipped
            await asyncio.sleep(0)  # let replies to people through between batches
            if planned.claimed < self._plan_batch:
                break
        await self._send_ready(now, report)
        await self._purge(now)
        if report.claimed or report.settled:
            log.info("nudge sweep: %s claimed, %s recorded, %s skipped, settled %s",
                     report.claimed, report.recorded, report.skipped, dict(report.settled))
        return report

    def _should_stop(self) -> bool:
        """Stopping, or no longer the sender of a platform in the batch: hand the rest back."""
        return self._stopping or not all(map(self._sending, self._audience.platforms))

    def _current_audience(self) -> Audience:
        mine = frozenset(name for name in self._outboxes if self._sending(name))
        return Audience(mine, self._only)

    async def _send_ready(self, now: datetime, report: SweepReport) -> None:
        left = self._sends_per_sweep
        while left > 0 and not self._should_stop():
            asked = min(self._send_batch, left)
            batch = await self._store.claim_ready(self._audience, now, self._lease, asked)
            if batch:
                report.settled.update(await self._sender.send(batch, now))
            if len(batch) < asked:
                return  # that was the last of them
            left -= len(batch)
            await asyncio.sleep(0)
        report.more = left <= 0

    async def _purge(self, now: datetime) -> None:
        """Old delivery records go once the unique key can no longer matter (after grace)."""
        if self._last_purge is not None and now - self._last_purge < PURGE_EVERY:
            return
        self._last_purge = now
        for _ in range(PURGE_ROUNDS):
            if await self._store.purge(now - KEEP_DELIVERIES, PURGE_BATCH) < PURGE_BATCH:
                return
            await asyncio.sleep(0)

    def start(self) -> None:
        """One interval job on an AsyncIOScheduler in this event loop; the first sweep now."""
        self._stopping = False
        self._scheduler = AsyncIOScheduler(timezone=UTC)
        # coalesce + max_instances=1: runs missed while the loop was busy become one run;
        # misfire_grace_time: a run late by up to one interval still happens (default: 1 s).
        self._scheduler.add_job(
            self._tick, IntervalTrigger(seconds=self._interval, timezone=UTC),
            id="nudge-sweep", name="nudge sweep", coalesce=True, max_instances=1,
            misfire_grace_time=max(1, int(self._interval)), next_run_time=datetime.now(UTC),
        )
        self._scheduler.start()

    def sweep_soon(self, *, take_over: bool = False) -> None:
        """Sweep now rather than at the next interval; `take_over`: this process just became
        the sender, and what the one before it had claimed is its own now."""
        self._taking_over = self._taking_over or take_over
        if self._scheduler is not None and not self._stopping:
            asyncio.get_running_loop().create_task(self._tick())

    async def _tick(self) -> None:
        """The job itself returns at once: the sweep runs in our own task, so shutting
        APScheduler down never cancels a sweep halfway (its executor cancels running jobs)."""
        if self._running is None or self._running.done():
            self._running = asyncio.create_task(self._sweep_while_more())

    async def _sweep_while_more(self) -> None:
        """Sweep, and sweep again at once (with a fresh clock reading) while work is left."""
        try:
            while not self._stopping:
                if not (await self.sweep()).more:
                    return
        except StoreUnavailable:
            log.warning("nudge sweep skipped: storage unavailable")
        except Exception:
            log.exception("nudge sweep failed")

    async def shutdown(self, drain_for: float = 10.0) -> None:
        """Stop sweeping; let the sends under way finish (for up to `drain_for` seconds)."""
        self._stopping = True
        if self._scheduler is not None and self._scheduler.running:
            self._scheduler.shutdown(wait=False)
            await asyncio.sleep(0)  # AsyncIOScheduler shuts down on the loop's next turn
        self._scheduler = None
        if self._running is not None and not self._running.done():
            try:
                await asyncio.wait_for(asyncio.shield(self._running), drain_for)
            except TimeoutError:
                self._running.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._running


async def run_scheduler(
    store: NudgeStore,
    outboxes: Mapping[str, Outbox],
    clock: Clock,
    stop: asyncio.Event,
    *,
    grace: timedelta = DEFAULT_GRACE,
    budget: SendBudget | None = None,
    sending: Callable[[str], bool] | None = None,
    changed: asyncio.Event | None = None,
) -> None:
    """Sweep nudges until `stop` is set (used by `coach run` next to the platforms).

    `changed` is set when this process becomes (or stops being) a sender: the nudges it
    now sends are swept at once, not up to an interval later."""
    scheduler = NudgeScheduler(store, outboxes, clock, grace=grace, budget=budget,
                               sending=sending)
    scheduler.start()
    try:
        while changed is not None and not stop.is_set():
            await _first_of(stop, changed)
            changed.clear()
            scheduler.sweep_soon(take_over=True)
        await stop.wait()
    finally:
        await scheduler.shutdown()


async def _first_of(*events: asyncio.Event) -> None:
    waits = [asyncio.ensure_future(event.wait()) for event in events]
    try:
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiting in waits:
            waiting.cancel()
