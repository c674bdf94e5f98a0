"""A platform event is handled once, even when the platform delivers it again."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from storage.repository import SqlCoachStore

T0 = datetime(2025, 3, 30, 0, 30, tzinfo=UTC)


async def test_an_event_is_claimed_the_first_time_only(store: SqlCoachStore) -> None:
    first = await store.claim_delivery("telegram", "update-1", T0)
    again = await store.claim_delivery("telegram", "update-1", T0 + timedelta(minutes=1))

    assert (first, again) == (True, False)


async def test_the_same_id_on_another_platform_is_another_event(store: SqlCoachStore) -> None:
    await store.claim_delivery("telegram", "42", T0)

    assert await store.claim_delivery("discord", "42", T0)


async def test_concurrent_redeliveries_are_claimed_exactly_once(store: SqlCoachStore) -> None:
    claims = await asyncio.gather(
        *(store.claim_delivery("telegram", "update-1", T0) for _ in range(10))
    )

    assert sorted(claims) == [False] * 9 + [True]


async def test_claims_are_forgotten_after_three_days_but_not_before(
    store: SqlCoachStore,
) -> None:
    await store.claim_delivery("telegram", "old", T0)
    await store.claim_delivery("telegram", "recent", T0 + timedelta(days=2))

    await store.claim_delivery("telegram", "new", T0 + timedelta(days=4))

    assert await store.claim_delivery("telegram", "old", T0 + timedelta(days=4))
    assert not await store.claim_delivery("telegram", "recent", T0 + timedelta(days=4))
