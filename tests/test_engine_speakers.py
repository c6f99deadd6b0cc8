"""Speakers: names with roles, pronouns, descriptions, discourse and clustering."""

import pytest

from opedtui.engine import extract


def speakers_of(text: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotations]


def test_name_keeps_its_role_as_description() -> None:
    a = extract("Deputy mayor of planning Joan Park said the plan was \u201cready to go.\u201d")
    (s,) = a.speakers
    assert s.name == "Joan Park"
    assert s.role == "Deputy mayor of planning" or s.role is not None and "mayor" in s.role


def test_pronoun_resolves_to_the_person_even_with_another_subject() -> None:
    text = (
        "Union leader Karen Holt said the deal was \u201cunfair.\u201d\n\n"
        "The company, she continued, has chosen to \u201cignore its own workers.\u201d"
    )
    assert speakers_of(text) == ["Karen Holt", "Karen Holt"]


def test_pronoun_gender_skips_a_person_of_the_other_gender() -> None:
    text = (
        "Mary Chen met David Olsen at the hearing. Olsen left early.\n\n"
        "\u201cIt was a long day,\u201d she said."
    )
    assert speakers_of(text) == ["Mary Chen"]


def test_one_person_under_every_form_of_the_name() -> None:
    text = (
        "President Paul Harmon spoke first. \u201cWe are ready,\u201d Harmon said.\n\n"
        "\u201cWe will act,\u201d President Harmon added.\n\n"
        "\u201cNo delay,\u201d Mr. Harmon insisted.\n\n"
        "\u201cNone at all,\u201d said Paul Harmon."
    )
    a = extract(text)
    assert len(a.speakers) == 1
    s = a.speakers[0]
    assert s.name == "Paul Harmon"
    assert s.quote_count == 4
    for alias in ("Harmon", "President Harmon", "Mr. Harmon", "paul harmon"):
        assert a.find_speaker(alias) is s


def test_two_people_sharing_a_surname_stay_apart() -> None:
    text = "\u201cYes,\u201d said Anna Ford. \u201cNo,\u201d said Peter Ford."
    assert speakers_of(text) == ["Anna Ford", "Peter Ford"]


def test_description_resolves_to_the_source_the_text_introduced() -> None:
    text = (
        "The paper printed a letter written by a senior engineer at the plant.\n\n"
        "\u201cThe valves were never tested,\u201d the letter says.\n\n"
        "\u201cWe raised it twice,\u201d the engineer added."
    )
    a = extract(text)
    assert len(a.speakers) == 1
    assert a.speakers[0].name == "senior engineer"
    assert a.speakers[0].quote_count == 2


def test_description_links_to_a_named_person_with_that_role() -> None:
    text = (
        "\u201cWe are reviewing it,\u201d said Jo Reyes, a spokeswoman for the ministry.\n\n"
        "\u201cThere is no date yet,\u201d the spokeswoman said."
    )
    assert speakers_of(text) == ["Jo Reyes", "Jo Reyes"]


def test_quote_paragraph_after_a_quote_keeps_its_speaker() -> None:
    text = (
        "\u201cThe season starts now,\u201d coach Dana Reed said.\n\n"
        "\u201cWe have waited a long time for this and the players are ready.\u201d\n\n"
        "The team plays on Friday."
    )
    a = extract(text)
    assert [q.speaker for q in a.quotations] == ["Dana Reed", "Dana Reed"]
    first, second = a.quotations
    assert second.speaker_mention == first.speaker_mention
    assert second.confidence < first.confidence


def test_quote_paragraph_after_prose_that_reports_someone() -> None:
    text = (
        "Ana Silva said the region would not be abandoned by its allies.\n\n"
        "\u201cThat is because this region matters more than any other.\u201d"
    )
    (q,) = extract(text).quotations
    assert q.speaker == "Ana Silva"
    assert q.cue == "Ana Silva said"


def test_second_quote_in_a_paragraph_takes_the_first_ones_cue() -> None:
    text = "\u201cWe lost,\u201d Omar Said told reporters. \u201cThe other team was better.\u201d"
    assert speakers_of(text) == ["Omar Said", "Omar Said"]


def test_quote_with_no_cue_and_no_discourse_stays_unattributed() -> None:
    text = "The door was locked all day.\n\n\u201cAll visitors must check in at the front desk.\u201d"
    a = extract(text)
    (q,) = a.quotations
    assert q.speaker is None and q.speaker_id is None
    assert a.speakers == ()


def test_every_attribution_has_a_confidence_between_0_and_1() -> None:
    text = "\u201cYes,\u201d she said. Maria Lopez said \u201cno.\u201d \u201cMaybe,\u201d he added."
    for q in extract(text).quotes:
        assert 0.0 <= q.confidence <= 1.0
        assert (q.speaker is None) == (q.confidence == 0.0)


def test_hard_wrapped_lines_read_as_one_paragraph() -> None:
    text = (
        "Officials met on Monday. The mayor, Ana Ruiz, said the\n"
        'plan was "a good one for the\ncity" and "long overdue." Others\n'
        "disagreed.\n\n"
        '"We will see," she added.'
    )
    a = extract(text)
    assert [q.text for q in a.quotations] == ["a good one for the\ncity", "long overdue.", "We will see,"]
    assert {q.speaker for q in a.quotations} == {"Ana Ruiz"}
    assert a.text == text


def test_an_acronym_speaks_under_the_name_the_text_spells_out() -> None:
    text = (
        "The Northern Rail Authority (NRA) runs the line. NRA declined to comment further.\n\n"
        "\u201cWe do not discuss contracts in progress,\u201d it said."
    )
    (q,) = extract(text).quotations
    assert q.speaker == "Northern Rail Authority"


def test_an_acronym_speaks_under_a_name_with_its_initials_given_without_parentheses() -> None:
    text = (
        "The Kellers got a letter from Harbour, Fisheries and Coast Canada about their licence.\n\n"
        "In a statement, HFCC said \u201cthe quota rules protect small crews.\u201d\n\n"
        "The department added that \u201ceach case is reviewed.\u201d"
    )
    a = extract(text)
    assert [q.speaker for q in a.quotations] == ["Harbour, Fisheries and Coast Canada"] * 2
    assert "HFCC" in a.speakers[0].aliases


@pytest.mark.parametrize(
    "text",
    [
        # Other capitals running on after the initials: a longer name, not this one.
        "Staff at Harbour Fisheries Company Headquarters met. HFC said \u201cno comment.\u201d",
        # Initials of words that are not all capitalised.
        "Harbour fisheries company staff met. HFC said \u201cno comment.\u201d",
    ],
)
def test_an_acronym_keeps_its_letters_when_no_name_has_its_initials(text: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker is not None and q.speaker.isupper()


def test_an_epithet_with_stacked_adjectives_is_the_person_just_named() -> None:
    text = (
        "Tomas Ekberg runs the shipyard. Ekberg knows the order book is thin.\n\n"
        "\u201cNobody builds ferries for profit any more,\u201d the tall, soft-spoken engineer said."
    )
    (q,) = extract(text).quotations
    assert q.speaker == "Tomas Ekberg"
    assert q.cue == "the tall, soft-spoken engineer said"


def test_a_capitalised_epithet_is_the_person_just_quoted() -> None:
    text = (
        "Senate Majority Leader Lena Voss blamed \u201coutside agitators\u201d for the unrest.\n\n"
        "\u201cThey came from elsewhere and left,\u201d the Ohio Republican said."
    )
    a = extract(text)
    assert speakers_of(text) == ["Lena Voss", "Lena Voss"]
    q = a.quotations[1]
    assert q.speaker_mention is not None
    assert text[q.speaker_mention[0] : q.speaker_mention[1]] == "the Ohio Republican"


def test_a_name_does_not_run_on_across_a_paragraph_break() -> None:
    # The heading's capitals and the surname that opens the next paragraph are
    # two runs, so "Marsh" still opens the sentence "he" refers back to.
    text = (
        "The council thanked Owen Marsh on Friday.\n\n"
        "New Jobs\n\n"
        "Marsh said the mill, now managed by his old friend Victor Ortega, would hire again.\n\n"
        "\u201cThis town deserves it,\u201d he said."
    )
    assert speakers_of(text) == ["Owen Marsh"]


def test_a_full_name_is_not_taken_from_a_heading_on_the_line_before() -> None:
    text = "Council Votes\n\nLena Voss, the mayor, spoke.\n\n\u201cWe are done,\u201d Voss said."
    assert speakers_of(text) == ["Lena Voss"]


def test_pronoun_prefers_the_person_of_the_latest_sentence() -> None:
    # The subject of an older sentence loses to the person the sentence right
    # before the quote introduces.
    text = (
        "Tom Brandt opened the clinic in 2015.\n\n"
        "The program also helped patient Omar Haddad, 50, lose weight.\n\n"
        "\u201cI feel ten years younger,\u201d he says."
    )
    assert speakers_of(text) == ["Omar Haddad"]


def test_pronoun_follows_a_pronoun_that_carries_the_subject_on() -> None:
    # "She" opens the sentence before the quote, so the friend named later in
    # that sentence is not who "she said" means.
    text = (
        "Ruth Marlowe founded the co-op in 1990.\n\n"
        "She said the bakery, which her friend Anna Price now owns, kept the town going.\n\n"
        "\u201cIt was a lifeline,\u201d she said."
    )
    assert speakers_of(text) == ["Ruth Marlowe"]


def test_pronoun_chain_also_runs_through_a_lower_case_pronoun() -> None:
    text = (
        "Judge Alan Brede heard the case on Monday.\n\n"
        "Still, he turned down Mr. Cole\u2019s plea for more time.\n\n"
        "\u201cThis must end,\u201d he wrote."
    )
    assert speakers_of(text) == ["Alan Brede"]



def test_a_gendered_noun_before_a_name_gives_its_gender() -> None:
    # "husband" makes the man named after it a "he", so "she" skips him.
    text = (
        "Nadia Karim arrived in 2016 with her children.\n\n"
        "The family was later joined by husband Tariq Saleh.\n\n"
        "\u201cWe are home now,\u201d she said.\n\n"
        "Saleh now drives a cab."
    )
    assert speakers_of(text) == ["Nadia Karim"]


def test_a_name_that_says_something_is_a_person_even_if_unfamiliar() -> None:
    # An unfamiliar given name, never repeated alone: "said" right after it is
    # what marks it as a person for the "she" that follows.
    text = (
        "Mary Olsen opened the clinic last spring.\n\n"
        "Housing lawyer Zenaida Ruel said the rules had changed twice this year.\n\n"
        "\u201cFamilies cannot keep up,\u201d she said."
    )
    assert speakers_of(text) == ["Zenaida Ruel"]


def test_a_name_given_an_age_is_a_person() -> None:
    text = (
        "Paul Olsen runs the clinic.\n\n"
        "Among its patients is Dariel Obuya, 50.\n\n"
        "\u201cI walk every day now,\u201d he says."
    )
    assert speakers_of(text) == ["Dariel Obuya"]


def test_a_name_with_a_who_clause_is_a_person() -> None:
    text = (
        "Mary Olsen chairs the hospital board.\n\n"
        "Leontyne Abara, a nurse who works nights, described the ward as full.\n\n"
        "\u201cWe turn people away,\u201d she said."
    )
    assert speakers_of(text) == ["Leontyne Abara"]


def test_a_possessive_past_another_name_does_not_give_the_first_a_gender() -> None:
    # "his" belongs to Karlsson, not to the analyst, so "she" may still be her.
    text = (
        "Mary Olsen chairs the board.\n\n"
        "Zenaida Ruel, an analyst who follows the firm, argued that Karlsson\u2019s "
        "refusal reflects his dislike of debt.\n\n"
        "\u201cHe will not move,\u201d she said."
    )
    assert speakers_of(text) == ["Zenaida Ruel"]


def test_a_name_after_a_speech_verb_is_a_person() -> None:
    text = (
        "Mary Olsen opened the clinic last spring.\n\n"
        "The rules have changed twice this year, said Zenaida Ruel.\n\n"
        "\u201cFamilies cannot keep up,\u201d she said."
    )
    assert speakers_of(text) == ["Zenaida Ruel"]


def test_a_hyphenated_modifier_is_not_a_given_name() -> None:
    text = (
        "Oslo-based Brightwell reported record sales on Monday.\n\n"
        "\u201cWe sold more than ever,\u201d Brightwell said."
    )
    assert speakers_of(text) == ["Brightwell"]


def test_the_company_is_the_body_that_last_opened_a_sentence() -> None:
    # "Brightwell" is never given a first name and is capitalised mid-sentence,
    # so as a sentence's subject it is the body "the company" means, not the
    # body quoted earlier.
    text = (
        "\u201cWe are reviewing the matter,\u201d Norland said in a statement.\n\n"
        "Brightwell posted higher profits in March, and analysts expect Brightwell shares to rise.\n\n"
        "\u201cOur new ferries are paying off,\u201d the company said."
    )
    assert speakers_of(text) == ["Norland", "Brightwell"]


def test_a_capital_only_a_sentence_start_gives_is_not_a_body() -> None:
    text = (
        "\u201cWe are reviewing the matter,\u201d Norland said in a statement.\n\n"
        "Reading continues after this message\n\n"
        "\u201cOur new ferries are paying off,\u201d the company said."
    )
    assert speakers_of(text) == ["Norland", "Norland"]


def test_a_name_after_a_role_noun_is_a_person() -> None:
    text = (
        "Paul Olsen chairs the transit board.\n\n"
        "City spokesperson Wen Taro would not say when the timetable is due.\n\n"
        "\u201cThe timetable will come out once it is ready,\u201d he said."
    )
    assert speakers_of(text) == ["Wen Taro"]


def test_pronoun_prefers_the_speaker_of_a_sentence_over_names_after_it() -> None:
    # "said Tom Ridley" is the sentence's subject though it does not open it;
    # the people named later in his relative clause are not "he".
    text = (
        "\u201cWe are still here,\u201d said Tom Ridley, who campaigned for Ted Moreno and Senator Alan Price.\n\n"
        "\u201cWe will vote anyway,\u201d he said."
    )
    assert speakers_of(text) == ["Tom Ridley", "Tom Ridley"]


def test_a_pronoun_in_an_opening_subordinate_clause_does_not_carry_the_subject() -> None:
    # "As he did last year, Price …": that "he" looks ahead to Price.
    text = (
        "Ted Moreno won the state primary.\n\n"
        "As he did last year, Alan Price dismissed the poll.\n\n"
        "\u201cIt was never close,\u201d he said."
    )
    assert speakers_of(text) == ["Alan Price"]


def test_he_or_she_never_falls_back_to_a_body() -> None:
    text = (
        "\u201cWe will appeal the ruling,\u201d Riverside Medical Institute said in a statement.\n\n"
        "\u201cIt was a hard year for everyone,\u201d she said."
    )
    assert speakers_of(text) == ["Riverside Medical Institute", None]


def test_a_name_with_an_appositive_and_a_speech_verb_is_a_person() -> None:
    text = (
        "Ruth Marlowe chairs the central bank.\n\n"
        "Zenaida Ruel, a professor of economics at Eastvale University, said the bank moved too late.\n\n"
        "\u201cMany people looked away,\u201d she said."
    )
    assert speakers_of(text) == ["Zenaida Ruel"]


def test_said_she_outweighs_what_a_given_name_usually_means() -> None:
    text = (
        "Tom Harlow runs the dairy board.\n\n"
        "Jesse Brandt, a buyer for the co-op, said she expects the rules to change.\n\n"
        "\u201cWe will keep selling milk either way,\u201d she said."
    )
    assert speakers_of(text) == ["Jesse Brandt"]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        pytest.param(
            "The Eastvale Ferry Company said in a statement that the crossing \u201cwill reopen in the spring.\u201d "
            "The statement also said the repairs were \u201crunning to schedule so far.\u201d",
            "Eastvale Ferry Company",
            id="said_in_a_statement",
        ),
        pytest.param(
            "In a statement, Norland Foods said it would \u201creview every contract.\u201d\n\n"
            "The statement added that the firm \u201cregrets the delay.\u201d",
            "Norland Foods",
            id="in_a_statement_before_the_name",
        ),
        # "in a statement" is looked for before the noun's own pattern is compiled:
        # a modifier between (and an earlier "statement" without "in a") must not hide it.
        pytest.param(
            "Norland Foods issued a statement on Friday. Later, Norland Foods said in an emailed "
            "statement that it would \u201creview every contract.\u201d\n\n"
            "The statement added that the firm \u201cregrets the delay.\u201d",
            "Norland Foods",
            id="a_modifier_before_the_statement",
        ),
    ],
)
def test_the_statement_speaks_for_whoever_spoke_in_a_statement(text: str, issuer: str) -> None:
    assert speakers_of(text) == [issuer, issuer]


def test_a_quote_nothing_attributes_takes_the_subject_of_its_sentence() -> None:
    text = (
        "The council met on Monday. After a long debate, Lena Voss referred to the new levy as "
        "\u201ca quiet windfall for a handful of insiders who never pay their share.\u201d"
    )
    (q,) = extract(text).quotations
    assert q.speaker == "Lena Voss"
    assert q.speaker_mention is not None and text[q.speaker_mention[0] : q.speaker_mention[1]] == "Lena Voss"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A surname the text also uses inside a sentence, and a description of a source.
        ("The council met with Lena Voss in the chair.\n\nVoss compared the levy to "
         "\u201ca quiet windfall for a handful of insiders who never pay their share.\u201d", "Lena Voss"),
        ("The council met on Monday.\n\nThe mayor compared the levy to "
         "\u201ca quiet windfall for a handful of insiders who never pay their share.\u201d", "mayor"),
        # A common word that has its capital only from opening the sentence.
        ("The course closed in 2009.\n\nWeeds now cover what was once "
         "\u201cthe finest green in the county and the pride of every member who played it.\u201d", None),
        # A thing, not a source: its words are no one's.
        ("Turnout fell again.\n\nThe results showed the weakness of "
         "\u201ca party that no longer knows what it wants or whom it speaks for.\u201d", None),
    ],
)
def test_a_sentence_subject_speaks_only_when_it_plainly_names_a_source(text: str, speaker: str | None) -> None:
    (q,) = extract(text).quotations
    assert q.speaker == speaker


def test_a_scare_quote_gets_no_speaker_from_its_sentence() -> None:
    (q,) = extract("The council met on Monday. The levy is a \u201cwindfall\u201d for insiders, few expect it to pass.").quotes
    assert q.kind == "term" and q.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A common word that has its capital from opening the sentence, and runs on into lower case.
        ("The debate ran late into the night.\n\nPartial transcript as follows:\n\n"
         "\u201cWe will not back down on this, and we will not apologise for it either.\u201d", None),
        # A name goes on with its verb, even one met only once.
        ("The debate ran late into the night.\n\nVoss insisted on one point:\n\n"
         "\u201cWe will not back down on this, and we will not apologise for it either.\u201d", "Voss"),
        ("The debate ran late.\n\nAides say the plan is \u201cdead on arrival, whatever the mayor may claim.\u201d", "Aides"),
    ],
)
def test_a_capital_that_only_opens_a_sentence_names_no_one(text: str, speaker: str | None) -> None:
    (q,) = extract(text).quotations
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Secretary of State Lena Voss said the vote was \u201ca step forward.\u201d", "Lena Voss", "Secretary of State"),
        ("Former Secretary of Homeland Security Jo T. Ree said the vote was \u201ca step forward.\u201d",
         "Jo T. Ree", "Former Secretary of Homeland Security"),
        ("Speaker of the House Rep. Paul Ek said \u201cthe images have no place in a campaign.\u201d", "Paul Ek", None),
        # A person of a body is still the person: not an office.
        ("Wen Li of Amberline said \u201cthe images have no place in a campaign.\u201d", "Wen Li", "of Amberline"),
        # A surname that is also a title ("King") after a given name is no office.
        ("\u201cIt will not be easy,\u201d said Representative Paul T. King of Ohio.", "Paul T. King", None),
    ],
)
def test_an_office_before_a_name_is_its_role_not_the_speaker(text: str, name: str, role: str | None) -> None:
    (speaker,) = extract(text).speakers
    assert speaker.name == name
    if role is not None:
        assert speaker.role == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A headline's capitals run into the name: it starts at the given name.
        ("Ten Things Helen Tarrow Said This Week\n\nTarrow told reporters the plan was \u201ca quiet windfall.\u201d",
         "Helen Tarrow"),
        ("Harbor Widow Helen Tarrow said the plan was \u201ca quiet windfall for insiders.\u201d", "Helen Tarrow"),
        # A long run of capitals with no given name in it reads as a headline, not a name.
        ("Stunning Reversal By Tarrow\n\nTarrow told reporters the plan was \u201ca quiet windfall.\u201d", "Tarrow"),
        # A full name whose given name the engine does not know still counts.
        ("Kwabena Tarrow spoke first.\n\nTarrow told reporters the plan was \u201ca quiet windfall.\u201d",
         "Kwabena Tarrow"),
    ],
)
def test_headline_capitals_are_not_part_of_a_name(text: str, name: str) -> None:
    (speaker,) = extract(text).speakers
    assert speaker.name == name


def test_congressman_is_a_title_before_a_name() -> None:
    (speaker,) = extract("Ohio Congresswoman Helen Tarrow said the plan was \u201ca quiet windfall.\u201d").speakers
    assert speaker.name == "Helen Tarrow"


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe are reviewing it,\u201d said a spokesman for Senator Paul Ekberg.",
        "A spokesman for Senator Paul Ekberg said: \u201cWe are reviewing it.\u201d",
        "\u201cWe are reviewing it,\u201d an adviser to Paul Ekberg said.",
    ],
)
def test_who_speaks_for_a_person_is_not_that_person(text: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker is not None and q.speaker != "Paul Ekberg"
    assert q.speaker.startswith(("spokesman for", "adviser to"))


def test_what_a_name_owns_speaks_when_it_is_a_person() -> None:
    assert speakers_of("\u201cWe are reviewing it,\u201d said Paul Ekberg\u2019s spokesman.") == ["Paul Ekberg\u2019s spokesman"]


def test_a_preposition_before_a_name_is_no_role() -> None:
    a = extract("For Ida Brandt, the fight is personal.\n\n\u201cI grew up here,\u201d she said.")
    (s,) = a.speakers
    assert s.name == "Ida Brandt" and s.role is None


def test_an_honorific_is_no_role_but_an_appositive_is() -> None:
    a = extract("Mr. Paul Ekberg, a retired ferry captain, said: \u201cThe route never paid.\u201d")
    (s,) = a.speakers
    assert s.role == "a retired ferry captain"


@pytest.mark.parametrize(
    "title",
    ["the board shrugged off", "keen for", "angry", "Mary", "who's running for mayor", "the paper's"],
)
def test_words_that_cannot_be_a_role_are_not_shown_as_one(title: str) -> None:
    from opedtui.engine.speakers import _as_role

    assert _as_role(title) == ""


def test_a_role_keeps_its_plausible_parts() -> None:
    from opedtui.engine.speakers import _as_role

    assert _as_role("Mr.; a sculptor and former museum guard") == "a sculptor and former museum guard"
    assert _as_role("White House press secretary") == "White House press secretary"


def test_a_possessive_name_is_the_person_without_its_s() -> None:
    text = (
        "Ida Brandt, host of the \u201cMorning Show,\u201d suggested Lena Voss\u2019s refusal to answer was telling.\n\n"
        "\u201cI don\u2019t know her,\u201d Voss told reporters."
    )
    (s,) = extract(text).speakers
    assert s.name == "Lena Voss"


@pytest.mark.parametrize(
    "text",
    [
        "The hall filled with whistles and loud chants of \u201cshame\u201d before the count.",
        "There were near-constant calls of \u201cKeep the Pier\u201d as she passed by.",
    ],
)
def test_a_speech_noun_after_an_adjective_is_no_verb(text: str) -> None:
    assert all(q.speaker is None or q.speaker not in ("loud", "near-constant") for q in extract(text).quotes)


def test_the_name_opening_a_sentence_is_its_subject_not_a_capital_past_the_verb() -> None:
    text = (
        "Lena Voss spoke in Eastvale on Monday.\n\n"
        "Voss took the podium Friday at the Harbour Inn and called the ferry plan \u201cbroken beyond repair.\u201d"
    )
    (q,) = extract(text).quotations
    assert q.speaker == "Lena Voss"
    assert q.speaker_mention is not None and text[q.speaker_mention[0] : q.speaker_mention[1]] == "Voss"


def test_a_verb_shaped_like_a_people_noun_is_no_source() -> None:
    text = "Crime is down.\n\nOn its website, the agency lists \u201charbour safety as its first duty.\u201d"
    assert all(q.speaker != "agency lists" for q in extract(text).quotes)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Eastvale Gazette reported the closure on Monday.\n\n\u201cWe were never told,\u201d she said.",
            [None],
            id="a_newspaper_is_no_person_a_pronoun_can_stand_for",
        ),
        pytest.param(
            "The council heard from the harbour master, who said the fees were \u201cnot negotiable.\u201d",
            ["harbour master"],
            id="who_after_a_description_is_that_description",
        ),
        pytest.param(
            "\u201cIt was not convincing,\u201d said one aide familiar with the budget, "
            "who added that the ministers seemed \u201crattled.\u201d",
            ["aide", "aide"],
            id="who_after_a_phrase_of_what_someone_knows_is_not_that_phrase",
        ),
        pytest.param(
            "Asked whether the plan would pass, 23 percent said \u201chardly\u201d and 12 percent said \u201cnever.\u201d",
            ["23 percent", "12 percent"],
            id="a_counted_share_of_people_is_its_own_source",
        ),
        pytest.param(
            "Former prosecutor and Eastvale Mayor Otto Lowe, who backs Voss, trashed the report on the radio, "
            "calling it an \u201ceasy call\u201d to appeal.",
            ["Otto Lowe"],
            id="a_title_opening_a_sentence_is_not_taken_for_its_subject",
        ),
        pytest.param(
            "\u201cIt is home,\u201d said Ines Roca Vidal, 40.\n\n\u201cWe stay,\u201d Roca Vidal said.\n\n"
            "Refugee Samira El Badri arrived in 2016. \u201cWe are happy,\u201d El Badri said.",
            ["Ines Roca Vidal", "Ines Roca Vidal", "Samira El Badri"],
            id="a_surname_of_two_words_is_one_person_with_the_full_name",
        ),
        pytest.param(
            "The U.S. Coast Department asked for the crew\u2019s return and voiced \u201cgrave worry\u201d about the ship.\n\n"
            "\u201cWe stand by the law of the sea,\u201d the agency said in a statement.",
            ["U.S. Coast Department", "U.S. Coast Department"],
            id="a_body_named_after_a_dotted_acronym_is_one_speaker",
        ),
        pytest.param(
            "Former U.N. Ambassador Paul Ekberg and Ann Lowe slammed the plan.\n\n\u201cI will back whoever wins,\u201d said Ekberg.",
            ["Paul Ekberg"],
            id="a_full_name_after_a_dotted_acronym_and_a_title",
        ),
        pytest.param(
            "The novelist J.M. Ekberg wrote the play.\n\n\u201cAll children grow up,\u201d said Ekberg.",
            ["J.M. Ekberg"],
            id="dotted_initials_stay_with_their_surname",
        ),
        pytest.param(
            "The agency made a \u201cmistake,\u201d Ekberg has said. Said Ekberg, \u201cThe thought is very painful to us.\u201d",
            ["Ekberg", "Ekberg"],
            id="an_inverted_said_is_no_given_name",
        ),
        pytest.param(
            "Jeb Voss spoke on Monday.\n\n"
            "Speaking to Radio North on Monday in Salem, which hosts the vote Tuesday, "
            "Voss referred to Ek as \u201ca steady, patient captain.\u201d",
            ["Jeb Voss"],
            id="referring_to_someone_as_something_quotes_the_one_who_refers",
        ),
        pytest.param(
            "The trouble started during a talk at the library, when Voss hecklers interrupted "
            "her talk, shouting \u201cno more fees!\u201d",
            ["Voss hecklers"],
            id="a_group_named_after_a_person_is_the_group",
        ),
        pytest.param(
            "Lena Voss spoke first.\n\nVoss offers \u201ca fresh start\u201d to the harbour town.",
            ["Lena Voss"],
            id="a_name_with_its_own_verb_is_no_group",
        ),
        pytest.param(
            "Ida and Paul Ekberg got a notice on Tuesday.\n\n\u201cIt feels like a bad dream,\u201d Ida told reporters.",
            ["Ida Ekberg"],
            id="two_given_names_share_the_surname_after_them",
        ),
        pytest.param(
            "Senators Tom Graham and Paul Ekberg met on Friday.\n\n"
            "\u201cWe found common ground,\u201d Graham said.",
            ["Tom Graham"],
            id="a_surname_that_is_also_a_given_name_keeps_its_person",
        ),
        pytest.param(
            "Is Voss finally winning over the young?\n\n"
            "Lena Voss spoke to students on Monday. The mood is good.\n\n"
            "\u201cThey listen,\u201d Voss said.",
            ["Lena Voss"],
            id="a_common_word_opening_a_headline_is_no_given_name",
        ),
        pytest.param(
            "De Wolff and the council met. The plan is de facto dead.\n\n\u201cWe will try again,\u201d Wolff said.",
            ["De Wolff"],
            id="a_particle_before_a_surname_stays_with_it",
        ),
        pytest.param(
            "The tide is rising. What Mr. Ek has watched since then are the gauges of the old harbour. "
            "\u201cThey are alarming,\u201d he said on Tuesday.",
            ["Ek"],
            id="a_question_word_before_a_name_is_no_part_of_it",
        ),
        pytest.param(
            "Why She Sees Voss-like Grit In Ek.\n\n"
            "Harbour icon Ida Brandt used her last column to praise the candidate she backs.\n\n"
            "\u201cHis visit reminds me of Voss,\u201d she wrote.",
            ["Ida Brandt"],
            id="a_headline_clause_in_capitals_names_no_one",
        ),
        # The look-backs below run over several hundred characters and many
        # commas: the resolver reads them a stretch at a time, and must find
        # what one read of the whole look-back finds.
        pytest.param(
            "Marta Kowalczyk, who runs the ferry office in Eastvale, spent the spring, the summer and most of "
            "the autumn on the water, counting boats, checking tickets, writing reports for the harbour board, "
            "and answering the calls of passengers, tourists, fishermen and the odd lost sailor, who all seemed "
            "to need her at once. The season ended in rain, with the pier closed, the kiosks shuttered, the "
            "buses gone and the gulls, loud as ever, the only ones left.\n\n"
            "\u201cIt was the longest year,\u201d she said.",
            ["Marta Kowalczyk"],
            id="a_pronoun_finds_its_person_far_back",
        ),
        pytest.param(
            "Marta Kowalczyk, who runs the ferry office in Eastvale, spent the spring, the summer and most of "
            "the autumn on the water, counting boats, checking tickets, writing reports for the harbour board, "
            "and answering the calls of passengers, tourists, fishermen and the odd lost sailor. The season "
            "ended in rain, with the pier closed, the kiosks shuttered, the buses gone, and Peter Ekholm, the "
            "harbour master, locking the gates.\n\n"
            "\u201cIt was the longest year,\u201d she said.",
            ["Marta Kowalczyk"],
            id="a_pronoun_passes_a_nearer_person_of_the_other_gender",
        ),
        pytest.param(
            "\u201cWe will sail in spring,\u201d Jonas Brandt said.\n\n"
            "The crossing has been closed since March, with the pier under repair, the ticket office shut, the "
            "buses rerouted, the cafes empty and the town, which lives off the ferry, waiting for news from the "
            "harbour board, the ministry, the insurers and the builders, none of whom would give a date. "
            "Peter Ekholm, the harbour master, arrived at noon.\n\n"
            "\u201cIt will be ready by May,\u201d he said.",
            ["Jonas Brandt", "Peter Ekholm"],
            id="a_person_named_long_after_the_last_speaker_takes_the_pronoun",
        ),
    ],
)
def test_the_speakers_of_a_passage(text: str, speakers: list[str | None]) -> None:
    """One rule per passage, each named by its id: who speaks each quotation, in order."""
    assert speakers_of(text) == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ek and Ree discussed \u201cthe rules for ferries abroad,\u201d said a statement released by "
            "the Harbour Ministry's Office.",
            "Harbour Ministry's Office",
        ),
        ("\u201cThe case is under review,\u201d according to a statement from the Harbour Authority.", "Harbour Authority"),
        ("Lena Voss wrote to the board.\n\nVoss\u2019s letter was blunt: \u201cThe ferry must run.\u201d", "Lena Voss"),
        ("Tom Baker said he would not run.\n\n\u201cIt is time,\u201d his statement said.", "Tom Baker"),
        ("That is according to a Salem school's latest \u201cGuide to Plain Speech,\u201d out today.", "Salem school"),
    ],
)
def test_a_writing_speaks_for_whoever_its_phrase_says_issued_it(text: str, speaker: str) -> None:
    (q,) = extract(text).quotes
    assert q.speaker == speaker


def test_a_statement_from_a_day_names_no_issuer() -> None:
    (q,) = extract("\u201cThe case is under review,\u201d said a statement from Monday.").quotes
    assert q.speaker == "statement"


def test_a_body_named_by_one_word_speaks_under_the_full_name_the_text_gives() -> None:
    text = (
        "The council hired Salem-based Brightwell Energy to light the harbour.\n\n"
        "Brightwell said \u201cthe lamps are ready.\u201d The company noted the work would end "
        "\u201cbefore the winter storms.\u201d"
    )
    a = extract(text)
    assert [q.speaker for q in a.quotations] == ["Brightwell Energy", "Brightwell Energy"]
    assert "Brightwell" in a.speakers[0].aliases


@pytest.mark.parametrize(
    "text",
    [
        # A title makes the one word a person's name, whatever body bears it.
        "Mr. Garrow runs the Garrow Foundation. Garrow said \u201cwe give what we can.\u201d",
        # Capitals after the word in a headline are no name of a body.
        "Garrow Says Harbour Museum Will Close\n\nGarrow said \u201cwe give what we can.\u201d",
    ],
)
def test_a_one_word_name_keeps_its_word_when_no_body_is_named_by_it(text: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker == "Garrow"


def test_a_pronoun_inside_a_quotation_gives_its_speaker_no_gender() -> None:
    """"he" in the words she says is someone else: the "She" after is still hers."""
    text = (
        "Mila Voss told supporters that \u201che loves you.\u201d She says they will go on to the next vote in Nevada."
        "\n\nShe says her husband will \u201cbe the best mayor.\u201d"
    )
    assert [q.speaker for q in extract(text).quotations] == ["Mila Voss", "Mila Voss"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A person familiar with the matter said the plan was \u201cdead.\u201d", "person familiar with the matter"),
        ("\u201cThe plan is dead,\u201d a person familiar with the matter said.", "person familiar with the matter"),
        ("A source close to the mayor said the plan was \u201cdead.\u201d", "source close to the mayor"),
        ("An official with knowledge of the talks said the plan was \u201cdead.\u201d", "official with knowledge of the talks"),
        ("Aides close to the mayor said the plan was \u201cdead.\u201d", "Aides close to the mayor"),
        ("\u201cThe plan is dead,\u201d a spokeswoman for the authority said.", "spokeswoman for the authority"),
    ],
)
def test_a_source_described_by_what_it_knows_speaks_not_what_it_knows(text: str, speaker: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lena Voss met Tom Baker on Monday. \u201cThe plan is dead,\u201d she said.", "Lena Voss"),
        ("Lena Voss met Tom Baker on Monday. \u201cThe plan is dead,\u201d he said.", "Tom Baker"),
        ("Tom Baker chaired the meeting. Hillary Voss called the plan \u201cdead.\u201d \u201cWe start again,\u201d he said.",
         "Tom Baker"),
    ],
)
def test_common_given_names_tell_he_from_she(text: str, speaker: str) -> None:
    assert extract(text).quotations[-1].speaker == speaker


@pytest.mark.parametrize(
    ("description", "speaker"),
    [("the deputy", "Lena Voss"), ("the mayor", "Tom Baker")],
)
def test_a_description_the_text_gave_someone_in_apposition_is_theirs(description: str, speaker: str) -> None:
    text = f"Tom Baker, the mayor, and Lena Voss, his deputy, met on Monday. \u201cThe plan is dead,\u201d {description} said."
    (q,) = extract(text).quotations
    assert q.speaker == speaker


def test_a_writing_from_a_described_body_is_that_bodys() -> None:
    text = "Eastvale Ferry Company rejected the bid on Monday. \u201cThe plan is dead,\u201d according to a statement from the company."
    (q,) = extract(text).quotations
    assert q.speaker == "Eastvale Ferry Company"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Maria de la Cruz said it was \u201cover.\u201d \u201cWe lost,\u201d de la Cruz said.", "Maria de la Cruz"),
        ("Jan van der Berg said it was \u201cover.\u201d \u201cWe lost,\u201d Van der Berg said.", "Jan van der Berg"),
        ("Omar al-Rashid said it was \u201cover.\u201d \u201cWe lost,\u201d Rashid said.", "Omar al-Rashid"),
    ],
)
def test_a_surname_with_particles_is_one_speaker_however_it_is_written(text: str, name: str) -> None:
    assert [(s.name, s.quote_count) for s in extract(text).speakers] == [(name, 2)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Police arrested two men on Monday. \u201cThe investigation continues,\u201d they said.", "Police"),
        ("Protesters marched to the harbour. \u201cNo deal, no peace,\u201d they chanted.", "Protesters"),
    ],
)
def test_they_after_a_sentence_about_a_group_is_the_group(text: str, speaker: str) -> None:
    (q,) = extract(text).quotations
    assert q.speaker == speaker


def test_they_after_a_sentence_about_things_is_no_one() -> None:
    text = "The ferry\u2019s engines failed on Monday. \u201cWe will fix them,\u201d they said."
    (q,) = extract(text).quotations
    assert q.speaker is None


@pytest.mark.parametrize("furniture", ["Story continues below advertisement", "Advertisement", "Open this photo in gallery:"])
def test_a_quote_paragraph_after_page_furniture_keeps_the_speaker_before(furniture: str) -> None:
    text = f"Lena Voss said the plan was \u201cdead.\u201d\n\n{furniture}\n\n\u201cWe start again on Monday.\u201d"
    assert [q.speaker for q in extract(text).quotations] == ["Lena Voss", "Lena Voss"]


def test_an_inverted_capitalised_role_describes_the_person_named_with_it() -> None:
    text = "Prime Minister Lena Voss spoke on Monday. \u201cWe will not back down,\u201d said the Prime Minister."
    (q,) = extract(text).quotations
    assert q.speaker == "Lena Voss"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The budget was tabled by Finance Minister Lena Voss. Critic Tom Baker called it \u201ca mess.\u201d\n\n"
            "\u201cThis is a plan for growth,\u201d the minister said.",
            "Lena Voss",
        ),
        (
            "Judge Ana Ruiz heard the case. Tom Baker, the plaintiff, said he was \u201crelieved.\u201d\n\n"
            "\u201cThe evidence is thin,\u201d the judge said.",
            "Ana Ruiz",
        ),
        (
            "In Salem, President Arnold Vance met Harbour Bank President Tom Baker. Baker called the talks "
            "\u201cfrank.\u201d \u201cWe agreed on a lot,\u201d the president said.",
            "Arnold Vance",
        ),
    ],
)
def test_an_office_alone_is_the_person_the_text_gave_that_title(text: str, speaker: str) -> None:
    assert speakers_of(text)[-1] == speaker


def test_a_title_picks_the_namesake_of_its_gender() -> None:
    text = (
        "\u201cWe are never late,\u201d Lena Voss said. \u201cWe sail at dawn,\u201d Tom Voss said.\n\n"
        "\u201cNot once,\u201d Mrs. Voss added."
    )
    assert speakers_of(text) == ["Lena Voss", "Tom Voss", "Lena Voss"]


def test_two_people_known_by_one_surname_and_their_titles_are_two_speakers() -> None:
    text = (
        "Mrs. Voss said she was \u201cheartbroken.\u201d Mr. Voss, her husband, disagreed: \u201cI am relieved.\u201d "
        "\u201cIt is over,\u201d Mrs. Voss said."
    )
    analysis = extract(text)
    assert [q.speaker for q in analysis.quotations] == ["Mrs. Voss", "Mr. Voss", "Mrs. Voss"]
    assert [(s.name, s.aliases) for s in analysis.speakers] == [("Mrs. Voss", ("Voss",)), ("Mr. Voss", ("Voss",))]
    assert analysis.find_speaker("Mr. Voss") is analysis.speakers[1]


def test_namesakes_told_apart_by_title_keep_the_bare_surname_as_an_alias() -> None:
    text = "Mrs. Voss said she was \u201cheartbroken.\u201d Mr. Voss, her husband, disagreed: \u201cI am relieved.\u201d"
    assert [(s.name, s.aliases) for s in extract(text).speakers] == [("Mrs. Voss", ("Voss",)), ("Mr. Voss", ("Voss",))]


def test_a_title_does_not_split_a_person_whose_given_name_usually_has_the_other_gender() -> None:
    text = "Lee Voss studies courts. \u201cIt is rare,\u201d Ms. Voss said."
    assert speakers_of(text) == ["Lee Voss"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Understated Ekberg raises his profile\n\nLabor Secretary Paul Ekberg packed up his papers.\n\n"
            "\u201cWe have work to do,\u201d Ekberg said."
        ),
        "Maybe Ekberg is right. Labor Secretary Paul Ekberg says so.\n\n\u201cWe have work to do,\u201d Ekberg said.",
    ],
)
def test_a_full_name_is_read_past_titles_and_headline_capitals(text: str) -> None:
    assert speakers_of(text) == ["Paul Ekberg"]


def test_a_name_before_a_role_and_its_holder_is_no_sentence_subject() -> None:
    text = (
        "Tom Voss leads the committee. Voss spokesman Paul Baker would not say when it meets.\n\n"
        "\u201cI have no news,\u201d he said."
    )
    assert speakers_of(text) == ["Paul Baker"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Courier published an essay by Lena Voss, a former harbour master.\n\n"
            "\u201cThe port is dying,\u201d the essay says.",
            "Lena Voss",
        ),
        ("A column by a retired harbour pilot ran on Sunday. \u201cThe port is dying,\u201d the column says.", "retired harbour pilot"),
    ],
)
def test_a_writing_by_an_author_speaks_for_its_author(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(("description", "speaker"), [("the former", "Lena Voss"), ("the latter", "Tom Baker")])
def test_the_former_and_the_latter_are_the_pair_named_before(description: str, speaker: str) -> None:
    text = f"Lena Voss and Tom Baker met on Tuesday. \u201cWe agreed on nothing,\u201d {description} said."
    assert speakers_of(text) == [speaker]


def test_a_relative_introduced_by_a_given_name_takes_the_family_surname() -> None:
    text = (
        "\u201cEverybody left,\u201d said Lena Voss, who runs the store.\n\n"
        "Her husband, Tom, disagrees.\n\n\u201cThe truth is slower than that,\u201d he said."
    )
    assert speakers_of(text) == ["Lena Voss", "Tom Voss"]


@pytest.mark.parametrize(("given", "other"), [("Anjali", "he"), ("Fatima", "he"), ("Ngozi", "he"), ("Anil", "she"), ("Kwame", "she"), ("Hamza", "she")])
def test_given_names_from_many_languages_carry_their_gender(given: str, other: str) -> None:
    text = (
        f"\u201cThe ferry stays,\u201d {given} Ekberg said.\n\nThe harbour board met on Monday.\n\n"
        f"\u201cWe will keep it,\u201d {other} said."
    )
    assert speakers_of(text)[-1] != f"{given} Ekberg"


def test_whose_role_and_its_holder_speaks_for_the_clause() -> None:
    text = "The plan was welcomed by the Harbour Users' Association, whose president, Tom Baker, called it \u201ca start.\u201d"
    assert speakers_of(text) == ["Tom Baker"]


def test_a_gendered_epithet_is_a_person_of_that_gender() -> None:
    text = "Tom Baker and Lena Voss live next door. \u201cIt was terrifying,\u201d the woman said."
    assert speakers_of(text) == ["Lena Voss"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A woman who lives nearby said she heard a bang. \u201cIt was terrifying,\u201d she said.", "woman"),
        ("A neighbour, who asked not to be named, said he heard a bang. \u201cIt was loud,\u201d he said.", "neighbour"),
    ],
)
def test_a_pronoun_after_a_sentence_about_a_described_person_is_that_person(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(("possessive", "pronoun", "speaker"), [("her", "she", "Voss"), ("his", "he", "Voss"), ("his", "she", None)])
def test_a_lone_surname_given_an_age_is_a_person_of_the_pronoun_after_it(possessive: str, pronoun: str, speaker: str | None) -> None:
    text = f"Voss, 52, lost {possessive} job in March. \u201cI was shocked,\u201d {pronoun} said."
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    ("after", "role"),
    [
        ("a professor of economics at Northshore University.", "a professor of economics at Northshore University"),
        ("the council treasurer, on Monday.", "the council treasurer"),
        ("a lawyer in Eastvale who handles land cases.", "a lawyer in Eastvale"),
        ("her former chief of staff.", "her former chief of staff"),
        ("president of Local 418.", "president of Local 418"),
        ("director of the museum, on Monday.", "director of the museum"),
        ("52.", None),
        ("52, a nurse from Eastvale.", "a nurse from Eastvale"),
        ("a year later.", None),
        ("a day after the vote.", None),
        ("his voice breaking.", None),
    ],
)
def test_an_appositive_after_an_inverted_cue_is_the_speakers_role(after: str, role: str | None) -> None:
    (speaker,) = extract(f"\u201cWe will appeal,\u201d said Lena Voss, {after}").speakers
    assert speaker.name == "Lena Voss" and speaker.role == role


def test_an_indefinite_description_is_someone_new_not_the_person_given_that_role() -> None:
    text = (
        "Tom Baker, a longtime adviser to the mayor, said the plan was \u201csound.\u201d\n\n"
        "\u201cShe will not run again,\u201d said one longtime adviser, who asked not to be named."
    )
    assert speakers_of(text) == ["Tom Baker", "longtime adviser"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Officials in Eastvale called the plan \u201ca betrayal.\u201d", "Officials"),
        ("Workers at the plant in Eastvale said: \u201cIt is a betrayal.\u201d", "Workers"),
        ("The union representing workers at the plant in Eastvale called it \u201ca betrayal.\u201d", "union representing workers"),
        ("Tom Baker in Eastvale called it \u201ca betrayal.\u201d", "Tom Baker"),
    ],
)
def test_a_place_after_in_or_at_is_where_the_speakers_are_not_who_speaks(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


def test_a_name_inside_a_phrase_before_a_place_is_no_speaker() -> None:
    text = "It could shape the accords over the \u201cprovisional\u201d role of Voss in the transition in Eastvale once agreed."
    assert extract(text).quotations == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Judge blocks voting law, citing \u201cirreparable harm\u201d\n\n"
            "U.S. District Judge Lena Voss wrote that the state had offered \u201cno credible evidence.\u201d",
            "Lena Voss",
        ),
        ("Mayor vows \u201cno new taxes\u201d\n\nMayor Tom Baker spoke on Monday.", "Tom Baker"),
        ("Senator Tom King spoke first. \u201cWe will win,\u201d King said.", "Tom King"),
    ],
)
def test_an_office_alone_in_a_headline_is_the_person_the_story_gives_that_title(text: str, speaker: str) -> None:
    assert speakers_of(text)[0] == speaker


@pytest.mark.parametrize(("given", "pronoun"), [("Pat", "she"), ("Chris", "she"), ("Andrea", "he"), ("Robin", "he")])
def test_a_pronoun_no_one_else_fits_may_stand_for_a_name_either_gender_bears(given: str, pronoun: str) -> None:
    text = (
        f"{given} Cullen told reporters that members felt \u201cinsulted\u201d by the offer.\n\n"
        f"\u201cOur members have been clear,\u201d {pronoun} said."
    )
    assert speakers_of(text) == [f"{given} Cullen", f"{given} Cullen"]


def test_a_name_either_gender_bears_keeps_its_usual_reading_beside_another_person() -> None:
    text = (
        "Chris Cullen met Mary Voss at the hearing, where \u201cnothing moved,\u201d Cullen said.\n\n"
        "\u201cWe will be back,\u201d she said."
    )
    assert speakers_of(text) == ["Chris Cullen", "Mary Voss"]


def test_an_office_alone_takes_the_whole_title_its_holder_was_given() -> None:
    text = (
        "Ferry service was cut again. Transport Minister Lena Voss asked the operator for a plan.\n\n"
        "\u201cEverything is on the table,\u201d the minister said."
    )
    (speaker,) = extract(text).speakers
    assert (speaker.name, speaker.role) == ("Lena Voss", "Transport Minister")


@pytest.mark.parametrize("name", ["Eastvale Ferries", "Brightwell Pharmaceuticals", "Harbor Logistics"])
def test_a_company_named_by_its_trade_is_the_company_that_speaks(name: str) -> None:
    text = (
        f"{name} apologized Monday for a weekend of cancellations.\n\n"
        "\u201cWe let our customers down,\u201d the company said in a statement."
    )
    assert speakers_of(text) == [name]


def test_an_abbreviated_title_is_written_out_in_the_role() -> None:
    (speaker,) = extract("State Sen. Lena Voss called the ruling \u201cjudicial activism at its worst.\u201d").speakers
    assert speaker.role == "State Senator"


def test_the_office_finds_the_person_whose_abbreviated_title_it_is() -> None:
    text = (
        "\u201cWe will win,\u201d said Sen. Lena Voss. Tom Baker, a businessman, disagreed. "
        "\u201cIt is over,\u201d Baker said.\n\n\u201cIt is not over,\u201d the senator said."
    )
    assert speakers_of(text) == ["Lena Voss", "Tom Baker", "Lena Voss"]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "\u201cWe grabbed the photo albums,\u201d Lena Voss said.\n\n"
            "Her husband was less certain. \u201cWe put everything into that place,\u201d he said.",
            "husband",
        ),
        (
            "\u201cThis is hate,\u201d Mayor Lena Voss said of the posts.\n\n"
            "A 29-year-old Eastvale woman received probation after she posted comments online. \u201cOut!\u201d she wrote.",
            "29-year-old Eastvale woman",
        ),
    ],
)
def test_a_pronoun_after_a_sentence_opening_with_a_gendered_noun_is_that_person(text: str, other: str) -> None:
    assert speakers_of(text) == ["Lena Voss", other]


def test_a_possessive_before_a_gendered_noun_with_its_name_leaves_the_name_to_speak() -> None:
    text = (
        "Tom Baker spoke first. \u201cWe will run,\u201d Baker said.\n\n"
        "But his wife, Lena, offered a preview. \u201cHe wants to keep going,\u201d she said."
    )
    assert speakers_of(text) == ["Tom Baker", "Lena Baker"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Eastvale Children's Foundation said the study \u201cadds to the evidence.\u201d", "Eastvale Children's Foundation"),
        ("\u201cIt adds to the evidence,\u201d the Alzheimer's Association said.", "Alzheimer's Association"),
        ("Voss's campaign said it was \u201cfake.\u201d", "Voss's campaign"),
    ],
)
def test_a_body_named_for_someone_keeps_the_possessive_in_its_name(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


def test_a_pronoun_after_a_sentence_bringing_in_a_described_person_is_that_person() -> None:
    text = (
        "\u201cMy staff are scared,\u201d said Joyce Amaechi, who owns the pharmacy.\n\n"
        "A neighbor who declined to give her name said she had heard glass breaking. "
        "\u201cI called it in twice,\u201d she said."
    )
    assert speakers_of(text) == ["Joyce Amaechi", "neighbor"]


@pytest.mark.parametrize("document", ["complaint", "lawsuit", "indictment", "petition"])
def test_a_legal_document_speaks_for_itself_not_for_the_person_it_names(document: str) -> None:
    text = (
        f"Tom Baker was arrested Tuesday, according to a {document} filed in Eastvale District Court.\n\n"
        f"The {document} alleges that Baker \u201cused a crowbar to force open the rear door.\u201d"
    )
    assert speakers_of(text) == [document]


@pytest.mark.parametrize("medium", ["ad", "video", "poll"])
def test_an_ad_a_video_or_a_poll_speaks_for_itself_not_for_the_last_person_named(medium: str) -> None:
    text = (
        "\u201cWe will win,\u201d Tom Baker said at a rally on Monday.\n\n"
        f"The {medium} claims that Lena Voss is \u201cthe candidate you can trust.\u201d"
    )
    assert speakers_of(text) == ["Tom Baker", medium]


@pytest.mark.parametrize(
    ("intro", "role"),
    [
        ("House Minority Leader Lena Voss said her caucus would offer an alternative.", "House Minority Leader"),
        ("The plan was drafted by Gov. Lena Voss and her staff.", "Governor"),
        ("Republican Lena Voss said her caucus would offer an alternative.", None),
    ],
)
def test_a_speaker_known_by_surname_takes_the_title_the_text_gave_her_full_name(intro: str, role: str | None) -> None:
    (speaker,) = extract(f"{intro}\n\n\u201cFamilies need relief,\u201d Voss said.").speakers
    assert (speaker.name, speaker.role) == ("Lena Voss", role)


def test_a_speaker_known_by_surname_takes_the_appositive_the_text_gave_her_full_name() -> None:
    text = (
        "But Lena Voss, a mother of three, worried about younger children. "
        "\u201cMy daughter waits at the stop in the dark,\u201d Voss said."
    )
    (speaker,) = extract(text).speakers
    assert (speaker.name, speaker.role) == ("Lena Voss", "a mother of three")
