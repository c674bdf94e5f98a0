"""The weekly review: the week against the goal, where rejections happen, and its chart's data.

Used by `/insights` and by the weekly nudge, so both say the same. The chart is
described as data (coach.messages.Chart); the adapters draw it.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from coach.messages import Chart, MoodPoint, Reply, WeekBar
from coach.model import Snapshot, Stage
from coach.rules import goals, insights, pipeline
from coach.words import content
from coach.words.choices import stage_label
from coach.words.formatting import format_date, plural
from coach.words.pipeline_texts import STATUS_LABELS

WEEKS = 8
FUNNEL = ("applied", "screen", "interview", "final", "offer")
_REACHED = {"applied": 0, "heard_back": 0, "screen": 1, "interview": 2, "final": 3, "offer": 4}


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_bars(snapshot: Snapshot, today: date) -> tuple[WeekBar, ...]:
    """Applications per local week, oldest first, with the targets of goals due that week."""
    zone = snapshot.profile.timezone
    first = _monday(today) - timedelta(weeks=WEEKS - 1)
    sent = Counter(_monday(goals.local_date(a.created_at, zone)) for a in snapshot.applications)
    targets: Counter[date] = Counter()
    for goal in snapshot.goals:
        targets[_monday(goal.deadline)] += goal.target
    bars = []
    for number in range(WEEKS):
        monday = first + timedelta(weeks=number)
        bars.append(WeekBar(monday.strftime("%d %b"), sent[monday], targets.get(monday)))
    return tuple(bars)


def stages_reached(snapshot: Snapshot) -> tuple[tuple[str, int], ...]:
    """How many applications and rejections got at least as far as each stage."""
    furthest = [_REACHED.get(r.stage or "applied", 0) for r in snapshot.rejections]
    linked = {r.id for r in snapshot.rejections}
    for application in snapshot.applications:
        if application.rejection_id in linked:
            continue  # counted through its rejection
        furthest.append(_REACHED.get(application.status, 0))
    return tuple((STATUS_LABELS.get(s, s), sum(1 for f in furthest if f >= i))
                 for i, s in enumerate(FUNNEL))


def moods(snapshot: Snapshot) -> tuple[MoodPoint, ...]:
    """Only with the person's consent to keep mood data: it is health data."""
    if snapshot.profile.mood_consent is not True:
        return ()
    zone = snapshot.profile.timezone
    return tuple(MoodPoint(goals.local_date(r.created_at, zone).strftime("%d %b"), r.intensity)
                 for r in snapshot.rejections if r.intensity is not None)


def chart(snapshot: Snapshot, today: date) -> Chart:
    weeks, stages, feelings = week_bars(snapshot, today), stages_reached(snapshot), moods(snapshot)
    goal_text = ", ".join(str(w.goal) for w in weeks if w.goal is not None) or "none set"
    mood_text = content.say("review.chart_moods", moods=", ".join(
        str(m.intensity) for m in feelings)) if feelings else ""
    description = content.say(
        "review.chart", weeks=WEEKS, series=", ".join(str(w.applications) for w in weeks),
        goals=goal_text, stages=", ".join(f"{name} {count}" for name, count in stages),
        moods=mood_text)
    title = content.say("review.title", start=format_date(_monday(today)),
                        end=format_date(_monday(today) + timedelta(days=6)))
    return Chart(title, description, weeks, stages, feelings)


def _funnel_text(snapshot: Snapshot) -> str | None:
    stages = Counter(r.stage for r in snapshot.rejections if r.stage)
    if not stages:
        return None
    order = [s.value for s in Stage]
    return ", ".join(f"{stage_label(stage)} {count}" for stage, count in
                     sorted(stages.items(), key=lambda item: order.index(item[0])
                            if item[0] in order else len(order)))


def _goal_text(snapshot: Snapshot, today: date) -> str:
    monday = _monday(today)
    due = sum(g.target for g in snapshot.goals if monday <= g.deadline < monday + timedelta(7))
    return content.say("review.goal", target=due) if due else ""


def text(snapshot: Snapshot, today: date, now: datetime) -> str:
    """The review's words: a few short lines."""
    zone = snapshot.profile.timezone
    lines = [content.say("review.title", start=format_date(_monday(today)),
                         end=format_date(_monday(today) + timedelta(days=6))) + ":"]
    week = goals.applications_this_week(snapshot.applications, today, zone)
    lines.append(content.say("review.week", count=week, goal=_goal_text(snapshot, today)))
    funnel = _funnel_text(snapshot)
    lines.append(content.say("review.funnel", funnel=funnel) if funnel
                 else content.say("review.no_rejections"))
    streak = goals.streak(snapshot.applications, snapshot.rejections, today, zone)
    lines.append(content.say("review.streak", streak=plural(streak, "day")))
    still_open = pipeline.open_applications(snapshot.applications)
    if still_open:
        lines.append(content.say("review.open", open=plural(len(still_open), "application")))
    threads = insights.common_threads(snapshot.rejections)
    if threads:
        thread = threads[0]
        value = stage_label(thread.value) if thread.aspect == "stage" else thread.value
        lines.append(content.say(f"review.thread.{thread.aspect}", count=thread.count,
                                 total=thread.total, value=value.replace("_", " ")))
    return "\n".join(lines)


def reply(snapshot: Snapshot, now: datetime) -> Reply:
    """The review as one message: words as the caption, the chart as its picture."""
    today = goals.local_date(now, snapshot.profile.timezone)
    return Reply(text(snapshot, today, now), chart=chart(snapshot, today))
