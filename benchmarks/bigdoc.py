"""A synthetic long article for the reader's speed figures: ~4 MB, ~10,000 quotes."""

from __future__ import annotations

import random

NAMES = [
    ("Alice Walker", "the senator"),
    ("Bob Marley", "the mayor"),
    ("Carol King", "the spokeswoman"),
    ("David Bowie", "the governor"),
    ("Eve Arden", "the minister"),
    ("Frank Ocean", "the director"),
    ("Grace Jones", "the judge"),
    ("Henry Ford", "the chairman"),
]
WORDS = (
    "the committee said that budget would support local schools and roads while critics "
    "argued about taxes in the city council meeting on Tuesday after weeks of debate over "
    "housing transit water safety police parks and the future of the downtown library"
).split()


def big_document(target_chars: int = 4_000_000, quotes: int = 10_000, seed: int = 7) -> str:
    """Paragraphs of filler prose, every one with a quotation attributed by name."""
    rng = random.Random(seed)
    filler_per_paragraph = max(10, (target_chars // quotes - 120) // 6)
    paragraphs = []
    for i in range(quotes):
        name, role = NAMES[i % len(NAMES)]
        words = " ".join(rng.choice(WORDS) for _ in range(filler_per_paragraph))
        said = " ".join(rng.choice(WORDS) for _ in range(12))
        paragraphs.append(f'{words.capitalize()}. "{said.capitalize()}," said {name}, {role}.')
    return "Big Document\n\n" + "\n\n".join(paragraphs) + "\n"
