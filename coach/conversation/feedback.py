"""The polite feedback request a person can copy, filled in with what they told us."""

from __future__ import annotations

from coach.conversation.turn import Turn
from coach.words import content


def draft(turn: Turn) -> str:
    rejection_id = turn.data.get("rejection_id")
    rejection = turn.rejection(rejection_id) if isinstance(rejection_id, str) else None
    company = rejection.company if rejection and rejection.company else "your company"
    role = rejection.role if rejection and rejection.role else "open"
    name = turn.current_profile.display_name or "[your name]"
    return content.say("feedback_draft", contact="[name]", role=role, company=company, name=name)
