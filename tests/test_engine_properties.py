"""Properties every ``extract`` result must have, whatever the text: it never raises,
and every span it returns is ordered, in bounds and consistent with the text.

Hypothesis searches for counterexamples among random Unicode (control characters
included), quote-mark soups and lone marks; the megabyte tests catch quadratic
blow-ups by hanging visibly (stopped by an alarm) rather than by timing anything.
"""

from __future__ import annotations

import gc
import random
import signal
import weakref
from collections.abc import Iterator
from types import FrameType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opedtui.engine import Analysis, extract

QUOTE_MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019'`"
SOUP_ALPHABET = QUOTE_MARKS + "abcXYZ  \n.,:;-\u2014"
KINDS = {"direct", "mixed", "term"}
LARGE_INPUT_SECONDS = 20

PROPERTY_SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_well_formed(text: str, analysis: Analysis) -> None:
    """The contract the reader, exporters and batch output rely on."""
    assert analysis.text == text
    length = len(text)
    starts = [q.start for q in analysis.quotes]
    assert starts == sorted(starts), "quotes must come in document order"
    speaker_ids = {s.id for s in analysis.speakers}
    for q in analysis.quotes:
        assert 0 <= q.outer_start <= q.start <= q.end <= q.outer_end <= length, q
        assert q.text == text[q.start : q.end], q
        assert q.kind in KINDS, q
        assert 0.0 <= q.confidence <= 1.0, q
        for span in (q.speaker_mention, q.cue_span):
            if span is not None:
                assert 0 <= span[0] <= span[1] <= length, q
        if q.speaker_id is not None:
            assert q.speaker_id in speaker_ids, q
            speaker = analysis.speaker(q.speaker_id)
            assert speaker is not None and q.speaker == speaker.name, q
        else:
            assert q.speaker is None, q


@PROPERTY_SETTINGS
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_unicode(text: str) -> None:
    assert_well_formed(text, extract(text))


@PROPERTY_SETTINGS
@given(st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Pi", "Pf", "Po", "Lu"]), max_size=300))
def test_control_characters_and_punctuation(text: str) -> None:
    assert_well_formed(text, extract(text))


@PROPERTY_SETTINGS
@given(st.text(alphabet=SOUP_ALPHABET, max_size=400))
def test_quote_mark_soup(text: str) -> None:
    assert_well_formed(text, extract(text))


@PROPERTY_SETTINGS
@given(
    st.lists(
        st.one_of(
            st.sampled_from(list(QUOTE_MARKS)),
            st.sampled_from(["said", "Voss", "she said", "according to", "Mr. Smith", "\n\n", ", ", ". "]),
            st.text(alphabet="abcdefgh ", min_size=1, max_size=12),
        ),
        max_size=60,
    )
)
def test_news_like_fragments(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert_well_formed(text, extract(text))


@pytest.mark.parametrize("mark", list(QUOTE_MARKS))
@pytest.mark.parametrize("template", ["{m}", "{m}{m}", "a {m}", "{m} b", 'He said {m}yes."', "\n{m}\n"])
def test_lone_marks(mark: str, template: str) -> None:
    text = template.format(m=mark)
    assert_well_formed(text, extract(text))


def test_empty_text() -> None:
    assert extract("").quotes == ()


# -- large inputs: a superlinear engine hangs here and the alarm turns it into a failure --


@pytest.fixture
def alarm() -> Iterator[None]:
    def timed_out(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"extract took over {LARGE_INPUT_SECONDS}s on 1 MB: superlinear somewhere?")

    previous = signal.signal(signal.SIGALRM, timed_out)
    signal.alarm(LARGE_INPUT_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def random_marks(size: int, seed: int) -> str:
    generator = random.Random(seed)
    return "".join(generator.choice(SOUP_ALPHABET) for _ in range(size))


LARGE_INPUTS = {
    "straight-doubles": '"' * 1_000_000,
    "curly-openers": "\u201c" * 1_000_000,
    "mixed-marks": (QUOTE_MARKS * 100_000)[:1_000_000],
    "random-marks": random_marks(1_000_000, seed=1),
    "unclosed-quotes": ('"Unclosed quote said Smith. ' * 40_000)[:1_000_000],
    "one-long-line": ("word " * 200_000),
}


@pytest.mark.parametrize("name", list(LARGE_INPUTS))
def test_a_megabyte_finishes(name: str, alarm: None) -> None:
    text = LARGE_INPUTS[name]
    assert_well_formed(text, extract(text))


def test_a_large_document_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    text = 'Then "a quote here," she said. ' * 10_000
    assert gc.isenabled()
    extract(text)
    assert gc.isenabled()
    gc.disable()
    try:
        extract(text)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_extraction_keeps_no_reference_to_the_document() -> None:
    """The tokens cached while one document is read go with it: a batch of
    large documents never holds on to the ones already done."""

    class Text(str):
        """A str that can be weakly referenced, to see whether anything keeps it."""

    text = Text('"We will not back down," said Lena Voss. "Not now," she added. ' * 50)
    extract(text)
    gone = weakref.ref(text)
    del text
    gc.collect()
    assert gone() is None
