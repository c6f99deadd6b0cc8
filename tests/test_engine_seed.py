"""The bundled article, the first thing every user sees, must come out right."""

import re
from pathlib import Path

import pytest

import opedtui.engine
from opedtui.engine import extract

SEED = Path(__file__).resolve().parents[1] / "seeds" / "anonymous-op-ed-and-reactions.txt"


@pytest.fixture(scope="module")
def analysis():
    return extract(SEED.read_text(encoding="utf-8"))


def test_all_twelve_quotations_and_the_scare_quote(analysis) -> None:
    assert len(analysis.quotations) == 12
    terms = [q.text for q in analysis.quotes if q.kind == "term"]
    assert terms == ["resistance"]


def test_three_speakers_with_their_counts(analysis) -> None:
    counts = {s.name: s.quote_count for s in analysis.speakers}
    assert counts == {"senior official": 6, "Donald Trump": 3, "Sarah Huckabee Sanders": 3}


def test_every_quotation_is_attributed_with_its_mention(analysis) -> None:
    text = analysis.text
    for q in analysis.quotations:
        assert q.speaker is not None and q.speaker_mention is not None
        mention = text[q.speaker_mention[0] : q.speaker_mention[1]]
        assert mention in q.cue


def test_she_continued_is_the_press_secretary(analysis) -> None:
    q = next(q for q in analysis.quotations if q.text.startswith("deceive"))
    assert q.cue == "she continued"
    assert q.speaker == "Sarah Huckabee Sanders"
    sanders = analysis.find_speaker("Huckabee Sanders")
    assert sanders is not None and sanders.role == "White House press secretary"


def test_aliases_select_one_speaker(analysis) -> None:
    trump = analysis.find_speaker("trump")
    assert trump is not None
    for alias in ("Donald Trump", "President Trump", "President Donald Trump", "Mr. Trump"):
        assert analysis.find_speaker(alias) is trump, alias
    official = analysis.find_speaker("the official")
    assert official is not None and official.quote_count == 6
    assert analysis.find_speaker("the unnamed official") is official
    assert analysis.find_speaker("Huckabee Sanders") is analysis.find_speaker("sarah huckabee sanders")


def test_the_engine_names_none_of_the_articles_people(analysis) -> None:
    """The rules are general English news rules: no surname of the bundled
    article's speakers appears anywhere in the engine's source."""
    engine = Path(opedtui.engine.__file__).parent
    source = " ".join(path.read_text(encoding="utf-8") for path in engine.glob("*.py"))
    surnames = {word for s in analysis.speakers if s.name[:1].isupper() for word in s.name.split()[1:]}
    assert surnames  # the article does name people
    for word in surnames:
        assert not re.search(rf"\b{re.escape(word)}\b", source, re.IGNORECASE), word
