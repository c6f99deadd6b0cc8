"""Quote-mark pairing: every mark style, apostrophes, long and broken quotes."""

import pytest

from opedtui.engine import extract
from opedtui.engine.marks import pair_quote_marks


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in pair_quote_marks(text)]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ('He said "we will win" today.', "we will win"),
        ("He said \u201cwe will win\u201d today.", "we will win"),
        ("Sie sagte \u201ewir gewinnen\u201c heute.", "wir gewinnen"),
        ("Il a dit \u00abnous gagnerons\u00bb hier.", "nous gagnerons"),
        ("He said ``we will win'' today.", "we will win"),
        ("\u2018We will win,\u2019 she said.", "We will win,"),
    ],
)
def test_every_mark_style_pairs(text: str, inside: str) -> None:
    assert quoted(text) == [inside]


def test_single_quotes_nested_in_doubles_stay_inside() -> None:
    text = "\u201cShe told me \u2018never again\u2019 and left,\u201d he said."
    assert quoted(text) == ["She told me \u2018never again\u2019 and left,"]


def test_double_quotes_nested_in_the_same_marks_stay_inside() -> None:
    text = "\u201cI would sooner sleep in what he calls \u201cthe barn\u201d than go,\u201d she said. \u201cNo.\u201d"
    assert quoted(text) == ["I would sooner sleep in what he calls \u201cthe barn\u201d than go,", "No."]


@pytest.mark.parametrize(
    "text",
    [
        "Don\u2019t stop the \u201990s sound of rock \u2019n\u2019 roll.",
        "The teachers\u2019 union met the parents\u2019 group.",
        "It's the 'n' in rock 'n' roll from the '80s, and the players' lounge.",
    ],
)
def test_apostrophes_are_not_quote_marks(text: str) -> None:
    assert quoted(text) == []


def test_single_marks_as_main_quotes_with_a_possessive_inside() -> None:
    text = "\u2018The teachers\u2019 union is strong,\u2019 she said."
    assert quoted(text) == ["The teachers\u2019 union is strong,"]


def test_quote_over_paragraphs_that_reopen_is_a_quote_per_paragraph() -> None:
    text = "\u201cThe first part goes on.\n\n\u201cThe second part ends here,\u201d she said.\n\nNext."
    spans = pair_quote_marks(text)
    assert [text[s.start : s.end] for s in spans] == ["The first part goes on.", "The second part ends here,"]
    assert [s.continued for s in spans] == [True, False]
    assert all(s.closed for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        # The cue closes the last paragraph ...
        "\u201cThe first part goes on.\n\n\u201cThe middle part too.\n\n\u201cThe last part ends here,\u201d Lena Voss said.\n",
        # ... or leads into the first.
        "Lena Voss said:\n\n\u201cThe first part goes on.\n\n\u201cThe middle part too.\n\n\u201cThe last part ends here.\u201d\n",
    ],
)
def test_the_paragraphs_of_one_quotation_share_its_speaker(text: str) -> None:
    quotes = extract(text).quotations
    assert len(quotes) == 3
    assert [q.speaker for q in quotes] == ["Lena Voss"] * 3
    # The parts stay linked: each says the quotation goes on in the next.
    assert [q.continues for q in quotes] == [True, True, False]


def test_unmatched_mark_does_not_swallow_the_document() -> None:
    text = 'He called it "strange.\n\nLater, the mayor said "we are ready" and left.\n\nThe end.'
    assert quoted(text) == ["we are ready"]


def test_stray_mark_mid_paragraph_leaves_later_pairs_intact() -> None:
    text = 'One " stray mark. Then "a real quote" follows.'
    assert quoted(text) == ["a real quote"]


def test_quote_offsets_exclude_marks() -> None:
    text = "\u201cHello,\u201d she said."
    (q,) = extract(text).quotes
    assert (q.start, q.end) == (1, 7)
    assert (q.outer_start, q.outer_end) == (0, 8)
    assert text[q.start : q.end] == q.text == "Hello,"


def test_apostrophe_pairs_reopen_a_quotation_in_the_next_paragraph() -> None:
    # Texts that write '' for both opening and closing marks.
    text = "''We stayed,'' she said. ''The first part goes on.\n\n''The second part ends here.''\n"
    assert quoted(text) == ["We stayed,", "The first part goes on.", "The second part ends here."]


def test_three_apostrophes_close_a_nested_quote_and_the_quotation() -> None:
    text = "''I tell them, 'We are not leaving,''' said Lena Voss. ''It was hard.''"
    assert quoted(text) == ["I tell them, 'We are not leaving,'", "It was hard."]
    assert [q.speaker for q in extract(text).quotations] == ["Lena Voss", "Lena Voss"]


def test_a_paragraph_opening_with_an_elided_quote() -> None:
    text = "Lena Voss wrote in her column.\n\n\u201d \u2026 and in the end, the ferry never came,\u201d Voss wrote.\n"
    (q,) = extract(text).quotations
    assert q.text.strip() == "\u2026 and in the end, the ferry never came,"
    assert q.speaker == "Lena Voss"


def test_two_right_single_marks_close_a_double_quote() -> None:
    text = "\u201cWe dedicate ourselves to local creators,\u2019\u2019 says Tom Baker."
    assert [(q.text, q.speaker) for q in extract(text).quotations] == [
        ("We dedicate ourselves to local creators,", "Tom Baker")
    ]


@pytest.mark.parametrize("invisible", ["\u202a", "\u200b", "\u200e\u2066", "\ufeff"])
def test_invisible_characters_before_a_mark_are_read_through(invisible: str) -> None:
    """Copied posts put direction marks and zero-width spaces before a quote:
    the mark opens its paragraph all the same, even a right-hand one."""
    text = (
        "Readers answered the post within the hour.\n\n"
        f"{invisible}\u201dThe ferry has to run all winter,\u201d wrote Tom Baker.\n\n"
        f"{invisible}\u201cNot at these prices,\u201d wrote Lena Voss."
    )
    quotes = extract(text).quotations
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("The ferry has to run all winter,", "direct", "Tom Baker"),
        ("Not at these prices,", "direct", "Lena Voss"),
    ]


def test_a_quote_left_open_after_a_sentence_runs_to_its_paragraph_end() -> None:
    text = (
        "The hall was full, said Lena Voss. \u201cIt was late. We left early and never came back to the hall again."
        "\n\nShe went home."
    )
    (q,) = extract(text).quotations
    assert q.text == "It was late. We left early and never came back to the hall again."
    assert q.speaker == "Lena Voss"


def test_a_stray_mark_mid_sentence_still_opens_nothing() -> None:
    text = "The hall was full and \u201cthe night went on with no end in sight for anyone there.\n\nShe went home."
    assert quoted(text) == []


def test_a_quote_cut_by_a_stray_line_break_is_two_parts_of_one_quotation() -> None:
    # The straight mark after "doctors," closes (a quotation never starts with
    # a space), and the lower-case line it ends continues the open quotation.
    text = (
        "Lena Voss outlined the policy.\n\n"
        '"Who may be included is at the discretion of the official\n\n'
        'based on the advice of the doctors," said Voss in an email.\n'
    )
    quotes = extract(text).quotes
    assert [q.text for q in quotes] == [
        "Who may be included is at the discretion of the official",
        "based on the advice of the doctors,",
    ]
    assert [q.speaker for q in quotes] == ["Lena Voss", "Lena Voss"]
    assert [q.continues for q in quotes] == [True, False]


def test_a_new_paragraph_in_capitals_is_not_taken_for_a_stray_break() -> None:
    text = '"The first paragraph has no closing mark at all\n\nThen the narration goes on," and ends.\n'
    assert quoted(text) == ["The first paragraph has no closing mark at all"]


@pytest.mark.parametrize(
    "text",
    [
        # An attribute value that a scrape broke over two lines.
        '<post author="@lvoss" date="May 9, 2016\n">Vote early for the mayor and the council.</post>\n\n"We won," she said.',
        # The end of an attribute whose start the scrape lost.
        'it opposes.">Vote early for the mayor and the council.</post>\n\n"We won," she said.',
    ],
)
def test_marks_of_scraped_markup_are_no_quotes(text: str) -> None:
    assert quoted(text) == ["We won,"]
