"""How long drawing the weekly review's chart takes, and how much memory it holds.

Run: python bench/charts.py [charts]

Draws 1,000 charts (by default) from varied review data, as /insights and the weekly
nudge do, in this thread (the bot runs each in a worker thread: the time is the same),
and prints time per chart (p50, p99, max; wall and CPU), the PNG sizes, and the peak memory of the
process. Targets: under 300 ms a chart, at most 200 KB a PNG.
"""

from __future__ import annotations

import random
import resource
import statistics
import sys
import time

from bot.charts import render
from coach.messages import Chart, MoodPoint, WeekBar

STAGES = ("applied", "screen", "interview", "final", "offer")


def sample(rng: random.Random) -> Chart:
    """A review someone might get: eight weeks, a goal on some, moods for half the people."""
    weeks = tuple(WeekBar(f"{day:02d} Nov", rng.randint(0, 9),
                          rng.choice((None, 2, 3, 5))) for day in range(1, 9))
    reached = sorted((rng.randint(0, 30) for _ in STAGES), reverse=True)
    moods = tuple(MoodPoint(f"{day:02d} Nov", rng.randint(1, 5))
                  for day in range(1, rng.randint(2, 12))) if rng.random() < 0.5 else ()
    return Chart("Your week, Mon 23 Nov 2026 to Sun 29 Nov 2026", "", weeks,
                 tuple(zip(STAGES, reached, strict=True)), moods)


def _percentiles(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (f"p50 {statistics.median(ordered) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, "
            f"max {ordered[-1] * 1000:.0f} ms per chart")


def main(count: int) -> None:
    rng = random.Random(12)
    render(sample(rng))  # fonts load once per process; not part of any chart's time
    times, cpu, sizes = [], [], []
    for _ in range(count):
        chart = sample(rng)
        started, started_cpu = time.perf_counter(), time.process_time()
        png = render(chart)
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        sizes.append(len(png))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{count} charts, wall time: {_percentiles(times)}")
    # On a shared machine the wall time includes waiting for a core; CPU time does not.
    print(f"{count} charts, CPU time: {_percentiles(cpu)}")
    print(f"PNG size: median {statistics.median(sizes) / 1024:.0f} KB, "
          f"max {max(sizes) / 1024:.0f} KB")
    print(f"peak memory (max RSS): {peak:.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
