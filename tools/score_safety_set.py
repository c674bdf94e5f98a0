"""Score a fresh set of phrasings against `coach.safety.classify`, as issue 8's acceptance does.

    python tools/score_safety_set.py DIR [--unseen] [--misses]

DIR holds crisis.txt (must get crisis resources: above STRAIN), strain.txt (at least a gentle
check-in) and safe.txt (no crisis resources), one phrasing a line; a file may be missing.
With --unseen, lines already in tests/coach/safety_corpus word for word (case aside) are left
out, so the figures are of wording the classifier was not trained on. With --misses, each
line it gets wrong is printed with the level it got: read them only for a set you will not
use again as an unseen measure.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coach.safety import Risk, classify  # noqa: E402

CORPUS = ROOT / "tests" / "coach" / "safety_corpus"
GROUPS: tuple[tuple[str, str, Callable[[Risk], bool]], ...] = (
    ("crisis", "crisis recall", lambda risk: risk.needs_resources),
    ("strain", "at least a check-in", lambda risk: risk >= Risk.STRAIN),
    ("safe", "no false alarm", lambda risk: not risk.needs_resources),
)


def phrases(path: Path) -> list[str]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def corpus_lines() -> set[str]:
    return {line.casefold() for path in CORPUS.glob("*/*.txt") for line in phrases(path)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--unseen", action="store_true", help="leave out lines of the corpus")
    parser.add_argument("--misses", action="store_true", help="print each line it gets wrong")
    args = parser.parse_args()
    known = corpus_lines() if args.unseen else set()
    for group, label, right in GROUPS:
        path = args.folder / f"{group}.txt"
        if not path.exists():
            continue
        texts = [text for text in phrases(path) if text.casefold() not in known]
        wrong = [(text, risk) for text in texts if not right(risk := classify(text))]
        good = len(texts) - len(wrong)
        share = 100 * good / len(texts) if texts else 100.0
        print(f"{group:<7} {label:<20} {good:>4}/{len(texts):<4} {share:5.1f}%")
        if args.misses:
            for text, risk in wrong:
                print(f"    {risk.value:<8} {text}")


if __name__ == "__main__":
    main()
