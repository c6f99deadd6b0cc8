"""Turning mentions into speakers: one person, however the text names them.

"Arnold Vance", "President Vance", "Vance" and "Mr. Vance" share a surname and
become one :class:`SpeakerCluster`; "she" goes to the latest person the text
named; "the official" goes to the person whose role is an official, or to the
"senior official" the text introduced; "the piece" speaks for whoever wrote it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from opedtui.engine.lexicon import (
    AUTHOR_NOUNS,
    BASE_FORMS,
    COLLECTIVE_NOUNS,
    DETERMINERS,
    FEMALE_NAMES,
    FEMALE_NOUNS,
    FEMALE_TITLES,
    INSTITUTION_NOUNS,
    MALE_NAMES,
    MALE_NOUNS,
    MALE_TITLES,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NON_PERSON_NAME_WORDS,
    NOT_NAMES,
    ORGANISATION_NAME_WORDS,
    PERSON_NOUN_ENDINGS,
    POSSESSIVE_PRONOUNS,
    PRONOUN_OF_POSSESSIVE,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TIME_WORDS,
    TITLES,
    UNISEX_NAMES,
    WRITING_NOUNS,
)
from opedtui.engine.cues import sentence_subject
from opedtui.engine.mentions import Mention, appositive_role_after, names_a_body, subject_after
from opedtui.engine.tokens import ends_abbreviation, first_sentence_end, has_any_word, last_sentence_start, sentence_starts, tokenize, word_after, word_set

# A dotted acronym (U.S.), an initial, Mr./Mrs./Ms./Dr./St./Jr./Sr., or a capitalised word. Written to
# start with [A-Z] so the regex engine skips other characters quickly.
_NAME_WORD = r"[A-Z](?:(?:\.[A-Z])+\.|(?<=M)(?:rs?|s)\.|(?<=[DJS])r\.|(?<=S)t\.|\.|[\w'\u2019\-]*)"
_NAME_RUN = re.compile(
    rf"{_NAME_WORD}(?:[^\S\n]+(?:(?:van|von|de|del|da|di|du|le|la|bin|al)[^\S\n]+)?{_NAME_WORD}){{0,3}}"
)
_CLAUSE_PRONOUNS = frozenset("he she they we i".split())
"""Subject pronouns, which no name holds: capitals with one are a headline's clause."""
_WH_WORDS = frozenset("what why how who whom whose which where whether".split())
"""Question words that open a sentence in front of a name: "What Mr. Ek has seen"."""
_BEFORE_A_NAME = NOT_NAMES | TITLES | _WH_WORDS
"""Capitals that may stand in a run before the name itself (one set for three tests)."""
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
"""A dotted acronym (U.S., U.N.), or initials when a surname follows (J.J. Ek)."""
_LAST_CAPITALISED = re.compile(r"([A-Z](?<![\w'\u2019.][A-Z])[a-z]+) $")
"""The capitalised word before a final space, if a word starts there (no
letter, apostrophe or dot before it). Opens with the capital, the character
before it checked behind, so the regex engine skips to the capitals instead
of trying an opening "(?:^|[^\\w'\u2019.])" at each character: same matches,
a third of the time."""
_AUTHORING_VERBS = ("written", "authored", "penned", "signed", "submitted")
_AUTHORED_WRITINGS = ("essay", "column", "op-ed", "piece", "letter", "article", "editorial", "memoir", "commentary")
"""Writings "by" and their author follow: "an essay by …", beside "written by …"."""
_AUTHOR_MARKERS = _AUTHORING_VERBS + _AUTHORED_WRITINGS
_AUTHORED_BY = re.compile(rf"\b(?:{'|'.join(_AUTHOR_MARKERS)})\s+by\s+([^.;:\n]{{3,120}})")
_SOMEONE_WHO = re.compile(
    r"^(?:someone|somebody|a person|an individual|one)\s+(?:who|that)\s+"
    r"(?:\w+\s+){0,2}?(?:to\s+be|as|is|was)\s+",
    re.IGNORECASE,
)
_NAME_WORD_ALONE = re.compile(rf"{_NAME_WORD}$")
_PREPOSITIONS_BEFORE_NAMES = frozenset("of from with by to for at about like than against between".split())
_PREPOSITIONS = frozenset("for of at in with from on to within inside under".split())
_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir dame".split())
_OF_NAME = re.compile(r" of (?:the )?(?:[A-Z][\w'\u2019\-]*)(?: [A-Z][\w'\u2019\-]*){0,3}")
_INTRODUCING_WORDS = word_set(FEMALE_NOUNS | MALE_NOUNS | {"A", "An", "One"})
"""Words with which a sentence brings in someone new: a noun with a gender, or
an indefinite article (as written: opening the sentence)."""
_INTRODUCTION_REACH = 120
"""How far before a pronoun's quote such a word is first looked for, in one quick pass."""
_SUBJECT_CHARS = 60
"""How much of a sentence's start holds its subject's noun, for a quick look."""
_TITLE_WORDS = 4
_APPOSITIVE_CHARS = 120
"""How far after a name its appositive is read."""
_APPOSITIVE_OPENING = re.compile(r",[ \u00a0]+(?:\d{1,3},[ \u00a0]+)?([A-Za-z]+)")
"""A comma after a name, an age perhaps, and the appositive's first word."""
_NOT_IN_A_TITLE = frozenset(",;:\"'\u201c\u201d\u2018\u2019)")
"""The most words a title before a name is read for ("Senate Majority Leader")."""
_NO_OFFICE = frozenset("democrat republican gop former acting senior junior first".split())
"""Words of TITLES that say nothing of an office: a party, a time, a rank."""
_INDEFINITE = frozenset("a an one another".split())
"""Determiners of a description that brings in someone new: "one adviser said"."""
_BODY_NOUNS = frozenset(
    "company firm agency department ministry organization organisation utility corporation "
    "bank airline group association union board commission council government diocese "
    "school university hospital team club league network station newspaper".split()
)
_PERSONAL_PRONOUN = re.compile(r"\b([Hh]e|[Hh]is|him|himself|[Ss]he|[Hh]er|hers|herself)\b")
_PERSON_AFTER = re.compile(r",[^\S\n]*(?:(?:an?|the)[^\S\n][^,.;:\n]{0,60}?)?(?:who\b|\d{1,3}[^\S\n]*[,.;)])")
_APPOSITIVE_THEN_VERB = re.compile(r",[^\S\n]*(?:an?|the)[^\S\n][^;:\n\u201c\u201d\"]{0,120}?,[^\S\n]+([a-z]+)\b")
_SAYS_PRONOUN = re.compile(r"(?:,[^;:\n\u201c\u201d\"]{0,120}?,)?[^\S\n]+([a-z]+)[^\S\n]+(he|she)\b")
_VERB_AFTER = re.compile(r"[^\S\n]+(?:[a-z]+ly[^\S\n]+)?([a-z]+)\b")
_INFLECTED_SPEECH_VERBS = SPEECH_VERBS - BASE_FORMS
""""said", "says", "told": forms that cannot be nouns, so a name next to one is a speaker."""
_NAME_INSIDE_SENTENCE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]")
_MODIFIER = re.compile(r"-[a-z]")
"""A hyphenated modifier before a name ("Oslo-based"), not a given name."""
_INVERTING_VERBS = frozenset(
    "said says added adds wrote writes explained explains noted notes continued continues "
    "recalled recalls insisted insists argued argues".split()
)
"""Verbs news puts before their subject: "…, said Lena Voss"."""
_FIRST_WORD = re.compile(r"[\"'\u201c\u2018(\s]*([A-Za-z]+)")
_SUBORDINATORS = frozenset("as when while after before although though if because since until once unless whereas".split())
# "\b[Hh]e\b" and "\b[Ss]he\b" from their second letter on: each opens with a
# literal ("e", "he"), which the regex engine skips to several times faster than
# to one of a class of letters, and checks the first letter and the word
# boundary behind it. A match starts one character after the pronoun.
_HE_FROM_E = re.compile(r"e(?<=(?<!\w)[Hh]e)\b")
_SHE_FROM_H = re.compile(r"he(?<=(?<!\w)[Ss]he)\b")
_PRONOUN_CHAIN = 3
"""How many pronouns in a row a pronoun's look-back follows ("He … He … he said")."""
_GENDER_REACH = 160
"""How far (in characters) after a name its sentence is read for a pronoun that gives its gender."""
_PRONOUN_WINDOW = 600
"""How far back (in characters of narration) a pronoun looks for the person it stands for."""
_STRETCH = 200
"""Characters of narration read at once (to the next comma) by a look that may
stop early: a pronoun's look back, the look for a name since the last speaker."""
_HEADLINE_CAPITALS = 3
"""Capitalised words before a surname from which they read as a headline's, not a name's."""
_ORGANISATION_REACH = 2_000
"""A body stays the story's "it" for longer than a person stays its "she"."""
_DOCUMENT_REACH = 20_000
"""How far (in characters) name and introduction look-ups search: a news story's
worth of text around the mention."""


@dataclass(slots=True, eq=False)
class SpeakerCluster:
    """Everything known about one speaker while the document is read.

    Compared by identity: two clusters are one speaker only if they are the same
    object (and finding one in the recency list stays cheap)."""

    id: int
    kind: str
    """"person" for names, "nominal" for descriptions ("the official")."""
    name: str
    head: str
    """Surname for a person, head noun for a description; the key mentions match on."""
    first: str = ""
    role: str = ""
    """What the text calls the person where it quotes them: matched by a later "the mayor"."""
    title: str = ""
    """The office the text writes before the name elsewhere ("House Minority Leader"):
    shown when no role is known, never matched (many share an office)."""
    gender: str = ""
    aliases: list[str] = field(default_factory=list)
    last_seen: int = -1

    def add_alias(self, alias: str) -> None:
        alias = " ".join(alias.split())
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)


_last_seen = attrgetter("last_seen")


class SpeakerResolver:
    """Resolves mentions, in reading order, to speaker clusters of one document."""

    def __init__(self, text: str, quoted: list[tuple[int, int]]) -> None:
        self.text = text
        self.quoted = quoted
        """Spans inside quote marks, in order: names there are not the narrator's."""
        self._quote_starts = [s for s, _ in quoted]
        self.clusters: list[SpeakerCluster] = []
        self._recent: list[SpeakerCluster] = []
        """Clusters, the latest mentioned last."""
        self._by_head: dict[str, list[SpeakerCluster]] = {}
        self._pronouns: dict[int, SpeakerCluster | None] = {}
        """Who each "he"/"she" looked up so far was found to be, by its offset:
        each is looked up once, however many later pronouns lead back to it."""
        # Facts of the text alone (never of the clusters, which change as it
        # is read), kept because several look-ups ask for them at one position.
        self._window_starts: dict[tuple[int, int], int] = {}
        self._words_before: dict[int, str] = {}
        self._at = 0
        """Where the mention being resolved is: look-ups search a window around it,
        so a long document costs the same per quote as a short one."""

    def _window(self) -> tuple[int, int]:
        lo, hi = self._at - _DOCUMENT_REACH, self._at + _DOCUMENT_REACH // 10
        return lo if lo > 0 else 0, hi if hi < len(self.text) else len(self.text)

    # ---- public -------------------------------------------------------------
    def resolve(self, mention: Mention, position: int) -> SpeakerCluster | None:
        self._at = mention.start
        if mention.kind == "name":
            cluster = self._office_holder(mention) or self._resolve_name(mention.name, mention.title)
        elif mention.kind == "pronoun":
            cluster = self._resolve_pronoun(mention.head, mention.start)
        else:
            cluster = self._resolve_nominal(mention, mention.start)
        if cluster is not None:
            if position > cluster.last_seen:
                cluster.last_seen = position
            if self._recent[-1] is not cluster:  # every cluster is in _recent from _add
                self._recent.remove(cluster)
                self._recent.append(cluster)
        return cluster

    def _office_holder(self, mention: Mention) -> SpeakerCluster | None:
        """The person an office alone, capitalised as a headline or a
        sentence's start does, stands for: "Judge blocks law, citing “…”" is
        the judge the story names, not a person called Judge. A surname that
        is also an office ("King") is a person once the text knows one."""
        word = mention.name
        if mention.title or " " in word or word.lower() not in _OFFICES:
            return None
        if any(c.kind == "person" for c in self._by_head.get(_key(word), ())):
            return None
        office = word.lower()
        return self._titled_before(office, mention.start) or self._titled_after(office, mention.end)

    def _add(self, cluster: SpeakerCluster) -> SpeakerCluster:
        self.clusters.append(cluster)
        self._recent.insert(0, cluster)
        self._by_head.setdefault(cluster.head, []).append(cluster)
        return cluster

    def _by_recency(self) -> Iterator[SpeakerCluster]:
        """Clusters, the latest mentioned first (callers stop at the first that fits)."""
        return reversed(self._recent)

    # ---- names --------------------------------------------------------------
    def _resolve_name(self, name: str, title: str, *, create: bool = True) -> SpeakerCluster | None:
        words = [w for w in name.split() if w.lower() not in NAME_SUFFIXES]
        bare = _strip_possessive(words[-1]) if words else ""
        if bare:
            words[-1] = bare  # "Lena Voss's remarks": the speaker is Lena Voss
        if not words:
            return None
        surname = _key(words[-1])
        first = words[0] if len(words) > 1 else ""
        candidates = [c for c in self._by_head.get(surname, ()) if c.kind == "person"]
        titled = _title_gender(title) if title and candidates else ""
        if titled:
            # "Mrs. Voss" beside Tom and Lena Voss; "Mr. Voss, her
            # husband" beside a Mrs. Voss known by no given name. (A given
            # name's usual gender may be wrong: "Ms. Ekberg" is Lee Ekberg.)
            fitting = [c for c in candidates if c.gender in ("", titled)]
            if fitting or not any(c.first for c in candidates):
                candidates = fitting
        if first:
            # "El Badri" and "Roca Vidal" are the end of "Samira El Badri"
            # and "Ines Roca Vidal": a surname of two words, not a first name.
            tail = " " + " ".join(words).lower()
            same = [c for c in candidates if not c.first or c.first == first or c.name.lower().endswith(tail)]
            candidates = same
        cluster = max(candidates, key=_last_seen) if candidates else None
        if not create and cluster is not None:
            return cluster  # a look-up: it learns nothing about the speaker
        if cluster is None and len(words) == 1:
            # A first name alone ("says Michael"): the person whose full name starts with it.
            known = [c for c in self.clusters if c.kind == "person" and c.first == words[0]]
            if known:
                cluster = known[-1]
            elif create and _name_gender(words[0]) and (
                surname_after := self._surname_after(words[0]) or self._relative_surname(words[0])
            ):
                # Keyed on the given name, so a bare surname later still finds
                # the relative who was introduced by it.
                cluster = self._new_person([words[0], surname_after], _key(words[0]))
                self._learn(cluster, words, title)
                return cluster
        if cluster is None:
            if not create:
                return None
            words = self._longer_form(words) or words
            cluster = self._new_person(words, surname)
            if titled and len(words) == 1:
                self._tell_apart(cluster, title)
        elif first and not cluster.first:
            cluster.first = first
            cluster.add_alias(cluster.name)
            cluster.name = " ".join(words)
        self._learn(cluster, words, title)
        return cluster

    def _tell_apart(self, cluster: SpeakerCluster, title: str) -> None:
        """Name two people a text knows by one surname and their titles
        ("Mrs. Voss" and "Mr. Voss") by those titles, so the list of
        speakers tells them apart."""
        namesakes = [c for c in self._by_head.get(cluster.head, ()) if c is not cluster and c.name == cluster.name]
        if not namesakes:
            return
        cluster.name, surname = f"{title.split(';')[0].split()[-1]} {cluster.name}", cluster.name
        cluster.add_alias(surname)
        for other in namesakes:
            titled = next((a for a in other.aliases if a.split()[0].lower() in TITLES and a.endswith(other.name)), None)
            if titled is not None:
                other.aliases.remove(titled)
                other.name, surname = titled, other.name
                other.add_alias(surname)

    def _longer_form(self, words: list[str]) -> list[str] | None:
        """The fuller name the text gives a two-word name that is a surname
        of two words: "Ines Roca Vidal" for "Roca Vidal" (a known given name
        before it), "Samira El Badri" for "El Badri" (a particle opening it)."""
        if len(words) != 2:
            return None
        particle = words[0].lower() in NAME_PARTICLES
        text = self.text
        name = " ".join(words)
        lo, hi = self._window()
        pos = text.find(name, lo, hi)
        while pos > 0:
            before = text[max(0, pos - 30) : pos]
            if before.endswith(" "):
                m = _LAST_CAPITALISED.search(before)
                if m is not None:
                    given = m.group(1)
                    low = given.lower()
                    if _name_gender(given) or (particle and low not in TITLES and low not in NOT_NAMES and low not in NON_PERSON_NAME_WORDS):
                        return [given, *words]
            pos = text.find(name, pos + 1, hi)
        return None

    def _new_person(self, words: list[str], surname: str) -> SpeakerCluster:
        if len(words) == 1 and words[0].isalpha() and words[0].isupper() and (spelled := self._spelled_out(words[0])):
            cluster = SpeakerCluster(len(self.clusters), "person", spelled, surname)
            cluster.add_alias(words[0])
            return self._add(cluster)  # "NRA" -> "Northern Rail Authority"
        full = words if len(words) > 1 else self._full_name(words[-1]) or self._body_named_in_full(words[0]).split() or words
        first = full[0] if len(full) > 1 else ""
        cluster = SpeakerCluster(len(self.clusters), "person", " ".join(full), surname, first, gender=_name_gender(first))
        if first and len(words) == 1:
            # Known by a surname at the cue, but named in full, with a title,
            # elsewhere: "House Minority Leader Victor Olamide" gives the role.
            name = " ".join(full)
            lo, hi = self._window()
            pos = self.text.find(name, lo, hi)
            if pos >= 0:
                title = self._title_before(pos)
                cluster.title = _as_role(title) if title else self._appositive_after(name, pos)
                if title:
                    cluster.add_alias(f"{title.split()[-1]} {full[-1]}")  # "Gov. Voss"
        return self._add(cluster)

    def _appositive_after(self, name: str, pos: int) -> str:
        """The role an appositive gives ``name``, written in full at ``pos``:
        "Denise Archer, a mother of three, worried …"."""
        end = pos + len(name)
        opening = _APPOSITIVE_OPENING.match(self.text, end)
        if opening is None or not _may_open_a_role(opening.group(1)):
            return ""  # most names: no appositive ("Voss, who …", "Voss said"), and nothing to tokenize
        tokens = tokenize(self.text, pos, first_sentence_end(self.text, end, end + _APPOSITIVE_CHARS))
        named = Mention(pos, end, name, "name", name, "", name.split()[-1].lower())
        return appositive_role_after(tokens, named)

    def _title_before(self, pos: int) -> str:
        """The capitalised title the text writes right before the name at
        ``pos`` ("Gov.", "House Minority Leader"), if its last word is one,
        else ""."""
        line = self.text.rfind("\n", 0, pos) + 1
        words = self.text[line if line > pos - 60 else pos - 60 : pos].split()[-_TITLE_WORDS:]
        if pos - 60 > line and words:
            del words[0]  # it may be cut
        capitals: list[str] = []
        for word in reversed(words):  # the run of capitals before the name, "Gov." and "U.S." among them
            if not word[:1].isupper() or word[-1] in _NOT_IN_A_TITLE or word[-1] == "." and not ends_abbreviation(word, len(word) - 1):
                break  # "However, Senator …", "… Clinton. Governor …": the run starts after
            capitals.insert(0, word)
        if not capitals or capitals[-1].lower() not in TITLES or capitals[-1].lower() in _NO_OFFICE:
            return ""  # "Republican Lena Voss": a party, not a role
        while capitals and capitals[0].lower() in NOT_NAMES:
            capitals = capitals[1:]  # "Since President Obama …": the sentence's first word
        start = pos - len(" ".join(capitals)) - 1
        before = self.text[start - 20 if start > 20 else 0 : start].split()
        if before and before[-1][:1].isupper() and not self._starts_sentence(start - len(before[-1])):
            return ""  # a longer run of capitals than is read ("Nova Scotia Liberal MP"): where it starts is unsure
        if self._in_a_headline(pos):
            return ""  # "Mayor Finally Endorses House Speaker Tom Baker"
        return " ".join(capitals)

    def _full_name(self, surname: str) -> list[str] | None:
        """The fullest form of a name the document gives: "Vance" -> "Arnold Vance".

        Capitals run into the name from a headline are left out: the name
        starts at a known given name ("Ten Things Arnold Vance Said" gives
        "Arnold Vance"), and a long run of capitals with none is no name."""
        text = self.text
        lo, hi = self._window()
        fallback: list[str] | None = None
        pos = _find_word(text, surname, lo, hi)
        while pos >= 0:
            given = _capitals_before(text, pos)
            if not given:  # most places: no capital before the surname
                pos = _find_word(text, surname, pos + len(surname), hi)
                continue
            given = [w for w in given if w.lower() not in NON_PERSON_NAME_WORDS and not _MODIFIER.search(w)]
            clause = any(w.lower() in _CLAUSE_PRONOUNS for w in given)  # "Why She Sees Voss-like Grit"
            while given and (_opens_no_name(given[0]) or len(given) > 1 and _DOTTED.fullmatch(given[0])):
                given = given[1:]  # "Former U.N. Ambassador Paul Ek": the name starts after the titles
            titled = next((x for x in range(len(given) - 1, -1, -1) if given[x].lower() in TITLES), -1)
            given = given[titled + 1 :]  # "Labor Secretary Paul Ek": after the last title
            if given and not clause and not any(w.endswith(("'s", "\u2019s")) for w in given):
                known = next((x for x, w in enumerate(given) if _name_gender(w)), -1)
                if known >= 0:
                    return [*given[known:], surname]
                if fallback is None and len(given) < _HEADLINE_CAPITALS and not self._common_word_opening(given, pos):
                    if not self._capitals_run_in(given, pos):
                        return [*given, surname]
                    fallback = [*given, surname]  # unless a known given name comes later
            pos = _find_word(text, surname, pos + len(surname), hi)
        return fallback

    def _capitals_run_in(self, given: list[str], surname_at: int) -> bool:
        """Whether capitals before a surname, none of them a known given name,
        were run into it by a headline or a sentence's start ("Maybe Vance
        is …", "Response To Vance", "AG Ekberg", "Endorsed Vance") rather
        than name the person ("Last Monday, Jory Vance told"): a later form
        with a known given name ("Arnold Vance") is then the name."""
        if any(w.lower() in _HEADLINE_LINKS or (w.isupper() and len(w) > 1) for w in given):
            return True
        if self._starts_sentence(surname_at - len(" ".join(given)) - 1) or self._in_a_headline(surname_at):
            return True
        return any(_find_word(self.text, w.lower(), *self._window()) >= 0 for w in given)  # a common word

    def _in_a_headline(self, pos: int) -> bool:
        """Whether ``pos`` is in a line written in title case, as headlines are
        ("Right After This Big-Name Senator Endorsed Vance, The Establishment …")."""
        text = self.text
        lo = max(0, pos - _HEADLINE_REACH)
        start = text.rfind("\n", lo, pos) + 1 or lo
        end = text.find("\n", pos, pos + _HEADLINE_REACH)
        words = [w for w in text[start : end if end >= 0 else pos + _HEADLINE_REACH].split() if w[0].isalpha()]
        capitals = sum(w[0].isupper() for w in words)
        return len(words) >= _HEADLINE_WORDS and capitals >= 0.75 * len(words)

    def _common_word_opening(self, given: list[str], surname_at: int) -> bool:
        """Whether a lone capital before a surname is a common word that opens
        its line or sentence, as in the headline "Young Voss supporters": the
        text also writes it in lower case ("young people")."""
        if len(given) != 1 or given[0].lower() in NAME_PARTICLES:
            return False  # "De Lacy", "Al Ashry": a particle of the surname
        word_at = self.text.rfind(given[0], 0, surname_at)
        if not self._starts_sentence(word_at):
            return False
        return _find_word(self.text, given[0].lower(), *self._window()) >= 0

    def _surname_after(self, first: str) -> str:
        """The capitalised word that follows a given name somewhere in the text."""
        text = self.text
        lo, hi = self._window()
        pos = _find_word(text, first, lo, hi)
        while pos >= 0:
            end = pos + len(first)
            m = _CAPITALISED_NEXT.match(text, end, hi)
            if m is not None:
                word = m.group(1)
                if word.lower() in NON_PERSON_NAME_WORDS or word.lower() in NOT_NAMES:
                    return ""
                return _strip_possessive(word)
            couple = _COUPLE_NEXT.match(text, end, hi)
            if couple is not None and _name_gender(couple.group(1)) and self._full_name(first) is None:
                # "Ida and Paul Ek": Ida Ek, unless the text also uses the word
                # as a surname, after a given name ("Senator Ruth Ida").
                return _strip_possessive(couple.group(2))
            pos = _find_word(text, first, end, hi)
        return ""

    def _relative_surname(self, first: str) -> str:
        """The surname of the person whose relative the text introduces by a
        given name alone ("Her husband, Samuel, disagrees": Samuel Oduya)."""
        text = self.text
        lo, hi = self._window()
        pos = _find_word(text, first, lo, hi)
        while pos >= 0:
            m = _RELATIVE_BEFORE.search(text, max(lo, pos - 30), pos)
            if m is not None:
                wanted = {"her": "f", "his": "m"}.get(m.group(1).lower(), "")
                person = self._person_in_reach(m.start(), wanted)
                if person is None or person.kind != "person" or not person.first:
                    return ""
                return person.name.split()[-1]  # a person with a given name has a surname after it
            pos = _find_word(text, first, pos + len(first), hi)
        return ""

    def _learn(self, cluster: SpeakerCluster, words: list[str], title: str) -> None:
        shown = " ".join(words)
        cluster.add_alias(shown)
        cluster.add_alias(words[-1])
        full = cluster.name.split()
        if len(full) > 2 and full[-1] == words[-1]:
            cluster.add_alias(" ".join(full[1:]))  # "Delgado Reyes"
        if not title:
            return
        title_words = title.split(";")[0].split()  # "Mr.; her husband": the title before its role
        last_title = title_words[-1] if title_words else ""
        if last_title.lower() in TITLES and last_title[0].isupper():
            cluster.add_alias(f"{last_title} {words[-1]}")
        if not cluster.gender:
            cluster.gender = _title_gender(title)
        role = _as_role(title)
        if role and (not cluster.role or len(role) > len(cluster.role)) and len(role) < 80:
            cluster.role = role

    # ---- pronouns -----------------------------------------------------------
    def _resolve_pronoun(self, pronoun: str, at: int) -> SpeakerCluster | None:
        if pronoun not in ("he", "she", "they", "it"):
            return None
        if pronoun in ("he", "she"):
            wanted = "m" if pronoun == "he" else "f"
            cluster = (
                self._person_the_sentence_before_introduced(at, wanted)
                or self._last_speaker_still_in_view(at, wanted)
                or self._person_in_reach(at, wanted)
                or self._person_described_before(at, wanted)
                or self._last_speaker_of_either_gender(at, wanted)
            )
            if cluster is not None and not cluster.gender:
                cluster.gender = wanted
            self._pronouns[at] = cluster
            return cluster
        if pronoun == "it":
            body = self._organisation_in_reach(at)
            if body is not None:
                return body
        # "they" and "it": the latest speaker that is a body or a group.
        lo = self._window_start(at)
        for cluster in self._by_recency():
            if cluster.last_seen < lo:
                break
            if cluster.kind == "nominal" or not cluster.first:
                return cluster
        return self._group_opening_the_sentence_before(at) if pronoun == "they" else None

    def _last_speaker_of_either_gender(self, at: int, wanted: str) -> SpeakerCluster | None:
        """The person quoted last, for a pronoun no one else fits, when their
        given name is borne by women and men alike and only the name gave
        them the other gender: "Pat Cullen … “…,” she said"."""
        last = self._recent[-1] if self._recent else None
        if last is None or last.kind != "person" or last.first.lower() not in UNISEX_NAMES:
            return None
        if last.gender not in ("", _name_gender(last.first)) or last.last_seen < self._window_start(at):
            return None  # the text itself gave the gender: a "he" before, a "Mr."
        last.gender = wanted  # now the text has said
        return last

    def _person_the_sentence_before_introduced(self, at: int, wanted: str) -> SpeakerCluster | None:
        """The person the sentence right before a pronoun's quote opens with,
        when that sentence brings in someone new: a noun of the pronoun's
        gender ("Her husband was less certain. “…,” he said" is the husband,
        not the woman quoted before), or a person described with "a"/"one"
        whom a pronoun of that gender follows ("A neighbor who declined to
        give her name said …. “…,” she said")."""
        i = bisect_right(self._quote_starts, at) - 1  # the quote the pronoun's cue closes
        end = self.quoted[i][0] if i >= 0 else at
        near = end - _INTRODUCTION_REACH
        if not has_any_word(self.text, near if near > 0 else 0, end, _INTRODUCING_WORDS):
            return None  # most pronouns: no such word just before their quote, and no sentence need be read
        found = self._subject_of_the_sentence_before(at, opening_with=_INTRODUCING_WORDS)
        if found is None:
            return None
        subject, before = found
        if bisect_left(self._quote_starts, at) - bisect_left(self._quote_starts, before) > 1:
            return None  # more than the pronoun's own quote between: the sentence is not the one right before
        if subject.kind == "pronoun" and subject.text.lower() in ("her", "his"):
            noun = word_after(self.text, subject.end)  # "Her husband": the sentence gave a person, not a pronoun
            if noun is None or self.text.startswith(("'", "’", ","), noun.end):
                return None  # "His father's death …": not the subject; "his wife, Jane,": her name speaks
            text = self.text[subject.start : noun.end]
            subject = Mention(subject.start, noun.end, text, "nominal", text, "", noun.text)
        if subject.kind != "nominal":
            return None
        words = subject.text.split()
        # The phrase may run on past its noun ("A 29-year-old woman received
        # probation"): it ends at the first noun of the pronoun's gender.
        cut = next((x for x, w in enumerate(words) if _noun_gender(w.lower()) == wanted), -1)
        if cut < 0:
            if words[0].lower() not in _INDEFINITE or subject.head not in ROLE_NOUNS:
                return None
            if self._pronoun_after(subject.end) != wanted:
                return None  # "A neighbor who declined to give her name": her gender, told by the text
            return self._resolve_nominal(subject, subject.start)
        if cut < len(words) - 1:
            text = " ".join(words[: cut + 1])
            subject = Mention(subject.start, subject.start + len(text), text, "nominal", text, "", words[cut].lower())
        return self._resolve_nominal(subject, subject.start)

    def _person_described_before(self, at: int, wanted: str) -> SpeakerCluster | None:
        """The person the sentence before opens with a description of, for a
        "he" or "she" no named person stands for: "A woman who lives nearby
        said she heard a bang. “…,” she said"."""
        found = self._subject_of_the_sentence_before(at)
        if found is None or found[0].kind != "nominal":
            return None
        subject = found[0]
        gender = _noun_gender(subject.head)
        if gender != wanted and (gender or subject.head not in ROLE_NOUNS):
            return None  # "the man" for "she", or no person ("The report said …")
        return self._resolve_nominal(subject, subject.start)

    def _subject_of_the_sentence_before(self, at: int, opening_with: frozenset[bytes] = frozenset()) -> tuple[Mention, int] | None:
        """What the sentence before the one at ``at`` opens with, and where
        that sentence starts, if it is narration and opens with a phrase;
        with ``opening_with``, only if one of those words stands in its first
        few words (asked before the sentence is parsed, which costs more)."""
        lo = self._window_start(at)
        here = last_sentence_start(self.text, lo, at)
        if here <= lo:
            return None
        before = last_sentence_start(self.text, lo, here - 1)
        if self._inside_quote(before):
            return None
        opening = before + _SUBJECT_CHARS
        if opening_with and not has_any_word(self.text, before, opening if opening < here else here, opening_with):
            return None
        subject = sentence_subject(tokenize(self.text, before, here))
        return (subject, before) if subject is not None else None

    def _group_opening_the_sentence_before(self, at: int) -> SpeakerCluster | None:
        """The people the sentence before opens with, for a "they" no speaker
        stands for: "Police arrested two men. “…,” they said"."""
        found = self._subject_of_the_sentence_before(at)
        if found is None or found[0].kind == "pronoun":
            return None
        subject, before = found
        if subject.kind == "name" and (" " in subject.text or subject.start != before):
            return None  # a name, not a capital only the sentence gives
        head = subject.head
        if not (head in COLLECTIVE_NOUNS or _names_people(head)):
            return None  # "Police", "Officials", "Protesters", not "Voss's efforts"
        group = Mention(subject.start, subject.end, subject.text, "nominal", subject.text, "", head)
        return self._resolve_nominal(group, subject.start)

    def _last_speaker_still_in_view(self, at: int, wanted: str) -> SpeakerCluster | None:
        """The person quoted last, when the narration since has named no one
        else: news keeps "he said" on the speaker of the running story."""
        if not self._recent:
            return None
        last = self._recent[-1]
        if last.kind != "person" or (wanted and last.gender not in ("", wanted)) or names_a_body(last.name):
            return None
        if last.last_seen < self._window_start(at):
            return None
        for start, end in self._names_onwards(last.last_seen, at):
            words = [w for w in self.text[start:end].split() if _bare(w).lower() not in NOT_NAMES]
            titled = len(words) - 1  # read back from the last word but one to the last title
            while titled > 0 and words[titled - 1].lower() not in TITLES:
                titled -= 1
            words = words[titled:]  # "Senate Majority Leader Lena Voss" is Lena Voss (and none stays none)
            if not words or any(_strip_possessive(w).lower() in NON_PERSON_NAME_WORDS for w in words):
                continue  # a body or a place ("Harbor Press", "Canada") is no new person
            named = self._resolve_name(" ".join(_strip_possessive(w) for w in words), "", create=False)
            if named is None and len(words) == 1 and self._starts_sentence(start):
                continue  # a capital only the sentence gives: "Forget superheroes."
            if named is not last:
                return None
        return last

    def _organisation_in_reach(self, at: int, head: str = "") -> SpeakerCluster | None:
        """The latest body named before ``at``: "North Hydro … it said", "Acme …
        the company said". A body's name has a word like Authority or Hydro,
        is an acronym, or is a speaker already known without a given name; one
        whose name holds the description's noun ("the diocese" -> "the
        Diocese of Eastvale") goes first."""
        names = self._unquoted_names(self._window_start(at, _ORGANISATION_REACH), at)
        if head:
            for start, end in reversed(names):
                words = self.text[start:end].split()
                if head in (w.lower() for w in words):
                    tail = _OF_NAME.match(self.text, end)
                    if tail is not None:
                        words += tail.group(0).split()
                    while words and words[0].lower() in NOT_NAMES:
                        words = words[1:]
                    name = " ".join(words)
                    known = self._resolve_name(name, "", create=False)
                    if known is not None and not known.first:
                        return known
                    cluster = SpeakerCluster(len(self.clusters), "person", name, _key(words[-1]))
                    cluster.add_alias(words[-1])
                    return self._add(cluster)
        for start, end in reversed(names):
            words = self.text[start:end].split()
            while words and words[0].lower() in NOT_NAMES:
                words = words[1:]
            cut = next((x for x, w in enumerate(words) if w.lower() in NOT_NAMES), len(words))
            words = [_strip_possessive(w) for w in words[:cut]]  # "Co On Saturday" -> "Co"
            if not words or self._after_preposition(start):
                continue
            known = self._resolve_name(" ".join(words), "", create=False)
            if known is not None:
                if (not known.first or names_a_body(known.name)) and not known.gender:
                    return known  # "Eastvale Ferry Company", "U.S. State Department"
                continue
            acronym = len(words) == 1 and words[0].isalpha() and words[0].isupper() and 3 <= len(words[0]) <= 6
            # "Brightwell reported … the company said": a one-word name that is
            # a sentence's subject, for a description that asks for a body.
            subject = bool(head) and len(words) == 1 and self._starts_sentence(start) and self._one_word_body(words[0])
            if acronym or subject or names_a_body(" ".join(words)):
                if _name_gender(words[0]) or words[0].lower() in TITLES:
                    continue
                name = (self._spelled_out(words[0]) if acronym else "") or " ".join(words)
                cluster = SpeakerCluster(len(self.clusters), "person", name, _key(words[-1]))
                cluster.add_alias(words[-1])
                return self._add(cluster)
        return None

    def _body_named_in_full(self, word: str) -> str:
        """The full name the text gives a body it mostly names by one word:
        "Brightwell Energy" for "Brightwell", "State Department" for
        "State". The words after it must end in one that only bodies' names
        have, and a name that a title ever comes before ("Mr. Garrow", not
        "Garrow Foundation") is a person's."""
        lo, hi = self._window()
        found = ""
        pos = _find_word(self.text, word, lo, hi)
        while pos >= 0:
            if self._word_before(pos) in TITLES:
                return ""
            m = None if found else _compiled(_BODY_NAME_AFTER).match(self.text, pos + len(word), hi)
            if m is not None:
                after = m.group(0).split()
                while after and after[-1].lower().rstrip(".") not in ORGANISATION_NAME_WORDS:
                    after.pop()  # "Harbour Ferry Committee Research": up to "Committee"
                if after and not any(w.lower() in SPEECH_VERBS for w in after):  # "Garrow Says …": a headline
                    found = " ".join([word, *after]).rstrip(".")
            pos = _find_word(self.text, word, pos + len(word), hi)
        return found

    def _one_word_body(self, word: str) -> bool:
        """Whether a one-word name may be a body's: a proper noun (capitalised
        somewhere no sentence starts, unlike "Reading continues" or "Plenty
        of"), not a place, and never given a first name ("Jonas Brandt" makes
        "Brandt" a person)."""
        low = word.lower()
        if low in NON_PERSON_NAME_WORDS or low in NOT_NAMES or low in TITLES or _name_gender(word):
            return False
        if _find_inside_sentence(self.text, word, *self._window()) < 0:
            return False
        return self._full_name(word) is None

    def _spelled_out(self, acronym: str) -> str:
        """The full name the text gives an acronym: "Northern Rail Authority
        (NRA)", or a name with its initials anywhere near ("a letter from
        Harbour, Fisheries and Coast Canada" for HFCC)."""
        text = self.text
        lo, hi = self._window()
        pos = text.find(f"({acronym})", lo, hi)
        m = None
        while pos >= 0 and m is None:
            m = _WORDS_BEFORE_PARENTHESIS.search(text, max(lo, pos - _SPELLED_OUT_CHARS), pos)
            pos = text.find(f"({acronym})", pos + 1, hi)
        if m is None:
            return _name_with_initials(text, acronym, lo, hi)
        words = m.group(1).strip(" ,").split()
        while words and words[0].lower() in NOT_NAMES:
            words = words[1:]  # "The Northern Rail Authority (NRA)"
        return " ".join(words)

    def _person_in_reach(self, at: int, wanted: str, depth: int = 0) -> SpeakerCluster | None:
        """The person a pronoun (``wanted`` its gender) or an epithet (``wanted``
        empty) at ``at`` stands for.

        A pronoun searches the sentences before it latest first. In each, a
        "he" or "she" of its gender that comes before any name carries the
        story's subject on, and stands for whoever it stands for; otherwise the
        person who opens the sentence (its subject) comes first, then the
        latest one named anywhere in it, passing over names after a
        preposition ("a recipe from Ada Finch"), which are kept as a last
        resort. An epithet ("the affable engineer") describes the story's
        subject rather than whoever was named last: the latest person opening
        any sentence goes first. Last of all comes the latest person quoted.
        """
        lo = self._window_start(at)
        fallback: SpeakerCluster | None = None
        for group, carried in self._sentences_back(lo, at, wanted):
            opener = group[0] if group and self._starts_sentence(group[0][0]) else None
            holder = self._role_holder_after(opener[1]) if opener is not None else -1
            if holder >= 0:  # "Voss spokesman Tom Baker said": the one holding the role opens it
                opener = next((n for n in group if n[0] == holder), None)
            if opener is not None:
                cluster = self._person_named(*opener, wanted)
                if cluster is not None:
                    return cluster
            for start, end in reversed(group if wanted else ()):
                if (start, end) != opener and self._speaks(start, end):
                    cluster = self._person_named(start, end, wanted)
                    if cluster is not None:
                        return cluster
            if carried >= 0 and not any(
                self._person_named(start, end, wanted)
                for start, end in group
                if start < carried and (start, end) != opener
            ):
                if carried not in self._pronouns and depth < _PRONOUN_CHAIN:
                    self._pronouns[carried] = self._person_in_reach(carried, wanted, depth + 1)
                cluster = self._pronouns.get(carried)
                if cluster is not None:
                    return cluster
            for start, end in reversed(group):
                if (start, end) == opener:
                    continue  # already found to name no one of this gender
                cluster = self._person_named(start, end, wanted)
                if cluster is None:
                    continue
                if self._after_preposition(start):
                    fallback = fallback or cluster
                    continue
                return cluster
        if fallback is not None:
            return fallback
        for cluster in self._by_recency():
            if cluster.kind == "person" and cluster.gender in ("", wanted) and not names_a_body(cluster.name):
                return cluster
        return None

    def _role_holder_after(self, end: int) -> int:
        """Where the name of a role's holder starts after a name that modifies
        the role ("Tom" in "Voss spokesman Tom Baker"), or -1."""
        m = _ROLE_THEN_NAME.match(self.text, end)
        return m.end() - 2 if m is not None and m.group(1) in ROLE_NOUNS else -1

    def _pronoun_positions(self, gender: str, lo: int, hi: int) -> list[int]:
        """Where "he" (gender "m") or "she" ("f") stands in the narration of
        ``text[lo:hi]``."""
        pattern = _SHE_FROM_H if gender == "f" else _HE_FROM_E
        # Read from ``a + 1``: a pronoun starts at ``a`` or later just when its
        # second letter does at ``a + 1`` or later (and ends where it ends).
        return [m.start() - 1 for a, b in self._narration(lo, hi) for m in pattern.finditer(self.text, a + 1, b)]

    def _opens_subordinate_clause(self, start: int) -> bool:
        """Whether the sentence at ``start`` opens with a subordinate clause, whose
        pronoun may look ahead to the main clause's subject: "As he did last
        year, Voss dismissed it"."""
        m = _FIRST_WORD.match(self.text, start)
        return m is not None and m.group(1).lower() in _SUBORDINATORS

    def _speaks(self, start: int, end: int) -> bool:
        """Whether the name at ``text[start:end]`` is the subject of a speech
        verb: "Lena Voss said", "said Lena Voss"."""
        return self._said_after(end) or self._word_before(start) in _INVERTING_VERBS

    def _said_after(self, end: int) -> bool:
        """Whether a speech verb that cannot be a noun follows (an adverb aside): "… said"."""
        verb = _VERB_AFTER.match(self.text, end, end + 40)  # an end past the text's is its end: no min() needed
        return verb is not None and verb.group(1) in _INFLECTED_SPEECH_VERBS

    def _sentences_back(self, lo: int, at: int, wanted: str) -> Iterator[tuple[list[tuple[int, int]], int]]:
        """The names of each sentence in ``[lo, at)``, latest sentence first, each
        with where the sentence's first "he"/"she" of the ``wanted`` gender is
        (-1 if it has none). With no gender wanted: each name that opens a
        sentence on its own, latest first, then all the others."""
        # Names and pronouns are looked for in the look-back only: a
        # whole-document pass costs more than the few hundred characters each
        # pronoun reads. And the look-back is read a stretch at a time, latest
        # first, as most find their person in the last sentence or two.
        if not wanted:
            others: list[tuple[int, int]] = []
            end = at
            while end > lo:
                start = self._stretch_start(lo, end)
                names = self._unquoted_names(start, end)
                openers = [n for n in names if self._starts_sentence(n[0])]
                yield from (([n], -1) for n in reversed(openers))
                others = [n for n in names if n not in openers] + others
                end = start
            yield others, -1
            return
        names = []  # found, but not yet placed in a sentence
        pronouns: list[int] = []
        end = at
        while end > lo:
            start = self._stretch_start(lo, end)
            names = self._unquoted_names(start, end) + names
            pronouns = self._pronoun_positions(wanted, start, end) + pronouns
            starts = [s for s in sentence_starts(self.text, start, end) if s < at]
            if start > lo:
                del starts[0]  # where the stretch starts, unlike ``lo``, is no sentence's start
            i, p = len(names), len(pronouns)
            for s in reversed(starts):
                j = i
                while j > 0 and names[j - 1][0] >= s:
                    j -= 1
                q = p
                while q > 0 and pronouns[q - 1] >= s:
                    q -= 1
                if j < i or q < p:
                    carried = pronouns[q] if q < p and not self._opens_subordinate_clause(s) else -1
                    yield names[j:i], carried
                i, p = j, q
            names, pronouns = names[:i], pronouns[:p]
            end = start

    def _stretch_start(self, lo: int, end: int) -> int:
        """Where the stretch of a pronoun's look-back that ends at ``end`` starts:
        after a comma some way back, or at ``lo``. No sentence end, name or
        pronoun runs across a comma, so reading the look-back in such stretches
        finds just what reading it at once does."""
        stop = end - _STRETCH
        return self.text.rfind(",", lo, stop if stop > lo else lo) + 1 or lo

    def _person_named(self, start: int, end: int, wanted: str) -> SpeakerCluster | None:
        """The person the capitalised run ``text[start:end]`` names, if it names
        one of the wanted gender (or of unknown gender)."""
        words = self.text[start:end].split()
        titles = []
        while words and words[0].lower() in _BEFORE_A_NAME:
            word = words.pop(0)
            if word.lower() in TITLES:
                titles.append(word)  # "Senator", not "For" in "For Ida Brandt"
            elif word.lower() in _CLAUSE_PRONOUNS:
                return None  # a headline clause in capitals: "Why She Sees Voss-like Grit"
        words = [_strip_possessive(w) for w in words]
        for x in range(1, len(words) - 1):
            if _name_gender(words[x]):
                words = words[x:]  # "of Norway Erik Lund": the person starts at "Erik"
                break
        if not words or self._after_article(start):
            return None
        cluster = self._resolve_name(" ".join(words), "", create=False)
        gender = cluster.gender if cluster is not None else ""
        noun_gender = _noun_gender(self._word_before(start))  # "husband Omar Haddad"
        if cluster is None:
            if len(words) == 1:
                words = self._full_name(words[0]) or words
            gender = (self._says_pronoun(end) or _name_gender(words[0])) if len(words) > 1 else ""
            gender = gender or _title_gender(" ".join(titles))
            gender = gender or noun_gender
            if not gender and len(words) == 1 and _AGE_AFTER.match(self.text, end):
                gender = self._pronoun_after(end)  # "Voss, 52, lost her job": only a person has an age
            if not gender and (len(words) < 2 or not self._looks_like_person(words, start, end)):
                return None
        if not gender:
            gender = noun_gender or self._pronoun_after(end)
            if cluster is not None and gender:
                cluster.gender = gender
        if wanted and gender and gender != wanted:
            return None
        if cluster is not None and names_a_body(cluster.name):
            return None  # a body, not a person: "Riverside Medical Institute"
        if cluster is None:
            cluster = self._resolve_name(" ".join(words), " ".join(titles))
            if cluster is None:
                return None
            cluster.gender = cluster.gender or gender
        return cluster

    def _says_pronoun(self, end: int) -> str:
        """The gender the name's own sentence gives it by reporting it in the
        third person: "Jesse Brandt, a manager with the board, said she …"; this
        outweighs what the given name usually means."""
        m = _SAYS_PRONOUN.match(self.text, end, end + 160)
        if m is None or m.group(1) not in _INFLECTED_SPEECH_VERBS:
            return ""
        return "f" if m.group(2) == "she" else "m"

    def _pronoun_after(self, end: int) -> str:
        """The gender of the first personal pronoun in the rest of a name's
        sentence, which most often is that person's: "Lena Voss, who runs
        the ferry office, said she …". A possessive or an object
        pronoun past another name may be that one's instead: "Lena Voss noted
        that Paul Ek's refusal reflects his dislike of debt …"."""
        stop = first_sentence_end(self.text, end, min(len(self.text), end + _GENDER_REACH))
        m = None
        for a, b in self._narration(end, stop):  # not a quotation's: "Lena Voss told them “he loves you.”"
            m = _PERSONAL_PRONOUN.search(self.text, a, b)
            if m is not None:
                break
        if m is None:
            return ""
        if m.group(1).lower() not in ("he", "she") and _NAME_INSIDE_SENTENCE.search(self.text, end, m.start()):
            return ""
        return "m" if m.group(1).lower() in ("he", "his", "him", "himself") else "f"

    def _window_start(self, at: int, reach: int = 0) -> int:
        """Where a pronoun's look-back starts: a fixed stretch of narration,
        not counting the quotations in between. Kept, as both looks a pronoun
        takes ask for it (a fact of the text alone)."""
        key = (at, reach)
        if key not in self._window_starts:
            self._window_starts[key] = self._narration_back(at, reach or _PRONOUN_WINDOW)
        return self._window_starts[key]

    def _narration_back(self, at: int, reach: int) -> int:
        """Where the ``reach`` characters of narration before ``at`` start."""
        lo = at - reach if at > reach else 0
        i = bisect_right(self._quote_starts, at) - 1
        while i >= 0 and self.quoted[i][1] > lo:
            s, e = self.quoted[i]
            quoted_in_reach = (e if e < at else at) - (s if s > lo else lo)
            lo = lo - quoted_in_reach if lo > quoted_in_reach else 0
            i -= 1
        return lo

    def _looks_like_person(self, words: list[str], start: int, end: int) -> bool:
        """A run of capitals is a person's name when nothing in it names a place or
        a body, and either the text around it speaks of a person (it says
        something, is given an age or a "who" clause) or the name without its
        first word stands alone elsewhere in the text, as surnames do on second
        mention ("Voss said")."""
        if any(w.lower() in NON_PERSON_NAME_WORDS or (w.isupper() and len(w) > 1) for w in words):
            return False
        if any(w.lower() in NOT_NAMES for w in words[1:]):
            return False
        if self._in_person_context(start, end):
            return True
        if self._starts_sentence(start) and not _name_gender(words[0]):
            if _find_word(self.text, words[0].lower(), *self._window()) >= 0:
                return False  # "Other local families": a capital only the sentence gives
        first, surname = words[0], " ".join(words[1:])
        text = self.text
        lo, hi = self._window()
        pos = text.find(surname, lo, hi)
        seen = 0
        while pos >= 0 and seen < 20:
            end = pos + len(surname)
            if (end >= len(text) or not text[end].isalpha()) and (pos == 0 or not text[pos - 1].isalpha()):
                if not text[max(0, pos - len(first) - 1) : pos].startswith(first):
                    return True
            pos = text.find(surname, end, hi)
            seen += 1
        return False

    def _in_person_context(self, start: int, end: int) -> bool:
        """Whether the words around the run at ``text[start:end]`` are ones news
        uses of people: "Lena Voss said", "said Lena Voss", "Lena Voss, 52,",
        "Lena Voss, who …", "Lena Voss, a nurse who …", "nurse Lena Voss"."""
        if _PERSON_AFTER.match(self.text, end, end + 80):
            return True
        appositive = _APPOSITIVE_THEN_VERB.match(self.text, end, end + 160)
        if appositive is not None and appositive.group(1) in _INFLECTED_SPEECH_VERBS:
            return True  # "Lena Voss, a professor at Eastvale University, said"
        if self._said_after(end):
            return True
        before = self._word_before(start)
        return before in _INFLECTED_SPEECH_VERBS or before in ROLE_NOUNS

    def _starts_sentence(self, pos: int) -> bool:
        before = self.text[pos - 3 if pos > 3 else 0 : pos].rstrip(" ")  # max(), written out
        return not before or before[-1] in ".!?\n\"\u201d\u2019:"

    def _word_before(self, pos: int) -> str:
        """The word before ``pos``, lower-case: kept, as several tests of a name ask for it."""
        word = self._words_before.get(pos)
        if word is None:
            words = self.text[pos - 20 if pos > 20 else 0 : pos].split()  # max(), written out
            word = words[-1].strip(".,;:!?\"'()\u201c\u201d\u2018\u2019").lower() if words else ""
            self._words_before[pos] = word
        return word

    def _after_preposition(self, pos: int) -> bool:
        return self._word_before(pos) in _PREPOSITIONS_BEFORE_NAMES

    def _after_article(self, pos: int) -> bool:
        return self._word_before(pos) in ("the", "a", "an")

    def _unquoted_names(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Capitalised runs in the narration, photo credits ("Ann Lowe/Wire
        Photo") left out."""
        spans = []
        text = self.text
        for a, b in self._narration(lo, hi):
            for m in _NAME_RUN.finditer(text, a, b):
                span = m.span()
                if not text.startswith(("/", " /"), span[1]):
                    spans.append(span)
        return spans

    def _names_onwards(self, lo: int, hi: int) -> Iterator[tuple[int, int]]:
        """The names :meth:`_unquoted_names` finds, read a stretch at a time
        (up to a comma, which no name runs across) for a caller that may stop
        at the first."""
        while lo < hi:
            comma = self.text.find(",", lo + _STRETCH, hi)
            end = comma + 1 if comma >= 0 else hi
            yield from self._unquoted_names(lo, end)
            lo = end

    def _narration(self, lo: int, hi: int) -> Iterator[tuple[int, int]]:
        """The stretches of ``text[lo:hi]`` between quotations, in order: only
        these are scanned for names and pronouns, rather than scanning it all
        and then asking of each find whether it is quoted. (No word runs
        across a quotation's edge, where a mark or a space stands.)"""
        quoted = self.quoted
        i = bisect_right(self._quote_starts, lo) - 1
        if i >= 0 and quoted[i][1] > lo:
            lo = quoted[i][1]  # ``lo`` is inside a quotation: start after it
        i += 1
        while lo < hi:
            if i >= len(quoted):
                yield lo, hi
                return
            start = quoted[i][0]
            yield lo, start if start < hi else hi
            lo = quoted[i][1]
            i += 1

    def _inside_quote(self, pos: int) -> bool:
        i = bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and pos < self.quoted[i][1]

    # ---- descriptions -------------------------------------------------------
    def _resolve_nominal(self, mention: Mention, at: int) -> SpeakerCluster | None:
        head = mention.head  # the name, not the text: "who" in "the mayor, who said" is the mayor
        if head in WRITING_NOUNS or (head in _WRITING_MODIFIERS and self.text.startswith(_OPENING_MARKS, mention.end + 1)):
            # "a statement released by the Harbour Authority", "Ek's memoir", "a
            # club's latest “…”" (the quote its noun): whoever issued the writing.
            issuer = self._issuer_named_with(mention)
            if issuer is not None:
                return issuer
        if head in AUTHOR_NOUNS or head in WRITING_NOUNS:
            author = self._author_before(at)
            if author is not None:
                return author
        if head in WRITING_NOUNS and mention.name.split()[0].lower() == "the":
            issuer = self._issuer_before(head, at)
            if issuer is not None:
                return issuer
        first_word = mention.name.split()[0].lower()
        # "one longtime adviser", "another supporter": someone not named, not
        # the person whose role the text gave as "a longtime adviser"
        if first_word not in _INDEFINITE:
            for cluster in self._by_recency():
                if cluster.kind == "person" and cluster.role and _role_head(cluster.role) == head:
                    cluster.add_alias(_strip_determiner(mention.name))
                    return cluster
        counted = mention.name[:1].isdigit()  # "21 percent" and "14 percent" are two groups
        for cluster in self._by_head.get(head, ()):
            if cluster.kind == "nominal" and (not counted or cluster.name == mention.name):
                cluster.add_alias(_strip_determiner(mention.name))
                return cluster
        if first_word == "the" and head in _BODY_NOUNS:
            body = self._organisation_in_reach(at, head)
            if body is not None:
                body.add_alias(_strip_determiner(mention.name))
                return body
        if mention.name.lower() in ("the former", "the latter"):
            pair = self._pair_named_before(at)  # "Voss and Baker met. “…,” the latter said."
            if pair is not None:
                return pair[mention.name.lower() == "the latter"]
        if first_word == "the" and head not in INSTITUTION_NOUNS and not head.endswith("s"):
            # "the deputy" for "Lena Voss, his deputy," named before; else "the
            # self-taught resident": an epithet for a person the text just named.
            description = _strip_determiner(mention.name).lower()
            person = self._named_in_apposition(description, at)
            if person is None and head in _OFFICES and description == head:
                person = self._titled_before(head, at)  # "the minister" for "Finance Minister Lena Voss"
            gender = _noun_gender(head)  # "the woman said": a woman, not the last man named
            person = person or self._last_speaker_still_in_view(at, gender) or self._person_in_reach(at, gender)
            if person is not None:
                return person
        name = self._introduction(head, at) or _strip_determiner(mention.name)
        cluster = SpeakerCluster(len(self.clusters), "nominal", name, head)
        cluster.add_alias(_strip_determiner(mention.name))
        return self._add(cluster)

    def _titled_before(self, title: str, at: int) -> SpeakerCluster | None:
        """The person the narration before ``at`` last named with ``title`` as
        their title ("Judge Ana Ruiz"): whom "the judge" is, though someone
        else spoke since. A title with no body's name before it goes first:
        "the president" is President Vance, not World Bank President Ek."""
        text = self.text
        lo = max(0, at - _ORGANISATION_REACH)
        capital = title[0].upper() + title[1:] + " "
        return self._titled_at(capital, _positions_back(text, capital, lo, at))

    def _titled_after(self, title: str, at: int) -> SpeakerCluster | None:
        """The person the text first names with ``title`` after ``at``: whom a
        headline's "Judge" is ("Judge blocks law, citing “…”"), as the story
        names her only below it."""
        capital = title[0].upper() + title[1:] + " "
        return self._titled_at(capital, _positions_on(self.text, capital, at + 1, at + _ORGANISATION_REACH))

    def _titled_at(self, capital: str, positions: Iterator[int]) -> SpeakerCluster | None:
        """The person named right after the first title ``capital`` at one of
        ``positions`` (see :meth:`_titled_before`)."""
        text = self.text
        fallback: list[str] = []
        fallback_title = ""
        for pos in positions:
            if (pos == 0 or not text[pos - 1].isalpha()) and not self._inside_quote(pos):
                named = _NAME_RUN.match(text, pos + len(capital))
                words = [w for w in named.group(0).split() if w.lower() not in NOT_NAMES] if named else []
                if words and not any(w.lower() in NON_PERSON_NAME_WORDS for w in words):
                    before = text[max(0, pos - 30) : pos].split()
                    if not before or not before[-1][0].isupper() or not before[-1][-1].isalpha() or self._starts_sentence(pos):
                        return self._resolve_name(" ".join(words), capital.strip())
                    if not fallback:  # "Finance Minister Lena Voss": the whole title is her role
                        fallback = words
                        fallback_title = " ".join([*_capitals_before(text, pos), capital.strip()])
        return self._resolve_name(" ".join(fallback), fallback_title) if fallback else None

    def _pair_named_before(self, at: int) -> tuple[SpeakerCluster, SpeakerCluster] | None:
        """The two people the narration before ``at`` last named as a pair
        ("Lena Voss and Tom Baker"): whom "the former" and "the latter" are."""
        names = self._unquoted_names(self._window_start(at), at)
        for (a, b), (c, d) in zip(reversed(names[:-1]), reversed(names[1:])):
            if self.text[b:c] == " and ":
                first = self._resolve_name(self.text[a:b], "")
                second = self._resolve_name(self.text[c:d], "")
                return (first, second) if first is not None and second is not None else None
        return None

    def _named_in_apposition(self, description: str, at: int) -> SpeakerCluster | None:
        """The person the text last gave ``description`` as an appositive
        ("Lena Voss, his deputy,") in the narration before ``at``: whom "the
        deputy" is. The words must agree: "a former governor" is not "the governor"."""
        text = self.text
        lo = max(0, at - _ORGANISATION_REACH)
        best = -1
        for determiner in _APPOSITIVE_DETERMINERS:  # a few searches for the literal phrase, no pattern run
            pos = text.rfind(f", {determiner} {description}", lo, at)
            end = pos + len(determiner) + len(description) + 3
            if pos > best and (text[end : end + 1] in _AFTER_APPOSITIVE or text.startswith(" and ", end)):
                best = pos
        if best < 0 or self._inside_quote(best):
            return None
        named = _compiled(_NAME_ENDING).search(text, max(0, best - 80), best)
        if named is None:
            return None
        words = [w for w in named.group(1).split() if w.lower() not in NOT_NAMES]
        return self._resolve_name(" ".join(words), "") if words else None

    def _issuer_named_with(self, mention: Mention) -> SpeakerCluster | None:
        """Who a writing's own phrase says issued it: the owner of "Ek's memoir"
        (of "a club's latest", when the quote is the writing), or the body
        after it in "a statement released by the Harbour Authority"."""
        words = mention.text.split()
        pronoun = PRONOUN_OF_POSSESSIVE.get(words[0].lower())
        if pronoun is not None and len(words) - 1 <= _WORDS_AFTER_OWNER:
            return self._resolve_pronoun(pronoun, mention.start)  # "her statement"
        owner = next((x for x, w in enumerate(words) if w.endswith(("'s", "\u2019s"))), -1)
        if owner >= 0 and len(words) - owner <= _WORDS_AFTER_OWNER:
            named = [*words[:owner], words[owner][:-2]]
            if named[0][0].isupper() and named[0].lower() not in NOT_NAMES:
                return self._resolve_name(" ".join(named), "")
            phrase = " ".join(named)
            owner_mention = Mention(mention.start, mention.start + len(phrase), phrase, "nominal", phrase, "", named[-1].lower())
            return self._resolve_nominal(owner_mention, mention.start)
        issued = _compiled(_ISSUED_BY).match(self.text, mention.end)
        if issued is None:
            body = _compiled(_ISSUED_BY_A_BODY).match(self.text, mention.end)
            if body is None or body.group(2).lower() not in INSTITUTION_NOUNS:
                return None
            # "a statement from the company": whoever "the company" is
            phrase = body.group(1)
            described = Mention(body.start(1), body.end(1), phrase, "nominal", phrase, "", body.group(2).lower())
            return self._resolve_nominal(described, body.start(1))
        named = issued.group(1).split()
        if "." not in named[-1][:-1]:
            named[-1] = named[-1].rstrip(".")  # the sentence's full stop, not "U.S."'s
        if named[0].lower() in NOT_NAMES or named[0].lower() in TIME_WORDS:
            return None  # "a statement from Monday"
        return self._resolve_name(" ".join(named), "")

    def _issuer_before(self, head: str, at: int) -> SpeakerCluster | None:
        """Who the text said spoke "in a statement" last, for "the statement
        also said": "Eastvale Ferry Company said in a statement that …"."""
        lo = max(0, at - _ORGANISATION_REACH)
        if not self._in_a(head, lo, at):
            return None  # most texts have no "in a statement": the cue's pattern is not even compiled
        found = None
        for m in _issued_in(head).finditer(self.text, lo, at):
            found = m
        if found is None or self._inside_quote(found.start()):
            return None
        words = (found.group(1) or found.group(2)).split()
        while words and words[0].lower() in NOT_NAMES:
            words = words[1:]
        if not words:
            return None
        return self._resolve_name(" ".join(words), "", create=False) or self._resolve_name(" ".join(words), "")

    def _in_a(self, head: str, lo: int, at: int) -> bool:
        """Whether "in a statement" (``head`` the noun, a modifier allowed)
        stands in ``text[lo:at]``: both forms of :func:`_issued_in` hold it,
        so where it does not, neither can match. Checked with a pattern
        compiled once, as each noun's own costs more to compile than most
        documents take to read."""
        pos = self.text.find(head, lo, at)
        while pos >= 0:
            if _IN_A_BEFORE.search(self.text, lo, pos) is not None:
                return True
            pos = self.text.find(head, pos + 1, at)
        return False

    def _author_before(self, at: int) -> SpeakerCluster | None:
        """The author of the latest writing the text credits ("written by …",
        "an essay by …")."""
        lo = max(0, at - _DOCUMENT_REACH)
        verbs_at = [pos for pos in (self.text.find(word, lo, at) for word in _AUTHOR_MARKERS) if pos >= 0]
        if not verbs_at:
            return None  # most texts credit no author: str.find tells faster than the regex
        found = None
        # Each match opens with one of the verbs, so none starts before the
        # first of them: the regex reads on from there.
        for m in _AUTHORED_BY.finditer(self.text, min(verbs_at), at):
            found = m
        if found is None:
            return None
        if found.group(0).split()[0] not in _AUTHORING_VERBS:
            # "an essay by Lena Voss, a former harbour master, ran": the phrase's own reading
            mention = subject_after(tokenize(self.text, found.start(1), found.end(1)), 0)
            if mention is None or mention.kind == "pronoun":
                return None
            if mention.kind == "name":
                return self._resolve_name(mention.name, mention.title)
            words = mention.text.split()
            role = next((x for x, w in enumerate(words) if w.lower() in ROLE_NOUNS), len(words) - 1)
            text = " ".join(words[: role + 1])  # "a senior official ran Tuesday": up to the role
            described = Mention(mention.start, mention.start + len(text), text, "nominal", text, "", words[role].lower())
            return self._resolve_nominal(described, mention.start)
        phrase = _SOMEONE_WHO.sub("", found.group(1).strip())
        words = phrase.split()
        cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _PREPOSITIONS), len(words))
        words = words[:cut]
        if not words:
            return None
        if all(w[0].isupper() for w in words) and words[0].lower() not in NOT_NAMES:
            return self._resolve_name(" ".join(words), "")
        desc = _strip_determiner(" ".join(words))
        head = desc.split()[-1].lower().strip(",")
        for cluster in self._by_head.get(head, ()):
            if cluster.kind == "nominal":
                return cluster
        cluster = SpeakerCluster(len(self.clusters), "nominal", desc, head)
        return self._add(cluster)

    def _introduction(self, head: str, at: int) -> str | None:
        """How the text first introduced a described source: "a senior official"."""
        text = self.text
        lo = max(0, at - _DOCUMENT_REACH)
        pos = _find_word(text, head, lo, at)
        while pos >= 0:
            m = _ARTICLE_AND_MODIFIERS.search(text, max(lo, pos - _MODIFIERS_CHARS), pos)
            if m is not None:
                if self._inside_quote(m.start()):
                    return None
                return text[m.start(1) : pos + len(head)]
            pos = _find_word(text, head, pos + len(head), at)
        return None


def _may_open_a_role(word: str) -> bool:
    """Whether an appositive's first word can open a role, as
    :func:`~opedtui.engine.mentions.appositive_role_after` asks."""
    low = word.lower()
    return low in ("a", "an", "the") or low in POSSESSIVE_PRONOUNS or low in ROLE_NOUNS or low in TITLES


def _positions_back(text: str, word: str, lo: int, hi: int) -> Iterator[int]:
    """Where ``word`` stands in ``text[lo:hi]``, the last first."""
    pos = text.rfind(word, lo, hi)
    while pos >= 0:
        yield pos
        pos = text.rfind(word, lo, pos)


def _positions_on(text: str, word: str, lo: int, hi: int) -> Iterator[int]:
    """Where ``word`` stands in ``text[lo:hi]``, the first first."""
    pos = text.find(word, lo, hi)
    while pos >= 0:
        yield pos
        pos = text.find(word, pos + 1, hi)


def _capitals_before(text: str, pos: int) -> list[str]:
    """Up to three capitalised words right before ``pos``: the given names
    (and titles) in front of a surname."""
    if pos == 0 or not text[pos - 1].isspace() or text[pos - 1] == "\n":
        return []
    lo = pos - 60 if pos > 60 else 0
    line = text.rfind("\n", lo, pos) + 1  # a name never runs on from the line before
    # The last three words are all that are read: four or more (of which the
    # first may be cut) leave them whole, three or fewer are all the words.
    words = text[line if line > lo else lo : pos].rsplit(None, 3)
    if len(words) > 3:
        del words[0]
    elif line == 0 and lo > 0 and words:
        words = words[1:]  # the first may be cut
    taken: list[str] = []
    for word in reversed(words[-3:]):
        if not _NAME_WORD_ALONE.match(word):
            break
        taken.append(word)
    return taken[::-1]


_ROLE_THEN_NAME = re.compile(r"[^\S\n]+([a-z]+)[^\S\n]+[A-Z][a-z]")
"""A lower-case word, then a capitalised one: "spokesman Tom" after "Voss"."""
_AGE_AFTER = re.compile(r",[^\S\n]*\d{1,3},")
"""An age set off after a name: "Voss, 52,"."""
_HEADLINE_REACH = 120
_HEADLINE_WORDS = 5
_HEADLINE_LINKS = frozenset("to from as against for of on in at with by about after over".split())
"""Words a headline capitalises that no given name is."""
_RELATIVE_BEFORE = re.compile(
    r"\b([Hh]is|[Hh]er|[Tt]heir)[ \u00a0]+(?:husband|wife|son|daughter|brother|sister|mother|father|partner|spouse|"
    r"grandson|granddaughter|grandmother|grandfather|mom|dad|mum),?[ \u00a0]+\Z"
)
"""A relation right before a given name: "her husband, " of "her husband, Samuel"."""
_CAPITALISED_NEXT = re.compile(r"\s+([A-Z][a-z][\w'\u2019\-]+)\b")
_COUPLE_NEXT = re.compile(r"[^\S\n]+(?:and|&)[^\S\n]+([A-Z][a-z]+)[^\S\n]+([A-Z][a-z][\w'\u2019\-]+)\b")
"""Two given names sharing a surname: "Ida and Paul Ekberg"."""
_WORDS_BEFORE_PARENTHESIS = re.compile(r"((?:[A-Z][\w'\u2019\-]*,? (?:(?:of|and|for|the|&) )*){1,6})\Z")
_SPELLED_OUT_CHARS = 300
"""Enough for six capitalised words and the small words between them."""


_CAPITALISED_RUN = r"(?<![\w'\u2019\-])[A-Z][a-z][\w'\u2019\-]*(?:,? (?:(?:of|and|for|the|on|&) )*[A-Z][a-z][\w'\u2019\-]*)*"
"""Capitalised words, with commas and small words between them: "Harbour,
Fisheries and Coast Canada". One pattern for every acronym: compiling one
for each would cost more than reading the text. (Patterns only a few
documents need are kept as text and compiled on first use, by ``_compiled``,
so importing the engine stays quick.)"""
_CAPITALISED_WORD = r"[A-Z][a-z][\w'\u2019\-]*"


def _name_with_initials(text: str, acronym: str, lo: int, hi: int) -> str:
    """Capitalised words in ``text[lo:hi]`` whose initials are the acronym's
    letters, in order, small words and commas allowed between them and no
    capitalised word right after them: "Northern Rail Authority" for NRA."""
    for run in _compiled(_CAPITALISED_RUN).finditer(text, lo, hi):
        name = run.group()
        if acronym[0] not in name:
            continue  # most runs: not even the first letter
        words = list(_compiled(_CAPITALISED_WORD).finditer(name))
        initials = "".join(w.group()[0] for w in words)
        at = initials.find(acronym)
        while at >= 0:
            last = at + len(acronym) - 1
            follows = name[words[last].end() :]
            if not follows.startswith(" ") or follows[1:2].islower():
                return name[words[at].start() : words[last].end()]
            at = initials.find(acronym, at + 1)
    return ""


def _find_word(text: str, word: str, lo: int, hi: int) -> int:
    """Where ``word`` first stands as a whole word in ``text[lo:hi]``, or -1.
    (A document's own words are looked up with ``str.find``: compiling a
    pattern for each would cost more than the search.)"""
    pos = text.find(word, lo, hi)
    while pos >= 0:
        end = pos + len(word)
        if (pos == 0 or not _is_word_char(text[pos - 1])) and (end == len(text) or not _is_word_char(text[end])):
            return pos
        pos = text.find(word, pos + 1, hi)
    return -1


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


_ARTICLE_AND_MODIFIERS = re.compile(r"\b(?:a|an)\s+((?:[a-z][\w\-]*\s+){0,2})\Z")
"""An indefinite article and up to two modifiers, right before a noun: "a senior "."""
_MODIFIERS_CHARS = 60
_IN_A_BEFORE = re.compile(r"[Ii]n\s+an?\s+(?:[a-z\-]+\s+)?\Z")
"""What stands before the noun in "in a statement", "in an emailed statement"."""


def _find_inside_sentence(text: str, word: str, lo: int, hi: int) -> int:
    """Where ``word`` first stands mid-sentence (after a lower-case word, a
    comma or a semicolon) in ``text[lo:hi]``, or -1."""
    pos = _find_word(text, word, lo, hi)
    while pos >= 0:
        if pos >= 2 and text[pos - 1] == " " and (text[pos - 2] in ",;" or "a" <= text[pos - 2] <= "z"):
            return pos
        pos = _find_word(text, word, pos + 1, hi)
    return -1


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    """Patterns compiled once each, when first needed: those built around one
    of a few nouns ("statement", "email"), and those few documents ask for."""
    return re.compile(pattern)


def _issued_in(head: str) -> re.Pattern[str]:
    name = r"((?:[A-Z][\w'\u2019\-]*[^\S\n]+){0,5}[A-Z][\w'\u2019\-]*)"
    verbs = r"(?:said|says|wrote|added|noted|announced|stated)"
    written = r"in\s+an?\s+(?:[a-z\-]+\s+)?" + re.escape(head) + r"\b"
    says = r"[^\S\n]+(?:[a-z]+ly[^\S\n]+)?" + verbs
    # "X said in a statement" | "In a statement, X said"
    return _compiled(name + says + r"[^\S\n]+" + written + r"|\b[Ii]" + written[1:] + r",[^\S\n]+" + name + says)


def _noun_gender(word: str) -> str:
    """The gender a noun in front of a name gives it: "husband Omar Haddad"."""
    return "f" if word in FEMALE_NOUNS else "m" if word in MALE_NOUNS else ""


_ROLE_ENDS_NOT_WITH = _PREPOSITIONS_BEFORE_NAMES | _PREPOSITIONS | frozenset("off up out and or the a an".split())
_ROLE_STARTS_NOT_WITH = (_PREPOSITIONS_BEFORE_NAMES - {"of", "from", "with", "at"}) | {"who", "who's", "whose", "which"}


_TITLES_IN_FULL = {
    "sen.": "Senator", "rep.": "Representative", "gov.": "Governor", "lt.": "Lieutenant", "gen.": "General",
    "col.": "Colonel", "capt.": "Captain", "sgt.": "Sergeant", "maj.": "Major", "adm.": "Admiral",
    "cmdr.": "Commander", "brig.": "Brigadier", "cpl.": "Corporal", "pte.": "Private", "const.": "Constable",
    "cst.": "Constable", "det.": "Detective", "insp.": "Inspector", "supt.": "Superintendent",
    "atty.": "Attorney", "prof.": "Professor", "rev.": "Reverend", "gov": "Governor", "sen": "Senator",
}
"""Abbreviated titles written out for a role: "State Sen." is shown as "State
Senator", and "the senator" finds its holder."""


def _as_role(title: str) -> str:
    """What the words before (or beside) a name say the person is, for showing
    with the name: "White House press secretary", "a marine biology professor".

    Honorifics are no role, and a part that cannot be one is dropped rather
    than shown: the end of the clause before the name ("the board shrugged
    off", "keen for"), an adjective ("angry"), a given name."""
    roles = []
    for part in title.split(";"):
        words = [_TITLES_IN_FULL.get(w.lower(), w) for w in part.strip(" ,").split() if w.lower() not in _HONORIFICS]
        if words and _could_be_role(words):
            roles.append(" ".join(words))
    return "; ".join(roles)


def _could_be_role(words: list[str]) -> bool:
    """Whether the words of one part of a title can be a role (see :func:`_as_role`)."""
    first, last = words[0], words[-1]
    if last.lower() in _ROLE_ENDS_NOT_WITH or last.endswith(_POSSESSIVE_ENDINGS):
        return False
    if first.lower() in _ROLE_STARTS_NOT_WITH or (last.islower() and last.endswith("ed")):
        return False
    if last.islower() and last.endswith("ing") and (len(words) < 2 or words[-2].lower() not in ("of", "in", "and")):
        return False  # "groups embracing", not "director of marketing"
    if len(words) > 1:
        return True
    low = last.lower()
    if _name_gender(last) or low in NOT_NAMES:
        return False  # "Mary", "Many"
    return not last.islower() or low in ROLE_NOUNS or low in TITLES or low.endswith(PERSON_NOUN_ENDINGS)


def _opens_no_name(word: str) -> bool:
    """A capital before a surname that is no given name: a title, a function
    word, or the verb of an inverted cue ("Said Voss, “…”")."""
    low = word.lower()
    return low in _BEFORE_A_NAME or low in ("said", "says")


def _name_gender(first: str) -> str:
    low = first.lower()
    return "f" if low in FEMALE_NAMES else "m" if low in MALE_NAMES else ""


def _bare(word: str) -> str:
    """A word without a contraction's ending: "They're" -> "They"."""
    for apostrophe in ("'", "\u2019"):
        if apostrophe in word[1:]:
            return word[: word.index(apostrophe, 1)]
    return word


_POSSESSIVE_ENDINGS = ("'s", "\u2019s", "'", "\u2019")


def _strip_possessive(word: str) -> str:
    if not word.endswith(_POSSESSIVE_ENDINGS):
        return word  # most words: one test instead of four
    for suffix in _POSSESSIVE_ENDINGS:
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _key(word: str) -> str:
    """A surname as clusters are filed under it: "al-Assad" and "Assad" alike."""
    key = word.lower().replace("\u2019", "'").removesuffix("'s")
    for article in _SURNAME_ARTICLES:
        if key.startswith(article) and len(key) > len(article) + 2:
            return key[len(article) :]
    return key


_SURNAME_ARTICLES = ("al-", "el-")


def _names_people(plural: str) -> bool:
    """Whether a plural noun names people: a role ("officials") or an agent
    noun ("protesters", "activists", "residents", "critics")."""
    if not plural.endswith("s") or plural.endswith("ss"):
        return False
    return plural[:-1] in ROLE_NOUNS or plural.endswith(_PEOPLE_ENDINGS)


_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "ics", "ees")


@lru_cache(maxsize=1024)
def _title_gender(title: str) -> str:
    """"f" or "m" when a title before a name gives its gender ("Mrs.", "Mr."), else ""."""
    words = {w.lower() for w in title.replace(";", " ").split()}  # "Mr.; her husband": a title, then a role
    return "f" if words & FEMALE_TITLES else "m" if words & MALE_TITLES else ""


def _role_head(role: str) -> str:
    """The noun a role ends on ("the mayor of Salem" -> "mayor"). Cached: every
    description is checked against each known person's role."""
    words = role.replace(";", " ").split()
    cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _PREPOSITIONS), len(words))
    words = words[:cut]
    return words[-1].lower().strip(",") if words else ""


_BODY_NAME_AFTER = r"(?: [A-Z][\w&'\u2019\-]*\.?){1,3}(?![\w'\u2019\-])"
"""Capitalised words after a name: " Energy" in "Brightwell Energy"."""
_OFFICES = frozenset(
    "president minister premier mayor governor senator judge justice chancellor pope chief commissioner "
    "sheriff superintendent secretary ambassador general coach".split()
)
"""Titles a text writes before a name ("Mayor Lena Voss") and later uses alone
for that person ("the mayor")."""
_APPOSITIVE_DETERMINERS = ("his", "her", "their", "its", "the", "a", "an")
_AFTER_APPOSITIVE = frozenset(",.;)")
_NAME_ENDING = r"((?:[A-Z][\w'\u2019.\-]*[ \u00a0]+){0,3}[A-Z][\w'\u2019\-]*)$"
"""The name a comma closes: "Lena Voss" of "Lena Voss, his deputy,"."""
_OPENING_MARKS = ("\"", "\u201c", "'", "\u2018", "``")
_WRITING_MODIFIERS = frozenset("latest newest new recent annual final own".split())
"""Words that stand for a writing when the quote after them is its name: "a club's latest “…”"."""
_WORDS_AFTER_OWNER = 3
"""Words a writing owned by a possessive may have after it: "Ek's new memoir"."""
_ISSUED_BY = (
    r",?[ \u00a0]+(?:(?:released|issued|sent|posted|published|put[ \u00a0]+out)[ \u00a0]+)?(?:by|from)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?((?:[A-Z][\w'\u2019.\-]*(?:[ \u00a0]+|(?=[,.;:!?)]|$))){1,6})"
)
"""Who issued a writing, named right after it: ", released by the Harbour Authority"."""
_ISSUED_BY_A_BODY = (
    r",?[ \u00a0]+(?:(?:released|issued|sent|posted|published)[ \u00a0]+)?(?:by|from)[ \u00a0]+(the[ \u00a0]+(\w+))\b"
)
"""A body that issued a writing, described rather than named: "a statement from the company"."""


def _strip_determiner(phrase: str) -> str:
    words = phrase.split()
    while len(words) > 1 and (words[0].lower() in DETERMINERS or words[0].lower() in POSSESSIVE_PRONOUNS):
        words = words[1:]
    return " ".join(words)
