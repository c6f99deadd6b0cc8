"""Reading the noun phrase that names a speaker next to a speech verb.

A mention is what the text calls the speaker at the cue: a name with its title
and role ("City Hall press secretary Maria Delgado Reyes"), a pronoun
("she"), or a description ("the unnamed official"). The last section tells
whether a mention found without a speech verb to vouch for it plainly names a
source. Resolving mentions to people is the job of :mod:`opedtui.engine.speakers`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import attrgetter
from typing import Literal

from opedtui.engine.lexicon import (
    ADVERBS,
    AUTHOR_NOUNS,
    DETERMINERS,
    FEMALE_NAMES,
    FEMALE_NOUNS,
    INSTITUTION_NOUNS,
    MALE_NAMES,
    MALE_NOUNS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAMES,
    NP_BREAKERS,
    ORGANISATION_NAME_WORDS,
    PERSON_NOUN_ENDINGS,
    PHRASAL_SPEECH_VERBS,
    POSSESSIVE_PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    TITLES,
    WEEKDAYS,
)
from opedtui.engine.tokens import Token, word_after

GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES

MentionKind = Literal["name", "pronoun", "nominal"]

_APPOSITIVE_OPENERS = DETERMINERS | POSSESSIVE_PRONOUNS | {"who", "whose", "which", "now", "then", "himself", "herself"}
_MAX_NOMINAL_WORDS = 6
_MAX_APPOSITIVE_WORDS = 15


@dataclass(slots=True)
class Mention:
    """Words naming a speaker, parsed into the parts a speaker record needs.

    Not frozen, as none is changed after it is made: a frozen dataclass costs
    four times as much to build, and these are built for every quote.
    """

    start: int
    end: int
    text: str
    kind: MentionKind
    name: str = ""
    """For names: the name without titles ("Arnold Vance"); for others, the phrase."""
    title: str = ""
    """Titles and roles found with the mention ("President", "press secretary")."""
    head: str = ""
    """Last word of a description, lower-case ("official"), or the pronoun itself."""

    def start_index(self, tokens: list[Token]) -> int:
        """Index of the mention's first token. Tokens are in reading order, so a
        binary search finds it (most mentions end a long run of tokens)."""
        return bisect_left(tokens, self.start, key=_TOKEN_START)

    def end_index(self, tokens: list[Token]) -> int:
        """Index of the first token after the mention (``len(tokens)`` when none is)."""
        return bisect_left(tokens, self.end, key=_TOKEN_START)


_TOKEN_START = attrgetter("start")


def is_name_word(tok: Token) -> bool:
    first = tok.text[0]
    if first.islower():
        # most words, told at once: neither capitalised nor an initialism; but "al-Assad", "el-Sisi"
        return tok.text[2:3] == "-" and tok.text[:2] in ("al", "el") and tok.text[3:4].isupper()
    # ``tok.is_word and tok.is_capitalized``, read off the first character: no
    # character is both upper-case and a digit (a digit opens a word only with
    # a hyphen), so an upper-case first character makes a word when a letter.
    return first.isupper() and first.isalpha() and not tok.text.isupper() or _is_initialism(tok)


def _is_initialism(tok: Token) -> bool:
    text = tok.text.rstrip(".")
    return text.isupper() and tok.is_word and 1 <= len(text.replace(".", "")) <= 4


_AUXILIARIES = frozenset("has have had will would could should may might can did does do 'd \u2019d not n't".split())


_BE_FORMS = frozenset("is was are were been be being am".split())
_AGO_PHRASE = frozenset("less more than a few two three four five six seven eight nine ten days weeks months years".split())
_CONTRACTED_PRONOUNS = {
    f"{p}{apostrophe}{rest}": p
    for p in ("he", "she", "they", "it", "i", "we")
    for apostrophe in ("'", "\u2019")
    for rest in ("s", "re", "d", "ll", "ve", "m")
}


_STEPPED_OVER = ADVERBS | _AUXILIARIES | _BE_FORMS
"""Words stepped over wherever they stand: one look-up for three lists."""
_AGO_PHRASE_ENDS = _AGO_PHRASE | {"ago"}


def skip_adverbs_back(tokens: list[Token], i: int) -> int:
    """Step back over adverbs and auxiliaries between a speaker and the verb
    ("she later said", "he has repeatedly said")."""
    while i >= 0 and tokens[i].is_word:
        word = tokens[i].lower
        if not (
            word in _STEPPED_OVER
            or (word in TIME_WORDS and i > 0)
            or (word in _AGO_PHRASE and i + 1 < len(tokens) and tokens[i + 1].lower in _AGO_PHRASE_ENDS)
            or (tokens[i].text[0].isdigit() and i + 1 < len(tokens) and tokens[i + 1].lower in _AGO_PHRASE)
            or (word.endswith("ly") and len(tokens[i].text) > 4 and not tokens[i].is_capitalized and word not in _LY_NOUNS)
        ):
            break
        i -= 1
    return i


def _person_the_role_describes(tokens: list[Token], role: Mention, first: int, who: int) -> Mention | None:
    """The name a comma sets a role after, for a "who" that follows the role
    ("Lena Voss, the brawler who …"): the mention runs to the "who"."""
    if first < 2 or tokens[first - 1].text != ",":
        return None
    named = phrase_ending_at(tokens, first - 2)
    if named is None or named.kind != "name":
        return None
    return Mention(named.start, tokens[who].end, named.text, "name", named.name, role.text, named.head)


_LY_NOUNS = frozenset("rally family reply supply assembly anomaly monopoly tally folly belly bully jelly homily ally".split())
"""Nouns that end like adverbs: "Voss during a rally thanked" steps over no adverb."""


def subject_before(tokens: list[Token], verb_index: int) -> Mention | None:
    """The speaker phrase that ends right before ``tokens[verb_index]``.

    Handles "X said", "X also said", "X, an appositive, said" and a leading
    "according to" is handled by the caller. Returns None when the words before
    the verb are not a speaker phrase (so the verb is not this quote's cue).
    """
    i = skip_adverbs_back(tokens, verb_index - 1)
    if i >= 2 and _is_year(tokens[i].text) and tokens[i - 1].lower in ("in", "since"):
        i = skip_adverbs_back(tokens, i - 2)  # "Baker, who in 2010 said": a year, not the speaker
    if i >= 0 and tokens[i].text in _ASIDE_CLOSERS:  # at any other word both return ``i``
        i = _before_dashes(tokens, _before_parenthesis(tokens, i))
    if i < 0:
        return None
    if tokens[i].lower == "who" and i >= 1 and tokens[i - 1].is_word:
        # "Lena Voss, the brawler who calls herself “…”", "A nurse who saw it said":
        # the phrase the relative clause is about, when it opens the sentence or
        # stands beside a name.
        antecedent = phrase_ending_at(tokens, i - 1)
        if antecedent is None or antecedent.kind == "pronoun":
            return None
        first = antecedent.start_index(tokens)
        described = _person_the_role_describes(tokens, antecedent, first, i) if antecedent.kind == "nominal" else None
        if described is not None:
            return described  # "Lena Voss, the brawler who …"
        if first > 0:
            return None  # "… the support of a general who suggested": a clause inside another
        a = antecedent  # the span runs to "who", the words that name the speaker stay the phrase's
        return Mention(a.start, tokens[i].end, a.text, a.kind, a.name, a.title, a.head)
    if tokens[i].lower == "who" and i >= 2 and tokens[i - 1].text == ",":
        # "Walter Penn, who called it “unfit”": the mention is "Walter Penn, who",
        # the speaker Penn.
        antecedent = phrase_ending_at(tokens, i - 2)
        start = antecedent.start if antecedent is not None else tokens[i].start
        if antecedent is not None and antecedent.kind == "name" and names_a_body(antecedent.name):
            # "Ida Marsh, director of the Lakeside Institute, who writes": "who"
            # is a person, the one the appositive describes.
            antecedent = _person_before_appositive(tokens, antecedent) or antecedent
            start = tokens[i].start  # "who" alone: the appositive between is no part of it
        if antecedent is not None and antecedent.kind == "nominal" and _after_preposition(tokens, antecedent):
            return None  # "one aide familiar with the budget, who added": not the talks
        if antecedent is not None and antecedent.kind == "nominal":
            first = antecedent.start_index(tokens)
            if first >= 1 and tokens[first - 1].lower in ("now", "then"):
                first -= 1
            described = _person_the_role_describes(tokens, antecedent, first, i)
            if described is not None:
                return described  # "Baker, now the majority leader, who said"
        if antecedent is not None and antecedent.kind != "pronoun":
            a = antecedent
            return Mention(start, tokens[i].end, a.text, a.kind, a.name, a.title, a.head)
        return None
    role_from_appositive = ""
    if tokens[i].text == ",":
        # "Ruth Marlowe, who studied …, and graduated in 2013, said": the nearest
        # name before a relative clause, however many commas the clause has.
        relative = _subject_before_relative_clause(tokens, i)
        if relative is not None:
            return relative
        # "Jane Doe, a spokeswoman for the ministry, said"
        j = _comma_opening(tokens, i)
        if j is None:
            return None
        j = _past_listed_items(tokens, j)
        inner = tokens[j + 1 : i]
        if not inner:
            return None
        if inner[0].lower in _PLACE_CLAUSE_OPENERS:
            # "Jo Hart, a councillor in Ely County, where the school is, said":
            # the clause is about the place; the speaker comes before it.
            i, j = j, _comma_opening(tokens, j)
            if j is None:
                return None
            inner = tokens[j + 1 : i]
            if not inner or inner[0].lower in _PLACE_CLAUSE_OPENERS:
                return None
        state_after_town = _is_state_after_town(tokens, j, inner)
        town = _town_before(tokens, j) if state_after_town else -1
        if town >= 1 and tokens[town].lower != "in" and not is_name_word(tokens[town - 1]):
            # "Dean Ross, a salesman from Sumter, South Carolina, says": the
            # place ends an appositive that opens further back.
            outer = _comma_opening(tokens, j)
            if outer is not None:
                j, inner, state_after_town = outer, tokens[outer + 1 : i], False
        opener = inner[0].lower
        if state_after_town:
            pass  # "Tom Baker of Salem, Ore., said": the town's state, not a name
        elif len(inner) <= 3 and _PARTY_AND_STATE.fullmatch("".join(t.text for t in inner)):
            pass  # "Ben Ashford, R-Ida., said", "Tom Baker, R-Ohio, said": not a name in apposition
        elif inner[0].is_capitalized and opener in TITLES and len(inner) > 1 and not _names_only(inner[1:]):
            role_from_appositive = _join(inner)  # "Lena Voss, Republican of Ohio, said"
        elif _names_only(inner) and opener not in NOT_NAMES:
            # "The golfer's agent, Pat Moreno, told", "…'s chief medical officer, Dr. Lena Voss, said"
            # the name in apposition speaks.
            named = _name_ending_at(tokens, i - 1, j + 1)
            before = phrase_ending_at(tokens, j - 1) if j > 0 else None
            if before is not None and before.kind == "nominal":
                before = _with_the_noun_it_modifies(tokens, before, j - 1)  # "the chair of the board, Lena Voss,"
                # "The mayor, Ana Ruiz, said": the whole phrase, with the role kept.
                return Mention(before.start, named.end, f"{before.text}, {named.text}", "name", named.name, before.text, named.head)
            return Mention(named.start, named.end, named.text, "name", named.name, "", named.head)
        else:
            possessive = _is_possessive(inner[0])
            if not (opener in _APPOSITIVE_OPENERS or possessive or inner[0].text[0].isdigit() or not inner[0].is_capitalized):
                return None
            if opener in DETERMINERS or opener in POSSESSIVE_PRONOUNS or possessive:
                role_from_appositive = _join(inner)
        i = _before_aside(tokens, _before_parenthesis(tokens, j - 1))  # "Jo Ree (R-Ohio), a panel member, said"
        if i >= 2 and tokens[i].text.isdigit() and len(tokens[i].text) <= 3 and tokens[i - 1].text == ",":
            i -= 2  # "Lena Voss, 52, a nurse from Eastvale, said": an age before the appositive
    mention = phrase_ending_at(tokens, i)
    if mention is not None and not role_from_appositive:
        mention = _with_the_noun_it_modifies(tokens, mention, i)
    if mention is not None and mention.kind == "name" and not role_from_appositive:
        town = _town_before_state(tokens, mention.start_index(tokens), i)
        if town >= 1 and tokens[town].lower != "in" and is_name_word(tokens[town - 1]):
            return subject_before(tokens, town)  # "Stacy Ross of Columbia, South Carolina says"
    if (mention is None or mention.kind == "nominal") and not role_from_appositive:
        # "A senior official who spoke on condition of anonymity said": not "anonymity"
        mention = _subject_of_a_relative_clause(tokens, i) or mention
    if mention is None:
        return None
    first = mention.start_index(tokens)
    if mention.kind == "nominal" and not role_from_appositive and first > 0 and tokens[first - 1].lower in _PHRASE_PREPOSITIONS:
        # "Voss at the time said", "Voss, who has in the past described":
        # the phrase is a circumstance; the subject stands before it.
        return subject_before(tokens, first - 1)
    if mention.kind == "name" and not role_from_appositive and first > 1 and tokens[first - 1].lower in _PLACE_PREPOSITIONS:
        # "Officials in Eastvale said", "Workers at the plant in Eastvale
        # said": the place is where the speakers are, not who speaks.
        placed = subject_before(tokens, first - 1)
        if placed is not None and _stands_for_itself(tokens, placed):
            return placed
    if first > 1 and tokens[first - 1].lower in _LINKS_AFTER_PARTICIPLE and _is_participle(tokens[first - 2]):
        # "Another source speaking to Radio North said": the participle's
        # object is no subject; the one speaking stands before it.
        return subject_before(tokens, first - 2)
    if role_from_appositive:
        title = f"{mention.title}; {role_from_appositive}" if mention.title else role_from_appositive
        mention = Mention(mention.start, mention.end, mention.text, mention.kind, mention.name, title, mention.head)
    return mention


def _stands_for_itself(tokens: list[Token], mention: Mention) -> bool:
    """Whether a phrase before a place ("Officials" in "Officials in
    Eastvale") can be the speaker: a description of someone who can speak,
    or a name, and not the object of a preposition itself ("the role of Voss
    in Eastvale", where "role of" is read as the name's title)."""
    at = mention.start_index(tokens)
    if at > 0 and tokens[at - 1].lower in _PREPOSITIONS_BEFORE_A_PHRASE:
        return False
    if mention.kind == "nominal":
        return describes_a_source(mention)
    title = mention.title.split()
    return not title or title[-1].lower() not in _PREPOSITIONS_BEFORE_A_PHRASE


def _names_only(tokens: list[Token]) -> bool:
    """Whether every word is a name's ("Pat Moreno", "Dr. Lena Voss", "Jan van Berg")."""
    return all(is_name_word(t) or t.lower in NAME_PARTICLES for t in tokens)


def _with_the_noun_it_modifies(tokens: list[Token], mention: Mention, i: int) -> Mention:
    """The whole phrase when ``mention`` (ending at ``tokens[i]``) is only the
    object of what follows a source's noun: "A person familiar with the
    matter said", "A source close to the mayor said", "an official with
    knowledge of the talks said", "a spokeswoman for the authority said" are
    the person's, the source's, the official's and the spokeswoman's words,
    not the matter's, the mayor's, the talks' or the authority's."""
    p = mention.start_index(tokens) - 1
    if p >= 1 and tokens[p].lower in _ARTICLES_BEFORE_OBJECTS:
        p -= 1  # "familiar with the matter"
    if p < 1:
        return mention
    link = (tokens[p - 1].lower, tokens[p].lower)
    if tokens[p].lower in _PERSON_OF_A_BODY and mention.kind == "nominal" and is_name_word(tokens[p - 1]):
        person = phrase_ending_at(tokens, p - 1)
        if person is not None and person.kind == "name":
            # "Const. Ana Lund of the Eastvale police said": the person speaks
            text = _join(tokens[person.start_index(tokens) : i + 1])
            role = f"{person.title} {_join(tokens[p : i + 1])}".strip()
            return Mention(person.start, mention.end, text, "name", person.name, role, person.head)
        if not _names_a_role(tokens[p - 1].lower):
            return mention  # else "Critics of the plan call it": a capital only the sentence gives
    if tokens[p].lower in _SERVING_LINKS and tokens[p - 1].lower in _SERVING_NOUNS:
        h = p - 1  # "a spokeswoman for the authority said": who speaks for it
    elif link in _SOURCE_MODIFIERS:
        h = p - 2
    elif tokens[p].lower == "of" and tokens[p - 1].lower == "knowledge" and p >= 3 and tokens[p - 2].lower in ("with", "without"):
        h = p - 3
    elif tokens[p].lower == "of" and _names_a_role(tokens[p - 1].lower):
        h = p - 1  # "the director of the museum said", "the authors of the report conclude"
    else:
        return mention
    holder = phrase_ending_at(tokens, h) if h >= 0 else None
    if holder is not None and holder.kind == "name" and h == 0 and holder.end == tokens[0].end:
        holder = _nominal(tokens[:1])  # "Aides close to …": a noun that opens the sentence
    if holder is None or holder.kind != "nominal":
        return mention
    text = _join(tokens[holder.start_index(tokens) : i + 1])
    return Mention(holder.start, mention.end, text, "nominal", text, "", holder.head)


def _names_a_role(word: str) -> bool:
    """Whether a noun names people by what they do or what they stand for:
    "director", "authors", "critics"."""
    singular = word[:-1] if word.endswith("s") else word
    return word in ROLE_NOUNS or singular in ROLE_NOUNS or singular in _HEADS or singular in _STANCES


_HEADS = frozenset("head chief chairman chairwoman chairperson chair dean rector principal commissioner".split())
"""Who leads a body, named by the body after "of": "the head of the agency"."""
_STANCES = frozenset("critic supporter opponent proponent backer detractor defender champion fan ally".split())
"""People named by where they stand on what follows "of": "critics of the plan"."""


_ARTICLES_BEFORE_OBJECTS = frozenset("the a an".split())
_PERSON_OF_A_BODY = frozenset("of from".split())
"""Links from a person to the body they belong to; not "at" or "with", which open circumstances ("at the time")."""
_SOURCE_MODIFIERS = frozenset(
    {
        ("familiar", "with"), ("close", "to"), ("knowledgeable", "about"), ("briefed", "on"),
        ("involved", "in"), ("privy", "to"), ("aware", "of"), ("loyal", "to"),
    }
)
"""What a source's noun may be followed by before its verb ("a person familiar with the matter said")."""


def _past_listed_items(tokens: list[Token], j: int) -> int:
    """The comma that opens an appositive holding a list ("Ana Lund,
    secretary for ports, ferries, and fisheries, said"), when the comma at
    ``tokens[j]`` is one of the list's own: the last item is met first
    ("and fisheries"), then the short ones before it ("ferries")."""
    if j + 1 >= len(tokens) or tokens[j + 1].lower not in ("and", "or"):
        return j
    for _ in range(_MAX_LISTED_ITEMS):
        k = _comma_opening(tokens, j)
        if k is None:
            return j
        item = tokens[k + 1 : j]
        if not (1 <= len(item) <= 2 and all(t.is_word and not t.is_capitalized for t in item)):
            return k  # the words before the items: the appositive's own start
        j = k
    return j


_MAX_LISTED_ITEMS = 4


def _comma_opening(tokens: list[Token], i: int) -> int | None:
    """The comma that opens the clause or appositive closed by the comma at
    ``tokens[i]``, if one does within 30 tokens and no other punctuation
    comes between."""
    j = i - 1
    while j >= 0 and tokens[j].text not in ",;:(" and i - j <= 30:
        j -= 1
    return j if j >= 1 and tokens[j].text == "," else None


_DASHES = frozenset("\u2014\u2013")
_ASIDE_CLOSERS = _DASHES | {")"}
"""Marks that may close an aside between a speaker and the verb."""


def _before_dashes(tokens: list[Token], i: int) -> int:
    """The index before an aside between dashes that ends at ``tokens[i]``
    ("Paul Ek — named by the Herald as the favourite — told"), ``i`` when
    there is none, -1 when the dash opens nothing."""
    if i < 0 or tokens[i].text not in _DASHES:
        return i
    j = i - 1
    while j >= 0 and tokens[j].text not in _DASHES and tokens[j].text not in ".;:!?" and i - j <= 40:
        j -= 1
    return skip_adverbs_back(tokens, j - 1) if j >= 1 and tokens[j].text in _DASHES else -1


def _before_parenthesis(tokens: list[Token], i: int) -> int:
    """The index before a parenthesis that ends at ``tokens[i]`` ("Helen Marsh
    (D-Ore.) said"), or ``i`` when there is none."""
    if i < 0 or tokens[i].text != ")":
        return i
    j = i
    while j >= 0 and tokens[j].text != "(" and i - j < 12:
        j -= 1
    return skip_adverbs_back(tokens, j - 1) if j >= 0 and tokens[j].text == "(" else -1


def names_a_body(name: str) -> bool:
    """"Riverside Medical Institute": a name with a word only bodies' names have."""
    return not ORGANISATION_NAME_WORDS.isdisjoint(name.lower().split())


def _person_before_appositive(tokens: list[Token], appositive: Mention) -> Mention | None:
    """The name before the comma that opens the appositive ending in ``appositive``."""
    k = appositive.start_index(tokens)
    j = k - 1
    while j > 0 and tokens[j].text != "," and k - j <= _MAX_APPOSITIVE_WORDS:
        j -= 1
    if j < 1 or tokens[j].text != ",":
        return None
    person = phrase_ending_at(tokens, j - 1)
    if person is None or person.kind != "name" or names_a_body(person.name):
        return None
    return person


_PARTY_AND_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")
_PLACE_LINKS = frozenset("of in from".split())
_PHRASE_PREPOSITIONS = frozenset("in at on during".split())
"""Prepositions whose phrase may stand between a subject and its verb."""
_PLACE_PREPOSITIONS = frozenset("in at".split())
"""Prepositions before a place or a body a subject is in: "Officials in Eastvale said"."""
_PREPOSITIONS_BEFORE_A_PHRASE = frozenset("of in at on for to with from by about".split())


def _is_state_after_town(tokens: list[Token], comma: int, inner: list[Token]) -> bool:
    """Whether the words between two commas name the state or country of a town
    just named: "of Salem, Ore.,", "from Leeds, England,"."""
    words = [t for t in inner if t.text != "."]
    if not 1 <= len(words) <= 2 or not all(is_name_word(t) for t in words):
        return False
    if not _names_a_state(words):
        return False  # "a nurse from Leeds, Lena Voss, said": a person in apposition
    return _town_before(tokens, comma) >= 0


def _names_a_state(words: list[Token]) -> bool:
    """Whether one or two capitalised words after a town may be its state,
    rather than a person ("Lena Voss")."""
    return len(words) == 1 or (len(words) == 2 and words[0].lower not in GIVEN_NAMES)


def _town_before_state(tokens: list[Token], first: int, last: int) -> int:
    """Where "of", "from" or "in" opens the town of the state ``tokens[first :
    last + 1]`` ("of Columbia, South Carolina"), or -1 when those words are no
    state after a town."""
    if first < 2 or tokens[first - 1].text != "," or not _names_a_state(tokens[first : last + 1]):
        return -1
    return _town_before(tokens, first - 1)


def _town_before(tokens: list[Token], comma: int) -> int:
    """Where "of", "from" or "in" opens the town that ends at the comma
    ``tokens[comma]`` ("a salesman from Sumter, …"), or -1."""
    k = comma - 1
    while k >= 0 and is_name_word(tokens[k]) and comma - k <= 3:
        k -= 1
    return k if k < comma - 1 and k >= 1 and tokens[k].lower in _PLACE_LINKS else -1


_RELATIVE_OPENERS = frozenset("who whose whom which".split())
_PLACE_CLAUSE_OPENERS = frozenset(("where",))


def _subject_of_a_relative_clause(tokens: list[Token], i: int) -> Mention | None:
    """The sentence's subject when a relative clause with no commas ends at
    ``tokens[i]``: "A senior official who spoke on condition of anonymity
    said" is the official's, not "anonymity"'s."""
    for w in range(i - 1, max(0, i - _RELATIVE_CLAUSE_REACH), -1):
        word = tokens[w]
        if not word.is_word:
            return None  # a comma or a mark: the clause would run across it
        if word.lower == "who":
            antecedent = phrase_ending_at(tokens, w - 1) if w > 0 else None
            if antecedent is None or antecedent.kind == "pronoun" or antecedent.start != tokens[0].start:
                return None  # "the support of a general who …": a clause inside another
            if antecedent.kind == "nominal" and not describes_a_source(antecedent):
                return None
            return antecedent
    return None


_RELATIVE_CLAUSE_REACH = 16
"""Words a relative clause between a subject and its verb may have."""


def _subject_before_relative_clause(tokens: list[Token], comma: int) -> Mention | None:
    for j in range(comma - 1, max(0, comma - 40), -1):
        if tokens[j].text == "," and j + 1 < comma and tokens[j + 1].lower in _RELATIVE_OPENERS:
            if tokens[j + 1].lower == "whose" and _whose_role_then_name(tokens, j + 1, comma):
                return None  # "the association, whose president, Ron Ek, called it": the president, below
            k = _before_aside(tokens, j - 1)
            if k >= 0 and is_name_word(tokens[k]):
                state = k - 1 if k >= 1 and is_name_word(tokens[k - 1]) else k  # "South Carolina"
                town = _town_before_state(tokens, state, k)
                if town >= 1:
                    # "Harry Bond, 30, of Raleigh, N.C., who …": the person the place is of
                    return subject_before(tokens, town)
                return phrase_ending_at(tokens, k)
            return None
    return None


def _whose_role_then_name(tokens: list[Token], whose: int, comma: int) -> bool:
    """Whether a "whose" clause is only a role and its holder's name right before
    the verb's comma ("…, whose president, Ron Ek, called it"), so the name
    speaks; not a clause that goes on ("Voss, whose hometown, Salem, is …, argues")."""
    inner = next((x for x in range(whose + 1, comma) if tokens[x].text == ","), -1)
    if inner < whose + 2 or inner + 1 >= comma:
        return False
    return all(is_name_word(t) or t.lower in NAME_PARTICLES for t in tokens[inner + 1 : comma])


_LINKS_AFTER_PARTICIPLE = frozenset("to with on for in".split())
"""Prepositions taking a participle's object: "speaking to Radio North"."""


def _is_participle(tok: Token) -> bool:
    return tok.is_word and not tok.is_capitalized and tok.lower.endswith("ing") and len(tok.lower) > 4


_ASIDES = frozenset("meanwhile however too though instead moreover nonetheless nevertheless therefore again".split())
"""Words set off by commas between a subject and what follows it: "Ek, meanwhile, who …"."""


def _before_aside(tokens: list[Token], i: int) -> int:
    """The index before an adverb set off by commas that ends at ``tokens[i]``
    ("Paul Ek, meanwhile, who …"), or ``i`` when there is none."""
    if i >= 2 and tokens[i - 1].text == "," and not tokens[i].is_capitalized and (
        tokens[i].lower in _ASIDES or tokens[i].lower in ADVERBS or tokens[i].lower.endswith("ly")
    ):
        return i - 2
    return i


def subject_after(tokens: list[Token], start_index: int) -> Mention | None:
    """The speaker phrase that starts at ``tokens[start_index]`` ("said Jane Doe, a ...")."""
    i = start_index
    n = len(tokens)
    if i >= n or not (tokens[i].is_word or tokens[i].text[0].isdigit()) or tokens[i].lower in _OBJECT_PREPOSITIONS or tokens[i].lower in WEEKDAYS:
        return None  # '“…” state of the campaign': no speaker stands after a preposition, nor "said Tuesday that"
    if tokens[i].lower in SUBJECT_PRONOUNS:
        return _pronoun(tokens[i])
    mention = _subject_after(tokens, i)
    if mention is None and tokens[i].text[0].isdigit():
        # "said 9/11 widow Ana Ruiz", "said 2016 candidate Tom Baker": a
        # number modifies the role before a name
        k = past_a_date(tokens, i)
        named = _subject_after(tokens, k) if k > i else None
        return named if named is not None and named.kind == "name" else None
    # "said Hill's partner, Leo Brandt": the name in apposition is the speaker.
    if mention is not None and mention.kind == "nominal":
        k = next((x for x in range(i, min(n, i + 12)) if tokens[x].start >= mention.end), n)
        if k < n and tokens[k].lower in ("of", "at", "for"):
            tail = k + 1  # "said the mayor of Eastvale, Lena Voss": past where the role is
            while tail < n and tail - k <= 6 and tokens[tail].is_word:
                tail += 1
            k = tail if tail < n and tokens[tail].text == "," else k
        if k + 1 < n and tokens[k].text == "," and is_name_word(tokens[k + 1]) and tokens[k + 1].lower not in NOT_NAMES:
            e = k + 1
            while e + 1 < n and (is_name_word(tokens[e + 1]) or tokens[e + 1].lower in NAME_PARTICLES):
                e += 1
            if e + 1 >= n or not tokens[e + 1].is_word:
                named = _name_ending_at(tokens, e, k + 1)
                title = mention.text
                return Mention(mention.start, named.end, named.text, "name", named.name, title, named.head)
    if mention is not None and mention.kind == "name":
        role = appositive_role_after(tokens, mention)
        if role:  # "said Lena Voss, a professor at Eastvale University": what she is, kept with her name
            title = f"{mention.title}; {role}" if mention.title else role
            return Mention(mention.start, mention.end, mention.text, "name", mention.name, title, mention.head)
    return mention


_APPOSITIVE_ENDS = frozenset(",.;:")
_RELATIVE_PRONOUNS = frozenset("who whose which that".split())
_ROLE_LINKS = frozenset("of at for with in from on to and".split())
_PERSON_ENDINGS = (*PERSON_NOUN_ENDINGS, "ive")
"""A person's noun, and in an appositive "representative", "executive" too."""
_NOT_PERSONS = frozenset("later earlier after ago ever never over together rather further longer moment".split())
"""Words with a person's ending that end a time or a manner instead: "a year later"."""


def appositive_role_after(tokens: list[Token], mention: Mention) -> str:
    """The role an appositive after a name gives ("said Lena Voss, a
    professor at Eastvale University.", "said Tom Baker, president of Local
    418."), or "". It opens with an article, a possessive or the role itself,
    ends where the clause does (a comma, a full stop, a relative pronoun or
    the window's end), and its noun before any "of"/"at"/"for" names a
    person: "said Voss, a day after the vote" gives none."""
    n = len(tokens)
    k = mention.end_index(tokens)
    if k + 3 < n and tokens[k].text == "," and tokens[k + 1].text.isdigit() and len(tokens[k + 1].text) <= 3 and tokens[k + 2].text == ",":
        k += 2  # past an age: "said Lena Voss, 52, a nurse"
    if k + 1 >= n or tokens[k].text != ",":
        return ""
    opener = tokens[k + 1].lower
    determined = opener in ("a", "an", "the") or opener in POSSESSIVE_PRONOUNS
    if not (determined or opener in ROLE_NOUNS or opener in TITLES):
        return ""
    e = k + 2
    while e < n and (tokens[e].is_word or tokens[e].text[0].isdigit()) and e - k <= _MAX_APPOSITIVE_WORDS and tokens[e].lower not in _RELATIVE_PRONOUNS:
        e += 1
    if e < n and tokens[e].text not in _APPOSITIVE_ENDS and tokens[e].lower not in _RELATIVE_PRONOUNS:
        return ""  # a relative clause may follow the role: "a lawyer in Orlando who specializes in …"
    words = tokens[k + 1 : e]
    head = next((x for x in range(1, len(words)) if words[x].lower in _ROLE_LINKS), len(words)) - 1
    noun = words[head].lower
    if (determined and head < 1) or noun in TIME_WORDS or noun in _NOT_PERSONS:
        return ""
    if not (noun in ROLE_NOUNS or noun in TITLES or noun in FEMALE_NOUNS or noun in MALE_NOUNS or noun.endswith(_PERSON_ENDINGS)):
        return ""  # "her former chief of staff", "his wife" and "a lawyer" name a person; "his voice breaking" does not
    return _join(words)


def _subject_after(tokens: list[Token], i: int) -> Mention | None:
    n = len(tokens)
    j = i
    counted = tokens[j].lower in _QUANTITIES and j + 2 < n and tokens[j + 1].lower == "of" and tokens[j + 2].is_word
    # Determiner-led description: "says the piece", "added a spokeswoman for the city",
    # a possessive one: "says Ortiz's dad", or a counted one: "Hundreds of nurses".
    if counted or tokens[j].lower in DETERMINERS or tokens[j].lower in POSSESSIVE_PRONOUNS or (
        _is_possessive(tokens[j]) and j + 1 < n and tokens[j + 1].is_word and not tokens[j + 1].is_capitalized
    ):
        j += 3 if counted and tokens[j + 2].lower in DETERMINERS else 2 if counted else 1
        if j + 1 < n and _is_year(tokens[j].text) and tokens[j + 1].is_word:
            j += 1  # "said a 2008 campaign veteran", "the 2012 nominee": a year describes the noun
        while j < n and tokens[j].is_word and tokens[j].lower not in NP_BREAKERS and j - i < _MAX_NOMINAL_WORDS:
            verb_like = not tokens[j].is_capitalized and tokens[j].lower in SPEECH_VERBS and tokens[j - 1].lower != "of"
            if j > i + 1 and (verb_like or (j + 1 < n and tokens[j + 1].lower in DETERMINERS) or _goes_on_to(tokens, j)):
                break  # "the diocese issued a statement", "the writer criticizes": the verb
            j += 1
        words = tokens[i:j]
        if len(words) == 1 and words[0].lower in ("another", "one") and (j >= n or not tokens[j].is_word):
            return _nominal_pronoun(words[0])  # "“…,” tweeted another."
        if len(words) < 2:
            return None
        if words[-1].is_capitalized and words[-1].lower not in NOT_NAMES:
            of = next((x for x, w in enumerate(words) if w.lower == "of"), -1)
            if of > 1 and not words[of - 1].is_capitalized:
                return _nominal(words[:of])  # "says the founder of Harbor Press": a role at a body
            # "said the company's CEO Jane Doe"; "said the Prime Minister" describes someone
            described = phrase_ending_at(tokens, j - 1)
            return with_determiner(tokens[i], described) if described is not None and tokens[i].lower == "the" else described
        return _nominal(words)
    # Titles, roles and a name: "said City Hall spokesman Carl Venn",
    # "says Farm and Food senior manager Iris Lam".
    named = False
    while j < n and tokens[j].is_word and j - i < 10 and (
        tokens[j].lower not in NP_BREAKERS
        or (tokens[j].lower in ("and", "of", "&") and j + 1 < n and tokens[j + 1].is_word and j > i)
        or _given_name_like_a_word(tokens, j)
    ):
        if named and not tokens[j].is_capitalized and (tokens[j].lower.endswith("ed") or tokens[j].lower in SPEECH_VERBS):
            break  # "Mayor Lena Voss released a statement …": the name's verb ends it
        named = named or is_name_word(tokens[j])
        j += 1
    while j > i and (not is_name_word(tokens[j - 1]) or (tokens[j - 1].lower in WEEKDAYS and j - 1 > i)):
        j -= 1  # "Lena Voss spoke out Tuesday": the name ends before the day and the verb
    if j > i and j + 1 < n and _group_of_people(tokens[j], tokens[j + 1]):
        return _nominal(tokens[i : j + 1])  # "Voss protesters interrupted": the group, not Voss
    if j > i and _is_possessive(tokens[j - 1]) and j < n and _is_lower_noun(tokens[j]):
        # "said Paul Ek's spokesman": whom the name has speaks, not the name.
        k = j
        while k < n and k - j < 3 and _is_lower_noun(tokens[k]):
            k += 1
        owned = _nominal(tokens[i:k])
        if owned is not None and _names_a_person(owned.head):
            return owned  # not "said Paul Ek's refusal …": a thing is no speaker
    if j == i:
        # Only lower-case words: "said police" / "said officials".
        k = i
        while k < n and tokens[k].is_word and tokens[k].lower not in NP_BREAKERS and k - i < 3:
            if k > i and (tokens[k].lower.endswith("ed") or tokens[k].lower in SPEECH_VERBS):
                break  # "officials discussed …": the verb, not a word of the description
            k += 1
        return _nominal(tokens[i:k]) if k > i else None
    return phrase_ending_at(tokens, j - 1, floor=i)


def past_a_date(tokens: list[Token], i: int) -> int:
    """Where the lower-case words after a year or a date at ``tokens[i]``
    start ("2016 candidate", "9/11 widow"), or ``i`` when none stands there."""
    if i + 3 < len(tokens) and tokens[i + 1].text == "/" and tokens[i].text.isdigit() and tokens[i + 2].text.isdigit():
        k = i + 3
    elif _is_year(tokens[i].text):
        k = i + 1
    else:
        return i
    return k if k < len(tokens) and tokens[k].is_word and tokens[k].text.islower() else i


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[0] in "12"


_QUANTITIES = frozenset("hundreds thousands dozens millions scores many most some several few both".split())
"""Counts that head a group of speakers: "Hundreds of nurses chanted", "said many of the residents"."""
_COUNTED_SOURCES = frozenset("percent per cent %".split())
"""Heads a number goes with to make a source: "21 percent said" (of those polled)."""
_OBJECT_PREPOSITIONS = frozenset("of for".split())
"""Prepositions a description may hold ("a spokeswoman for the city") but
never start with: NP_BREAKERS has the others."""


def _goes_on_to(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is a verb going on to another: "the email goes on
    to say", "the group seeks to", "the mayor went on to add"."""
    k = j + 1
    if k < len(tokens) and tokens[k].lower in ("on", "back"):
        k += 1
    word = tokens[j].lower
    return k < len(tokens) and tokens[k].lower == "to" and (k > j + 1 or word.endswith("ed") or (word.endswith("s") and not word.endswith("ss")))


def phrase_ending_at(tokens: list[Token], i: int, floor: int = 0) -> Mention | None:
    """A speaker phrase whose last word is ``tokens[i]``, read backwards."""
    if i < floor or not tokens[i].is_word:
        return None
    last = tokens[i]
    if last.lower in SUBJECT_PRONOUNS:
        return _pronoun(last)
    if last.lower in _CONTRACTED_PRONOUNS:
        bare = _CONTRACTED_PRONOUNS[last.lower]
        return Mention(last.start, last.start + len(bare), last.text[: len(bare)], "pronoun", bare, "", bare)
    if last.lower in NAME_SUFFIXES and i > floor:
        i -= 1
        last = tokens[i]
    if is_name_word(last) and last.lower not in NOT_NAMES:
        return _name_ending_at(tokens, i, floor)
    if last.lower in NP_BREAKERS:
        return None
    if last.lower in SPEECH_VERBS and not (i > floor and tokens[i - 1].lower in DETERMINERS | POSSESSIVE_PRONOUNS):
        return None  # a verb, unless a determiner makes it a noun: "the report"
    # A description: read back to its determiner or possessive.
    j = i
    while j > floor and i - j < _MAX_NOMINAL_WORDS:
        prev = tokens[j - 1]
        if prev.text == "," and j - 3 >= floor and tokens[j - 3].lower in DETERMINERS and tokens[j - 2].is_word:
            j -= 1  # "the lanky, bespectacled professor": a comma between adjectives
            continue
        if prev.text[0].isdigit() and tokens[i].lower in _COUNTED_SOURCES:
            j -= 1  # "21 percent said", "two-thirds" aside: the count is the phrase's
            break
        if not prev.is_word:
            break
        if prev.lower in DETERMINERS or prev.lower in POSSESSIVE_PRONOUNS:
            j -= 1
            break
        if prev.lower in NP_BREAKERS or prev.lower in SPEECH_VERBS:
            break
        j -= 1
    words = tokens[j : i + 1]
    if words[0].lower in _OBJECT_PREPOSITIONS:
        return None  # "for many state workers": the object of a preposition
    has_determiner = words[0].lower in DETERMINERS or words[0].lower in POSSESSIVE_PRONOUNS
    if not has_determiner and len(words) > 3:
        words = words[-3:]
    return _nominal(words)


def _name_ending_at(tokens: list[Token], i: int, floor: int) -> Mention:
    """A capitalised name ending at ``tokens[i]``, with the titles and roles before it."""
    j = i
    body = tokens[i].lower.rstrip(".") in ORGANISATION_NAME_WORDS
    while j > floor:
        prev = tokens[j - 1]
        possessive = prev.text.endswith(("'s", "\u2019s"))
        if is_name_word(prev) and not possessive and prev.lower not in NOT_NAMES:
            j -= 1
        elif possessive and body and is_name_word(prev) and prev.lower not in NOT_NAMES:
            j -= 1  # a body named for someone: "Alzheimer's Association", "McDonald's Corp."
            body = False  # one such possessive: "Canada's Children's Fund" is the fund
        elif prev.lower in NAME_PARTICLES and j - 1 > floor and (
            is_name_word(tokens[j - 2])
            or (tokens[j - 2].lower in NAME_PARTICLES and j - 2 > floor and is_name_word(tokens[j - 3]))
        ):
            j -= 1  # "Maria de la Cruz", "Jan van der Berg": one particle or two
        else:
            break
    name_words = tokens[j : i + 1]
    # Titles glued to the front of the name: "President Arnold Vance", "Mr. Vance".
    # The name starts after the last title: "Foreign Affairs Minister Dana Koval".
    k = len(name_words) - 1  # read back from the last word but one to the last title
    while k > 0 and name_words[k - 1].lower not in TITLES:
        k -= 1
    titles = name_words[:k]
    name_words = name_words[k:]
    given = _given_name_inside(name_words)
    if given > 0:
        # Title-case words glued to the front ("Harbour Widow Lena Voss" in a
        # headline): the person starts at the given name.
        titles, name_words = titles + name_words[:given], name_words[given:]
    link = j - 2 if j - 2 >= floor and tokens[j - 1].lower == "the" else j - 1
    if link - 1 >= floor and tokens[link].lower == "of" and tokens[link - 1].lower in TITLES and not _surname_after_given_name(tokens, link - 1, floor):
        described = _office_at(tokens, link - 1, i, floor) if not titles and len(name_words) < 3 else None
        if described is not None:
            return described
        # An office, then who holds it: "Secretary of State Lena Voss",
        # "Speaker of the House Rep. Paul Ek". The person is not the title.
        if not titles and len(name_words) > 2:
            split = _holder_starts(name_words)
            titles, name_words = name_words[:split], name_words[split:]
        titles = tokens[link - 1 : i + 1 - len(name_words)]
        j = link - 1
    elif link - 1 >= floor and tokens[link].lower in ("of", "at", "from", "with") and is_name_word(tokens[link - 1]):
        # "Wen Li of AMX said", "Mr. Hale of the Alpine Club said": the person speaks.
        person = _name_ending_at(tokens, link - 1, floor)
        org = _join(tokens[link : i + 1])
        role = f"{person.title} {org}".strip()
        return Mention(person.start, tokens[i].end, _join(tokens[person.start_index(tokens) : i + 1]), "name", person.name, role, person.head)
    # Roles before the name: "City Hall press secretary", "Oakville coach".
    r = j
    while r > floor and i - r < 12:
        prev = tokens[r - 1]
        if not prev.is_word or prev.lower in _ENDS_ROLES:
            break
        r -= 1
    # Read back from the name over the roles (to ``r - 1``, never below
    # ``floor + 1``) for the nearest "spokesman for", "adviser to". The
    # preposition is tested first: it rules out nearly every word at once.
    serving = -1
    for x in range(j - 1, r - 2 if r - 2 > floor else floor, -1):  # max(), written out
        if tokens[x].lower in _SERVING_LINKS and tokens[x - 1].lower in _SERVING_NOUNS:
            serving = x
            break
    if serving >= 0:
        # "a spokesman for Senator Paul Ek", "an adviser to Lena Voss": the one
        # who speaks for the person speaks, not the person.
        holder = phrase_ending_at(tokens, serving - 1, floor)
        if holder is not None and holder.kind == "nominal":
            text = _join(tokens[holder.start_index(tokens) : i + 1])
            return Mention(holder.start, tokens[i].end, text, "nominal", text, "", holder.head)
    text = _join(tokens[r : i + 1])
    if r == j and not titles:
        # No role nor title before the name (most names): the name's words are
        # all of ``tokens[r : i + 1]``, so its join is the one just made.
        return Mention(tokens[r].start, tokens[i].end, text, "name", text, "", name_words[-1].lower)
    title = _join(tokens[r:j] + titles)
    return Mention(tokens[r].start, tokens[i].end, text, "name", _join(name_words), title, name_words[-1].lower)


_ENDS_ROLES = NP_BREAKERS | SPEECH_VERBS | DETERMINERS
"""Words before a name's roles: a clause word, a verb or the determiner."""
_CLAUSE_WORDS = frozenset("are were have had will would could can may might should must do did say".split())
"""Verbs a plural subject goes on with: "Voss aides are", "Ek supporters say"."""
_SERVING_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson spokesmen spokespeople lawyer lawyers attorney attorneys
    adviser advisers advisor advisors aide aides assistant counsel representative agent publicist
    """.split()
)


def _names_a_person(noun: str) -> bool:
    """Whether a description's head noun is one for people: "spokesman", "wife"."""
    return _among(noun, _PERSON_NOUNS)


def _among(noun: str, nouns: frozenset[str]) -> bool:
    """Whether ``noun``, or its singular, is one of ``nouns``."""
    return noun in nouns or noun.removesuffix("s") in nouns


def _group_of_people(word: Token, following: Token) -> bool:
    """Whether ``word`` after a name is a plural noun for people with its verb
    after it ("Voss protesters interrupted", "Ek aides are"), not a verb of the
    name's own ("Voss offers a plan", "the FBI lists “…”")."""
    low, verb = word.lower, following.lower
    if word.is_capitalized or not low.endswith("s") or not _names_people(low):
        return False
    return not following.is_capitalized and (verb.endswith("ed") or verb in _CLAUSE_WORDS or verb in SPEECH_VERBS)


_SERVING_LINKS = frozenset(("for", "to"))
"""With a serving noun before it, names one who speaks for someone else:
"spokesman for", "adviser to", "lawyer for"."""


def _first_given_name(words: list[Token]) -> int:
    """Where the first known given name after the first word stands in a run of
    capitals, the last word (the surname) aside; 0 if none does."""
    for x in range(1, len(words) - 1):  # a loop: most runs are too short to enter it
        if words[x].lower in GIVEN_NAMES:
            return x
    return 0


def _office_at(tokens: list[Token], office: int, i: int, floor: int) -> Mention | None:
    """"the mayor of Eastvale", "the former president of the United States",
    "the Secretary of State": with a determiner before the office, the words
    after "of" are where the office is, not who holds it; the holder speaks."""
    d = office - 1
    if d >= floor and tokens[d].text.islower() and tokens[d].lower not in DETERMINERS:
        d -= 1  # "the former mayor of …"
    if d < floor or tokens[d].lower not in DETERMINERS:
        return None
    text = _join(tokens[d : i + 1])
    return Mention(tokens[d].start, tokens[i].end, text, "nominal", text, "", tokens[office].lower)


def _surname_after_given_name(tokens: list[Token], k: int, floor: int) -> bool:
    """Whether the title-like word ``tokens[k]`` is a surname after a given
    name or an initial: "Peter T. King of New York", not "Secretary of State"."""
    j = k - 1
    while j >= floor and _INITIAL.fullmatch(tokens[j].text):
        j -= 1
    return j >= floor and tokens[j].lower in GIVEN_NAMES


_INITIAL = re.compile(r"[A-Z]\.")


def _given_name_inside(words: list[Token]) -> int:
    """Where a known given name starts a person's name after other capitalised
    words, in a run of three or more whose first word is no given name; else 0."""
    if len(words) < 3 or words[0].lower in GIVEN_NAMES:
        return 0
    return _first_given_name(words)


def _holder_starts(words: list[Token]) -> int:
    """Where the holder's name starts in the capitals after "Secretary of":
    at a known given name ("State Lena Voss"), else the last two words, middle
    initials aside ("Homeland Security Jo T. Ree")."""
    known = _first_given_name(words)
    if known > 0:
        return known
    start = len(words) - 2
    while start > 1 and len(words[start].text.rstrip(".")) == 1:
        start -= 1  # an initial belongs with the given name before it
    return start


def with_determiner(determiner: Token, mention: Mention) -> Mention:
    """A mention read past the determiner in front of it. A capitalised phrase
    that ends in a role ("the Lakeside Republican", "the Labour MP") describes
    a person rather than naming one; an organisation's name stays a name ("the
    Harbor Gazette")."""
    if mention.kind != "name" or mention.head not in TITLES:
        return mention
    text = f"{determiner.text} {mention.text}"
    return Mention(determiner.start, mention.end, text, "nominal", text, "", mention.head)


_NOUN_PREPOSITIONS = frozenset("with about".split())
"""Prepositions whose object is no subject: "familiar with the budget, who …"."""


def _after_preposition(tokens: list[Token], mention: Mention) -> bool:
    first = mention.start_index(tokens)
    return first > 0 and tokens[first - 1].lower in _NOUN_PREPOSITIONS


def _given_name_like_a_word(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is a given name spelled like a function word,
    capitalised before a surname: "said Will Brandt"."""
    tok = tokens[j]
    return tok.is_capitalized and tok.lower not in NOT_NAMES and j + 1 < len(tokens) and is_name_word(tokens[j + 1])


def _is_lower_noun(tok: Token) -> bool:
    """A lower-case word that may go on a noun phrase (no verb, no clause word)."""
    return tok.is_word and not tok.is_capitalized and tok.lower not in NP_BREAKERS and tok.lower not in SPEECH_VERBS


def _is_possessive(tok: Token) -> bool:
    return tok.text.endswith(("'s", "\u2019s", "s'", "s\u2019"))


def _pronoun(tok: Token) -> Mention:
    return Mention(tok.start, tok.end, tok.text, "pronoun", tok.text, "", tok.lower)


def _nominal_pronoun(tok: Token) -> Mention:
    """"another", "one": a description with its noun left out."""
    return Mention(tok.start, tok.end, tok.text, "nominal", tok.text, "", tok.lower)


def _nominal(words: list[Token]) -> Mention | None:
    if not words or not words[-1].is_word:
        return None
    while len(words) > 2 and _postmodifies(words[-1], words[-2]):
        words = words[:-1]  # "the statement released Monday", "a person close to": the noun heads it
    if len(words) > 2 and words[-1].lower in _SPANS_OF_TIME and words[-2].lower in _TIME_DETERMINERS:
        words = words[:-2]  # "a study last year by …": the study, not the year
    head = words[-1].lower
    if head in NP_BREAKERS or head in DETERMINERS or head in ("of", "for", "per") or head in _SPANS_OF_TIME:
        return None  # _SPANS_OF_TIME: "said the days when …", "concluded this year": when, not who
    if head in SPEECH_VERBS and len(words) < 2:
        return None
    determined = words[0].lower in DETERMINERS or words[0].lower in POSSESSIVE_PRONOUNS
    if not determined and head.endswith(("ed", "ous", "ing")):
        return None  # "highlighted comments", "spontaneous chants": no speaker there
    text = _join(words)
    return Mention(words[0].start, words[-1].end, text, "nominal", text, "", head)


_SPANS_OF_TIME = frozenset(
    "day days week weeks weekend weekends month months year years decade decades hour hours "
    "morning mornings afternoon afternoons evening evenings night nights".split()
)
_TIME_DETERMINERS = frozenset("last this next that each every same".split())
_POSTMODIFIERS = frozenset("known close familiar".split())


def _postmodifies(word: Token, before: Token) -> bool:
    """Whether ``word`` is a participle or an adjective after its noun, not the noun."""
    if before.lower in DETERMINERS or before.lower in POSSESSIVE_PRONOUNS or before.lower.endswith("ly"):
        return False  # "the newly elected", "the retired": the modifier stands for its noun
    return word.lower.endswith("ed") or word.lower in _POSTMODIFIERS


def _join(words: list[Token]) -> str:
    if len(words) == 1:
        return words[0].text  # what the loop makes of one word, and the commonest case
    out = ""
    prev_end = -1
    for w in words:
        if out and (w.start > prev_end) and w.text not in ",.;:)'":
            out += " "
        out += w.text
        prev_end = w.end
    return out


# ---- whether a mention plainly names a source ------------------------------

_PERSON_NOUNS = ROLE_NOUNS | AUTHOR_NOUNS | TITLES | FEMALE_NOUNS | MALE_NOUNS | _SERVING_NOUNS
_SPEAKING_NOUNS = ROLE_NOUNS | AUTHOR_NOUNS | INSTITUTION_NOUNS | TITLES
"""Heads of descriptions that can stand for a source: a person, a body or a writing."""
_NAME_REACH = 20_000


def describes_a_source(mention: Mention) -> bool:
    """Whether a description's head is a noun for a person, a body or a
    writing ("the mayor", "her husband", "the report"), not some other word
    ("loud", "recent")."""
    return _among(mention.head, _SPEAKING_NOUNS) or _names_people(mention.head)


def _names_people(noun: str) -> bool:
    """A noun for people, or a plural shaped like one ("protesters")."""
    return _names_a_person(noun) or _people_shaped(noun)


_NOT_PEOPLE = frozenset(
    "lists twists exists insists persists resists assists numbers papers orders offers answers covers letters "
    "matters powers waters centers centres quarters borders headquarters others".split()
)


def _people_shaped(noun: str) -> bool:
    """A plural shaped like a noun for people: "protesters", "loyalists"."""
    return noun.endswith(("ers", "ists")) and noun not in _NOT_PEOPLE


def could_speak(text: str, mention: Mention) -> bool:
    """Whether a sentence's subject, met with no speech verb to vouch for it,
    plainly names a source: a "he" or "she", a person's or body's name, or a
    description of one ("the mayor", "the report"); not a capital the sentence
    start gives to a common word ("Weeds cover the greens …") nor a phrase that
    runs on into its verb ("The council voted")."""
    if mention.kind == "pronoun":
        return mention.head in ("he", "she", "they")
    if mention.text.isupper():
        return False
    if mention.kind == "nominal":
        return describes_a_source(mention)
    words = mention.name.split()
    return len(words) > 1 or _named_mid_sentence(text, words[0], mention.start)


def _named_mid_sentence(text: str, word: str, at: int) -> bool:
    """Whether ``word`` stands capitalised after another word somewhere near
    ``at``, as a surname does and a common word given a capital by the start
    of its sentence does not."""
    lo, hi = max(0, at - _NAME_REACH), at + _NAME_REACH  # find() stops at the text's end itself
    pos = text.find(" " + word, lo, hi)
    while pos >= 0:
        end = pos + 1 + len(word)
        if (end >= len(text) or not text[end].isalpha()) and text[pos - 1 : pos].isalpha() and text[pos - 1].islower():
            return True
        pos = text.find(" " + word, end, hi)
    return False


def is_common_word_opener(text: str, mention: Mention) -> bool:
    """Whether a one-word name is a common word the start of its sentence gave
    a capital: it runs straight on into lower-case words, and the text never
    capitalises it inside a sentence. "Partial transcript as follows:" and
    "Programs for adults vary …" name no one, while a name goes on with its
    verb ("Voss insisted", "Aides say") or is met again ("… told Voss")."""
    if mention.kind != "name" or mention.title or " " in mention.name:
        return False
    if mention.head[:-1] in ROLE_NOUNS and mention.head.endswith("s"):
        return False  # people, whatever follows: "Workers at the plant said"
    if not _opens_sentence(text, mention.start) or _goes_on_with_a_verb(text, mention.end):
        return False
    return not _named_mid_sentence(text, mention.name, mention.start)


_VERB_NEIGHBOURS = ADVERBS | _AUXILIARIES | _BE_FORMS | {"must"}


def _goes_on_with_a_verb(text: str, end: int) -> bool:
    """Whether the word after a name is a speech verb (a phrasal one with its
    particle: "Voss shot back"), an auxiliary or an adverb, or an aside set
    off by a comma comes first ("Voss, 52, said")."""
    if text.startswith(",", end):
        return True
    word = word_after(text, end)
    if word is None:
        return False
    if word.text in SPEECH_VERBS or word.text in _VERB_NEIGHBOURS or word.text.endswith("ly"):
        return True
    particle = PHRASAL_SPEECH_VERBS.get(word.text)
    following = word_after(text, word.end) if particle is not None else None
    return following is not None and following.text == particle


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a paragraph, or a sentence after a full stop; not
    the words right after a quote, which go on its sentence ("…,” Voss said)."""
    before = text[pos - 4 if pos > 4 else 0 : pos].rstrip(" \u00a0\t")  # max(), written out
    if not before or before[-1] == "\n":
        return True
    return before[-1] in ".!?" or (before[-1] in "\"\u201d\u2019" and before[-2:-1] in (".", "!", "?"))
