"""The quick choices the flow offers, as data: what is shown, what is stored, what else counts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Choice:
    """A quick reply. `value` is stored and travels in buttons, so keep it short ASCII."""

    value: str
    label: str
    synonyms: tuple[str, ...] = ()


def choice(value: str, label: str, *synonyms: str) -> Choice:
    return Choice(value, label, synonyms)


FEELINGS = (
    choice("sad", "Sad", "down", "upset", "gutted", "devastated", "😢", "😭", "😞", "💔"),
    choice("angry", "Angry", "mad", "furious", "pissed", "annoyed", "frustrated", "😡", "😠", "🤬"),
    choice("anxious", "Anxious", "worried", "nervous", "scared", "stressed", "😰", "😟", "😬"),
    choice("embarrassed", "Embarrassed", "ashamed", "humiliated", "stupid", "😳", "🙈"),
    choice("numb", "Numb", "meh", "nothing", "empty", "blank", "😐", "😶"),
    choice("fine", "Fine, honestly", "ok", "okay", "good", "alright", "🙂", "👍", "😊"),
)

STAGES = (
    choice("applied", "Applied, no interview", "application", "cv", "resume", "never heard"),
    choice("screen", "Phone or recruiter screen", "phone", "recruiter", "screening"),
    choice("interview", "Interview round", "interviews", "technical", "onsite", "panel"),
    choice("final", "Final round", "last round", "final interview", "offer stage"),
)

KINDS = (
    choice("not_hiring", "“Not hiring right now”", "not hiring", "freeze"),
    choice("not_selected", "“Not selected”", "not selected", "not successful", "unsuccessful"),
    choice("keep_on_file", "“We'll keep you on file”", "on file", "keep"),
    choice("only_applications", "“Only accepting applications”", "only accepting"),
    choice("other_candidates", "“Went with other candidates”", "other candidate", "someone else"),
    choice("no_reply", "No reply at all", "ghosted", "silence", "no answer", "nothing"),
    choice("other", "Something else", "other"),
)

YES_NO = (
    choice("yes", "Yes", "y", "yeah", "yep", "sure"),
    choice("no", "No", "n", "nope", "nah", "not really"),
)

FIT = (
    choice("yes", "Yes, it fit", "y", "yeah", "yep", "good fit"),
    choice("partly", "Partly", "somewhat", "sort of", "kind of", "maybe"),
    choice("no", "Not really", "no", "n", "nope", "nah"),
)

RATINGS = tuple(choice(str(n), f"{n}") for n in range(1, 6))

ZONES = (
    choice("Europe/London", "London"), choice("America/New_York", "New York"),
    choice("Europe/Berlin", "Berlin"), choice("Asia/Kolkata", "India"), choice("UTC", "UTC"),
)

PING_TIMES = (
    choice("08:00", "08:00"), choice("09:00", "09:00"), choice("12:30", "12:30"),
    choice("18:00", "18:00"),
    choice("off", "No daily notes", "none", "never", "no", "no thanks", "off"),
)

PAUSES = (
    choice("1", "A day", "a day", "one day", "tomorrow"), choice("3", "3 days"),
    choice("7", "A week", "a week", "one week"),
    choice("until", "Until I resume", "until", "until i say", "forever", "indefinitely"),
)


COPING = (
    choice("walk", "Take a walk"), choice("exercise", "Some exercise", "gym", "run"),
    choice("friend", "Talk to a friend", "call", "text"),
    choice("volunteer", "Help someone / volunteer", "volunteer"),
    choice("continue", "I'm OK, let's go on", "go on", "continue", "next", "ok", "keep going",
           "carry on", "move on"),
)

#: After the facts: the short path, the whole reflection, or correcting what was understood.
PATHS = (
    choice("quick", "Quick plan", "quick", "short", "plan", "short version"),
    choice("full", "Full reflection", "full", "reflect", "long", "everything"),
    choice("fix", "Fix the details", "fix", "correct", "wrong", "change"),
)

FIXES = (
    choice("company", "Company or role", "company", "role"),
    choice("stage", "How far I got", "stage", "round"),
    choice("kind", "What they said", "kind", "reason"),
)

DEADLINES = (choice("3", "In 3 days"), choice("7", "In a week"), choice("14", "In 2 weeks"))

FOLLOW_UPS = (
    choice("4", "In 4 weeks"), choice("6", "In 6 weeks"), choice("8", "In 8 weeks"),
    choice("no", "No thanks", "no", "nope", "none"),
)

NEW_OR_SAME = (
    choice("new", "Yes, a new one", "yes", "new", "another"),
    choice("same", "No, let's carry on", "no", "same", "carry on", "continue"),
)


_STAGE_LABELS = {choice.value: choice.label.lower() for choice in STAGES}


def stage_label(stage: str) -> str:
    """'final' -> 'final round', as the person saw it among the choices."""
    return _STAGE_LABELS.get(stage, stage)
