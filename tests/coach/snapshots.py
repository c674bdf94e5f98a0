"""Small builders of coach values for tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from coach.model import Conversation, Profile, Snapshot

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def new_snapshot(**profile_changes: object) -> Snapshot:
    profile = replace(Profile(1, "test", "me", T0, disclosed_at=T0), **profile_changes)
    return Snapshot(profile, Conversation("idle"))
