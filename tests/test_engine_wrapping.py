"""Hard-wrapped text (a terminal browser's dump, an e-mail, ``fmt``) reads as the
same article unwrapped: its line breaks fall after full stops and before quote
marks, where a break in other text ends a paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opedtui.engine import Analysis, extract
from opedtui.engine.wrapping import hard_wrap_width, unwrap_lines

SEED = Path(__file__).resolve().parents[1] / "seeds" / "anonymous-op-ed-and-reactions.txt"

ARTICLE = (
    "The ferry board met on Tuesday night to decide the winter timetable, after a summer in "
    "which half of the crossings ran late and two were cancelled outright.\n\n"
    "Lena Voss, who chairs the board, said the service had been stretched for years. "
    "\u201cWe cannot run a winter timetable on a summer budget. The crew is tired, the boats are "
    "old, and the islanders deserve better,\u201d she said.\n\n"
    "\u201cNobody on this board wants to cut a single crossing,\u201d Voss added. \u201cBut we will "
    "not promise what we cannot pay for.\u201d\n\n"
    "Tom Baker, a fisherman who takes the first boat every morning, was less patient. He "
    "called the plan \u201ca slow goodbye to the islands\u201d and said: \u201cThey have had "
    "three years to fix this.\u201d\n\n"
    "The board will vote again next month."
)


def hard_wrap(text: str, width: int, indent: str = "") -> str:
    """``text`` broken into lines of at most ``width`` characters at its spaces,
    each line after ``indent``, as ``fmt`` and terminal browsers wrap it."""
    paragraphs = []
    for paragraph in text.split("\n\n"):
        lines, line = [], ""
        for word in paragraph.split(" "):
            if line and len(indent) + len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
        paragraphs.append("\n".join(indent + line for line in lines))
    return "\n\n".join(paragraphs)


def attributions(analysis: Analysis) -> list[tuple[str, str, str | None, str | None]]:
    """What a reader sees of each quote: its words, kind, speaker and cue, with
    the text's own line breaks read as spaces."""
    def words(text: str | None) -> str | None:
        return " ".join(text.split()) if text is not None else None

    return [(words(q.text) or "", q.kind, q.speaker, words(q.cue)) for q in analysis.quotes]


def test_only_breaks_that_wrap_a_sentence_become_spaces() -> None:
    text = "Lena Voss said\nthe plan\nwas sound.\n\u201cWe won,\u201d\nTom Baker said.\n\n- a bullet\nNext line"
    unwrapped = unwrap_lines(text)
    assert len(unwrapped) == len(text)
    assert unwrapped == "Lena Voss said the plan was sound.\n\u201cWe won,\u201d\nTom Baker said.\n\n- a bullet Next line"
    assert unwrap_lines("No wrapped line.\n\nNone here.") == "No wrapped line.\n\nNone here."


@pytest.mark.parametrize("width", [50, 64, 72, 79, 100])
def test_a_hard_wrapped_article_reads_as_the_article(width: int) -> None:
    wrapped = hard_wrap(ARTICLE, width)
    assert 0 < hard_wrap_width(wrapped) <= width
    assert attributions(extract(wrapped)) == attributions(extract(ARTICLE))


def test_a_quote_wrapped_onto_the_line_after_its_cue_keeps_its_speaker() -> None:
    wrapped = (
        "Lena Voss, who chairs the ferry board, spoke to reporters after the\n"
        "vote on Tuesday night. She called the winter timetable of the board\n"
        "\u201ca slow goodbye to the islands\u201d and said that the crew was tired. She\n"
        "then added that the boats were old and that the budget was too small.\n"
        "\u201cWe cannot run a winter timetable on a summer budget,\u201d she said. The\n"
        "board will vote again next month, and Tom Baker, a fisherman, said:\n"
        "\u201cThey have had three years to fix this.\u201d Nobody on the board replied.\n"
    )
    quotes = extract(wrapped).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("a slow goodbye to the islands", "Lena Voss"),
        ("We cannot run a winter timetable on a summer budget,", "Lena Voss"),
        ("They have had three years to fix this.", "Tom Baker"),
    ]
    assert attributions(extract(wrapped)) == attributions(extract(wrapped.replace("\n", " ")))


@pytest.mark.parametrize("line_end", ["\r\n", "\r"], ids=["windows", "old-mac"])
@pytest.mark.parametrize("width", [0, 72], ids=["paragraphs", "hard-wrapped"])
def test_any_line_end_reads_as_a_line_feed(line_end: str, width: int) -> None:
    checked = 'The claims, checked:\n\n"The crossings ran late all summer."\n\n- Lena Voss.\n\nThey did, on 40 days.'
    text = (hard_wrap(ARTICLE, width) if width else ARTICLE) + "\n\n" + checked
    assert attributions(extract(text.replace("\n", line_end))) == attributions(extract(text))


def test_an_article_wrapped_with_an_indent_reads_as_the_article() -> None:
    """Terminal browsers indent every line of a page's text."""
    wrapped = hard_wrap(ARTICLE, 76, indent="   ")
    assert attributions(extract(wrapped)) == attributions(extract(ARTICLE))


def test_the_bundled_article_hard_wrapped_keeps_every_quote_and_speaker() -> None:
    article = SEED.read_text(encoding="utf-8")
    assert attributions(extract(hard_wrap(article, 72))) == attributions(extract(article))


def test_a_paragraph_indented_on_its_first_line_starts_anew() -> None:
    text = hard_wrap(ARTICLE, 64).replace("\n\n", "\n    ")
    assert unwrap_lines(text).count("\n") == ARTICLE.count("\n\n")


@pytest.mark.parametrize(
    "text",
    [
        # lines of their own, of any length: quotes, then an address
        "\u201cWe have to do something about the crossings.\u201d\n"
        "\u201cWe have to be a lot tougher.\u201d\n"
        "\u201cWe are not fighting it.\u201d\n"
        "\u201cThe islanders deserve a boat that runs on time, every day, in every season.\u201d\n"
        "\u201cNo.\u201d\n"
        "\u201cWe will see.\u201d\n"
        "Ferry board, 12 Harbour Road, Eastvale\n",
        # paragraphs of one line each, as most news comes
        ("The ferry board met on Tuesday night to decide the winter timetable for all crossings. " * 3 + "\n") * 6,
        # a transcript: each turn a line of its own, however full
        "VOSS: We will keep the ferry running for as long as the council pays.\n"
        "BAKER: Not at these prices, and not with boats as old as these ones.\n"
        "VOSS: The boats are old, but they are safe, and the crews are good.\n"
        "BAKER: The crews are tired, and you know it as well as I do, Lena.\n"
        "VOSS: Then we will hire more of them, as the budget allows us to do.\n"
        "Q: With what money? The council has cut the budget every single year.\n"
        "A: We will see about that at the next meeting of the board, I think.\n",
        # paragraphs of one line each with no blank line between, headings among them
        "Harbour news\n"
        "Lena Voss said on Monday that the plan for the new winter timetable was \u201ca good one for all "
        "of the islands, whatever the council thinks.\u201d\n"
        "Photos\n"
        "Tom Baker, who fishes from the north pier every morning, called it \u201ca slow goodbye\u201d to the islands.\n",
    ],
)
def test_lines_that_are_not_hard_wrapped_keep_their_breaks(text: str) -> None:
    assert unwrap_lines(text) == text


def test_lines_that_each_open_anew_are_not_taken_for_hard_wrapped() -> None:
    """Headlines of much the same length: wrapped prose goes on in lower case."""
    headlines = (
        "Ferry board cuts winter crossings\nIslanders protest at the harbour\nCouncil promises review of budget\n"
        "New boats ordered from Norway yard\nHarbour master retires after years\nFishermen fear for the winter catch\n"
    )
    assert hard_wrap_width(headlines) == 0
    assert 30 < hard_wrap_width(hard_wrap(ARTICLE, 40)) <= 40  # as narrow prose is


def test_a_hard_wrapped_list_keeps_its_items() -> None:
    items = [
        "the crew is tired after a summer of late crossings and cancelled boats",
        "the boats are old and need repairs that take them out of service",
        "the budget for the winter was cut by a fifth last spring by the council",
        "the islanders asked for fewer, surer crossings rather than more late ones",
    ]
    intro = hard_wrap("The board listed its reasons for the new timetable, which begins in November, " * 3, 72)
    text = intro + "\n" + "\n".join(f"- {item}" for item in items) + "\n"
    unwrapped = unwrap_lines(text)
    assert hard_wrap_width(text) and "\n" not in unwrapped[: len(intro)]
    assert unwrapped.count("\n- ") == len(items)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n\r.\u201c\u201d-#\t"), max_size=400), st.integers(20, 90))
def test_unwrapping_only_turns_line_breaks_into_spaces(text: str, width: int) -> None:
    for original in (text, hard_wrap(text, width)):
        unwrapped = unwrap_lines(original)
        assert len(unwrapped) == len(original)
        assert all(a == b or (a in "\r\n" and b == " ") or (a, b) == ("\r", "\n") for a, b in zip(original, unwrapped))
