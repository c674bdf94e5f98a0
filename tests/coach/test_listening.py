"""A coach that listens: what the person said is kept, said back once, and never asked again."""

from __future__ import annotations

import pytest

from tests.coach.chat import Chat
from tests.coach.data.emails import EMAILS

CAPTURE_QUESTIONS = {"ask.company", "ask.company_known", "ask.stage", "ask.kind"}
FULL_OPENING = ("I got turned down for the Data Analyst role at Globex after the final round, "
                "they went with someone more senior")


async def _opening_to_path(chat: Chat, opening: str) -> list[str]:
    """Open, then answer the feelings; every key the coach used on the way."""
    keys: list[str] = []
    for said in (opening, "sad", "3", "I'm OK"):
        await chat.say(said)
        keys += [key for reply in chat.replies for key in reply.keys]
    return keys


async def test_an_opening_with_all_four_facts_leads_to_no_question_about_them() -> None:
    chat = Chat()
    keys = await _opening_to_path(chat, FULL_OPENING)
    assert not CAPTURE_QUESTIONS & set(keys)
    assert chat.state == "choose_path"
    assert "understood" in keys
    assert "Got it: Globex, Data Analyst, final round, they chose another candidate." in chat.text
    rejection = chat.snapshot.rejections[0]
    assert (rejection.company, rejection.role, rejection.stage, rejection.kind) == (
        "Globex", "Data Analyst", "final", "other_candidates")


@pytest.mark.parametrize("email", [row for row in EMAILS if all(row[1:])][:5],
                         ids=lambda row: str(row[1]))
async def test_a_pasted_email_is_understood_like_an_opening(email: tuple) -> None:
    chat = Chat()
    keys = await _opening_to_path(chat, email[0])
    assert not CAPTURE_QUESTIONS & set(keys)
    rejection = chat.snapshot.rejections[0]
    assert (rejection.company, rejection.role, rejection.stage, rejection.kind) == email[1:]


async def test_a_known_company_and_role_are_not_asked_for_again() -> None:
    chat = Chat()
    await _opening_to_path(chat, "I just got rejected from Acme Corp for the Data Analyst role")
    assert chat.state == "capture_stage"  # the role is known: straight to how far they got
    assert chat.replies[-1].key == "ask.stage"


async def test_facts_mentioned_while_talking_about_feelings_are_kept() -> None:
    chat = Chat()
    await chat.say("/rejected")
    await chat.say("gutted, Initech ghosted me after the final round")
    await chat.say("4")
    await chat.press("I'm OK")
    assert chat.state == "capture_company"
    assert chat.replies[-1].key == "ask.company_known"  # only the role is missing
    await chat.say("skip")
    assert chat.state == "choose_path"  # stage and kind were told already


async def test_a_misread_fact_is_corrected_by_picking_it() -> None:
    chat = Chat()
    await _opening_to_path(chat, FULL_OPENING)
    await chat.press("Fix the details")
    await chat.press("How far I got")
    assert chat.state == "capture_stage"
    await chat.press("Interview round")
    assert chat.state == "choose_path"
    assert "Got it: Globex, Data Analyst, interview round" in chat.text
    assert chat.snapshot.rejections[0].stage == "interview"


async def test_a_misread_fact_is_corrected_by_typing_it() -> None:
    chat = Chat()
    await _opening_to_path(chat, FULL_OPENING)
    await chat.press("Fix the details")
    await chat.say("it was Initech, after the phone screen")
    assert chat.state == "choose_path"
    rejection = chat.snapshot.rejections[0]
    assert (rejection.company, rejection.stage) == ("Initech", "screen")
    assert rejection.role == "Data Analyst"  # what was not corrected stays


async def test_a_company_named_again_when_fixing_replaces_company_and_role() -> None:
    chat = Chat()
    await _opening_to_path(chat, FULL_OPENING)
    await chat.press("Fix the details")
    await chat.press("Company or role")
    assert chat.replies[-1].key == "ask.company"
    await chat.say("Initech, BI Developer")
    rejection = chat.snapshot.rejections[0]
    assert (rejection.company, rejection.role) == ("Initech", "BI Developer")


async def test_the_quick_path_reaches_a_plan_in_eight_messages() -> None:
    chat = Chat()
    said = [FULL_OPENING, "sad", "3", "I'm OK", "Quick plan",
            "Prepare two stories about leading a project", "2", "In a week"]
    for line in said:
        await chat.say(line)
    assert chat.state == "idle"
    assert "summary" in chat.replies[0].keys
    rejection = chat.snapshot.rejections[0]
    assert rejection.lesson == "Prepare two stories about leading a project"
    assert [goal.target for goal in chat.snapshot.goals] == [2]


async def test_skipping_the_choice_of_path_takes_the_quick_one() -> None:
    chat = Chat()
    await _opening_to_path(chat, FULL_OPENING)
    await chat.say("skip")
    assert chat.state == "reflect_differently"


async def test_the_full_path_goes_through_every_reflect_step() -> None:
    chat = Chat()
    await _opening_to_path(chat, FULL_OPENING)
    await chat.press("Full reflection")
    seen = {chat.state}
    while chat.state != "idle":
        await chat.say("skip")
        seen.add(chat.state)
    assert {"reflect_feedback", "reflect_went_well", "reflect_differently",
            "reflect_rate_stage", "reflect_control", "reflect_out_of_control", "reflect_fit",
            "plan_count", "plan_deadline", "plan_growth", "plan_follow_up"} <= seen


async def test_rejected_mid_flow_asks_first_and_no_carries_on() -> None:
    chat = Chat()
    await _opening_to_path(chat, FULL_OPENING)
    await chat.press("Quick plan")
    await chat.say("/rejected")
    assert chat.replies[-1].key == "ask.new_rejection"
    await chat.press("No, let's carry on")
    assert chat.state == "reflect_differently"
    assert len(chat.snapshot.rejections) == 1


async def test_rejected_mid_flow_starts_a_new_one_with_what_it_named() -> None:
    chat = Chat()
    await _opening_to_path(chat, FULL_OPENING)
    await chat.say("/rejected Initech ghosted me after the phone screen")
    await chat.press("Yes, a new one")
    assert chat.state == "ack_feeling"
    newest = chat.snapshot.rejections[-1]
    assert (newest.company, newest.stage, newest.kind) == ("Initech", "screen", "no_reply")
    assert len(chat.snapshot.rejections) == 2


async def test_typed_answers_to_stage_and_kind_become_the_choices_they_name() -> None:
    chat = Chat()
    await _opening_to_path(chat, "/rejected Acme, Analyst")
    await chat.say("they dropped me after the second interview")
    await chat.say("never heard back from them")
    assert "react.kind.no_reply" in chat.replies[0].keys
    assert "Got it: Acme, Analyst, interview round, no reply at all." in chat.text
    rejection = chat.snapshot.rejections[0]
    assert (rejection.stage, rejection.kind) == ("interview", "no_reply")


async def test_a_kind_in_the_persons_own_words_is_said_back_in_them() -> None:
    chat = Chat()
    await _opening_to_path(chat, "/rejected Acme, Analyst")
    await chat.press("Final round")
    await chat.say("they want a PhD")
    assert "Got it: Acme, Analyst, final round, they said “they want a PhD”." in chat.text
