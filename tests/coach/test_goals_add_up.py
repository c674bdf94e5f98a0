"""Goals that add up: every goal named by its rejection, and no message contradicts the next."""

from __future__ import annotations

import re

from tests.coach.chat import Chat

GOAL_LINE = re.compile(r"Goal for (\w+)( reached)?: (\d+) of (\d+)")


async def _rejection_with_a_goal(chat: Chat, company: str, deadline: str) -> None:
    for line in (f"{company} turned me down for the Analyst role after the final round, "
                 "they chose someone else",
                 "sad", "3", "I'm OK", "Quick plan", "skip", "2", deadline):
        await chat.say(line)
    assert chat.state == "idle"


def _said_about_goals(text: str) -> dict[str, tuple[int, int, bool]]:
    return {name: (int(done), int(target), bool(reached))
            for name, reached, done, target in GOAL_LINE.findall(text)}


def _stored(chat: Chat) -> dict[str, tuple[int, int, bool]]:
    snapshot = chat.snapshot
    companies = {r.id: r.company for r in snapshot.rejections}
    return {str(companies[g.rejection_id]): (
        sum(1 for a in snapshot.applications if a.goal_id == g.id), g.target,
        g.celebrated_at is not None) for g in snapshot.goals if g.rejection_id}


async def test_two_goals_two_applications_every_celebration_and_progress_agree() -> None:
    chat = Chat()
    await _rejection_with_a_goal(chat, "Acme", "In 3 days")
    await _rejection_with_a_goal(chat, "Globex", "In a week")
    said: list[str] = []
    keys: list[tuple[str, ...]] = []
    for line in ("/progress", "/applied Initech", "/progress", "/applied Hooli", "/progress"):
        said.append(await chat.say(line))
        keys.append(chat.replies[0].keys)
        stored = _stored(chat)
        for name, numbers in _said_about_goals(said[-1]).items():
            assert numbers == stored[name], (line, said[-1])
    first, _, middle, celebration, last = said
    assert "All 2 open goals together: 0 of 4" in first
    assert "All 2 open goals together: 1 of 4" in middle
    # The nearest deadline (Acme's) gets both applications, and the celebration names it...
    assert "goal.reached" in keys[3] and "goal.reached" not in keys[1]
    assert _said_about_goals(celebration) == {"Acme": (2, 2, True), "Globex": (0, 2, False)}
    # ...and the next /progress says the same about both goals.
    assert _said_about_goals(last) == {"Acme": (2, 2, True), "Globex": (0, 2, False)}


async def test_a_celebration_says_what_is_still_open() -> None:
    chat = Chat()
    await _rejection_with_a_goal(chat, "Acme", "In 3 days")
    await _rejection_with_a_goal(chat, "Globex", "In a week")
    await chat.say("/applied Initech")
    await chat.say("/applied Hooli")
    keys = chat.replies[0].keys
    assert keys.index("goal.reached") < keys.index("goal.still_open") < keys.index("goal.open")


async def test_with_one_goal_reached_and_none_open_progress_names_the_reached_one() -> None:
    chat = Chat()
    await _rejection_with_a_goal(chat, "Acme", "In a week")
    await chat.say("/applied Initech")
    await chat.say("/applied Hooli")
    assert "goal.still_open" not in chat.replies[0].keys
    progress = await chat.say("/progress")
    assert _said_about_goals(progress) == {"Acme": (2, 2, True)}
    assert "progress.no_goal" not in chat.replies[0].keys
