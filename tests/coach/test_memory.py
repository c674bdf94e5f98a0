"""Memory across rejections: common threads named, earlier lessons brought back."""

from __future__ import annotations

from datetime import UTC, datetime

from coach.model import Rejection
from coach.rules.insights import common_threads, earlier_lesson
from tests.coach.chat import Chat

T = datetime(2026, 1, 1, tzinfo=UTC)


def _rejection(n: int, stage: str | None = None, kind: str | None = None,
               lesson: str | None = None) -> Rejection:
    return Rejection(f"r{n}", T, stage=stage, kind=kind, lesson=lesson)


def test_a_shared_stage_is_a_thread_with_counts() -> None:
    rejections = [_rejection(1, "interview"), _rejection(2, "screen"),
                  _rejection(3, "interview"), _rejection(4, "interview")]
    threads = common_threads(rejections)
    assert [(t.aspect, t.value, t.count, t.total) for t in threads] == [
        ("stage", "interview", 3, 4)]


def test_one_rejection_has_no_thread() -> None:
    assert common_threads([_rejection(1, "interview", "no_reply")]) == []


def test_no_thread_when_everything_differs() -> None:
    rejections = [_rejection(1, "interview", "no_reply"), _rejection(2, "final", "not_hiring"),
                  _rejection(3, "screen", "other")]
    assert common_threads(rejections) == []


def test_similar_lessons_form_a_thread() -> None:
    rejections = [_rejection(1, lesson="practise system design"),
                  _rejection(2, lesson="more system design practice")]
    threads = common_threads(rejections)
    assert [t.aspect for t in threads] == ["lesson"]


def test_earlier_lesson_is_the_latest_other_one() -> None:
    rejections = [_rejection(1, lesson="old"), _rejection(2, lesson="newer"), _rejection(3)]
    assert earlier_lesson(rejections, "r3") == "newer"
    assert earlier_lesson(rejections, "r2") == "old"


async def _reject(chat: Chat, stage: str, lesson: str | None = None) -> None:
    await chat.say("/rejected")
    while chat.state != "idle":
        if chat.state == "capture_stage":
            await chat.press(stage)
        elif chat.state == "capture_kind":
            await chat.press("Not selected")
        elif chat.state == "choose_path":
            break  # threads are named before the choice of path
        else:
            await chat.say("skip")


async def test_the_third_rejection_at_the_same_stage_names_the_thread() -> None:
    chat = Chat()
    await _reject(chat, "Interview round")
    await chat.say("/cancel")
    await _reject(chat, "Interview round")
    assert "2 of your last 2" in chat.text and "interview round" in chat.text


async def test_the_plan_brings_back_an_earlier_lesson_and_can_keep_it() -> None:
    chat = Chat()
    await chat.say("/rejected")
    await chat.skip_until("plan_growth")
    await chat.say("Tell stories with numbers")
    await chat.say("/cancel")
    await chat.say("/rejected")
    await chat.skip_until("plan_growth")
    assert "Tell stories with numbers" in chat.text
    await chat.press("Keep working on that")
    assert chat.snapshot.rejections[-1].lesson == "Tell stories with numbers"
