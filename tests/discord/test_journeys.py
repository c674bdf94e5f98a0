"""DESIGN.md's three journeys, end to end through discord.py and the fake Discord."""

from __future__ import annotations

from bot.discord_adapter import DiscordOutbox
from coach.messages import PersonRef, Reply
from coach.ports import DeliveryResult
from tests.discord.harness import Harness, Person


async def _talk_through_a_rejection(ana: Person) -> None:
    """Slash command, buttons and DM text, from "I got rejected" to a plan."""
    assert "how are you feeling" in await ana.command("rejected", "Acme")
    assert "normal" in await ana.press("Sad")
    assert "small step" in await ana.press("4")
    assert "role at Acme" in await ana.press("I'm OK")
    assert "How far did you get" in await ana.say("Data Analyst")
    await ana.press("Interview round")
    assert "quick plan" in await ana.press("Not selected")
    assert "feedback" in await ana.press("Full reflection")
    await ana.press("Yes")
    await ana.say("They wanted more SQL depth")
    await ana.say("I explained my projects clearly")
    await ana.say("Practise live SQL questions")
    for rating in ("4", "3", "2"):
        await ana.press(rating)
    await ana.say("My preparation")
    await ana.say("Their internal candidate")
    assert "How many" in await ana.press("Partly")
    await ana.press("2")
    await ana.press("In a week")
    await ana.say("Practise SQL under time pressure")
    assert "2 new applications by Fri 27 Nov 2026" in await ana.press("No thanks")


async def test_a_rejection_is_talked_through_to_a_goal_with_commands_buttons_and_dms(
    harness: Harness,
) -> None:
    ana = harness.person("ana", "Ana")
    await _talk_through_a_rejection(ana)
    snapshot = harness.store.snapshots[PersonRef("discord", str(ana.user.id))]
    assert snapshot.conversation.state == "idle"
    assert snapshot.profile.display_name == "Ana"
    rejection = snapshot.rejections[0]
    assert (rejection.company, rejection.role) == ("Acme", "Data Analyst")
    assert rejection.lesson == "Practise SQL under time pressure"
    assert snapshot.goals[0].target == 2
    # Feelings come first: the first question the person saw was about how they feel.
    questions = [posted.content for posted in ana.dm if posted.buttons()]
    assert "feeling" in questions[0]


async def test_each_answered_question_keeps_its_buttons_disabled_with_the_choice_marked(
    harness: Harness,
) -> None:
    ana = harness.person("ana")
    await ana.command("rejected")
    question, _ = ana.button("Sad")
    await ana.press("Sad")
    buttons = question.buttons()
    assert all(button["disabled"] for button in buttons)
    assert [b["label"] for b in buttons if b["style"] == 3] == ["Sad"]  # 3: success, green


async def test_two_applications_reach_the_goal_and_progress_says_so(harness: Harness) -> None:
    ana = harness.person("ana")
    await _talk_through_a_rejection(ana)
    assert "1 of 2" in await ana.command("applied", "Globex, Analyst")
    assert "Goal for Acme reached" in await ana.command("applied", "Initech")
    progress = await ana.command("progress")
    assert "Goal for Acme reached: 2 of 2" in progress
    assert "This week: 2 application" in progress


async def test_a_bare_applied_asks_and_a_dm_answers(harness: Harness) -> None:
    ben = harness.person("ben")
    assert "Which company" in await ben.command("applied")
    assert "Globex — Data Analyst" in await ben.say("Data Analyst at Globex")


async def test_daily_notes_are_set_up_in_dms_and_arrive_through_the_outbox(
    harness: Harness,
) -> None:
    ana = harness.person("ana")
    assert "time zone" in await ana.command("start")
    assert "daily note" in await ana.press("Berlin")
    await ana.press("08:00")
    await ana.press("Yes")
    person = PersonRef("discord", str(ana.user.id))
    profile = harness.store.snapshots[person].profile
    assert profile.timezone == "Europe/Berlin"
    outbox = DiscordOutbox(harness.client)
    nudge = Reply("Day 3 since the rejection. One application today?")
    assert await outbox.send(person, [nudge]) is DeliveryResult.DELIVERED
    assert ana.dm[-1].content.startswith("Day 3 since the rejection")


async def test_a_nudge_says_unreachable_for_closed_dms_and_retry_when_disconnected(
    harness: Harness,
) -> None:
    ana = harness.person("ana")
    person = PersonRef("discord", str(ana.user.id))
    outbox = DiscordOutbox()
    nudge = [Reply("Time for today's application?")]
    assert await outbox.send(person, nudge) is DeliveryResult.RETRY_LATER  # no client yet
    outbox.attach(harness.client)
    harness.fake.closed_dms.add(ana.user.id)
    assert await outbox.send(person, nudge) is DeliveryResult.UNREACHABLE
    assert ana.dm == []


async def test_a_reply_longer_than_a_discord_message_arrives_in_pieces(harness: Harness) -> None:
    ana = harness.person("ana")
    await ana.say("hello")
    long_text = "\n\n".join(f"Lesson {n}: " + ("keep going. " * 40).strip() for n in range(10))
    outbox = DiscordOutbox(harness.client)
    person = PersonRef("discord", str(ana.user.id))
    assert await outbox.send(person, [Reply(long_text)]) is DeliveryResult.DELIVERED
    pieces = [posted.content for posted in ana.dm[1:]]
    assert len(pieces) == 3 and all(len(piece) <= 2000 for piece in pieces)
    assert all(piece.startswith("Lesson") for piece in pieces)  # cut between paragraphs
    assert "\n\n".join(pieces) == long_text
