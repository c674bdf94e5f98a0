"""Print how the crisis check does on the corpus, per category, and how fast it runs.

    python bench/safety.py [--misses] [--corpus DIR] [--rounds N]

Recall per crisis category (share above STRAIN), false alarms per safe category (share above
STRAIN), the share at least STRAIN per strain category, and messages classified per second on
one core, timed over the whole corpus. Targets (issue 8): recall >= 99% in every crisis
category, false alarms <= 1% overall, >= 20,000 messages/s.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coach.safety import Risk, classify  # noqa: E402

CORPUS = ROOT / "tests" / "coach" / "safety_corpus"


def phrases(path: Path) -> list[str]:
    """One phrase a line; blank lines and `#` comments are skipped."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def categories(corpus: Path, group: str) -> dict[str, list[str]]:
    return {path.stem: phrases(path) for path in sorted((corpus / group).glob("*.txt"))}


def report(
    title: str, groups: dict[str, list[str]], hit: Callable[[Risk], bool], show: bool, bad: bool
) -> tuple[int, int]:
    """Print the share of each category that `hit`; return (hits, total) over all of them.

    With `show`, list the phrases it gets wrong: the misses, or the hits when a hit is `bad`.
    """
    print(f"\n{title}")
    hits = total = 0
    for name, texts in groups.items():
        good = [text for text in texts if hit(classify(text))]
        hits, total = hits + len(good), total + len(texts)
        print(f"  {name:<28} {len(good):>4}/{len(texts):<4} {100 * len(good) / len(texts):6.1f}%")
        if show:
            for text in texts:
                if (text in good) == bad:
                    print(f"      {classify(text).value:<8} {text}")
    if total:
        print(f"  {'all':<28} {hits:>4}/{total:<4} {100 * hits / total:6.1f}%")
    return hits, total


def speed(texts: list[str], rounds: int, repeats: int = 5) -> float:
    """Messages classified per second of CPU time, the best of `repeats` runs of `rounds` passes
    (the best run is the one least disturbed by other work on the machine)."""
    for text in texts:  # warm the caches once, as a running bot has
        classify(text)
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        for _ in range(rounds):
            for text in texts:
                classify(text)
        best = min(best, time.process_time() - started)
    return rounds * len(texts) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every phrase it gets wrong")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--rounds", type=int, default=25)
    args = parser.parse_args()
    crisis = categories(args.corpus, "crisis")
    strain = categories(args.corpus, "strain")
    safe = categories(args.corpus, "safe")
    print(f"corpus: {args.corpus}")
    report("recall (above STRAIN), crisis", crisis, lambda r: r.needs_resources, args.misses, False)
    report("at least STRAIN, strain", strain, lambda r: r >= Risk.STRAIN, args.misses, False)
    alarms, total = report(
        "false alarms (above STRAIN), safe", safe, lambda r: r.needs_resources, args.misses, True
    )
    every = [text for group in (crisis, strain, safe) for texts in group.values() for text in texts]
    rate = speed(every, args.rounds)
    print(f"\nfalse alarms overall: {100 * alarms / max(total, 1):.1f}%")
    runs = f"best of 5 runs of {args.rounds * len(every):,} classifications"
    print(f"speed: {rate:,.0f} messages/s on one core ({runs})")


if __name__ == "__main__":
    main()
