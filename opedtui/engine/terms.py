"""Telling scare quotes, titles and words-as-words from quoted speech.

A "resistance" group, the film "Jaws", words like "yeet": short quoted phrases
that name or distance a word rather than report what someone said.
"""

from __future__ import annotations

import re

from opedtui.engine.lexicon import NAMING_PARTICIPLES, SPEECH_VERBS, UTTERANCE_NOUNS
from opedtui.engine.marks import QuotedSpan

_TITLE_WORDS = frozenset(
    """
    film movie documentary book novel memoir song single album record show series sitcom
    episode play musical opera poem painting podcast game video hashtag headline
    titled entitled so-called moniker brand program programme segment
    """.split()
)
# Words that may follow a short quote and still leave it a quotation
# ("called it “a disgrace” that …", "more “flexibility” for …").
_FUNCTION_WORDS = frozenset(
    """
    that which who whom whose where when while because although though as since until unless
    and or but nor so yet if than then to of in on at by for with from into onto about over
    under after before between against during without within through across around among
    is are was were be been being has have had do does did will would shall should can could
    may might must it its he she they we i you his her their our this these those there here
    not no also even just only still rather instead again too very more most less least
    said says say told tells added adding according how what why whether whatever
    """.split()
)
# Nouns a quoted label often names: the "Bright Start" project, the "opt out" movement.
_LABEL_NOUNS = frozenset(
    "project movement trope label nickname name term phrase slogan motto tagline campaign initiative "
    "rule policy doctrine strategy plan program programme act bill law clause".split()
)
_NAMING_NOUNS = _TITLE_WORDS | _LABEL_NOUNS
"""Words after a quote that make it the name of a work or a label."""
_WORD = re.compile(r"[\w'\u2019\-]+")
MAX_TERM_WORDS = 4


def quote_words(text: str, start: int, end: int) -> list[str]:
    """The words of the quote ``text[start:end]``, or only some of its first
    ones when there are too many for a term or a title (then only their
    number matters): what the rules here look at."""
    inner = text[start:end].strip()
    # A piece of letters between spaces is a word of its own, so more such
    # pieces than a title has words make the quote too long for one, whatever
    # the other pieces hold: most quotations are told so by a split, and
    # need not be read word by word.
    plain = list(filter(str.isalpha, inner[:_PLAIN_WORDS_CHARS].split()))
    if len(plain) > _MAX_TITLE_WORDS:
        return plain
    return _first_words(inner, 0, len(inner))


_PLAIN_WORDS_CHARS = 80
"""How much of a quote is split at its spaces to see whether it is long: enough
for nine plain words in nearly every long quotation."""


def is_term(text: str, outer_start: int, start: int, end: int, outer_end: int, has_cue: bool, words: list[str]) -> bool:
    """Whether a quoted span names or distances words instead of quoting
    speech; ``words`` are its :func:`quote_words`."""
    follows = text[outer_end : outer_end + 2]  # "(", " (", " by" or ", by": what both patterns need, most quotes lack
    if ("(" in follows or follows in (" b", ", ")) and (
        _is_cited_work(text, outer_end, text[start:end].strip()) or _DATED.match(text, outer_end)
    ):
        return True  # a headline by its author, or a work with its year: “Jaws” (1975)
    if len(words) > _MAX_TITLE_WORDS:
        return False  # too many words for a title or a term (most quotations): no need to read the context
    inner = text[start:end].strip()
    lead_start = outer_start - 30 if outer_start > 30 else 0
    capitalised = bool(words) and words[0][:1].isupper()
    # A medium's possessive ends the lead-in ('s and spaces): the text is asked
    # that before the search, which is tried at every position.
    if (
        capitalised
        and text[lead_start:outer_start].rstrip(" \u00a0\n").endswith(("'s", "\u2019s"))
        and _MEDIA_OWNS.search(text, lead_start, outer_start)
    ):
        if not any(ch in inner.rstrip(".,!?") for ch in ".!?;"):
            return True  # a programme: television’s “Driftwood,”, KRNW’s “Tideline”
    title = _is_title(words, inner)
    if len(words) > MAX_TERM_WORDS and not title:
        return False  # too many words for a term, and speech, not a title: the context need not be read
    before = _WORD.findall(text, lead_start, outer_start)
    prev = before[-1].lower() if before else ""
    prev2 = before[-2].lower() if len(before) > 1 else ""
    after = text[outer_end : outer_end + 30]
    follow = _WORD.match(after.lstrip(" "))
    uttered = follow is not None and after[:1] == " " and follow.group().lower() in UTTERANCE_NOUNS
    if (
        title
        and not uttered
        and not _spoken_right_before(text, outer_start, prev, prev2)
        and not _said_as_a_sentence(text, outer_start, inner, has_cue)
        and not _called_by_someone(before)
    ):
        return True
    if prev in NAMING_PARTICIPLES and len(before) > 1 and before[-2].islower() and capitalised:
        if len(words) <= 2 and not _called_by_someone(before):
            return True  # a thing's own name: a geology course called “Bedrock”
    if not words or len(words) > MAX_TERM_WORDS or uttered:
        return False  # uttered: the words of a remark, "his “not there yet” comment"
    if (prev in _TITLE_WORDS or (prev in ("a", "an", "the") and prev2 in _TITLE_WORDS)) and _names_a_work(text, outer_start, inner):
        return True  # the film "Jaws", the show "The Long Road,"
    if prev in _CLICKS:
        return True  # a label on a screen: click “Sign up.”
    letter = inner.rstrip(".,!?;:")
    if len(letter) == 1 and letter.isalpha() and letter != "I":
        return True  # a letter named: push the button for “R,” or “D,”
    if len(words) <= 2 and _DEFINED.match(text, outer_end):
        return True  # a word defined: “yeet,” which refers to a dance
    if inner[-1] in ".,!?;:\u2026":
        return False  # quoted speech keeps its punctuation inside the marks
    if prev in ("like", "as") and prev2 in ("words", "terms", "phrases", "such"):
        return True
    if prev == "as" and prev2 == "to" and len(before) > 2 and before[-3].lower() in ("referred", "refer", "refers"):
        return True  # a label with no one giving it: a girl, referred to as “our harbour baby”
    if text[outer_start - 1 : outer_start] == "(" and text[outer_end : outer_end + 1] == ")":
        return True  # a gloss in parentheses: the dictionary ("jubilant")
    if before and before[-1][:1].isupper() and follow and follow.group()[:1].isupper() and len(words) <= 2:
        if text[outer_start - 1 : outer_start] == " " and after[:1] == " ":
            return True  # a nickname: Ana "Hurricane" Ortiz
    if follow and after[:1] == " " and follow.group().lower() in _NAMING_NOUNS:
        return True  # the network's "Morning Hour" show, the "boys will be boys" trope
    if after[:1] == " " and follow and (prev in ("a", "an") and len(words) == 1 or not has_cue):
        nxt = follow.group()
        if nxt.islower() and not _opens_a_clause(nxt) and not nxt.endswith("ly"):
            # A quoted modifier before its noun: a "resistance" group. But in a
            # reported clause a quoted adjective is the speaker's own word:
            # "Voss said the city ran an “awful” count".
            return not (has_cue and _is_adjective_shaped(words[0]))
    return False


_MEDIA_OWNS = re.compile(
    r"(?:\b[A-Z]{2,6}|\b(?:[Tt]elevision|TV|[Cc]hannel|[Nn]etwork|[Rr]adio|[Ss]tation|[Mm]agazine|[Nn]ewspaper|[Ss]tudio))"
    r"['\u2019]s[ \u00a0]+$"
)
"""A broadcaster's or a medium's possessive, which owns programmes, not words:
KRNW’s “Tideline”, television’s “Driftwood” (not Lena Voss’s “awful” count)."""
_DEFINED = re.compile(
    r",?[ \u00a0]+(?:which[ \u00a0]+|that[ \u00a0]+)?(?:\w+ly[ \u00a0]+)?"
    r"(?:refers|referred|stands[ \u00a0]+for|is[ \u00a0]+short[ \u00a0]+for|is[ \u00a0]+slang[ \u00a0]+for)\b"
    r"|[ \u00a0]+means\b"
)
"""What follows a word that is defined rather than said: “yeet,” which refers to
…; “yeet” means … (not ", which means", which goes on about what was said)."""
_NOUN_SUFFIXES = ("ance", "ence", "tion", "sion", "ment", "ness", "ity", "ism", "ist", "ship", "hood", "dom", "ure", "er")
"""Endings that mark a word as a noun: resistance, movement, reformer."""


_CONTRACTED_VERB = re.compile(r"(?:['\u2019](?:d|ll|re|ve|m)|n['\u2019]t)$")
_CONTRACTED_IS = re.compile(r"['\u2019]s$")


def _opens_a_clause(word: str) -> bool:
    """Whether the word after a quote goes on with the sentence rather than
    being the noun the quote modifies: a function word, or a contracted
    verb ("she’d", "don’t", "it’s"), which no noun is."""
    if _CONTRACTED_VERB.search(word):
        return True
    return _CONTRACTED_IS.sub("", word) in _FUNCTION_WORDS


def _is_adjective_shaped(word: str) -> bool:
    """A lower-case word without a noun's ending ("awful", "rigged", "new",
    not "resistance"): a label is mostly a noun, an echoed judgement an adjective."""
    return word.islower() and not word.endswith(_NOUN_SUFFIXES)


_FEW_WORDS_CHARS = 60
"""Enough characters for the nine words that make a quote too long for a
term or a title, most of the time: when they hold fewer, the whole quote is
read, so the count is never wrong, and a shorter read than this costs more
in such rereads than it saves."""


def _first_words(text: str, start: int, end: int) -> list[str]:
    """The words of ``text[start:end]``, or only its first ones when there are
    too many for a term or a title: long quotations are not read word by word."""
    few = start + _FEW_WORDS_CHARS
    words = _WORD.findall(text, start, few if few < end else end)
    if end - start > _FEW_WORDS_CHARS and len(words) <= _MAX_TITLE_WORDS:
        words = _WORD.findall(text, start, end)  # a few very long words
    return words


def _said_as_a_sentence(text: str, outer_start: int, inner: str, has_cue: bool) -> bool:
    """A quote in title case that stands as a sentence of its own, punctuated
    as speech and attributed (“Your Honor,” I said. / ''We're Home.'' he added):
    capitals are no sign of a title there."""
    if not has_cue or inner[-1:] not in ".,!?":
        return False
    lead = text[max(0, outer_start - 3) : outer_start].rstrip(" \u00a0")
    return not lead or lead[-1] in ".!?:\n"


_CLICKS = frozenset("click clicks clicking clicked tap taps tapping tapped".split())
"""Verbs whose quoted object is a label on a screen: click “Sign up”."""
_CALL = frozenset("call calls calling called dub dubs dubbing dubbed nickname nicknames nicknaming nicknamed "
                   "label labels labeling labeled labelled brand brands branding branded".split())
_SUBJECT_PRONOUNS = frozenset("i you he she we they".split())
_NOUN_MARKERS = frozenset("a an the his her their its this that our my your".split())
_PREPOSITIONS = frozenset("to for on in at from with of into about".split())


def _called_by_someone(before: list[str]) -> bool:
    """Whether someone calls a person or a thing by the quoted name, which makes
    it words of theirs: "calling Voss “Captain Gridlock”", "he called his rival
    “Senator Ree”", "Voss called Ms. Ree an “Armchair Admiral”", "one she calls
    “Bright Harbor”". Not a thing's own name
    ("an app called “Tally”", "a group called the “Harbor League”")."""
    words = [w.lower() for w in before[-5:]]
    at = max((i for i, w in enumerate(words) if w in _CALL), default=-1)
    if at < 0 or (at > 0 and words[at - 1] in _NOUN_MARKERS):
        return False  # "during a call to the network's “Morning Hour”": the noun
    rest = words[at + 1 :]
    if rest and rest[0] in _PREPOSITIONS:
        return False
    if len(rest) > 1:  # an object between the verb and the quote: "called the mayor “…”"
        return True
    if rest:  # "calling Voss “…”"
        return rest[0] not in ("the", "a", "an") and not (words[at] in NAMING_PARTICIPLES and at > 0 and words[at - 1] not in _SUBJECT_PRONOUNS)
    return words[at] not in NAMING_PARTICIPLES or (at > 0 and words[at - 1] in _SUBJECT_PRONOUNS)


_SO_CALLED = frozenset("so-called titled entitled".split())


def _names_a_work(text: str, outer_start: int, inner: str) -> bool:
    """Whether a quote after a word like "film" or "program" is the name it
    introduces: right after the word (no comma between), which is written in
    lower case, and a name in capitals ("the film “Jaws”"), unless the word
    is "so-called" or "titled", which name anything. Otherwise the quote is
    words said about it: "called the program “worse than amnesty.”"."""
    lead = text[max(0, outer_start - 40) : outer_start].rstrip(" \u00a0")
    word = lead.split()[-1] if lead.split() else ""
    if word.lower() in _SO_CALLED:
        return True
    capitalised = inner[:1].isupper() or inner[:1].isdigit()
    if word.endswith(",") and word[:-1].islower():
        # "her film, “Harbor Lights.”": a name in apposition, in title case
        words = _WORD.findall(inner)
        return capitalised and (len(words) == 1 or _is_title(words, inner))
    if not word or not word.islower() or not word[-1].isalpha():
        return False
    return capitalised


def _spoken_right_before(text: str, outer_start: int, prev: str, prev2: str) -> bool:
    """Whether a speech verb introduces the quote directly ("chanting “…”",
    "a sign that read “…”", "declared: “…”", "chants of “…”", "the slogan
    “…”"): words said or written, even in title case, rather than the name of
    a work ("told “Morning Hour”")."""
    introduces = prev in SPEECH_VERBS and prev not in _NOT_INTRODUCING
    said_often = prev in _SAYINGS or (prev in ("is", "was") and prev2 in _SAYINGS)
    if not introduces and not said_often and not (prev == "of" and prev2 in _OUTCRIES):
        return False
    lead = text[max(0, outer_start - len(prev) - 4) : outer_start].rstrip(" ,:\u00a0").lower()
    return lead.endswith(prev)


_OUTCRIES = frozenset("chant chants cry cries shout shouts calls scream screams yell yells".split())
"""Nouns of words called out, which introduce them with "of": "chants of “Ted! Ted!”"."""
_SAYINGS = frozenset("slogan slogans motto mottos mantra catchphrase tagline refrain".split())
"""Nouns of words said again and again, which introduce them: "the slogan “Axe the Tax”"."""
_NOT_INTRODUCING = frozenset("told tell tells telling called calls call dubbed wrote writes write writing read reads".split())
"""Verbs that take a work or a name as their object: "told “Morning Hour”", "an app called “Tally”"."""


_LIST_GAP = re.compile(r"[ \t\u00a0]*(?:,[ \t\u00a0]*)?(?:(?:and|or)[ \t\u00a0]+)?")
"""What may stand between two items of a list: not a paragraph break."""
_MIN_LIST_ITEMS = 3


def listed_terms(text: str, spans: list[QuotedSpan], words: list[list[str]]) -> set[int]:
    """Indexes of short quoted items that stand in a list of three or more:
    "grapple," "optics," "eschew" and "thought leader" are words on show.
    ``words`` are each span's :func:`quote_words`, read once for both checks."""
    found: set[int] = set()
    run: list[int] = []
    for i, s in enumerate(spans):
        # A short sentence ("Here it is!") is something said, not a word on show;
        # a long quote's end, and the gap before it, are not read.
        short = len(words[i]) <= MAX_TERM_WORDS and text[s.start : s.end].rstrip()[-1:] not in (".", "!", "?")
        if short and run and _LIST_GAP.fullmatch(text, spans[run[-1]].outer_end, s.outer_start):
            run.append(i)
            continue
        if len(run) >= _MIN_LIST_ITEMS:
            found.update(run)
        run = [i] if short else []
    if len(run) >= _MIN_LIST_ITEMS:
        found.update(run)
    return found


_SMALL_WORDS = frozenset("a an the and or of in on at to for from with by as nor but vs".split())
_MAX_TITLE_WORDS = 8


def _is_title(words: list[str], inner: str) -> bool:
    """Title case across several words ("A Song for the River"): a name of a work,
    which speech almost never is."""
    if len(words) < 2 or len(words) > _MAX_TITLE_WORDS or not words[0][:1].isupper():
        return False
    # Every word but the small ones capitalised (or a number): a sentence that
    # opens with a capital mostly fails this at its second or third word, so it
    # is asked first, word by word, before the costlier tests.
    content: list[str] = []
    for w in words:
        if w.lower() not in _SMALL_WORDS:
            if not (w[:1].isupper() or w[:1].isdigit()):
                return False
            content.append(w)
    if any(ch in inner.rstrip(".,!?") for ch in ".!?;"):
        return False
    if not content or all(w.isupper() for w in content):
        return False
    return len(content) >= 2 or words[0] == "The"


_DATED = re.compile(r"[ \u00a0]?\((?!(?:in|on|at|by|since|from|until|before|after|during) )(?:[^()\n]{0,40}[ ,])?(?:1[5-9]|20)\d\d\)")
"""A year in parentheses right after the closing mark: “Jaws” (1975), “Vote No” (poster,
2003); not a time the words were said, “never again” (in 2019)."""
_BY_AUTHOR = re.compile(r",? by (?:[A-Z]|the [A-Z])")


def _is_cited_work(text: str, outer_end: int, inner: str) -> bool:
    """A headline cited as a work, not speech: "'Lanterns' to play Denver," by
    Stageweek's Mia Ross. The comma sets the author apart; without one, "by"
    names the agent of what the quote says ("had been “routed” by Voss")."""
    found = _BY_AUTHOR.match(text, outer_end)
    return found is not None and (inner.endswith(",") or found.group().startswith(","))
