"""Drawing the weekly review's chart: the coach says what it shows, this turns it into a PNG.

matplotlib's Agg canvas, one Figure per chart kept out of pyplot (nothing global to
close or to share between threads); the drawing runs
in a worker thread (asyncio.to_thread) so a reply to someone else never waits
for it. 8 x 5 inches at 100 dpi gives 800 x 500 px, some 40 KB.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from coach.messages import Attachment, Chart, Reply

if TYPE_CHECKING:
    from matplotlib.axes import Axes

SIZE_INCHES = (8.0, 5.0)
DPI = 100
FILENAME = "rebound-week.png"
BAR, GOAL, STAGE, MOOD = "#4C72B0", "#DD8452", "#55A868", "#C44E52"


def render(chart: Chart) -> bytes:
    """The chart as PNG bytes: weeks against the goal line, stages reached, and moods if any.

    matplotlib is imported here, not at the top: it takes a second or two to load, which
    every `coach` start would otherwise pay before its first chart, or without ever drawing one.
    A Figure made directly (not pyplot) needs no global backend state and is thread-safe.
    """
    from matplotlib.figure import Figure

    figure = Figure(figsize=SIZE_INCHES, dpi=DPI)
    panels = 3 if chart.moods else 2
    grid = figure.add_gridspec(1, panels, width_ratios=[2.2, 1.2, 1.4][:panels])
    _weeks(figure.add_subplot(grid[0, 0]), chart)
    _stages(figure.add_subplot(grid[0, 1]), chart)
    if chart.moods:
        _moods(figure.add_subplot(grid[0, 2]), chart)
    figure.suptitle(chart.title, fontsize=11)
    # Fixed margins: tight_layout measures every label and took half the time.
    figure.subplots_adjust(left=0.06, right=0.98, top=0.86, bottom=0.16, wspace=0.45)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def _weeks(ax: Axes, chart: Chart) -> None:
    positions = list(range(len(chart.weeks)))
    bars = ax.bar(positions, [w.applications for w in chart.weeks], color=BAR,
                  label="applications")
    ax.bar_label(bars, fontsize=7, padding=1)
    goals = [w.goal if w.goal is not None else float("nan") for w in chart.weeks]
    ax.plot(positions, goals, color=GOAL, marker="_", markersize=18, linestyle="none",
            markeredgewidth=2, label="goal")
    _no_ticks(ax)
    for position, week in enumerate(chart.weeks):
        ax.text(position, -0.02, week.label, transform=ax.get_xaxis_transform(), fontsize=7,
                rotation=60, ha="right", va="top")
    ax.set_ylim(0, max([1, *(w.applications for w in chart.weeks),
                        *(w.goal or 0 for w in chart.weeks)]) * 1.15)
    _title(ax, "Applications per week (dashes: goal)")


def _stages(ax: Axes, chart: Chart) -> None:
    names = [name for name, _ in chart.stages][::-1]
    bars = ax.barh(range(len(names)), [count for _, count in chart.stages][::-1], color=STAGE)
    ax.bar_label(bars, fontsize=7, padding=2)
    _no_ticks(ax)
    for position, name in enumerate(names):
        ax.text(-0.03, position, name, transform=ax.get_yaxis_transform(), fontsize=7,
                ha="right", va="center")
    ax.margins(x=0.2)
    _title(ax, "Stages reached")


def _moods(ax: Axes, chart: Chart) -> None:
    positions = list(range(len(chart.moods)))
    ax.plot(positions, [m.intensity for m in chart.moods], color=MOOD, marker="o")
    _no_ticks(ax)
    ax.set_ylim(0.5, 5.5)
    for position in sorted({0, len(chart.moods) - 1}):  # first and last date: enough to read
        ax.text(position, -0.02, chart.moods[position].label, transform=ax.get_xaxis_transform(),
                fontsize=7, ha="center", va="top")
    _title(ax, "How strongly it felt (1-5)")


def _no_ticks(ax: Axes) -> None:
    """Labels are drawn as plain text instead: matplotlib's tick machinery was most of the
    drawing time (each tick is several artists, laid out twice)."""
    ax.set_xticks([])
    ax.set_yticks([])


def _title(ax: Axes, text: str) -> None:
    """A fixed y skips matplotlib's automatic title placement, a third of the drawing time."""
    ax.set_title(text, fontsize=9, y=1.01)


def caption(reply: Reply) -> str:
    """The reply's words, then the chart's one-line description (what a screen reader reads)."""
    assert reply.chart is not None
    return f"{reply.text}\n\n{reply.chart.description}" if reply.text else reply.chart.description


async def with_picture(reply: Reply) -> Reply:
    """The reply with its chart drawn (off the event loop) as a PNG attachment; others as is."""
    if reply.chart is None or reply.attachment is not None:
        return reply
    png = await asyncio.to_thread(render, reply.chart)
    return replace(reply, attachment=Attachment(FILENAME, png, "image/png"))


async def with_pictures(replies: Sequence[Reply]) -> list[Reply]:
    return [await with_picture(reply) for reply in replies]


def is_picture(reply: Reply) -> bool:
    return reply.attachment is not None and reply.attachment.mime_type.startswith("image/")
