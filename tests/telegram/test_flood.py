"""FloodControl: one budget for the token, replies first, 429s waited out however many come."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from telegram.error import RetryAfter

from bot.telegram_adapter.flood import FloodControl
from bot.token_budget import MAX_IN_FLIGHT, Priority, TokenBudget


def limiter_and_log(rate: float) -> tuple[FloodControl, list[str]]:
    return FloodControl(TokenBudget(rate, chat_burst=100)), []


async def call(limiter: FloodControl, sent: list[str], endpoint: str, name: str,
               priority: Priority | None = None, refusals: int = 0) -> object:
    left = [refusals]

    async def request() -> bool:
        if left[0]:
            left[0] -= 1
            raise RetryAfter(timedelta(milliseconds=20))
        sent.append(name)
        return True

    return await limiter.process_request(
        request, (), {}, endpoint, {"chat_id": 42}, None if priority is None else int(priority)
    )


async def test_messages_wait_for_the_budget_but_typing_indicators_do_not() -> None:
    limiter, sent = limiter_and_log(rate=1 / 3600)
    await call(limiter, sent, "sendMessage", "first")  # the whole hour's budget
    for _ in range(10):
        await call(limiter, sent, "sendChatAction", "typing")
    assert sent == ["first"] + ["typing"] * 10
    with pytest.raises(TimeoutError):  # the next message waits for budget (an hour here)
        await asyncio.wait_for(call(limiter, sent, "sendMessage", "second"), 0.05)


async def test_a_waiting_reply_takes_the_next_slot_before_waiting_nudges() -> None:
    limiter, sent = limiter_and_log(rate=10)
    await call(limiter, sent, "sendMessage", "first")
    nudges = [asyncio.create_task(call(limiter, sent, "sendMessage", f"nudge {n}",
                                       Priority.NUDGE)) for n in range(3)]
    reply = asyncio.create_task(call(limiter, sent, "sendMessage", "reply"))
    await asyncio.gather(*nudges, reply)
    assert sent == ["first", "reply", "nudge 0", "nudge 1", "nudge 2"]


async def test_a_429_is_waited_out_and_retried_until_the_message_is_accepted() -> None:
    limiter, sent = limiter_and_log(rate=1000)
    assert await call(limiter, sent, "sendMessage", "stubborn", refusals=8) is True
    assert sent == ["stubborn"]


async def test_one_chat_gets_a_short_burst_then_one_message_a_second_while_others_go_on() -> None:
    budget = TokenBudget(1000, chat_burst=2, chat_interval=0.25)
    loop = asyncio.get_running_loop()
    started = loop.time()
    for chat in range(2, 10):  # one message each to eight chats: no waiting
        await budget.slot(Priority.REPLY, chat)
        budget.answered()
    others = loop.time() - started
    for _ in range(4):  # four to one chat: two at once, then one every 0.25 s
        await budget.slot(Priority.REPLY, 1)
        budget.answered()
    assert others < 0.2 and loop.time() - started >= 0.5


async def test_while_the_platform_holds_three_requests_the_next_send_waits_for_an_answer() -> None:
    """Requests held by a stalled server would all arrive at once when it moves again."""
    budget = TokenBudget(1000)
    for chat in range(MAX_IN_FLIGHT):
        await budget.slot(Priority.REPLY, chat)
    fourth = asyncio.ensure_future(budget.slot(Priority.REPLY, 99))
    done, _ = await asyncio.wait([fourth], timeout=0.05)
    assert not done, "a fourth request went out while three were unanswered"
    budget.answered()
    await asyncio.wait_for(fourth, 5)
