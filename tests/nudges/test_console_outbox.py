"""`coach chat` shows a due nudge like any reply, its buttons as numbered choices."""

from __future__ import annotations

import io

from bot.console_adapter import ConsoleChat
from bot.outbox import ConsoleOutbox
from coach.messages import PersonRef, Reply
from coach.model import NudgeKind
from coach.nudges.compose import OPTIONS
from coach.ports import DeliveryResult
from coach.service import Coach
from tests.fakes import FakeClock, InMemoryCoachStore


async def test_a_nudge_is_printed_with_numbered_options_that_answer_it() -> None:
    output = io.StringIO()
    chat = ConsoleChat(Coach(InMemoryCoachStore(), FakeClock()), "me", stdout=output)
    outbox = ConsoleOutbox(chat.show)
    nudge = Reply("Quick check on your goal.", OPTIONS[NudgeKind.DAILY])
    assert await outbox.send(PersonRef("console", "me"), [nudge]) is DeliveryResult.DELIVERED
    assert output.getvalue().splitlines()[:2] == ["Quick check on your goal.",
                                                  "  1. I applied to one"]
    assert chat.incoming("1").option == "cmd:applied_one"
