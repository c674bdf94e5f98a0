"""Crisis-language detection, run on each free-text message before the flow, and the lines to call.

Detection is deterministic and reviewable: readable rules first, then a fixed linear model
for what the rules miss. `classify` is the one entry point; the work is split by idea:

- `safety_text` normalises once (case, accents, texting spellings, leetspeak, titles of films
  and songs) so that the rules stay few;
- `safety_words` holds the parts rules are made of (who, means, body, now, not, the past);
- `safety_rules` (with `safety_harm`, `safety_plans` and `safety_indirect`) composes them into
  what a thought of suicide or self-harm looks like, by kind (acts, thoughts, bare topics), and
  what strain looks like;
- `safety_signs` holds signs that only mean a crisis together, read across the whole message:
  two kinds of preparation for a goodbye, or a means the writer dwells on;
- `safety_assess` reads each match in its clause: whose thought it is (the writer, someone they
  know as its subject, a character; a person given, told or written to is not), whether it is
  happening now, denied or past;
- `safety_gate` runs only the rules whose required words a message contains: it runs on every
  message, so speed matters;
- `safety_lexicon` holds the danger parts as word lists (a stance, a death, a means, a lethal
  interest, a sharp thing and a body, an exit and "for good") and the few broad rules composed
  from them, which catch a wording no one on the project wrote; they give way to the everyday
  contexts that borrow the words (medicine routines, views and commutes, leaving an app);
- `safety_model` reads what the rules left at STRAIN or below once more: a logistic
  regression over words and letter runs, trained on the whole corpus
  (`tools/train_safety_model.py`), with fixed weights in `safety_model.json`. Rules alone
  caught 62-72% of crisis lines in sets written without seeing them; with the model, 93%.

A missed crisis costs more than a needless check-in, so a denial or a past thought is never
silence (STRAIN), and figurative talk about the job hunt ("this process is killing me") is
STRAIN, not NONE. The corpus in tests/coach/safety_corpus and `python bench/safety.py` show
what the rules catch and leave alone.
"""

from __future__ import annotations

from enum import StrEnum

from coach import safety_model
from coach.safety_assess import assess_normalised, figure_of_speech, happening_now
from coach.safety_text import normalise


class Risk(StrEnum):
    """How a message should be answered, in rising order: `risk > Risk.STRAIN` means crisis
    resources. Values may be stored: add, never rename; order is the order of definition."""

    NONE = "none"
    STRAIN = "strain"  # distress, hopelessness, hyperbole, past or denied thoughts: check in
    CONCERN = "concern"  # someone else (a friend, partner, child) may be at risk: how to help them
    CRISIS = "crisis"  # self-harm, suicide, not wanting to live: crisis resources, flow paused
    IMMINENT = "imminent"  # acting now or already acted: the emergency number first

    @property
    def rank(self) -> int:
        return _RISK_ORDER.index(self)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Risk):
            return NotImplemented
        return self.rank < other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Risk):
            return NotImplemented
        return self.rank > other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Risk):
            return NotImplemented
        return self.rank <= other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Risk):
            return NotImplemented
        return self.rank >= other.rank

    # str's own hash: equality with the plain value ("crisis") keeps working.
    __hash__ = str.__hash__

    @property
    def needs_resources(self) -> bool:
        """Every level above STRAIN answers with crisis lines."""
        return self > Risk.STRAIN


_RISK_ORDER: tuple[Risk, ...] = tuple(Risk)


def classify(text: str) -> Risk:
    """The risk in one free-text message; above STRAIN means answer with crisis resources.

    The rules decide first, then the trained model reads the message once more: what the
    rules left at STRAIN or below it can raise to CRISIS (IMMINENT when the message places it
    now, as the rules do), and what they left at NONE to
    STRAIN. A crisis the rules found in nothing but a bare topic word ("suicide",
    "overdose") it lowers to STRAIN when it reads the message as plainly safe (a title, the
    news); every other crisis the rules found stands.
    """
    normalised = normalise(text)
    rank, bare_topic = assess_normalised(normalised)
    risk = _RISK_ORDER[rank]
    if risk > Risk.STRAIN and not bare_topic:
        return risk  # the model could not change it: skip reading (this runs on every message)
    found = safety_model.reading(text, normalised)
    if found is None:
        return risk
    if risk > Risk.STRAIN:
        return Risk.STRAIN if bare_topic and found.is_plainly_safe else risk
    if found.is_crisis and not figure_of_speech(normalised):
        # as the rules do for their own: now, the emergency number first
        return Risk.IMMINENT if happening_now(normalised) else Risk.CRISIS
    if risk is Risk.NONE and found.is_distress:
        return Risk.STRAIN
    return risk
