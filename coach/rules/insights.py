"""Memory across rejections: common threads, earlier lessons, the whole search in view."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from coach.model import Rejection

RECENT = 5
_STOP_WORDS = frozenset(
    "a an the to of in on my for and or i me more be with at about".split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class Thread:
    """`count` of the last `total` rejections share `value` in `aspect` (stage, kind, lesson)."""

    aspect: str
    value: str
    count: int
    total: int


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z']+", text.lower()) if w not in _STOP_WORDS)


def _similar(a: str, b: str) -> bool:
    words_a, words_b = _words(a), _words(b)
    if not words_a or not words_b:
        return False
    return len(words_a & words_b) / min(len(words_a), len(words_b)) >= 0.5


def _lesson_thread(recent: Sequence[Rejection]) -> Thread | None:
    lessons = [r.lesson for r in recent if r.lesson]
    for lesson in reversed(lessons):
        matches = sum(1 for other in lessons if _similar(lesson, other))
        if matches >= 2:
            return Thread("lesson", lesson, matches, len(recent))
    return None


def common_threads(rejections: Sequence[Rejection]) -> list[Thread]:
    """Threads shared by at least two and at least half of the recent rejections."""
    recent = list(rejections)[-RECENT:]
    if len(recent) < 2:
        return []
    threads: list[Thread] = []
    for aspect in ("stage", "kind"):
        values = Counter(getattr(r, aspect) for r in recent if getattr(r, aspect))
        if values:
            value, count = values.most_common(1)[0]
            if count >= 2 and count * 2 >= len(recent):
                threads.append(Thread(aspect, value, count, len(recent)))
    lesson = _lesson_thread(recent)
    if lesson:
        threads.append(lesson)
    return threads


def earlier_lesson(rejections: Sequence[Rejection], current_id: str | None) -> str | None:
    """The most recent lesson written for another rejection."""
    for rejection in reversed(rejections):
        if rejection.id != current_id and rejection.lesson:
            return rejection.lesson
    return None
