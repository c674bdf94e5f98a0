"""The coach's words around safety: answers by risk, the days after, lines, country; keyed.

Merged into content.TEXT. Numbers never appear here: they come from the
vendored crisis-lines table, filled into {resources} and {emergency}.
"""

from __future__ import annotations

TEXT: dict[str, str] = {
    # How the lines read: their country's line first, then the emergency number, then the
    # directory, which everyone gets because a time zone is only a guess.
    "lines.own": "• {country}: {name}, {reach}",
    "lines.emergency": "• In danger right now: call {emergency}",
    "lines.directory": "• Anywhere in the world: {name}, {reach}",
    "lines.local_emergency": "your local emergency number",
    # Answers that fit the risk.
    "crisis": "I'm really sorry it feels this bad. What you just told me matters more than "
    "anything about the job hunt, and you deserve to talk it through with a real person. "
    "I'm an automated coach, not therapy and not a counsellor, but these people are there "
    "for exactly this, right now:\n{resources}\n"
    "If you might act on these thoughts, call {emergency} now.",
    "crisis.imminent": "Please call {emergency} right now, or ask someone near you to call. "
    "If you've taken something or hurt yourself, you need help now, even if you feel okay "
    "for the moment. Stay where someone can reach you.\n"
    "If you can't call, these people can help:\n{resources}\n"
    "I'm an automated coach, not a person, so please reach a human now.",
    "crisis.concern": "It's good that you're looking out for them. Some things that help:\n"
    "• Ask them directly whether they're thinking about suicide. Asking doesn't put the idea "
    "in their head, and it tells them they can talk to you.\n"
    "• Stay with them, or keep in touch, and listen more than you advise.\n"
    "• Help them contact a crisis line, or call one with them:\n{resources}\n"
    "• If they're in danger right now, call {emergency}.\n"
    "Look after yourself too: those lines are there for worried friends and family as well. "
    "(I'm an automated coach, not a counsellor.)",
    "strain.low": "That sounds like a lot to carry, and it's worth saying out loud. A string of "
    "rejections can make anyone feel worthless or alone, but it's a read on a tough market, "
    "not on you. Would it help to talk to someone today? People are there to listen, for "
    "free:\n{resources}",
    # The next message after a crisis message: ask before the flow goes on.
    "care.ask_how": "Thanks for still talking to me. Before anything else: would you like to "
    "keep going where we were, or talk about how you're doing?",
    "care.talk": "Okay, no job talk. I'm a program and not a therapist, so the most useful "
    "thing I can do is point you to people who really listen:\n{resources}\n"
    "Reaching out to someone you trust, or doing one small kind thing for yourself today, "
    "can also help. When you feel ready, we can pick the plan up again.",
    "care.resume": "Alright, let's go on, gently. You can stop at any time.",
    "care.option.continue": "Keep going",
    "care.option.talk": "Talk about how I am",
    # The days after.
    "nudge.crisis_check_in": "Hi, just checking in after what you told me yesterday. How are "
    "you doing today? No job talk unless you want it: your goal notes are on hold for a few "
    "days. If things are heavy, people are there to talk, any time:\n{resources}",
    "settings.crisis_held": "goal notes, goal check-ins and daily notes on hold until {until}, "
    "your time (/resume brings them back)",
    "settings.crisis_check_in": "; one gentle check-in from me on {when}",
    # The person's country.
    "country.current_chosen": "Country: {name} ({code}), as you set it.",
    "country.current_zone": "Country: {name} ({code}), guessed from your time zone.",
    "country.unknown": "I don't know your country yet, so I show the international "
    "directory of support lines.",
    "country.how": "Set it with /country followed by a two-letter code or a name "
    "(for example /country DE); /country off goes back to guessing from your time zone.",
    "country.line": "Support line there: {name}, {reach}.",
    "country.no_line": "I don't have a checked support line for {country}, so I show the "
    "international directory and your local emergency number.",
    "country.saved": "Country: {name} ({code}).",
    "country.cleared": "Okay, I'll guess your country from your time zone again.",
    "ask.country": "Which country are you in? A code like DE or a name like Germany. It's only "
    "used to show you the right support lines. (or skip)",
    "hint.bad_country": "I don't know that country. Try a two-letter code like DE, GB or US, "
    "or a name like Germany.",
}
