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
        ('Top of the list is "yeet," which roughly refers to tossing a thing, Voss said.', "yeet,"),
        ('In their slang "yeet" means to throw something, Voss said.', "yeet"),
        ("Ann Lowe, star of television\u2019s \u201cDriftwood,\u201d thanked the crew.", "Driftwood,"),
        ("On Eastvale News Channel\u2019s \u201cTideline,\u201d Paul Ek said nothing new.", "Tideline,"),
        ("Ida gave birth to a girl, referred to as \u201cour harbour baby\u201d by the crew.", "our harbour baby"),
        ("Ek shared the outline of a 1998 geology course called \u201cBedrock\u201d online.", "Bedrock"),
        ('Her memoir, "A Long Way Home Again," sold well.', "A Long Way Home Again,"),
        ("To join, Lena Voss said, enter your email and click \u201cSign up.\u201d", "Sign up."),
        ("Tom Baker said voters just pick \u201cR,\u201d for whoever runs.", "R,"),
        ("\u201cKeep the pier, lose the tax!\u201d (poster, 2003) hung in every window.", "Keep the pier, lose the tax!"),
        ("\u201cVote for the pier and against the tax\u201d (2005) was the party line.", "Vote for the pier and against the tax"),
        # A headline cited with its author, the comma inside or outside the marks.
        ("Read \u201cHarbor lights go dark for good as the old ferry office shuts its doors,\u201d by Ida Brandt, in Sunday\u2019s paper.", "Harbor lights go dark for good as the old ferry office shuts its doors,"),
        ("See \u201cHarbor lights go dark for good as the old ferry office shuts its doors\u201d, by Ida Brandt, in Sunday\u2019s paper.", "Harbor lights go dark for good as the old ferry office shuts its doors"),
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
        # "points" is a noun unless it points out or to something.
        ("Ana Ruiz said the mayor has gained ground, climbing from 12 percentage points down to a \u201cclose race.\u201d", "Ana Ruiz"),
        ("\u201cIt is a close race,\u201d Ana Ruiz points out.", "Ana Ruiz"),
        # What a possessive owns is a noun, even a speech word: "her blistering remarks".
        ("Ana Ruiz went on with her blistering remarks. \u201cThey were warned!\u201d", "Ana Ruiz"),
    ],
)
def test_cues_past_lookalikes(text: str, speaker: str) -> None:
    assert only(extract(text))[0] == speaker


def test_quote_signed_with_a_dash() -> None:
    text = "Readers wrote in.\n\u201cThe new bus line saved my mornings.\u201d \u2015 Petra Lindqvist\n"
    assert only(extract(text)) == ("Petra Lindqvist", "Petra Lindqvist")


def test_signatures_with_a_full_stop_or_a_no_break_space() -> None:
    text = (
        "Readers wrote in.\n\u201cThe new bus line saved my mornings.\u201d \u2015 Petra Lindqvist.\n"
        "\u201cIt is always late.\u201d\u2015 Jo A. Ree\u00a0\n"
    )
    assert [q.speaker for q in extract(text).quotations] == ["Petra Lindqvist", "Jo A. Ree"]


def test_cue_closing_a_sentence_with_an_appositive() -> None:
    text = (
        "A long winter can be a \u201creal trial\u201d for a small farm \u2014 and many close, "
        "said Dr. Ingrid Haller, a rural economist in Leeds."
    )
    assert only(extract(text))[0] == "Ingrid Haller"


def test_cue_closing_a_sentence_with_a_long_appositive() -> None:
    text = (
        "\u201cWe are extremely happy\u201d about the vote, said Ana Lund, executive director of the Harbour "
        "Nurses Union, a union that left the federation last year and backed the ferry plan."
    )
    assert only(extract(text))[0] == "Ana Lund"


@pytest.mark.parametrize(
    "text",
    [
        # "email" is a noun here: a bare verb form its phrase cannot be the subject of
        "Lena Voss said it was \u201cabsolutely clear\u201d that the council\u2019s old, "
        "insecure email server was open to intruders.",
        # what a possessive owns is a noun, not the verb of a cue closing the sentence
        "Lena Voss said she would \u201creassure\u201d allies, given Mr. Baker's comments saying he would review it.",
    ],
)
def test_a_speech_noun_after_the_quote_closes_no_cue(text: str) -> None:
    assert only(extract(text))[0] == "Lena Voss"


@pytest.mark.parametrize(
    "text",
    [
        "Lena Voss said last week the mayor was not the author of any \u201ctop secret\u201d email chains.",
        "Lena Voss said the rally was meant to head off \u201cmore radical\u201d protest suggestions, including walkouts.",
    ],
)
def test_a_fragment_running_on_into_its_sentence_is_no_inverted_cue(text: str) -> None:
    """\u201c\u2026,\u201d said Voss inverts its cue; a fragment with no mark of its own
    before the next word ("email", "protest") runs on: that word is a noun."""
    assert only(extract(text))[0] == "Lena Voss"


def test_an_inverted_cue_after_a_quote_that_ends_in_a_nested_quote() -> None:
    text = "\u201cWe have to keep it open, \u2018whatever it costs,\u2019 \u201d said Lena Voss."
    assert only(extract(text))[0] == "Lena Voss"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\u201cThe bridge is unsafe,\u201d a 2019 study by Lena Voss concluded.", "Lena Voss"),
        ("\u201cThe bridge is unsafe,\u201d a report by the Harbour Authority said.", "Harbour Authority"),
    ],
)
def test_a_writing_by_its_author_after_the_quote(text: str, speaker: str) -> None:
    assert only(extract(text))[0] == speaker


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # "the days" is when, not who: the sentence's subject speaks
        (
            "Lena Voss, the author of \u201cHarbour Lights,\u201d a history of the port, said the days when the town "
            "had \u201cone shared story\u201d are gone.",
            "Lena Voss",
        ),
        ("The levy cut emissions with \u201cnegligible effects\u201d, according to a study last year.", "a study"),
    ],
)
def test_a_span_of_time_is_no_speaker(text: str, mention: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker_mention is not None and text[q.speaker_mention[0] : q.speaker_mention[1]] == mention


def test_names_each_shown_speaking_after_a_break_in_the_sentence() -> None:
    text = (
        "Soon after the talks, both issued statements \u2013 Lena Voss saying she was \u201cvery encouraged\u201d "
        "and Tom Baker calling it a \u201cgood start.\u201d"
    )
    assert [q.speaker for q in extract(text).quotations] == ["Lena Voss", "Tom Baker"]


def test_a_relative_clause_closed_before_the_quote_does_not_speak_for_it() -> None:
    text = (
        "Lena Voss said the council\u2019s decision, which critics have argued was a ploy to delay the vote, "
        "was an \u201cinsult\u201d to the ferry crews."
    )
    assert only(extract(text))[0] == "Lena Voss"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\u201cBoth scare me,\u201d Ivo Brandt, 30, of Raleigh, N.C., who was among those polled, said in an interview.",
         "Ivo Brandt"),
        ("Dean Ross, a 55-year-old salesman from Sumter, South Carolina, says the mayor will \u201cwin.\u201d", "Dean Ross"),
        ("Stacy Lund of Columbia, South Carolina says the mayor will \u201cwin.\u201d", "Stacy Lund"),
    ],
)
def test_the_town_and_state_a_speaker_is_from_are_no_speaker(text: str, speaker: str) -> None:
    assert only(extract(text))[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("It is such a presence that Lena Voss during a Sunday rally thanked its members \u201cfor their support.\u201d",
         "Lena Voss"),
        ("Lena Voss\u2019s family has asked the police to release the videos \u201cfor the greater good.\u201d",
         "Lena Voss\u2019s family"),
    ],
)
def test_a_noun_ending_like_an_adverb_is_no_adverb(text: str, speaker: str) -> None:
    """"rally" and "family" end in "ly" but are nouns: not stepped over between a subject and its verb."""
    assert only(extract(text))[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe plan is dead,\u201d Rep. Tom Baker, R-Ohio, said.",
        "Rep. Tom Baker, R-Ohio, said the plan was \u201cdead.\u201d",
    ],
)
def test_a_party_and_state_in_apposition_is_no_name(text: str) -> None:
    assert only(extract(text))[0] == "Tom Baker"


def test_a_person_of_a_described_body_speaks_not_the_body() -> None:
    text = "Const. Ana Lund of the Eastvale police said the suspect was \u201carmed.\u201d"
    assert only(extract(text))[0] == "Ana Lund"


@pytest.mark.parametrize(
    "text",
    [
        "Every time you appear to \u201cdebate\u201d, you are smug. Bring it. https://t.co/x1 "
        "\u2014 Lena Voss (@lenavoss) December 18, 2018",
        "\u201cThe plan is dead. We start again Monday.\u201d \u2014 Lena Voss (@lenavoss) March 3, 2019",
    ],
)
def test_a_post_signed_at_the_end_of_its_paragraph_is_its_authors(text: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker == "Lena Voss"


def test_a_handle_after_a_speaker_named_in_a_cue_is_no_signature() -> None:
    text = "\u201cThe plan is dead,\u201d said Tom Baker, who replied to Lena Voss (@lenavoss) on Monday."
    assert only(extract(text))[0] == "Tom Baker"


def test_a_weekday_after_a_verb_is_no_speaker() -> None:
    text = "Lena Voss, who has called the plan \u201ca disaster,\u201d said Tuesday that she would vote no."
    assert only(extract(text))[0] == "Lena Voss"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\u201cWe are done,\u201d is how Lena Voss put it.", "Lena Voss"),
        ("\u201cWe are done,\u201d was how one senior official described it on Monday.", "senior official"),
    ],
)
def test_is_how_someone_put_it(text: str, speaker: str) -> None:
    assert only(extract(text))[0] == speaker


def test_a_verb_after_an_auxiliary_still_closes_the_sentences_cue() -> None:
    text = "Acknowledging that the plan \u201chas its flaws,\u201d though, Ana Lund did suggest that the vote go ahead."
    assert only(extract(text))[0] == "Ana Lund"


def test_according_to_closing_the_sentence_of_a_quoted_fragment() -> None:
    text = (
        "The ferry line has hired \u201cscores\u201d of deckhands for the summer season, "
        "according to operations manager Tom Baker."
    )
    assert only(extract(text)) == ("Tom Baker", "according to operations manager Tom Baker")


def test_a_question_led_in_by_its_speaker_is_not_the_next_sentences() -> None:
    text = "Lena Voss answered the question with, \u201cWho pays for the dredging? Who ever has?\u201d Baker said nothing for a while."
    (q,) = extract(text).quotations
    assert q.speaker == "Lena Voss"


def test_a_capitalised_modifier_before_a_role_after_the_quote() -> None:
    text = "\u201cThe ferries will run on time,\u201d State spokesman Tom Baker said Friday."
    assert only(extract(text))[0] == "Tom Baker"


def test_a_statement_introduced_with_a_comma_is_its_subjects() -> None:
    text = "Immediately after the attacks, Ana Ruiz issued a statement, \u201cOur city stands together.\u201d"
    assert only(extract(text))[0] == "Ana Ruiz"


def test_coordinated_subjects_take_a_bare_verb() -> None:
    text = "Ana Ruiz and Tom Baker call the plan \u201ca step in the right direction.\u201d"
    assert only(extract(text))[0] is not None


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        # A determiner before the speaker after the quote.
        ("\u201cThe ferry will run all winter,\u201d the Harbor Gazette reported.", "Harbor Gazette", "Harbor Gazette"),
        (
            "\u201cThe numbers speak for themselves,\u201d the economist Jo Ree, a former adviser, wrote.",
            "Jo Ree",
            "economist Jo Ree",
        ),
        # Abbreviations inside the cue do not end it.
        ("\u201cWe need the bridge,\u201d Rep. Lena Voss (D-Md.) said on Monday.", "Lena Voss", "Rep. Lena Voss"),
        ("\u201cWe need the bridge,\u201d Tom Baker of Salem, Mass., said.", "Tom Baker", "Tom Baker of Salem"),
        # A state after a town is not a name in apposition; a party and state is a role.
        ("\u201cWe need the bridge,\u201d Tom Baker of Salem, Oregon, said.", "Tom Baker", "Tom Baker of Salem"),
        ("\u201cWe need the bridge,\u201d Lena Voss, Republican of Ohio, told the mayor.", "Lena Voss", "Lena Voss"),
    ],
)
def test_cue_after_the_quote_past_determiners_and_abbreviations(text: str, speaker: str, mention: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker == speaker
    assert q.speaker_mention is not None
    assert text[q.speaker_mention[0] : q.speaker_mention[1]] == mention


def test_a_name_used_as_a_modifier_after_an_article_is_not_a_speaker() -> None:
    text = "Mara Quist is describing as \u201creckless\u201d a Lena Voss tweet about the budget."
    assert only(extract(text))[0] == "Mara Quist"


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        # Speech verbs of tone: fumed, barked, sniped.
        ("\u201cThey should have called us first,\u201d Lena Voss fumed on Tuesday.", "Lena Voss", "Lena Voss"),
        # A semicolon after the quote starts a clause of its own.
        ("Lena Voss calls it her \u201csafety net\u201d; rivals deride it as caution.", "Lena Voss", "Lena Voss"),
        # A verb after the quote that goes on to its own clause or object reports something else.
        (
            "Lena Voss admitted to the panel that the two had \u201cmet a few times,\u201d she insisted they never spoke.",
            "Lena Voss",
            "Lena Voss",
        ),
        (
            "Tom Baker finally answered: \u201cWhat does it matter?\u201d His critics cited it as proof of indifference.",
            "Tom Baker",
            "Tom Baker",
        ),
        # "warning that …": what follows is the subject's warning, not its own verb's.
        (
            "Lena Voss spoke at the rally, warning that the storm damage underscores a need for "
            "\u201ccalm, steady leadership.\u201d",
            "Lena Voss",
            "Lena Voss",
        ),
        # A verb right after a quote with "that" has the quote as its subject, not a speaker after it.
        (
            "Lena Voss said in the letter that the ad \u201cunmistakably and wrongfully\u201d suggests that "
            "Tom Baker supports the plan.",
            "Lena Voss",
            "Lena Voss",
        ),
        # The subject of a participle is the name before the main verb, not its object.
        (
            "In Salem, Mayor Lena Voss released a statement Thursday condemning "
            "\u201cwhat appears to be a deliberate attack.\u201d She said she had called the governor.",
            "Lena Voss",
            "Mayor Lena Voss",
        ),
        # Someone heard is the speaker of what was heard, not whoever reports hearing it.
        ("But Tom Baker said he heard the pickets shout, \u201cClose the mill!\u201d", "pickets", "the pickets"),
        ("Lena Voss said she heard a guard say \u201cwe will never pay\u201d at the gate.", "guard", "a guard"),
    ],
)
def test_the_cue_of_the_quotes_own_clause(text: str, speaker: str, mention: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker == speaker
    assert q.speaker_mention is not None
    assert text[q.speaker_mention[0] : q.speaker_mention[1]] == mention


def test_a_passive_with_an_adverb_in_it_is_no_cue() -> None:
    text = (
        "\u201cThe board expects him,\u201d panel Chairman Lena Voss (R-Ore.) said after Tom Baker "
        "missed the inquiry he was formally called to. \u201cHis account matters.\u201d"
    )
    assert [q.speaker for q in extract(text).quotations] == ["Lena Voss", "Lena Voss"]
    assert "called" not in (extract(text).quotations[1].cue or "")


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        # A parenthesis before an appositive.
        (
            "\u201cEveryone gets a different standard,\u201d Rep. Jo Ree (R-Ohio), a panel member, said.",
            "Jo Ree",
            "Rep. Jo Ree",
        ),
        # Speech verbs that need their particle.
        ("\u201cLet me talk,\u201d Lena Voss shot back.", "Lena Voss", "Lena Voss"),
        ("\u201cIt happens, right?\u201d Lena Voss went on, as if she had not heard.", "Lena Voss", "Lena Voss"),
        # A description with a number in it.
        ("Tom Baker left.\n\n\u201cI made it the priority,\u201d the 71-year-old diplomat said.", "Tom Baker", "the 71-year-old diplomat"),
        # A description with its noun left out.
        ("\u201cWatch out for fraud,\u201d tweeted another.", "another", "another"),
        # A first-person writer's relatives: "says my eldest".
        ("I read the map aloud.\n\n\u201cThat is the wrong harbour,\u201d says my eldest.", "eldest", "my eldest"),
    ],
)
def test_speaker_phrases_after_the_quote(text: str, speaker: str, mention: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker == speaker
    assert q.speaker_mention is not None
    assert text[q.speaker_mention[0] : q.speaker_mention[1]] == mention


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "A senior official who spoke on condition of anonymity said \u201cthe talks are over.\u201d",
            "senior official",
            "A senior official",
        ),
        (
            "A senior official who spoke to reporters said \u201cthe deal is close.\u201d",
            "senior official",
            "A senior official",
        ),
        (
            "Two aides who asked not to be named because they were not allowed to speak said "
            "\u201cthe talks are over.\u201d",
            "Two aides",
            "Two aides",
        ),
    ],
)
def test_a_relative_clause_without_commas_between_the_speaker_and_the_verb(text: str, speaker: str, mention: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker == speaker
    assert q.speaker_mention is not None
    assert text[q.speaker_mention[0] : q.speaker_mention[1]] == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # The main clause's subject, not the pronoun of "what she called".
        ("Lena Voss denounced what she called the \u201cdeeply cynical\u201d vision of the city.", "Lena Voss"),
        # A participle's subject, not the owner of a speech noun on the way.
        (
            "Maria Lopez joked about leaving town. She escalated her criticism on Tuesday, telling reporters "
            "that Tom Baker is a \u201cfaker.\u201d",
            "She",
        ),
        # Openers before the subject: a time, a participle, a town and its state.
        (
            "Sunday morning, Lena Voss slammed the change as a late conversion and accused Tom Baker of a "
            "\u201cflip-flop.\u201d",
            "Lena Voss",
        ),
        (
            "Facing mounting criticism, Lena Voss released a statement, insisting that Tom Baker had "
            "\u201cno right\u201d to speak.",
            "Lena Voss",
        ),
        ("At a rally in Salem, Oregon, Lena Voss went after Tom Baker, calling him \u201ca lightweight.\u201d", "Lena Voss"),
    ],
)
def test_the_subject_a_cue_before_the_quote_rests_on(text: str, mention: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker_mention is not None
    assert text[q.speaker_mention[0] : q.speaker_mention[1]] == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # A sentence that opens with "But" and no comma: the subject follows it.
        (
            "But Lena Voss, making it clear that safety came first, stood beside the governor and described "
            "the vote as \u201cfair and open.\u201d",
            "Lena Voss",
        ),
        # A town, its state and a time before the subject.
        (
            "At a rally in Salem, Ore., on Tuesday, Senator Lena Voss endorsed Tom Baker, saying that he would "
            "\u201cmake a fine mayor.\u201d",
            "Senator Lena Voss",
        ),
        ("Here in Salem, Lena Voss stepped up her criticism, saying, \u201cWe cannot wait any longer.\u201d", "Lena Voss"),
        ("A few days later, Lena Voss reversed herself, telling reporters that the rules \u201care settled.\u201d", "Lena Voss"),
        # "as X put it"
        ("As Lena Voss put it, the plan is \u201ca bridge to nowhere.\u201d", "Lena Voss"),
        # A sentence whose only cue is a speech noun.
        ("Tom Baker came under scrutiny: He was challenged over his statement that \u201ctaxes are theft,\u201d but he kept calm.", "his"),
        # A bare verb after an auxiliary and an adverb.
        ("If we lived in calmer times, a reader would now ask: \u201cWhat happened to the budget?\u201d", "a reader"),
        # An -ing word after a possessive is a noun, and its owner speaks.
        (
            "Tom Baker leaves behind a backlash, particularly his warning that the town would go to the "
            "\u201cback of the queue.\u201d",
            "his",
        ),
    ],
)
def test_sentence_openers_and_speech_nouns(text: str, mention: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker_mention is not None
    assert text[q.speaker_mention[0] : q.speaker_mention[1]] == mention


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Words said about a program, not its name.
        ("Lena Voss called the program \u201cworse than useless.\u201d", "mixed"),
        ("Tom Baker said of the episode, \u201cI don't like it,\u201d adding that it was over.", "direct"),
        # A name in apposition to "film" is a title.
        ("She was shot at a screening of her blockbuster film, \u201cHarbor Lights.\u201d", "term"),
    ],
)
def test_quotes_next_to_words_for_works(text: str, kind: str) -> None:
    (q,) = extract(text).quotes
    assert q.kind == kind


def test_a_role_at_a_body_is_a_description_of_the_person() -> None:
    text = (
        "I met Maria Lopez at her shop in Salem. \u201cWe print anything,\u201d says the founder of Harbor Press, "
        "which opened last year. The shop is the only one in Canada.\n\n"
        "Forget the big chains. \u201cThey do not care,\u201d says the soft-spoken Salem resident."
    )
    quotes = extract(text).quotations
    assert [q.speaker for q in quotes] == ["Maria Lopez", "Maria Lopez"]
    assert quotes[0].speaker_mention is not None
    assert text[quotes[0].speaker_mention[0] : quotes[0].speaker_mention[1]] == "the founder"


def test_the_person_a_participle_follows_after_of_speaks() -> None:
    text = "The ad uses footage of Lena Voss asking, \u201cWhy not?\u201d"
    assert only(extract(text))[0] == "Lena Voss"


@pytest.mark.parametrize(
    "text",
    [
        # A later quote of a sentence shares the speech verb of the first.
        "Lena Voss pledged \u201ccooperation\u201d toward shared goals, a \u201cdeep and sincere\u201d bond, and more.",
        "Lena Voss said Tom Baker has pushed her to be a \u201cstronger\u201d and \u201cmore aggressive\u201d candidate.",
        # Title case is no title in a sentence said and attributed.
        "\u201cThank You, Salem,\u201d Lena Voss said.\n\nThe crowd cheered.",
        # "I" on its own is a speaker's first word, not a letter named.
        "\u201cI,\u201d Lena Voss said, \u201chave no idea what happened.\u201d",
        # Short sentences one after another are speech, not a list of words.
        "\u201cHere it comes,\u201d she said, clapping. \u201cThe mayor. At last.\u201d\n\n\u201cHere she is, friends,\u201d she said.",
    ],
)
def test_quoted_speech_is_not_taken_for_terms(text: str) -> None:
    a = extract(text)
    assert [q.kind for q in a.quotes if q.kind == "term"] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # An adjective in quotes inside what someone reports is their word.
        ("Lena Voss said the city ran an \u201cawful\u201d count of the ballots.", "mixed"),
        ("Tom Baker argued that the board had held a \u201crigged\u201d vote in May.", "mixed"),
        # A noun in quotes before a noun names a label, reported or not.
        ("Lena Voss claims she is part of a \u201cresistance\u201d group inside the council.", "term"),
        ("Tom Baker said he joined a \u201cfriendship\u201d club in May.", "term"),
        # Unreported, even an adjective only distances the word.
        ("The city ran an \u201cawful\u201d count of the ballots.", "term"),
    ],
)
def test_a_quoted_adjective_in_reported_speech_is_the_speakers_word(text: str, kind: str) -> None:
    assert [q.kind for q in extract(text).quotes] == [kind]


@pytest.mark.parametrize(
    "clause",
    ["he\u2019d still beat the field.", "it\u2019s worth the wait.", "they\u2019re no match for him."],
)
def test_a_fragment_before_a_contracted_verb_is_speech(clause: str) -> None:
    # No cue reaches the fragment (the title cuts its sentence short), and the
    # word after it is a pronoun with its verb, not the noun of a label.
    text = f"Lena Voss visited KRNW\u2019s \u201cTideline\u201d to talk about him, saying \u201cat his lowest ebb\u201d {clause}"
    assert [(q.text, q.kind) for q in extract(text).quotes] == [("Tideline", "term"), ("at his lowest ebb", "mixed")]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Voss implied the judge was \u201chostile\u201d to her.",
        "\u201cWe will not wait,\u201d Lena Voss repeated.",
        "Lena Voss apologized for the \u201cchaos at the gates\u201d on Friday.",
        "\u201cThe count is over,\u201d Lena Voss informed reporters.",
        "Lena Voss coined the phrase \u201charbor first\u201d in 2019.",
        "\u201cBudgets are choices,\u201d Lena Voss reminds her staff.",
        "\u201cThe pier stays open,\u201d Lena Voss relayed to the crowd.",
    ],
)
def test_less_common_reporting_verbs_attribute(text: str) -> None:
    (q,) = extract(text).quotes
    assert q.kind != "term"
    assert q.speaker == "Lena Voss"


def test_a_sentence_quoted_after_a_no_break_space_is_direct() -> None:
    text = "The board of Eastvale was firm in its findings:\u00a0\u201cMore talk is needless.\u201d\n\nIt met again."
    (q,) = extract(text).quotes
    assert q.kind == "direct"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Words called out, even in title case, after "chants of" or "cries of".
        ("The crowd met Lena Voss with chants of \u201cVoss For Mayor\u201d at the pier.", "mixed"),
        ("There were cries of \u201cShame On You\u201d as Tom Baker left.", "mixed"),
        ("The band took the stage singing \u201cHarbor Lights Forever\u201d for Lena Voss.", "mixed"),
        # A slogan or a motto is words people say, though in title case.
        ("Lena Voss kept her old campaign slogan, \u201cHarbor Before Profit.\u201d\n\nShe won.", "direct"),
        # "of" after any other noun still introduces a name.
        ("Lena Voss read a chapter of \u201cThe Harbor Years\u201d to the class.", "term"),
    ],
)
def test_chants_songs_and_slogans_are_words_said(text: str, kind: str) -> None:
    assert [q.kind for q in extract(text).quotes] == [kind]


def test_a_quote_before_a_remark_gives_its_words_and_its_owner_speaks() -> None:
    text = "Lena Voss spoke first.\n\nLater, Voss\u2019s \u201charbor first\u201d remark drew boos from the pier."
    (q,) = extract(text).quotes
    assert q.kind == "mixed"
    assert q.speaker == "Lena Voss"
    assert q.speaker_mention is not None and text[q.speaker_mention[0] : q.speaker_mention[1]] == "Voss"


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe won the vote,\u201d claims Lena Voss.",
        "\u201cDid we win?\u201d tweets Lena Voss.",
    ],
)
def test_a_cue_verb_after_a_quotation_is_no_remark_noun(text: str) -> None:
    (q,) = extract(text).quotes
    assert q.speaker == "Lena Voss"


def test_a_year_said_in_parentheses_leaves_a_quotation() -> None:
    (q,) = extract("Lena Voss promised \u201cnever again to close the pier\u201d (in 2019) and kept her word.").quotes
    assert q.kind == "mixed"
    assert q.speaker == "Lena Voss"


def test_a_named_owner_speaks_through_modifiers_of_the_speech_noun() -> None:
    text = "Lena Voss\u2019s most recent claim is that the pier is a \u201cmoney pit\u201d for the city."
    (q,) = extract(text).quotes
    assert q.speaker == "Lena Voss"
    assert q.speaker_mention is not None and text[q.speaker_mention[0] : q.speaker_mention[1]] == "Voss"


def test_a_quote_before_a_remark_with_no_owner_is_still_words_said() -> None:
    (q,) = extract("The \u201cnot quite yet\u201d remark hung over the pier all week.").quotes
    assert q.kind == "mixed"
    assert q.speaker is None  # "remark" is a noun here, not the verb of "…,” remarked X"


def test_a_colon_lends_no_speech_verb_to_a_quoted_modifier() -> None:
    text = "Two entries also made it: \u201cMost important vote of our time\u201d and \u201cOTUS\u201d acronyms such as that one."
    assert [q.kind for q in extract(text).quotes] == ["direct", "term"]


def test_what_a_possessive_owns_is_no_verb() -> None:
    text = "Sure, he drank, but the examiner's report would later classify him as a \u201cnaive\u201d user."
    (q,) = extract(text).quotes
    assert q.kind == "term"
    assert q.cue is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Someone calls a person by the quoted name: their words.
        ("Holding signs calling Lena Voss \u201cCaptain Gridlock,\u201d protesters lined the street.", "mixed"),
        # Someone calls what they name by the quoted words.
        ("Ms. Voss called Mr. Baker an \u201cArmchair Admiral\u201d at the meeting.", "mixed"),
        ("Tom Baker fought what he called the city \u201cIron Gate\u201d in May.", "mixed"),
        ("Lena Voss branded the harbor plan a \u201cTrojan Horse\u201d on Monday.", "mixed"),
        ("Tom Baker runs a firm dubbed \u201cHarbor Works\u201d in Salem.", "term"),
        # A thing's own name.
        ("Tom Baker used an app called \u201cHarbor Tally\u201d all year.", "term"),
        ("Tom Baker joined a group called the \u201cHarbor League\u201d in May.", "term"),
        # "a call" is a noun: the show's name stays a title.
        ("He spoke during a call to the network\u2019s \u201cMorning Hour\u201d on Sunday.", "term"),
        # "by" without a comma names an agent, not an author.
        ("Tom Baker said Lena Voss had been \u201crocked\u201d by the result.", "mixed"),
    ],
)
def test_names_and_words_called(text: str, kind: str) -> None:
    (q,) = extract(text).quotes
    assert q.kind == kind


def test_a_relative_clause_beside_a_name_speaks_for_it() -> None:
    text = (
        "A full hall watched another win by Maria Lopez, the ferocious brawler who calls herself "
        "\u201cThe Lioness.\u201d She won in a minute."
    )
    (q,) = extract(text).quotations
    assert q.speaker == "Maria Lopez"
    assert q.speaker_mention is not None
    assert text[q.speaker_mention[0] : q.speaker_mention[1]] == "Maria Lopez, the ferocious brawler who"


def test_likening_is_reported_speech() -> None:
    text = "At a rally, Lena Voss likened the plan to a \u201csinking ship\u201d with no captain."
    assert only(extract(text))[0] == "Lena Voss"


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


def test_a_participle_right_after_a_quote_does_not_take_the_next_words_as_its_speaker() -> None:
    text = "Lena Voss has mounted a defense of \u201ccity values,\u201d saying the city embodied the \u201cbravery of a nation.\u201d"
    first, second = extract(text).quotations
    assert second.speaker == "Lena Voss"
    assert second.speaker_mention is not None and text[second.speaker_mention[0] : second.speaker_mention[1]] == "Lena Voss"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Lena Voss at the time said the levy was \u201ca quiet windfall for insiders.\u201d", "Lena Voss"),
        ("Critics in both parties quickly called the levy \u201ca quiet windfall for insiders.\u201d", "Critics"),
    ],
)
def test_a_phrase_after_in_or_at_before_the_verb_is_not_its_subject(text: str, mention: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker_mention is not None and text[q.speaker_mention[0] : q.speaker_mention[1]] == mention


def test_who_past_a_phrase_before_the_verb_speaks_for_the_name() -> None:
    text = "Lena Voss, who has in the past described the levy as \u201ca quiet windfall for insiders,\u201d kept silent."
    (q,) = extract(text).quotations
    assert q.speaker == "Lena Voss"
    assert q.speaker_mention is not None and text[q.speaker_mention[0] : q.speaker_mention[1]] == "Lena Voss, who"


@pytest.mark.parametrize(
    "opening",
    ["Likewise, a think tank report", "First, Lena Voss"],
)
def test_a_connective_set_off_by_a_comma_is_not_the_subject(opening: str) -> None:
    text = f"The levy passed. {opening} had this to say: \u201cIt is a quiet windfall for insiders.\u201d"
    (q,) = extract(text).quotations
    assert q.speaker_mention is not None
    assert text[q.speaker_mention[0] : q.speaker_mention[1]] in opening and text[q.speaker_mention[0]] != opening[0]


def test_the_subject_of_the_verb_owning_a_speech_noun_is_the_mention() -> None:
    text = "The vote was close. Lena Voss also repeated her claim that \u201cthe levy is a quiet windfall for insiders.\u201d"
    (q,) = extract(text).quotations
    assert q.speaker == "Lena Voss"
    assert q.speaker_mention is not None and text[q.speaker_mention[0] : q.speaker_mention[1]] == "Lena Voss"


def test_a_speech_noun_after_a_preposition_keeps_its_possessive_as_the_mention() -> None:
    text = "The vote was close. Contrary to her claim that \u201cthe levy is a quiet windfall for insiders,\u201d it passed."
    (q,) = extract(text).quotations
    assert q.speaker_mention is not None and text[q.speaker_mention[0] : q.speaker_mention[1]] == "her"


def test_a_speech_verb_form_after_of_is_a_noun_inside_the_subject() -> None:
    text = (
        "The vote was close. Reprising a favorite line, the secretary of state said the levy was "
        "\u201ca quiet windfall for a handful of insiders who never pay their share.\u201d"
    )
    (q,) = extract(text).quotations
    assert q.speaker_mention is not None
    assert text[q.speaker_mention[0] : q.speaker_mention[1]] == "the secretary of state"


def test_a_speech_noun_before_of_is_no_verb() -> None:
    text = (
        "The checkers published their count.\n\n"
        "They found Northland claims of \u201csignificant breakthroughs in the case\u201d were unfounded."
    )
    (q,) = extract(text).quotes
    assert q.speaker != "Northland"


@pytest.mark.parametrize(
    "text",
    [
        "The council sent its reply on Friday.\n\nThe email goes on to say: \u201cWe will not back down on this.\u201d",
        "The council met on Friday.\n\nThe group seeks to end what it calls \u201ca quiet windfall for insiders who never pay.\u201d",
    ],
)
def test_a_description_ends_before_a_verb_that_goes_on_to_another(text: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker_mention is not None
    assert text[q.speaker_mention[0] : q.speaker_mention[1]] in ("The email", "The group")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mayor Lena Voss lamented the \u201cdisheartened\u201d state of the campaign on Monday.", "Lena Voss"),
        ("The order is \u201cto protect privacy and equality\u201d for many state workers in Salem.", None),
    ],
)
def test_no_speaker_starts_with_of_or_for(text: str, speaker: str | None) -> None:
    (q,) = extract(text).quotations
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The statement released on Monday said the plan was \u201ca quiet windfall for insiders.\u201d", "statement"),
        ("\u201cWe will not back down,\u201d said a person close to the mayor.", "person"),
        # A participle after an adverb or an article stands for its noun.
        ("The newly elected said the plan was \u201ca quiet windfall for insiders.\u201d", "newly elected"),
    ],
)
def test_a_participle_after_its_noun_is_not_the_head(text: str, speaker: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker == speaker


def test_a_signature_on_the_line_after_the_quote() -> None:
    text = (
        "Readers wrote in.\n\n\u201cThe new line saved my mornings.\u201d\n\n- Petra Lindqvist.\n\n"
        "\u201cThe drivers are kind.\u201d\n\n\n- Tom Baker\n\n"
        "\u201cIt is always late.\u201d\n\u2014 Marta Quist\n\n"
        "\u201cIt never comes.\u201d \u2013 Ida Brandt\n"
        "\u201cIt is a disgrace. That is my opinion.\u201d\u00a0\u2015 Jo Ree.\n"
    )
    speakers = [q.speaker for q in extract(text).quotations]
    assert speakers == ["Petra Lindqvist", "Tom Baker", "Marta Quist", "Ida Brandt", "Jo Ree"]


def test_a_phrasal_verb_before_its_subject_skips_its_particle() -> None:
    text = (
        "\u201cThat is only one kind of boat,\u201d points out the soft-spoken Eastvale resident, "
        "who moved here a decade ago. \u201cMost builders never make yachts.\u201d"
    )
    speakers = [q.speaker for q in extract(text).quotations]
    assert speakers == ["soft-spoken Eastvale resident", "soft-spoken Eastvale resident"]


def test_an_abbreviation_can_end_a_sentence() -> None:
    text = "Paul Ek said the money stayed in the U.S. He says the plan is \u201ca fraud.\u201d"
    (q,) = extract(text).quotations
    assert q.speaker == "Paul Ek"
    assert q.cue == "He says"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Senator Lena Voss issued a short statement:\n\n\u201cOur thoughts are with the crew.\u201d", "Lena Voss"),
        ("The mayor issued a statement: \u201cOur thoughts are with the crew.\u201d", "mayor"),
        ("From the report: \u201cThe river is safe.\u201d", "report"),
    ],
)
def test_who_issues_a_statement_speaks_through_it(text: str, speaker: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker == speaker


def test_a_thing_given_its_name_has_no_speaker_but_a_person_calling_names_does() -> None:
    named = extract("Ek shared the outline of a geology course called \u201cBedrock\u201d online.")
    assert [q.speaker for q in named.quotes] == [None]
    called = extract("The debate went on for hours; one councillor called Ek \u201cthe loudest foghorn on the coast.\u201d")
    assert [q.speaker for q in called.quotations] == ["councillor"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "The senator dodged. And then Lena Voss turned on the mayor, saying, \u201cIs the mayor going to resign or not?\u201d",
            ["Lena Voss"],
            id="an_adverb_opening_a_sentence_without_a_comma_is_passed_over_for_its_subject",
        ),
        pytest.param(
            "On July 6, 2015, Lena Voss made the following comment:\n\n\u201cThe levy is a quiet windfall for insiders.\u201d",
            ["Lena Voss"],
            id="a_full_date_opening_the_sentence_is_passed_over_for_its_subject",
        ),
        pytest.param(
            "Eight years ago, Lena Voss backed the levy and said it was \u201ca fair share for everyone.\u201d",
            ["Lena Voss"],
            id="a_spelled_out_number_of_years_ago_opens_the_sentence_before_its_subject",
        ),
        pytest.param(
            "The vote was close. Based on the record, Lena Voss referred to the new levy as "
            "\u201ca quiet windfall for a handful of insiders who never pay their share.\u201d",
            ["Lena Voss"],
            id="a_past_participle_phrase_opening_the_sentence_is_not_the_subject",
        ),
        pytest.param(
            "The vote was close. Lena Voss released a statement that, while condemning violence, accused the party "
            "leadership in Ohio of using \u201cits power to block a fair process.\u201d",
            ["Lena Voss"],
            id="a_verb_after_a_comma_inside_a_clause_takes_an_object_not_an_inverted_speaker",
        ),
        pytest.param(
            "The vote was close. But, said Lena Voss, \u201cthe levy is a quiet windfall for insiders.\u201d",
            ["Lena Voss"],
            id="a_name_after_a_verb_set_off_by_commas_still_speaks",
        ),
        pytest.param(
            "The vote was close. Lena Voss, citing \u201cthe quiet magic of the plan,\u201d said the mayor could win in Ohio.",
            ["Lena Voss"],
            id="a_phrase_after_said_that_goes_on_with_an_auxiliary_is_what_was_said",
        ),
        pytest.param(
            "The hall cheered, with Voss apparently shouting: \u201cSit down, please!\u201d",
            ["Voss"],
            id="a_participle_after_with_and_a_name_is_that_name_speaking",
        ),
        pytest.param(
            'Hundreds of nurses marched through the city on Monday, chanting "Fair pay now," as police watched.',
            ["Hundreds of nurses"],
            id="a_counted_group_is_the_subject_of_its_participle",
        ),
        pytest.param(
            "Paul Ek \u2014 tipped by the Herald as the favourite for the job \u2014 told Radio North "
            "that \u201cthe offer deserves careful thought.\u201d",
            ["Paul Ek"],
            id="an_aside_between_dashes_before_the_verb",
        ),
        pytest.param(
            "The ad claims \u201cVoss will fix the ferries.\u201d",
            ["ad"],
            id="a_writing_that_claims_is_its_subject_not_a_modifier",
        ),
        pytest.param(
            "Eastvale retiree Paul Ek, who shed 9 lbs. \u201cand a belt size\u201d by June, says the class changed his habits.",
            ["Paul Ek"],
            id="a_speech_verb_reporting_a_clause_does_not_invert",
        ),
        pytest.param(
            "Paul Ek, meanwhile, who has no such endorsements, said that shows who is \u201cprepared to lead.\u201d",
            ["Paul Ek"],
            id="an_adverb_set_off_by_commas_is_passed_over_to_the_subject",
        ),
        pytest.param(
            "Voss said she meant to spend the grant to fight \u201charbour front\u201d vandalism against boat owners "
            "and to counter \u201cEk\u2019s anti-ferry talk.\u201d",
            ["Voss", "Voss"],
            id="words_after_a_quote_in_mid_sentence_are_no_sentence_subject",
        ),
        pytest.param(
            "Costs keep rising, Ann Lowe said.\n\n\"It costs more every year,\" said Will Brandt, a professor in Eastvale.",
            ["Will Brandt"],
            id="a_given_name_spelled_like_a_function_word",
        ),
        pytest.param(
            "A second harbour official speaking to Radio North said, \u201cThe files are being checked.\u201d",
            ["second harbour official"],
            id="the_object_of_a_participle_before_the_verb_is_not_its_subject",
        ),
        pytest.param(
            "Amid requests from some to build websites that would list those banned, The Herald\u2019s "
            "Mia Ross provided a defence of the ban, saying it is needed to \u201ckeep the record honest.\u201d",
            ["Mia Ross"],
            id="a_sentence_opening_with_amid_is_read_past_its_phrase",
        ),
    ],
)
def test_the_speakers_of_a_passage(text: str, speakers: list[str | None]) -> None:
    """One rule per passage, each named by its id: who speaks each quotation, in order."""
    assert [q.speaker for q in extract(text).quotations] == speakers


@pytest.mark.parametrize(
    "text",
    [
        "Tom Baker faces a hearing in May. He was also described as \u201ca careless skipper.\u201d",
        "Tom Baker took the stage. He was asked, \u201cDo you regret it?\u201d",
    ],
)
def test_the_subject_of_a_passive_speech_verb_is_spoken_about_not_speaking(text: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tom Baker was asked by host Lena Voss, \u201cDo you regret it?\u201d", "Lena Voss"),
        ("Tom Baker was asked by host Lena Voss, who backs him, \u201cDo you regret it?\u201d", "Lena Voss"),
        # "by" and a deed is no agent: "responded … by calling".
        ("Tom Baker responded to the post by calling Lena Voss \u201cdopey.\u201d", "Tom Baker"),
        # A medium that reports the words is not their speaker.
        ("The deal was reported by the Harbour Times as \u201ca done thing.\u201d", None),
    ],
)
def test_the_agent_of_a_passive_speech_verb_speaks(text: str, speaker: str | None) -> None:
    (q,) = extract(text).quotations
    assert q.speaker == speaker


def test_conjoined_verbs_take_the_subject_of_their_own_clause() -> None:
    text = (
        "Tom Baker spoke first.\n\n"
        "Lena Voss\u2019s campaign manager was asked at a lunch whether Voss would debate him, "
        "he laughed and said, \u201cWe\u2019ll see.\u201d"
    )
    (q,) = extract(text).quotations
    assert q.speaker_mention is not None
    assert text[q.speaker_mention[0] : q.speaker_mention[1]] == "he"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # The name ends before its verb and the day after it.
        (
            "Lena Voss spoke out Tuesday about the closure, arguing that the delay was \u201cintolerable.\u201d",
            "Lena Voss",
        ),
        # A surname that is also a word for time stays whole.
        ("\u201cWe keep going,\u201d said Nora Day, the group's director.", "Nora Day"),
    ],
)
def test_a_name_read_after_its_verb_ends_where_the_name_does(text: str, mention: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker_mention is not None
    assert text[q.speaker_mention[0] : q.speaker_mention[1]] == mention


def test_a_bare_plural_subject_ends_at_its_verb_after_an_opening_phrase() -> None:
    text = "Within the minutes of the ferry board, members discussed fares and which fees would \u201ccover the repairs to the north pier before the spring storms arrive.\u201d"
    (q,) = extract(text).quotations
    assert q.speaker == "members"


def test_a_count_after_an_opening_phrase_opens_the_subject_not_another_phrase() -> None:
    text = "Outside the mill in Salem, about 80 workers stood by the gate, waving flags and chanting \u201cKeep it open.\u201d"
    (q,) = extract(text).quotations
    assert q.speaker is None or "workers" in q.speaker  # never "waving flags"


def test_a_described_owner_of_a_speech_noun_speaks() -> None:
    text = "Tom Baker spoke for an hour. The Harbour senator\u2019s answer was that \u201cthe family comes first,\u201d so the port should help."
    (q,) = extract(text).quotations
    assert q.speaker_mention is not None
    assert text[q.speaker_mention[0] : q.speaker_mention[1]] == "The Harbour senator"


def test_an_appositive_holding_a_list_between_the_speaker_and_the_verb() -> None:
    text = "\u201cWe will act,\u201d Ana Lund, assistant secretary for ports, ferries, and fisheries, said on Monday."
    assert only(extract(text))[0] == "Ana Lund"


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Ana Lund has been steadily pounding the mayor as a \u201cferry wrecker.\u201d",
        "Mayor Ana Lund introduced him as \u201ca friend of the harbour\u201d and sat down.",
    ],
)
def test_a_fragment_someone_attacks_or_introduces_with_is_a_quotation(text: str) -> None:
    (q,) = extract(text).quotes
    assert q.kind == "mixed"
    assert q.speaker == "Ana Lund"


@pytest.mark.parametrize(
    "text",
    [
        "Lena Voss believes the harbour is \u201cat a crossroads.\u201d",
        "Lena Voss fears the new levy will be \u201cthe last straw\u201d for the fleet.",
    ],
)
def test_a_fragment_after_a_verb_of_belief_is_its_subjects_words(text: str) -> None:
    (q,) = extract(text).quotes
    assert q.kind == "mixed"
    assert q.speaker == "Lena Voss"


@pytest.mark.parametrize(
    "text",
    [
        "Voss fired back: \u201cHe has no plan.\u201d",
        "Voss shot back, \u201cHe has no plan.\u201d",
    ],
)
def test_a_lone_surname_before_a_phrasal_speech_verb_speaks(text: str) -> None:
    assert only(extract(text))[0] == "Voss"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In the words of Lena Voss, \u201cwe are exhausted.\u201d", "Lena Voss"),
        ("In the words of one nurse, the ward is \u201cat breaking point.\u201d", "nurse"),
        ("The ward is \u201cat breaking point,\u201d in the words of one nurse, and staff are leaving.", "nurse"),
    ],
)
def test_in_the_words_of_names_the_speaker(text: str, speaker: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker == speaker


def test_in_the_words_of_inside_the_sentence_before_speaks_for_no_later_quote() -> None:
    text = (
        "Voss dislikes \u201csurprises,\u201d in the words of one aide, and bristled at the drill. "
        "\u201cShe hated it,\u201d said a campaign veteran."
    )
    assert [q.speaker for q in extract(text).quotations] == ["aide", "campaign veteran"]


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        ("\u201cShe hated it,\u201d said a 2008 campaign veteran.", "a 2008 campaign veteran", "2008 campaign veteran"),
        ("\u201cWe lost,\u201d said the 2012 Liberal nominee, Tom Baker.", "the 2012 Liberal nominee, Tom Baker", "Tom Baker"),
    ],
)
def test_a_year_inside_a_description_after_its_verb(text: str, mention: str, speaker: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker_mention is not None
    assert text[q.speaker_mention[0] : q.speaker_mention[1]] == mention
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\u201cThe ferry stays,\u201d the mayor of Eastvale said.", "mayor of Eastvale"),
        ("\u201cThe ferry stays,\u201d the former mayor of Eastvale said.", "former mayor of Eastvale"),
        ("The mayor of Eastvale said the ferry was \u201chere to stay.\u201d", "mayor of Eastvale"),
        ("Premier Tom Baker spoke first. \u201cThe ferry stays,\u201d the premier of Nova Scotia said.", "Tom Baker"),
        ("\u201cThe ferry stays,\u201d Secretary of State Lena Voss said.", "Lena Voss"),
    ],
)
def test_an_office_of_a_place_is_its_holder_not_the_place(text: str, speaker: str) -> None:
    assert only(extract(text))[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\u201cThe ferry stays,\u201d one of the organizers, Lena Voss, said.", "Lena Voss"),
        ("\u201cThe ferry stays,\u201d one of the organizers said.", "organizers"),
        ("\u201cThe ferry stays,\u201d several of the protesters said.", "protesters"),
    ],
)
def test_one_of_a_group_after_the_quote_speaks(text: str, speaker: str) -> None:
    assert only(extract(text))[0] == speaker


def test_one_of_a_thing_after_the_quote_is_no_cue() -> None:
    text = "Tom Ek wants crews ready \u201cto sail tonight.\u201d One of his recent reads, a memoir, drove it home."
    (q,) = extract(text).quotations
    assert q.speaker != "recent"


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThey are wrong,\u201d said 9/11 widow Ana Ruiz.",
        "\u201cThey are wrong,\u201d 9/11 widow Ana Ruiz said.",
        "\u201cThey are wrong,\u201d said 2016 candidate Ana Ruiz.",
    ],
)
def test_a_year_or_date_before_a_role_and_name(text: str) -> None:
    assert only(extract(text))[0] == "Ana Ruiz"


def test_a_count_after_the_quote_is_no_role() -> None:
    assert only(extract("\u201cThey are wrong,\u201d 72 percent of voters said.")) == (None, None)


def test_asked_whether_opening_a_sentence_is_no_inverted_cue() -> None:
    text = "Asked whether the ferry could be saved, Lena Voss was blunt: \u201cIt is gone.\u201d"
    assert only(extract(text))[0] == "Lena Voss"


@pytest.mark.parametrize(
    "text",
    [
        "\u2022 Lena Voss, mayor: \u201cThe ferry stays.\u201d",
        "- Lena Voss, mayor of Eastvale: \u201cThe ferry stays.\u201d",
        "Lena Voss, mayor of Eastvale: \u201cThe ferry stays.\u201d",
    ],
)
def test_a_round_up_item_names_its_speaker_before_the_role(text: str) -> None:
    assert only(extract(text))[0] == "Lena Voss"


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe ferry stays,\u201d said the mayor of Eastvale, Lena Voss.",
        "\u201cThe ferry stays,\u201d said a professor at Eastvale University, Lena Voss.",
        "\u201cThe ferry stays,\u201d said the harbour master at the time, Lena Voss.",
    ],
)
def test_a_name_in_apposition_after_a_role_and_where_it_is_held(text: str) -> None:
    assert only(extract(text))[0] == "Lena Voss"


@pytest.mark.parametrize(
    "text",
    [
        "\u201cStay away from the wharf,\u201d said Const. Lena Voss.",
        "\u201cStay away from the wharf,\u201d RCMP Cpl. Lena Voss said.",
        "\u201cStay away from the wharf,\u201d said Cst. Lena Voss of the Eastvale detachment.",
    ],
)
def test_police_ranks_abbreviated_before_a_name(text: str) -> None:
    assert only(extract(text))[0] == "Lena Voss"


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz met Baker, who in 2010 said the goal was a \u201cone-term mayor.\u201d",
        "Ana Ruiz met Baker, now the majority leader, who said the goal was a \u201cone-term mayor.\u201d",
    ],
)
def test_who_after_an_appositive_or_before_a_year_is_the_person_named(text: str) -> None:
    speaker, cue = only(extract(text))
    assert speaker == "Baker"
    assert cue is not None and cue.endswith("who in 2010 said" if "2010" in text else "who said")


def test_a_name_after_a_preposition_before_a_colon_is_no_source() -> None:
    text = "Lena Voss contrasted the crew with Tom Baker: \u201cThey never quit.\u201d"
    assert only(extract(text))[0] == "Lena Voss"


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe ward is full,\u201d Lena Voss, 52, a nurse from Eastvale, said.",
        "Lena Voss, 52, a nurse from Eastvale, said the ward was \u201cfull.\u201d",
    ],
)
def test_an_age_and_an_appositive_between_the_name_and_the_verb(text: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker == "Lena Voss"
    assert q.speaker_mention is not None
    assert text[q.speaker_mention[0] : q.speaker_mention[1]] == "Lena Voss"


def test_an_according_to_aside_after_a_speech_verb_names_the_reporter_not_the_speaker() -> None:
    text = (
        "\u201cStay off the floor,\u201d Lena Voss said, according to the Courier. \u201cIt matters.\u201d "
        "Tom Baker said, according to the Courier, that the vote was \u201crigged.\u201d"
    )
    assert [q.speaker for q in extract(text).quotations] == ["Lena Voss", "Lena Voss", "Tom Baker"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\u201cThe ferry stays,\u201d was the response from Lena Voss.", "Lena Voss"),
        ("\u201cThe ferry stays,\u201d came the terse reply from Lena Voss.", "Lena Voss"),
        ("\u201cNo,\u201d came the answer.", None),
    ],
)
def test_the_reply_from_someone_after_a_quote(text: str, speaker: str | None) -> None:
    assert only(extract(text))[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\u201cThe port is dying,\u201d the director of the museum said.", "director of the museum"),
        ("The head of the agency said the port was \u201cdying.\u201d", "head of the agency"),
        ("\u201cThe port is dying,\u201d the authors of the report conclude.", "authors of the report"),
        ("\u201cThe port is dying,\u201d members of the board said.", "members of the board"),
        ("\u201cThe port is dying,\u201d Ruiz of the council said.", "Ruiz"),
        ("\u201cThe port is dying,\u201d the chair of the board, Lena Voss, said.", "Lena Voss"),
        ("Critics of the plan call it \u201ca boondoggle.\u201d", "Critics of the plan"),
        ("\u201cThe port is dying,\u201d said many of the residents.", "many of the residents"),
    ],
)
def test_a_role_of_a_body_speaks_not_the_body(text: str, speaker: str) -> None:
    assert only(extract(text))[0] == speaker


def test_the_subject_of_a_verb_phrase_owning_the_speech_noun_speaks() -> None:
    text = (
        "Tom Baker spoke first. When Mr. Baker tried to defend his remarks calling the harbour board "
        "\u201cweak\u201d when it raised fees, the crowd jeered."
    )
    (q,) = extract(text).quotations
    assert q.speaker == "Tom Baker"
    assert q.speaker_mention is not None
    assert text[q.speaker_mention[0] : q.speaker_mention[1]] == "Mr. Baker"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("State media quoted Foreign Minister Lena Voss as saying the talks were \u201cconstructive.\u201d", "Lena Voss"),
        ("The Eastvale Times quoted Lena Voss as saying: \u201cThe talks were constructive.\u201d", "Lena Voss"),
        ("\u201cThe talks were constructive,\u201d the ministry quoted Lena Voss as saying.", "Lena Voss"),
        ("Lena Voss spoke on Monday. The agency quoted her as saying the talks were \u201cconstructive.\u201d", "Lena Voss"),
    ],
)
def test_the_person_a_report_quotes_as_saying_is_the_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract(text).quotations] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Eastvale Hospital's chief medical officer, Dr. Lena Voss, said the hospital was \u201cready.\u201d",
        "\u201cWe are ready,\u201d Eastvale Hospital's chief medical officer, Dr. Lena Voss, said.",
    ],
)
def test_a_titled_name_in_apposition_to_a_role_speaks(text: str) -> None:
    assert [q.speaker for q in extract(text).quotations] == ["Lena Voss"]
