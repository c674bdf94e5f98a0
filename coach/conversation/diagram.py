"""Render the flow table as a Mermaid diagram (`python -m coach.conversation.diagram`)."""

from __future__ import annotations

from coach.conversation.flow import STEPS, possible_next_states


def mermaid() -> str:
    lines = ["stateDiagram-v2", "    [*] --> idle"]
    lines += [
        "    idle --> onboard_timezone: /start",
        "    idle --> ack_feeling: /rejected or 'I got rejected'",
        "    idle --> applied_details: /applied",
        "    idle --> forget_confirm: /forget",
        "    idle --> settings_time: /time",
        "    idle --> settings_timezone: /timezone",
        "    idle --> settings_pause: /pause or 'Pause pings'",
    ]
    for step in STEPS:
        for target in possible_next_states(step):
            lines.append(f"    {step.state.value} --> {target.value}")
    return "\n".join(lines)


def document() -> str:
    return (
        "# The coaching flow\n\n"
        "Generated from `coach/conversation/flow.py` by\n"
        "`python -m coach.conversation.diagram > docs/flow.md`; a test keeps it current.\n"
        "From every state, a crisis message is answered with crisis resources first,\n"
        "and `/cancel` returns to `idle`. A settings question (`/time`,\n"
        "`/timezone`, `/pause` without a value) asked mid-flow returns to the step it\n"
        "interrupted. `/rejected` in the middle of a rejection asks first whether this is a\n"
        "new one (`confirm_new_rejection`); \"no\" returns to the step it interrupted.\n\n"
        f"```mermaid\n{mermaid()}\n```\n"
    )


if __name__ == "__main__":
    print(document(), end="")
