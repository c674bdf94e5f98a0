"""PerChatUpdateProcessor alone: in order within a chat, and a burst never crowds others out."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from telegram import Chat, Message, Update

from bot.telegram_adapter.ordering import PerChatUpdateProcessor


def update(update_id: int, chat_id: int) -> Update:
    chat = Chat(chat_id, Chat.PRIVATE)
    return Update(update_id, message=Message(update_id, datetime(2026, 11, 20, tzinfo=UTC), chat))


async def test_a_burst_from_one_chat_runs_in_order_and_does_not_hold_up_another_chat() -> None:
    processor = PerChatUpdateProcessor(running_limit=2)
    events: list[str] = []
    release = asyncio.Event()

    async def handle(name: str) -> None:
        events.append(f"start {name}")
        if name.startswith("ana"):
            await release.wait()
        events.append(f"end {name}")

    burst = [asyncio.create_task(processor.process_update(update(n, 1), handle(f"ana{n}")))
             for n in range(5)]
    other = asyncio.create_task(processor.process_update(update(9, 2), handle("ben")))
    # Ana's first update holds one slot and her others wait for their turn, not for slots:
    await asyncio.wait_for(other, 1)
    assert events == ["start ana0", "start ben", "end ben"]
    release.set()
    await asyncio.gather(*burst)
    assert [e for e in events if "ana" in e] == [
        f"{step} ana{n}" for n in range(5) for step in ("start", "end")
    ]
    assert processor.max_concurrent_updates > 1  # the Application runs updates concurrently
