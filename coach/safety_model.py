"""The crisis check's second reader: a linear model trained on the corpus, read in plain Python.

The rules (`coach.safety_assess`) know the wordings someone wrote a rule for; sets written
by people who never saw them found about three in ten crisis messages missed. This model
scores the whole message from its words and in-word letter runs, so a new way of saying a
known thing still weighs like it. It is deterministic (fixed weights in
`safety_model.json`, trained by `tools/train_safety_model.py` from
tests/coach/safety_corpus) and only ever raises a message to crisis resources, never
lowers what the rules found.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
from collections import Counter
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("safety_model.json")
TOKEN_PATTERN = r"[a-z']+"
CHAR_RANGE = (3, 5)

_WORDS = re.compile(TOKEN_PATTERN)
_SPACES = re.compile(r"\s\s+")


class _Model:
    def __init__(self, path: Path) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        self.corpus_sha256: str = data["corpus_sha256"]
        self.threshold: float = data["threshold"]
        self.intercept: float = data["intercept"]
        self.word: dict[str, list[float]] = data["word"]
        self.char: dict[str, list[float]] = data["char"]


_model = _Model(MODEL_PATH)


def reload() -> None:
    """Read the weights again (after training)."""
    global _model
    _model = _Model(MODEL_PATH)
    _runs_in.cache_clear()


#: Shorter messages are answers in the flow ("keep going", "9:45am"), and the crisis
#: messages among them are the plain ones the rules know; none of the held-out sets had a
#: crisis line the model alone caught under three words.
MIN_WORDS = 3


def is_crisis(text: str) -> bool:
    """Whether the model reads a crisis; never for a command (the coach's own words)."""
    if text.lstrip().startswith("/"):
        return False
    lowered = text.lower()
    words = _WORDS.findall(lowered)
    return len(words) >= MIN_WORDS and _probability(lowered, words) >= _model.threshold


def probability(text: str) -> float:
    """How likely the message is a crisis message, as the trained model sees it (0 to 1)."""
    lowered = text.lower()
    return _probability(lowered, _WORDS.findall(lowered))


def _probability(lowered: str, words: list[str]) -> float:
    score = _model.intercept + _score(_word_terms(words), _model.word)
    score += _score(_char_terms(lowered), _model.char)
    return 1.0 / (1.0 + math.exp(-score))


def _score(terms: Counter[str], table: dict[str, list[float]]) -> float:
    """TF-IDF (1 + log count) of the known terms, unit length, against their weights."""
    total = squares = 0.0
    for term, count in terms.items():
        found = table.get(term)
        if found is None:
            continue
        value = (1.0 + math.log(count)) * found[0]
        total += value * found[1]
        squares += value * value
    return total / math.sqrt(squares) if squares else 0.0


def _word_terms(words: list[str]) -> Counter[str]:
    terms = Counter(words)
    terms.update(f"{first} {second}" for first, second in zip(words, words[1:], strict=False))
    return terms


def _char_terms(text: str) -> Counter[str]:
    """Letter runs inside words, padded with a space at each end (scikit-learn's char_wb)."""
    terms: Counter[str] = Counter()
    for word in _SPACES.sub(" ", text).split():
        terms.update(_runs_in(word))
    return terms


@functools.lru_cache(maxsize=65_536)
def _runs_in(word: str) -> tuple[str, ...]:
    """The known letter runs of one word (words recur, so each is cut up once)."""
    padded = f" {word} "
    length = len(padded)
    runs = []
    low, high = CHAR_RANGE
    for n in range(low, high + 1):
        if length <= n:
            runs.append(padded)  # a short word counts once, whole
            break
        runs += (padded[start:start + n] for start in range(length - n + 1))
    return tuple(run for run in runs if run in _model.char)


def corpus_digest(corpus: Path) -> str:
    """What the model was trained on, so a test can tell when the corpus moved on."""
    digest = hashlib.sha256()
    for path in sorted(corpus.glob("*/*.txt")):
        digest.update(path.relative_to(corpus).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def trained_on() -> str:
    return _model.corpus_sha256
