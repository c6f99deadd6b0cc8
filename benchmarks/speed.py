#!/usr/bin/env python3
"""How fast the engine is, and whether it stays linear as documents grow.

    python benchmarks/speed.py [--eval-dir DIR] [--sizes 10K,100K,1M,4M]

Prints: the import time of ``opedtui.engine``; words/s over the PolNeAR dev texts
(real news; synthetic text when ../shared/eval is absent) beside a bare
``re.finditer`` over the same texts for quote-mark pairs, the floor no extractor
beats; and words/s on synthetic documents of growing size, where a steady rate
means linear growth and a falling one means something superlinear.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from opedtui.engine import extract  # noqa: E402  (after the path is set)

DEFAULT_EVAL_DIR = REPO.parent / "shared" / "eval"
QUOTE_PAIRS = re.compile('"[^"\\n]*"|\u201c[^\u201d\\n]*\u201d')
MIN_TIMING_SECONDS = 0.3
ENGINE_PASSES = 3
SIZES = {"10K": 10_000, "100K": 100_000, "1M": 1_000_000, "4M": 4_000_000}

FIRST_NAMES = ["Maria", "James", "Aisha", "Chen", "Olga", "Pierre", "Fatima", "Diego", "Hannah", "Kwame", "Priya", "Tom"]
SURNAMES = ["Gonzalez", "Whitfield", "Okafor", "Liang", "Petrova", "Dubois", "Haddad", "Ramirez", "Schultz", "Mensah"]
ROLES = ["the finance minister", "a senior adviser", "the city's mayor", "a union spokesperson", "the police chief"]
PARAGRAPHS = [
    '"{quote}," {name} said on {day}.',
    '{name}, {role}, told reporters that the plan was "{fragment}" and promised more details soon.',
    '"{quote}," said {name}. "{quote2}"',
    'According to {name}, the proposal "{fragment}." Critics disagreed.',
    'The council met for three hours on {day} but reached no decision on the budget, which has been delayed twice.',
    '{name} did not respond to a request for comment. The so-called "{fragment}" remains in place.',
    '\u201c{quote},\u201d {role} {name} wrote in a statement, adding that the review would continue.',
    'Asked about the figures, {surname} replied: "{quote}"',
]
QUOTES = [
    "We will not back down on this", "Nobody expected the numbers to be this bad",
    "It is a question of fairness, not of money", "I have never seen anything like it in thirty years",
    "The families deserve answers and they deserve them now", "This is a good day for the province",
]
FRAGMENTS = ["a reckless gamble", "long overdue", "dead on arrival", "a step in the right direction", "temporary measure"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def synthetic_document(size: int, seed: int = 7) -> str:
    """Realistic news prose: quotes, cues, names and roles, with varied speakers so the
    speaker resolver has real work, repeated to ``size`` characters."""
    generator = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        first, surname = generator.choice(FIRST_NAMES), generator.choice(SURNAMES)
        paragraph = generator.choice(PARAGRAPHS).format(
            name=f"{first} {surname}" if generator.random() < 0.5 else surname, surname=surname,
            role=generator.choice(ROLES), quote=generator.choice(QUOTES), quote2=generator.choice(QUOTES) + ".",
            fragment=generator.choice(FRAGMENTS), day=generator.choice(DAYS),
        )
        parts.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(parts)[:size]


def words(texts: Sequence[str]) -> int:
    return sum(len(text.split()) for text in texts)


def seconds_per_pass(run: Callable[[], object], minimum: float = MIN_TIMING_SECONDS) -> float:
    """Average time of one pass, repeating until at least ``minimum`` seconds have run."""
    passes = 0
    started = time.perf_counter()
    while True:
        run()
        passes += 1
        elapsed = time.perf_counter() - started
        if elapsed >= minimum:
            return elapsed / passes


def engine_pass(texts: Sequence[str]) -> Callable[[], None]:
    def run() -> None:
        for text in texts:
            extract(text)
    return run


def regex_pass(texts: Sequence[str]) -> Callable[[], None]:
    def run() -> None:
        for text in texts:
            for _ in QUOTE_PAIRS.finditer(text):
                pass
    return run


def import_seconds(runs: int = 5, *, cached: bool) -> float:
    """Best of several fresh interpreters: the cost a CLI user pays on every start.

    ``cached``: with the compiled bytecode an installed package has (pip writes
    it at install time), kept in a temporary folder so the checkout stays clean;
    otherwise compiled from source on every start, as when Python is told not
    to write bytecode (PYTHONDONTWRITEBYTECODE)."""
    code = "import time; t = time.perf_counter(); from opedtui.engine import extract; print(time.perf_counter() - t)"
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as cache:
        if cached:
            env["PYTHONPYCACHEPREFIX"] = cache
        else:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        results = []
        for _ in range(runs + cached):  # with a cache, the first start fills it
            output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                    cwd=REPO, env=env).stdout
            results.append(float(output))
    return min(results[cached:])


def load_news_texts(eval_dir: Path) -> tuple[list[str], str]:
    corpus = eval_dir / "dev" / "polnear-dev.jsonl"
    if not corpus.is_file():
        texts = [synthetic_document(4000, seed=n) for n in range(200)]
        return texts, "synthetic news (../shared/eval absent)"
    with corpus.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
    return texts, f"PolNeAR dev, {len(texts)} documents"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--sizes", default=",".join(SIZES), help=f"synthetic document sizes (of {', '.join(SIZES)})")
    args = parser.parse_args(argv)

    print(
        f"from opedtui.engine import extract: {import_seconds(cached=True) * 1000:.0f} ms as installed (bytecode compiled), "
        f"{import_seconds(cached=False) * 1000:.0f} ms compiling from source (best of 5 fresh interpreters each)"
    )

    texts, label = load_news_texts(args.eval_dir)
    total_words = words(texts)
    engine_pass(texts[:20])()  # warm caches and lazy tables before timing
    # Best of a few passes: other processes on the machine only ever slow a pass down.
    engine_seconds = min(seconds_per_pass(engine_pass(texts), minimum=0) for _ in range(ENGINE_PASSES))
    regex_seconds = seconds_per_pass(regex_pass(texts))
    engine_rate, regex_rate = total_words / engine_seconds, total_words / regex_seconds
    print(f"\n{label}: {total_words:,} words")
    print(f"  engine             {engine_rate:>14,.0f} words/s   ({engine_seconds:.2f} s, best of {ENGINE_PASSES} passes)")
    print(f"  re.finditer floor  {regex_rate:>14,.0f} words/s")
    print(f"  engine / floor     {engine_rate / regex_rate:>14.4f}   (the regex is {regex_rate / engine_rate:,.0f}x faster)")

    print(f"\nsynthetic documents, best of {ENGINE_PASSES} (a steady rate means linear growth):")
    print(f"  {'size':>6} {'words':>10} {'seconds':>9} {'words/s':>12} {'vs 10K':>7}")
    baseline = None
    for name in args.sizes.split(","):
        text = synthetic_document(SIZES[name.strip()])
        count = words([text])
        minimum = 0 if len(text) > 200_000 else MIN_TIMING_SECONDS
        seconds = min(seconds_per_pass(lambda: extract(text), minimum) for _ in range(ENGINE_PASSES))
        rate = count / seconds
        baseline = baseline or rate
        print(f"  {name:>6} {count:>10,} {seconds:>9.3f} {rate:>12,.0f} {rate / baseline:>7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
