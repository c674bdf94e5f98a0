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


_STAGE_LABELS = {choice.value: choice.label.lower() for choice in STAGES}


def stage_label(stage: str) -> str:
    """'final' -> 'final round', as the person saw it among the choices."""
    return _STAGE_LABELS.get(stage, stage)
