#!/usr/bin/env python3
"""Accuracy against the annotated dev sets in ../shared/eval, checked against the bars.

    python benchmarks/eval.py [--eval-dir DIR] [--only ggt-dev] [--dump-errors FILE]
                              [--resample DOCS] [--wrap WIDTH] [--strict]

Runs the engine over every ``dev/*.jsonl`` file, writes predictions in the batch
format (quotations only, exactly what ``opedtui batch`` writes), scores them with the
corpus's own ``score.py --json`` and prints each figure beside its bar. Exits 0 with
a message when the eval data is absent (a fresh clone without ../shared).

``--dump-errors FILE`` lists, per document, what went wrong on the corpora with
canonical speakers (seed, GGT): gold units missed, predictions matching no gold
quote, and matched quotes given the wrong speaker, each with its context, using
``score.py``'s own matching so the list agrees with the figures.

``--wrap WIDTH`` scores the same texts hard-wrapped at WIDTH columns, as a
terminal browser or ``fmt`` saves them: the figures should hardly move. Spaces
become line breaks, so every gold offset still holds.

``--resample DOCS`` asks how safe each pass is: the project is judged on a
held-out part of the same corpora, and a dev figure is one draw. It scores
random samples of DOCS documents (drawn with replacement) and prints, per bar,
the value that 95% of the samples reach and the share that meets the bar.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from opedtui.batch import analyse_line  # noqa: E402  (after the path is set)

DEFAULT_EVAL_DIR = REPO.parent / "shared" / "eval"
SCORED_KINDS = "direct,mixed"
CONTEXT_CHARS = 150
QUOTE_PREVIEW_CHARS = 60
RESAMPLES = 200
DUMPED_CORPORA = ("seed", "ggt-dev")
"""The corpora whose gold speakers are canonical names, where "wrong speaker" is meaningful."""


@dataclass(frozen=True)
class Bar:
    """One target: a figure from score.py (or derived from it) and the least it must reach."""

    label: str
    value: Callable[[dict[str, Any]], float | None]
    minimum: float
    show: Callable[[float], str] = lambda v: f"{v:.3f}"

    def check(self, figures: dict[str, Any]) -> tuple[float | None, bool]:
        value = self.value(figures)
        return value, value is not None and value >= self.minimum


def figure(name: str) -> Callable[[dict[str, Any]], float | None]:
    return lambda figures: figures.get(name)


def units_found(figures: dict[str, Any]) -> float:
    return round(figures["quote_R"] * figures["gold_units"])


BARS: dict[str, list[Bar]] = {
    "seed": [
        Bar("quote units found", units_found, 12, show=lambda v: f"{v:.0f}/12"),
        Bar("speaker_acc", figure("speaker_acc"), 1.0),
        Bar("filter_F1", figure("filter_F1"), 1.0),
    ],
    "ggt-dev": [
        Bar("quote_F1", figure("quote_F1"), 0.95),
        Bar("attribution_F1", figure("attribution_F1"), 0.85),
        Bar("filter_F1", figure("filter_F1"), 0.85),
    ],
    "polnear-dev": [
        Bar("quote_F1", figure("quote_F1"), 0.95),
        Bar("mention_acc", figure("mention_acc"), 0.90),
    ],
}
INFORMATIVE_FIGURES = ("gold_units", "predicted", "quote_P", "quote_R", "exact_F1", "mention_acc", "speaker_acc",
                       "attribution_F1")


def predict(gold_path: Path, prediction_path: Path) -> tuple[int, float]:
    """Batch-format predictions for every gold document; returns (documents, seconds)."""
    documents = 0
    elapsed = 0.0
    with gold_path.open("rb") as source, prediction_path.open("w", encoding="utf-8") as sink:
        for number, raw in enumerate(source, start=1):
            if not raw.strip():
                continue
            started = time.perf_counter()
            result = analyse_line(number, raw)
            elapsed += time.perf_counter() - started
            if result.output is None:
                raise SystemExit(f"eval: {gold_path.name} {result.error}")
            sink.write(result.output + "\n")
            documents += 1
    return documents, elapsed


def hard_wrap(text: str, width: int) -> str:
    """``text`` with a space turned into a line break wherever a line would pass
    ``width`` characters: hard-wrapped as ``fmt`` does it, at the same length."""
    chars = list(text)
    line_start = 0
    last_space = -1
    for i, char in enumerate(text):
        if char == "\n":
            line_start, last_space = i + 1, -1
            continue
        if char == " ":
            last_space = i
        if i - line_start >= width and last_space > line_start:
            chars[last_space] = "\n"
            line_start, last_space = last_space + 1, -1
    return "".join(chars)


def write_hard_wrapped(gold_path: Path, wrapped_path: Path, width: int) -> Path:
    """A copy of a gold file whose texts are hard-wrapped at ``width``."""
    with gold_path.open(encoding="utf-8") as source, wrapped_path.open("w", encoding="utf-8") as sink:
        for line in source:
            if line.strip():
                document = json.loads(line)
                document["text"] = hard_wrap(document["text"], width)
                sink.write(json.dumps(document, ensure_ascii=False) + "\n")
    return wrapped_path


def score(score_script: Path, gold_path: Path, prediction_path: Path) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, str(score_script), str(gold_path), str(prediction_path), "--kinds", SCORED_KINDS, "--json"],
        capture_output=True, text=True, check=False,
    )
    if completed.returncode != 0:
        raise SystemExit(f"eval: score.py failed on {gold_path.name}:\n{completed.stderr}")
    figures: dict[str, Any] = json.loads(completed.stdout)
    return figures


def print_report(name: str, figures: dict[str, Any], documents: int, seconds: float) -> bool:
    """The figures of one corpus and its bars; True when every bar is met."""
    print(f"\n{name}  ({documents} document{'s' if documents != 1 else ''}, engine {seconds:.2f}s)")
    info = "  ".join(f"{key} {figures[key]}" for key in INFORMATIVE_FIGURES if figures.get(key) is not None)
    print(f"  {info}")
    all_met = True
    print(f"  {'bar':<20} {'value':>8} {'target':>8}  result")
    for bar in BARS.get(name, []):
        value, met = bar.check(figures)
        all_met &= met
        shown = "n/a" if value is None else bar.show(value)
        target = bar.show(bar.minimum) if bar.label != "quote units found" else "12/12"
        print(f"  {bar.label:<20} {shown:>8} {'>= ' + target:>8}  {'PASS' if met else 'FAIL'}")
    return all_met


# -- error dump ------------------------------------------------------------------------


def load_scorer(score_script: Path) -> ModuleType:
    """score.py as a module, to match quotes exactly as the figures do."""
    spec = importlib.util.spec_from_file_location("shared_eval_score", score_script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def one_line(text: str) -> str:
    return text.replace("\n", " \u23ce ")


def context(text: str, start: int, end: int) -> list[str]:
    before = one_line(text[max(0, start - CONTEXT_CHARS) : start])
    inside = one_line(text[start:end])
    after = one_line(text[end : end + CONTEXT_CHARS])
    return [f"      \u2026{before}\u27e6{inside}\u27e7{after}\u2026"]


def preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= QUOTE_PREVIEW_CHARS else flat[: QUOTE_PREVIEW_CHARS - 1] + "\u2026"


def mention_text(text: str, mention: list[int] | None) -> str | None:
    return None if not mention else text[mention[0] : mention[1]]


def document_errors(scorer: ModuleType, gold: dict[str, Any], predicted: dict[str, Any]) -> dict[str, list[str]]:
    """Missed units, false positives and wrong speakers of one document, as report lines."""
    text = gold["text"]
    units, every_gold_span = scorer.gold_units(gold, set(SCORED_KINDS.split(",")))
    predictions = []
    for record in predicted.get("quotes", []):
        start, end = scorer.trimmed(text, int(record["start"]), int(record["end"]))
        if end > start:
            predictions.append({"span": (start, end), "speaker": record.get("speaker"),
                                "mention": record.get("speaker_mention"), "record": record})
    matches = scorer.match(units, predictions)
    errors: dict[str, list[str]] = {"missed": [], "false positive": [], "wrong speaker": [], "no speaker": []}
    for index, unit in enumerate(units):
        start, end = unit["span"]
        if index not in matches:
            errors["missed"].append(f"    MISSED  \u201c{preview(text[start:end])}\u201d  gold: {unit['speaker']!r}"
                                    f" ({unit['kind']}, at {start})")
            errors["missed"] += context(text, start, end)
            continue
        prediction = predictions[matches[index]]
        if unit["speaker"] and not scorer.same_person(prediction["speaker"], unit["speaker"]):
            record = prediction["record"]
            gold_mention = mention_text(text, unit["mention"])
            category = "wrong speaker" if prediction["speaker"] else "no speaker"
            errors[category].append(
                f"    {category.upper()}  \u201c{preview(text[start:end])}\u201d\n"
                f"      gold: {unit['speaker']!r} (mention {gold_mention!r})   predicted: {prediction['speaker']!r}"
                f" (mention {mention_text(text, prediction['mention'])!r}, cue {record.get('cue')!r},"
                f" confidence {record.get('confidence')})"
            )
            errors[category] += context(text, start, end)
    matched_predictions = set(matches.values())
    for index, prediction in enumerate(predictions):
        if index in matched_predictions:
            continue
        if any(scorer.iou(prediction["span"], span) >= 0.5 for span in every_gold_span):
            continue  # overlaps a gold quote of an unscored kind (a scare quote): not an error
        start, end = prediction["span"]
        record = prediction["record"]
        errors["false positive"].append(
            f"    FALSE POSITIVE  \u201c{preview(text[start:end])}\u201d  predicted: {prediction['speaker']!r}"
            f" (kind {record.get('kind')}, cue {record.get('cue')!r}, at {start})"
        )
        errors["false positive"] += context(text, start, end)
    return errors


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_predictions(prediction_path: Path) -> dict[str, dict[str, Any]]:
    return {record["id"]: record for record in read_jsonl(prediction_path)}


def dump_errors(scorer: ModuleType, name: str, gold_path: Path, prediction_path: Path) -> tuple[list[str], dict[str, int]]:
    gold_docs = read_jsonl(gold_path)
    predicted = read_predictions(prediction_path)
    lines: list[str] = []
    totals = {"missed": 0, "false positive": 0, "wrong speaker": 0, "no speaker": 0}
    for gold in gold_docs:
        errors = document_errors(scorer, gold, predicted.get(gold["id"], {"quotes": []}))
        counts = {kind: sum(1 for line in found if line.startswith("    ") and not line.startswith("      "))
                  for kind, found in errors.items()}
        if not any(counts.values()):
            continue
        for kind, count in counts.items():
            totals[kind] += count
        summary = ", ".join(f"{count} {kind}" for kind, count in counts.items() if count)
        lines.append(f"== {name} {gold['id']}  ({summary})")
        for found in errors.values():
            lines += found
        lines.append("")
    header = f"# {name}: " + ", ".join(f"{count} {kind}" for kind, count in totals.items())
    return [header, "", *lines], totals


# -- resampling ------------------------------------------------------------------------


def print_resampled(scorer: ModuleType, name: str, gold_path: Path, prediction_path: Path, documents: int) -> None:
    """Each bar on ``RESAMPLES`` random held-out-sized samples of the corpus:
    the value 95% of them reach, and how many meet the bar."""
    gold_docs = read_jsonl(gold_path)
    if len(gold_docs) < 2 or not BARS.get(name):
        return  # one document (the seed) has no other sample to draw
    predicted = read_predictions(prediction_path)
    draw = random.Random(0)  # the same samples on every run, so two versions of the engine compare fairly
    values: dict[str, list[float]] = {bar.label: [] for bar in BARS[name]}
    for _ in range(RESAMPLES):
        figures = scorer.score(draw.choices(gold_docs, k=documents), predicted, set(SCORED_KINDS.split(",")))
        for bar in BARS[name]:
            value = bar.value(figures)
            values[bar.label].append(float("nan") if value is None else value)
    print(f"  resampled: {RESAMPLES} samples of {documents} documents")
    print(f"  {'bar':<20} {'5th pct':>8} {'target':>8}  samples meeting it")
    for bar in BARS[name]:
        found = sorted(values[bar.label])
        met = sum(value >= bar.minimum for value in found)
        print(f"  {bar.label:<20} {bar.show(found[len(found) // 20]):>8} {'>= ' + bar.show(bar.minimum):>8}"
              f"  {100 * met / len(found):.0f}%")


# -- main --------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR, help=f"default: {DEFAULT_EVAL_DIR}")
    parser.add_argument("--only", action="append", metavar="NAME",
                        help="only this corpus (seed, ggt-dev, polnear-dev); repeatable")
    parser.add_argument("--dump-errors", type=Path, metavar="FILE",
                        help="write missed quotes, false positives and wrong speakers (seed, ggt-dev) here")
    parser.add_argument("--resample", type=int, metavar="DOCS",
                        help="also score random samples of DOCS documents, the size of a held-out set")
    parser.add_argument("--keep-predictions", type=Path, metavar="DIR", help="also copy the predictions here")
    parser.add_argument("--wrap", type=int, metavar="WIDTH",
                        help="score the texts hard-wrapped at WIDTH columns (the figures should hardly move)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a bar is not met")
    args = parser.parse_args(argv)
    if args.resample is not None and args.resample < 1:
        parser.error("--resample needs a number of documents of at least 1")
    if args.wrap is not None and args.wrap < 20:
        parser.error("--wrap needs a width of at least 20 columns")

    score_script = args.eval_dir / "score.py"
    dev = args.eval_dir / "dev"
    if not score_script.is_file() or not dev.is_dir():
        print(f"eval: skipped: no evaluation data at {args.eval_dir} (it lives beside the repository in shared/eval)")
        return 0
    corpora = sorted(dev.glob("*.jsonl"))
    if args.only:
        unknown = set(args.only) - {path.stem for path in corpora}
        if unknown:
            parser.error(f"no such corpus: {', '.join(sorted(unknown))} (have: {', '.join(p.stem for p in corpora)})")
        corpora = [path for path in corpora if path.stem in args.only]

    all_met = True
    dump: list[str] = []
    scorer = load_scorer(score_script) if args.dump_errors or args.resample else None
    with tempfile.TemporaryDirectory(prefix="opedtui-eval-") as scratch:
        for gold_path in corpora:
            if args.wrap:
                gold_path = write_hard_wrapped(gold_path, Path(scratch) / gold_path.name, args.wrap)
            prediction_path = Path(scratch) / f"{gold_path.stem}.pred.jsonl"
            documents, seconds = predict(gold_path, prediction_path)
            figures = score(score_script, gold_path, prediction_path)
            all_met &= print_report(gold_path.stem, figures, documents, seconds)
            if scorer is not None and args.resample:
                print_resampled(scorer, gold_path.stem, gold_path, prediction_path, args.resample)
            if scorer is not None and args.dump_errors and gold_path.stem in DUMPED_CORPORA:
                lines, _ = dump_errors(scorer, gold_path.stem, gold_path, prediction_path)
                dump += lines
            if args.keep_predictions:
                args.keep_predictions.mkdir(parents=True, exist_ok=True)
                (args.keep_predictions / prediction_path.name).write_bytes(prediction_path.read_bytes())
    if args.dump_errors:
        args.dump_errors.write_text("\n".join(dump) + "\n", encoding="utf-8")
        print(f"\nerrors written to {args.dump_errors}")
    print(f"\n{'all bars met' if all_met else 'some bars not met'}")
    return 1 if args.strict and not all_met else 0


if __name__ == "__main__":
    sys.exit(main())
