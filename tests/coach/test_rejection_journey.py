"""Journey 1 and 3: a rejection talked through, a goal set, applications logged, progress shown."""

from __future__ import annotations

from tests.coach.chat import Chat


async def _through_capture(chat: Chat) -> None:
    await chat.say("I got rejected from Acme")
    await chat.press("Sad")
    await chat.say("4")
    await chat.press("I'm OK")
    await chat.say("Data Analyst")
    await chat.press("Interview round")
    await chat.press("Not selected")
    await chat.press("Full reflection")


async def test_feelings_come_before_any_question_about_what_went_wrong() -> None:
    chat = Chat()
    first = await chat.say("I got rejected from Acme")
    assert "feeling" in first
    assert [o.label for o in chat.options][:3] == ["Sad", "Angry", "Anxious"]
    validation = await chat.press("Sad")
    assert "normal" in validation
    await chat.say("4")
    assert "small step" in chat.text  # a coping step is offered before any analysis
    assert chat.state == "ack_coping"


async def _at_the_coping_step() -> Chat:
    """Angry, intensity skipped: the coach offers a small step before any analysis."""
    chat = Chat()
    await chat.say("/rejected")
    await chat.press("Angry")
    await chat.say("skip")
    return chat


async def test_choosing_a_coping_step_pauses_until_the_person_is_back() -> None:
    chat = await _at_the_coping_step()
    await chat.press("Take a walk")
    assert chat.state == "ack_pause"
    assert "role" in (await chat.say("back now")).lower()
    assert chat.state == "capture_company"


async def test_typing_keep_going_at_the_coping_step_goes_on_rather_than_pausing() -> None:
    chat = await _at_the_coping_step()
    await chat.say("keep going")
    assert chat.state != "ack_pause"


async def test_no_feedback_gets_a_ready_to_copy_request_naming_company_and_role() -> None:
    chat = Chat()
    await _through_capture(chat)
    await chat.press("No")
    draft = next(r.text for r in chat.replies if r.text.startswith("Hi "))
    assert "Data Analyst" in draft and "Acme" in draft and "feedback" in draft
    assert "What went well" in chat.text


async def test_whole_journey_sets_a_goal_that_two_applications_reach() -> None:
    chat = Chat()
    await _through_capture(chat)
    await chat.press("Yes")
    await chat.say("They wanted more SQL depth")
    await chat.say("I explained my projects clearly")
    await chat.say("Practise live SQL questions")
    for rating in ("4", "3", "2"):
        await chat.say(rating)
    await chat.say("My preparation")
    await chat.say("Their internal candidate")
    await chat.press("Partly")
    assert "How many" in chat.text
    await chat.press("2")
    await chat.press("In a week")
    await chat.say("Practise SQL under time pressure")
    summary = await chat.press("No thanks")
    assert "2 new applications by Fri 27 Nov 2026" in summary
    assert chat.state == "idle"
    rejection = chat.snapshot.rejections[0]
    assert rejection.company == "Acme" and rejection.role == "Data Analyst"
    assert rejection.stage_ratings == {"applied": 4, "screen": 3, "interview": 2}
    assert rejection.lesson == "Practise SQL under time pressure"

    assert "1 of 2" in await chat.say("/applied Globex, Data Analyst")
    await chat.say("/applied Initech")
    assert "goal.reached" in chat.replies[0].keys
    assert "Goal for Acme reached" in chat.text
    await chat.say("/applied Umbrella")
    assert "goal.reached" not in chat.replies[0].keys  # celebrated once
    progress = await chat.say("/progress")
    assert "Goal for Acme reached: 2 of 2" in progress
    assert "This week: 3 applications" in progress


async def test_goal_count_and_deadline_can_be_typed() -> None:
    chat = Chat()
    await chat.say("/rejected")
    await chat.skip_until("plan_count")
    await chat.say("5")
    await chat.say("10 days")
    await chat.say("skip")
    await chat.say("skip")
    goal = chat.snapshot.goals[0]
    assert goal.target == 5
    assert (goal.deadline - chat.clock.now().date()).days == 10


async def test_skipping_every_step_still_ends_with_the_default_goal() -> None:
    chat = Chat()
    await chat.say("/rejected")
    await chat.skip_until("idle")
    assert "2 new applications" in chat.text
    assert chat.snapshot.goals[0].target == 2


async def test_an_overdue_goal_is_reported_honestly() -> None:
    chat = Chat()
    await chat.say("/rejected")
    await chat.skip_until("idle")
    await chat.say("/applied Globex")
    chat.clock.advance(days=10)
    progress = await chat.say("/progress")
    assert "1 of 2" in progress and "overdue" in progress


async def test_bare_applied_asks_for_company_and_role() -> None:
    chat = Chat()
    assert "Which company" in await chat.say("/applied")
    assert "Globex — Data Analyst" in await chat.say("Data Analyst at Globex")
    assert chat.snapshot.applications[0].company == "Globex"
    assert chat.state == "idle"


async def test_a_person_can_come_back_days_later_to_the_same_step() -> None:
    chat = Chat()
    await _through_capture(chat)
    assert chat.state == "reflect_feedback"
    chat.clock.advance(days=3)
    back = await chat.say("hello again")
    assert "Welcome back" in back and "feedback" in back
    assert chat.state == "reflect_feedback"
    await chat.press("Yes")
    assert chat.state == "reflect_feedback_text"


async def test_typing_the_feedback_instead_of_yes_records_it_and_moves_on() -> None:
    chat = Chat()
    await _through_capture(chat)
    await chat.say("They said I lacked Kubernetes depth")
    assert chat.state == "reflect_went_well"
    rejection = chat.snapshot.rejections[0]
    assert rejection.got_feedback is True
    assert rejection.feedback == "They said I lacked Kubernetes depth"


async def test_a_bare_hour_is_a_ping_time_and_no_means_no_daily_notes() -> None:
    chat = Chat()
    await chat.say("/start")
    await chat.say("Paris")
    await chat.say("8")
    assert chat.snapshot.profile.ping_time is not None
    assert chat.snapshot.profile.ping_time.hour == 8
    await chat.say("/start")
    await chat.say("Paris")
    await chat.say("no")
    assert chat.snapshot.profile.ping_time is None
