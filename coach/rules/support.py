"""Where a person can find support now: their country's line, the emergency number, the directory.

Shared by the crisis answers, /help and the check-in the day after, so the lines
read the same wherever they appear.
"""

from __future__ import annotations

from coach.messages import Option
from coach.model import Profile
from coach.rules import countries, crisis_lines
from coach.words import content

#: The quick reply that leads from a check-in to talking about how they are.
TALK = Option(content.say("care.option.talk"), "safety:talk")


def resources(profile: Profile) -> str:
    """Their country's line and emergency number first, then the international directory."""
    lines = crisis_lines.lines_for(countries.of_person(profile))
    shown = []
    if lines.own is not None and lines.country is not None:
        shown.append(content.say("lines.own", country=countries.name(lines.country),
                                 name=lines.own.name, reach=lines.own.reach))
    shown.append(content.say("lines.emergency", emergency=emergency(profile)))
    shown.append(content.say("lines.directory", name=lines.directory.name,
                             reach=lines.directory.reach))
    return "\n".join(shown)


def emergency(profile: Profile) -> str:
    number = crisis_lines.lines_for(countries.of_person(profile)).emergency
    return number or content.say("lines.local_emergency")
