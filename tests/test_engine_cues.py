"""Cues in every position and tense, and the shapes quotations take."""

import pytest

from opedtui.engine import Analysis, extract


def only(analysis: Analysis) -> tuple[str | None, str | None]:
    (q,) = analysis.quotations
    return q.speaker, q.cue


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\u201cWe will rebuild the bridge,\u201d Maria Lopez said.", "Maria Lopez"),
        ("\u201cWe will rebuild the bridge,\u201d said Maria Lopez.", "Maria Lopez"),
        ("Maria Lopez said: \u201cWe will rebuild the bridge.\u201d", "Maria Lopez"),
        ("Maria Lopez said that \u201cthe bridge will be rebuilt.\u201d", "Maria Lopez"),
        ("\u201cWe will rebuild the bridge,\u201d Maria Lopez, the city engineer, said.", "Maria Lopez"),
        ("\u201cWe will rebuild the bridge,\u201d Maria Lopez told CNN.", "Maria Lopez"),
        ("\u201cWe will rebuild the bridge,\u201d Maria Lopez wrote in a tweet.", "Maria Lopez"),
        ("\u201cWe will rebuild the bridge,\u201d Maria Lopez added.", "Maria Lopez"),
        ("\u201cWe will rebuild the bridge,\u201d Maria Lopez continued.", "Maria Lopez"),
        ("\u201cWe will rebuild the bridge,\u201d Maria Lopez insisted.", "Maria Lopez"),
        ("According to Maria Lopez, \u201cthe bridge will be rebuilt.\u201d", "Maria Lopez"),
        ("\u201cThe bridge will be rebuilt,\u201d according to Maria Lopez.", "Maria Lopez"),
        ("\u201cWe will rebuild the bridge,\u201d Maria Lopez said in a statement.", "Maria Lopez"),
        ("\u201cWe will rebuild the bridge,\u201d Maria Lopez later says.", "Maria Lopez"),
        ("Maria Lopez has said \u201cthe bridge will be rebuilt.\u201d", "Maria Lopez"),
        ("The plan makes \u201csmall, steady repairs\u201d to the bridge, Maria Lopez says.", "Maria Lopez"),
    ],
)
def test_cue_positions_and_tenses(text: str, speaker: str) -> None:
    assert only(extract(text))[0] == speaker


def test_interrupted_quote_is_two_quotes_of_one_speaker() -> None:
    a = extract("\u201cWe tried,\u201d Tom Baker said, \u201cbut the river rose too fast.\u201d")
    assert [q.text for q in a.quotations] == ["We tried,", "but the river rose too fast."]
    assert {q.speaker for q in a.quotations} == {"Tom Baker"}
    assert len(a.speakers) == 1 and a.speakers[0].quote_count == 2


def test_partial_quote_inside_reported_speech() -> None:
    a = extract("Senator Ann Ruiz called the plan \u201creally a disgrace\u201d on Monday.")
    (q,) = a.quotations
    assert q.text == "really a disgrace"
    assert q.kind == "mixed"
    assert q.speaker == "Ann Ruiz"


def test_speech_verb_inside_a_quotation_does_not_attribute_it() -> None:
    a = extract("Today the paper ran a notice. \u201cThe mayor said no and the council agreed.\u201d")
    (q,) = a.quotations
    assert q.speaker is None
    assert q.confidence == 0.0


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("He joined a \u201cresistance\u201d group last year.", "resistance"),
        ('They watched the film "Jaws" again.', "Jaws"),
        ('Teenagers use words like "yeet" all the time.', "yeet"),
        ('Her memoir, "A Long Way Home Again," sold well.', "A Long Way Home Again,"),
    ],
)
def test_scare_quotes_and_titles_are_terms(text: str, term: str) -> None:
    a = extract(text)
    assert [q.text for q in a.quotes] == [term]
    assert a.quotes[0].kind == "term"
    assert a.quotations == ()


def test_mention_span_points_at_the_speaker_words() -> None:
    text = "\u201cIt is done,\u201d the mayor said."
    (q,) = extract(text).quotations
    assert q.speaker_mention is not None
    assert text[q.speaker_mention[0] : q.speaker_mention[1]] == "the mayor"
    assert q.cue == "the mayor said"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A noun that looks like a verb ("report") before the real one.
        ("\u201cThe numbers are clear,\u201d the report stated.", "report"),
        # A number with its comma stays apart from it: "in 2018, said".
        ("Ana Ruiz, in office since 2018, said she wants \u201ca full audit.\u201d", "Ana Ruiz"),
        # Conjoined predicates share the sentence's subject.
        ("Ana Ruiz voted on Monday and says the result was \u201cfair.\u201d", "Ana Ruiz"),
    ],
)
def test_cues_past_lookalikes(text: str, speaker: str) -> None:
    assert only(extract(text))[0] == speaker


def test_quote_signed_with_a_dash() -> None:
    text = "Readers wrote in.\n\u201cThe new bus line saved my mornings.\u201d \u2015 Petra Lindqvist\n"
    assert only(extract(text)) == ("Petra Lindqvist", "Petra Lindqvist")


def test_cue_closing_a_sentence_with_an_appositive() -> None:
    text = (
        "A long winter can be a \u201creal trial\u201d for a small farm \u2014 and many close, "
        "said Dr. Ingrid Haller, a rural economist in Leeds."
    )
    assert only(extract(text))[0] == "Ingrid Haller"


def test_a_statement_introduced_with_a_comma_is_its_subjects() -> None:
    text = "Immediately after the attacks, Ana Ruiz issued a statement, \u201cOur city stands together.\u201d"
    assert only(extract(text))[0] == "Ana Ruiz"


def test_coordinated_subjects_take_a_bare_verb() -> None:
    text = "Ana Ruiz and Tom Baker call the plan \u201ca step in the right direction.\u201d"
    assert only(extract(text))[0] is not None


def test_who_after_a_body_in_an_appositive_is_the_person_described() -> None:
    text = (
        "\u201cThe juniors rowed well today,\u201d said Ida Marsh, head coach of Eastvale\u2019s "
        "Lakeside Rowing Club, who writes a column on the sport. "
        "\u201cThey earned the medal.\u201d"
    )
    a = extract(text)
    assert [q.speaker for q in a.quotations] == ["Ida Marsh", "Ida Marsh"]
    assert a.quotations[1].cue == "who writes"


def test_a_where_clause_after_a_place_does_not_make_the_place_the_speaker() -> None:
    text = (
        "Jo Hartley, a retired teacher and a trustee in Ely County, where the library "
        "opened, said the cuts were \u201ca step too far\u201d for a small town."
    )
    (q,) = extract(text).quotations
    assert q.speaker == "Jo Hartley"
    assert q.cue is not None and q.cue.startswith("Jo Hartley")
