"""The crisis check's second reader: a linear model trained on the corpus, read in plain Python.

The rules (`coach.safety_assess`) know the wordings someone wrote a rule for; sets written
by people who never saw them found about three in ten crisis messages missed. This model
scores the whole message from its words, its in-word letter runs and its words as the rules
read them (texting spellings undone), so a new way of saying a known thing still weighs
like it. It is deterministic (fixed weights in
`safety_model.json`, trained by `tools/train_safety_model.py` from
tests/coach/safety_corpus). It has two heads over the same terms:

- crisis: raises what the rules left at STRAIN or below to crisis resources; and where the
  rules saw a crisis in words it reads as plainly safe ("the virgin suicides soundtrack on
  repeat" is a title, "the stats on workplace suicide" the news) it lowers it to a gentle
  check-in, never further;
- distress (crisis or strain): hopelessness in words no rule knows still gets a check-in.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from coach.safety_text import normalise

MODEL_PATH = Path(__file__).with_name("safety_model.json")
#: Words, and each emoji or arrow as a word of its own: "💊💊💊 tonight" and "me → 🌉 → gone"
#: carry their meaning in them (a set of emoji-coded crisis lines scored 52% before).
TOKEN_PATTERN = r"[a-z']+|[\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
CHAR_RANGE = (3, 5)

_WORDS = re.compile(TOKEN_PATTERN)


class _Model:
    def __init__(self, path: Path) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        self.corpus_sha256: str = data["corpus_sha256"]
        self.threshold: float = data["threshold"]
        self.doubt: float = data["doubt"]
        self.distress_threshold: float = data["distress_threshold"]
        crisis, distress = data["intercepts"]
        self.intercepts = (float(crisis), float(distress))
        # term -> (idf * crisis weight, idf * distress weight, idf squared), from the file's
        # [idf, crisis weight, distress weight]: both heads read the same terms, and a term
        # met once (nearly all of them) then costs three additions.
        self.word = _weighed(data["word"])
        self.char = _weighed(data["char"])
        # Words of the text as the rules read it (safety_text.normalise: texting spellings,
        # leetspeak and stretched letters undone, titles after "watched" masked).
        self.normal = _weighed(data["normal"])


Weighed = tuple[float, float, float]


def _weighed(table: dict[str, list[float]]) -> dict[str, Weighed]:
    return {term: (idf * crisis, idf * distress, idf * idf)
            for term, (idf, crisis, distress) in table.items()}


@functools.cache
def _weights() -> _Model:
    """Read when first needed, so that the training tool can import this module to write them."""
    return _Model(MODEL_PATH)


def reload() -> None:
    """Read the weights again (after training)."""
    _weights.cache_clear()
    _runs_in.cache_clear()


#: Shorter messages are answers in the flow ("keep going", "9:45am"), and the crisis
#: messages among them are the plain ones the rules know; none of the held-out sets had a
#: crisis line the model alone caught under three words.
MIN_WORDS = 3


@dataclass(frozen=True, slots=True)
class Reading:
    """What the model reads in one message, each from 0 to 1."""

    crisis: float  # a crisis: crisis resources
    distress: float  # a crisis or strain (hopeless, worthless, alone): at least a check-in

    @property
    def is_crisis(self) -> bool:
        """A crisis the rules may have missed."""
        return self.crisis >= _weights().threshold

    @property
    def is_plainly_safe(self) -> bool:
        """Sure enough there is no crisis to doubt a rule that saw one (a title, the news)."""
        return self.crisis < _weights().doubt

    @property
    def is_distress(self) -> bool:
        """Strain the rules may have missed: worth a gentle check-in."""
        return self.distress >= _weights().distress_threshold


def reading(text: str, normalised: str | None = None) -> Reading | None:
    """The model's reading, or None where it has no say: a command (the coach's own words)
    or a message under MIN_WORDS words. `normalised` is `normalise(text)`, when the caller
    has it already."""
    if text.lstrip().startswith("/"):
        return None
    lowered = text.lower()
    words = _WORDS.findall(lowered)
    if len(words) < MIN_WORDS:
        return None
    return _read(lowered, words, normalise(text) if normalised is None else normalised)


def probabilities(text: str) -> Reading:
    """The model's reading of any message, however short (for training and tests)."""
    lowered = text.lower()
    return _read(lowered, _WORDS.findall(lowered), normalise(text))


def _read(lowered: str, words: list[str], normalised: str) -> Reading:
    model = _weights()
    crisis, distress = model.intercepts
    word_crisis, word_distress = _scores(word_terms(words), model.word)
    char_crisis, char_distress = _char_scores(lowered, model.char)
    normal_crisis, normal_distress = _scores(word_terms(_WORDS.findall(normalised)),
                                             model.normal)
    return Reading(_logistic(crisis + word_crisis + char_crisis + normal_crisis),
                   _logistic(distress + word_distress + char_distress + normal_distress))


def _logistic(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-score))


def _scores(terms: list[str], table: dict[str, Weighed]) -> tuple[float, float]:
    """TF-IDF (1 + log count) of the known terms, unit length, against each head's weights."""
    crisis = distress = squares = 0.0
    get = table.get
    for term in terms:
        found = get(term)
        if found is not None:
            crisis += found[0]
            distress += found[1]
            squares += found[2]
    if len(terms) != len(set(terms)):
        crisis, distress, squares = _repeats_weighed_once(terms, table, crisis, distress, squares)
    if squares <= 0.0:
        return 0.0, 0.0
    length = math.sqrt(squares)
    return crisis / length, distress / length


def _repeats_weighed_once(terms: list[str], table: dict[str, Weighed], crisis: float,
                          distress: float, squares: float) -> tuple[float, float, float]:
    """Sums that counted a term met `count` times at weight idf each time, put right to the
    one (1 + log count) weight a repeated term gets."""
    for term, count in Counter(terms).items():
        found = table.get(term) if count > 1 else None
        if found is not None:
            factor = 1.0 + math.log(count)
            crisis += (factor - count) * found[0]
            distress += (factor - count) * found[1]
            squares += (factor * factor - count) * found[2]
    return crisis, distress, squares


#: Words that say nothing of danger alone. Read one by one, they weighed as danger because
#: crisis lines are said in the first person about someone ("i", "them", "will"), and a plain
#: question made of them ("do i call them or wait for them to call me") read as a crisis.
#: They still count in pairs ("i have", "for them") and in the letter runs.
FUNCTION_WORDS = frozenset((
    "i", "me", "my", "them", "they", "their", "he", "she", "his", "her", "him", "it", "its",
    "the", "a", "an", "to", "of", "and", "or", "for", "in", "on", "at", "is", "are", "was", "be",
    "been", "have", "has", "had", "do", "did", "does", "can", "will", "wil", "would", "should",
    "could", "this", "that", "with", "when", "if", "so", "as", "just", "im", "ive", "ill",
    "theyll",
))


def word_terms(words: list[str]) -> list[str]:
    """The terms the model reads in a list of words: each word but the function words, and
    each pair of neighbouring words, as often as it occurs."""
    return [word for word in words if word not in FUNCTION_WORDS] + [
        f"{first} {second}" for first, second in zip(words, words[1:], strict=False)
    ]


def _char_scores(text: str, table: dict[str, Weighed]) -> tuple[float, float]:
    """What `_scores` gives for the letter runs of `text` (scikit-learn's char_wb: runs
    inside each word, padded with a space at each end), from sums made once per word.

    Most runs occur once in a message, and each word's runs weigh the same wherever it
    stands, so a word's share is added whole; only the runs found more than once (" i ",
    "ing ") are put right, to the (1 + log count) weight a repeated term gets. It runs on
    every message: this is about four times faster than weighing each run in turn.
    """
    crisis = distress = squares = 0.0
    runs: list[str] = []
    for word in text.split():  # any run of white space parts words, as in scikit-learn
        known, word_crisis, word_distress, word_squares = _runs_in(word)
        crisis += word_crisis
        distress += word_distress
        squares += word_squares
        runs += known
    if len(runs) != len(set(runs)):
        crisis, distress, squares = _repeats_weighed_once(runs, table, crisis, distress, squares)
    if squares <= 0.0:
        return 0.0, 0.0
    length = math.sqrt(squares)
    return crisis / length, distress / length


@functools.lru_cache(maxsize=65_536)
def _runs_in(word: str) -> tuple[tuple[str, ...], float, float, float]:
    """The known letter runs of one word and their summed weights (crisis, distress, idf
    squared), each run counted once where it occurs: words recur, so each is cut up once."""
    padded = f" {word} "
    length = len(padded)
    runs = []
    low, high = CHAR_RANGE
    for n in range(low, high + 1):
        if length <= n:
            runs.append(padded)  # a short word counts once, whole
            break
        runs += (padded[start:start + n] for start in range(length - n + 1))
    table = _weights().char
    known = tuple(run for run in runs if run in table)
    crisis = distress = squares = 0.0
    for run in known:
        run_crisis, run_distress, run_squares = table[run]
        crisis += run_crisis
        distress += run_distress
        squares += run_squares
    return known, crisis, distress, squares


def corpus_digest(corpus: Path) -> str:
    """What the model was trained on, so a test can tell when the corpus moved on."""
    digest = hashlib.sha256()
    for path in sorted(corpus.glob("*/*.txt")):
        digest.update(path.relative_to(corpus).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def trained_on() -> str:
    return _weights().corpus_sha256
