"""What the coach already knows about the rejection being talked through, and saying so.

The capture questions are asked only for facts still unknown ("settled" in the
conversation data lists the ones known or already asked), so a person who said
"Globex turned me down after the final round" is never asked for the company or
the stage again, and hears in one line what was understood.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from coach.conversation.extraction import Facts
from coach.conversation.states import CAPTURE
from coach.conversation.turn import Turn
from coach.model import STAGES_UP_TO, Rejection, Stage
from coach.words import content
from coach.words.choices import stage_label

SETTLED = "settled"


def current(turn: Turn) -> Rejection | None:
    rejection_id = turn.data.get("rejection_id")
    return turn.rejection(rejection_id) if isinstance(rejection_id, str) else None


def known(rejection: Rejection) -> Facts:
    return Facts(rejection.company, rejection.role, rejection.stage, rejection.kind)


def open_rejection(turn: Turn, facts: Facts) -> None:
    """Start talking through a new rejection with whatever the person already told us."""
    rejection = Rejection(turn.new_id(), turn.now)
    turn.rejections[rejection.id] = rejection
    turn.data = {"rejection_id": rejection.id}
    learn(turn, facts)


def learn(turn: Turn, facts: Facts, *, correcting: bool = False) -> None:
    """Keep new facts; only a correction replaces what was said before."""
    rejection = current(turn)
    if rejection is None:
        return
    before = known(rejection)
    after = facts.filled_from(before) if correcting else before.filled_from(facts)
    changes: dict[str, Any] = {k: v for k, v in after.known().items() if getattr(before, k) != v}
    if after.kind == "no_reply" and "kind" in changes:
        changes["got_feedback"] = False  # nobody answered: there is no feedback to have had
    if changes:
        turn.rejections[rejection.id] = replace(rejection, **changes)
    if "stage" in changes:
        rate_stages(turn, after.stage)
    if after.kind:
        turn.data["kind"] = after.kind
    for field in ("stage", "kind"):
        if getattr(after, field):
            settle(turn, field)
    if after.company and after.role:
        settle(turn, "company")


def rate_stages(turn: Turn, stage: str | None) -> None:
    """Every stage the person went through gets rated in the full reflection."""
    through = STAGES_UP_TO[Stage(stage)] if stage in set(Stage) else ()
    turn.data["stages_to_rate"] = [s.value for s in through]


def settle(turn: Turn, field: str) -> None:
    settled = set(_settled(turn)) | {field}
    turn.data[SETTLED] = [name for name, _ in CAPTURE if name in settled]


def unsettle(turn: Turn, field: str) -> None:
    turn.data[SETTLED] = [name for name in _settled(turn) if name != field]


def _settled(turn: Turn) -> list[str]:
    settled = turn.data.get(SETTLED)
    return [str(name) for name in settled] if isinstance(settled, list) else []


def understood(turn: Turn) -> bool:
    """Say in one line what we understood; False when there is nothing to say."""
    rejection = current(turn)
    if rejection is None:
        return False
    parts = [part for part in (rejection.company, rejection.role) if part]
    if rejection.stage:
        parts.append(stage_label(rejection.stage))
    if rejection.kind:
        parts.append(kind_words(rejection.kind))
    if parts:
        turn.say("understood", facts=", ".join(parts))
    return bool(parts)


def kind_words(kind: str) -> str:
    """What the rejection said, in a few words; the person's own words when none fit."""
    key = f"fact.kind.{kind}"
    return content.say(key) if content.has(key) else content.say("fact.kind.said", value=kind)
