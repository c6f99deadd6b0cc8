"""Finding the words that attribute a quote: "she said", "according to the report".

A cue is looked for only in the unquoted text of the quote's own sentence, so a
speech verb inside a quotation never attributes it. After the quote, the cue
must come first (`,” X said` or `,” said X`); before it, the nearest speech verb
of the sentence wins, with its subject (`X said that “…”`, `X called it “…”`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from opedtui.engine.lexicon import (
    ADVERBS,
    BASE_FORMS,
    COLLECTIVE_NOUNS,
    DETERMINERS,
    NAMING_PARTICIPLES,
    NOT_NAMES,
    PHRASAL_SPEECH_VERBS,
    POSSESSIVE_PRONOUNS,
    PRONOUN_OF_POSSESSIVE,
    SPEECH_VERBS,
    TIME_WORDS,
    TITLES,
    UTTERANCE_NOUNS,
    WEAK_SPEECH_VERBS,
    WRITING_NOUNS,
)
from opedtui.engine.mentions import (
    Mention,
    describes_a_source,
    is_name_word,
    past_a_date,
    phrase_ending_at,
    subject_after,
    subject_before,
    with_determiner,
)
from opedtui.engine.tokens import (
    Token,
    ends_abbreviation,
    first_sentence_end,
    has_any_word,
    last_sentence_start,
    tokenize,
    word_after,
    word_set,
)

_TRAILING_WINDOW = 40
"""How many tokens after a quote may hold its cue (a name, a title, an appositive)."""
_REACH = 400
"""How far (in characters) a cue is looked for: bounds the work per quote, so a
megabyte-long paragraph costs no more per quote than a short one."""
_CUE_WORDS = SPEECH_VERBS | {"according", "According", "Said", "Says"}


_SAID = re.compile(r"said(?<![A-Za-z]said)(?![A-Za-z])")
"""The commonest speech verb by far, as a word of its own."""


def _has_cue_word(text: str, start: int, end: int, words: frozenset[bytes]) -> bool:
    """Whether a speech verb occurs in ``text[start:end]``: a cheap test before
    any tokenizing. "said" is looked for first, which a literal search finds
    faster than :func:`has_any_word` splits the window into words."""
    if b"said" in words and _SAID.search(text, start, end):
        return True
    return has_any_word(text, start, end, words)


_OPENING_PUNCTUATION = frozenset(",;:\u2014\u2013-()[]")
_STOPS_A_CUE = frozenset(".;:!?\"\u201c\u201d\u2018\u2019\u00ab\u00bb")
_SIGNATURE = re.compile(
    r"(?:[ \t\u00a0]*(?:\u2015|\u2014|\u2013|--)|[ \t\u00a0]*\n(?:[ \t]*\n){0,2}[ \t]*(?:\u2015|\u2014|\u2013|--|-))"
    r"[ \t\u00a0]*((?:[A-Z][\w'\u2019.\-]*[ \t]?){1,4})[ \t\u00a0]*(?=\n|$)"
)
"""A dash and a name ending the quote's line, or alone on a line after it
(blank lines between)."""
_HOW_OPENERS = (" is how ", " was how ", ", is how ", ", was how ")
_HOW_PUT = (
    r",?[ \u00a0]+(?:is|was)[ \u00a0]+how[ \u00a0]+((?:the|a|an|one)[ \u00a0]+[\w\-]+(?:[ \u00a0]+[\w\-]+){0,4}?"
    r"|(?:[A-Z][\w'\u2019.\-]*[ \u00a0]*){1,4}?)[ \u00a0]+(put|puts|described|describes|summed|sums|explained|explains)"
    r"[ \u00a0]+it\b"
)
"""A cue after a quote that names who put it so: "“…,” is how Lena Voss put it"."""
_REPLY_OPENERS = (" was the ", ", was the ", " came the ", ", came the ")
_REPLY_FROM = (
    r",?[ \u00a0]+((?:was|came)[ \u00a0]+the[ \u00a0]+(?:\w+[ \u00a0]+)?"
    r"(?:response|reply|answer|retort|verdict|word|message|comment|rejoinder)[ \u00a0]+from)[ \u00a0]+"
)
"""A cue after a quote that names whose reply it was: "“…,” came the reply from Lena Voss"."""
_POST_SIGNATURE = (
    r"[ \t\u00a0]*(?:\u2015|\u2014|\u2013|--)[ \t\u00a0]*((?:[A-Z][\w'\u2019.\-]*[ \t]?){1,4})"
    r"\(@\w+\)[ \t\u00a0]*(?:[A-Z][a-z]+\.?[ \t\u00a0]+\d{1,2},[ \t\u00a0]+\d{4})?\W*$"
)
"""How an embedded post ends its paragraph: "— Lena Voss (@lenavoss) March 3, 2019"."""
_BE_FORMS = frozenset("is was are were been be 's \u2019s am".split())
_ADDRESSEE_VERBS = frozenset("told tells tell telling".split())
_PARTICLES = frozenset("out in back up on".split())
"""Particles of phrasal speech verbs: "points out", "chimed in", "shot back"."""
_CUE_WORDS_AFTER = _CUE_WORDS | frozenset(PHRASAL_SPEECH_VERBS) | {"words"}  # "in the words of"
_CUE_WORDS_AFTER_SET = word_set(_CUE_WORDS_AFTER)
_POINTING = frozenset("point points pointed pointing".split())


def _pointing_noun(word: str, following: str) -> bool:
    """Whether "points" is a noun ("50 percentage points behind"): it reports
    speech only as "points out" or "points to"."""
    return word in _POINTING and following not in ("out", "to")


@dataclass(slots=True)
class Cue:
    """An attribution found in the text around a quote.

    Not frozen, as none is changed after it is made: a frozen dataclass costs
    four times as much to build, and these are built for every quote.
    """

    mention: Mention
    start: int
    """Start of the attributing words: the mention or the verb, whichever is first."""
    end: int
    verb: str
    position: str
    """"after" or "before" the quote."""


def cue_after(text: str, quote_end: int, limit: int) -> Cue | None:
    """A cue opening the text right after a quote: `,” X said` / `,” said X` / `,” according to X`."""
    reach = quote_end + _REACH
    stop = first_sentence_end(text, quote_end, reach if reach < limit else limit)
    # The signature may stand on the line after the quote's paragraph: past
    # ``limit``, but the pattern takes nothing but a dash and a name.
    signed = _SIGNATURE.match(text, quote_end, quote_end + 80)  # an end past the text's is its end
    if signed is not None:
        # A quote signed with a dash, as in round-ups: “…” ― Rita Paz
        name_end = signed.start(1) + len(signed.group(1).rstrip(" \t."))  # "― Rita Paz."
        tokens = tokenize(text, signed.start(1), name_end)
        if tokens and all(t.is_word and t.is_capitalized for t in tokens):
            mention = phrase_ending_at(tokens, len(tokens) - 1)
            if mention is not None and mention.kind == "name":
                return Cue(mention, mention.start, mention.end, "\u2015", "after")
    if text.startswith(_HOW_OPENERS, quote_end):
        # "“…,” is how Lena Voss put it": the one who put it so speaks
        how = re.compile(_HOW_PUT).match(text, quote_end, stop)  # compiled on first use: few texts ask
        mention = _phrase_spanning(text, how.start(1), how.end(1)) if how is not None else None
        if how is not None and mention is not None:
            return Cue(mention, mention.start, how.end(0), how.group(2), "after")
    if text.startswith(_REPLY_OPENERS, quote_end):
        # "“…,” came the reply from Lena Voss", "was the response from …"
        reply = re.compile(_REPLY_FROM).match(text, quote_end, stop)  # compiled on first use: few texts ask
        mention = subject_after(tokenize(text, reply.end(0), stop), 0) if reply is not None else None
        if reply is not None and mention is not None:
            return Cue(mention, reply.start(1), mention.end, reply.group(1), "after")
    line_end = text.find("\n", quote_end)
    if line_end < 0:
        line_end = len(text)
    if text.find("(@", quote_end, line_end) >= 0:
        posted = _signed_post(text, quote_end, line_end)
        if posted is not None:
            return posted
    if not _has_cue_word(text, quote_end, stop, _CUE_WORDS_AFTER_SET):
        return None
    tokens = tokenize(text, quote_end, stop)
    i = 0
    while i < len(tokens) and tokens[i].text in _OPENING_PUNCTUATION:
        i += 1
    if i and any(t.text == ";" for t in tokens[:i]):
        return None  # "“…”; critics call it …": a new clause, not a cue
    tail = tokens
    tokens = tokens[i : i + _TRAILING_WINDOW]
    if not tokens or not (tokens[0].is_word or past_a_date(tokens, 0) > 0):  # ",” 9/11 widow Ana Ruiz said"
        return _closing_cue(tail)
    if _according_to(tokens, 0):
        mention = subject_after(tokens, 2)
        return _cue(mention, tokens[0], "according to", "after") if mention else None
    if [t.lower for t in tokens[:4]] == _IN_THE_WORDS_OF:
        mention = subject_after(tokens, 4)  # "“…,” in the words of one aide"
        return _cue(mention, tokens[2], "in the words of", "after") if mention else None
    for v, tok in enumerate(tokens):
        if tok.lower not in _CUE_HEADS:
            # Most tokens: no verb (and no word at all when punctuation, which is never a cue head).
            if tok.text in _STOPS_A_CUE and not _abbreviation_dot(text, tokens, v):
                break
            continue
        following = tokens[v + 1].lower if v + 1 < len(tokens) else ""
        phrasal = PHRASAL_SPEECH_VERBS.get(tok.lower) == following
        if (tok.lower not in SPEECH_VERBS and not phrasal) or tok.is_capitalized:
            continue
        if _pointing_noun(tok.lower, following):
            continue
        if v == 0:
            if i == 0 and not _ends_on_a_mark(text, quote_end):
                continue  # "a “top secret” email chain": a fragment runs on into its sentence
            if tok.lower in _ADDRESSEE_VERBS or tok.lower.endswith("ing"):
                return None  # ",” told the reporter", ",” adding that …": not the speaker
            if len(tokens) > 1 and tokens[1].lower == "that":
                return None  # "the ad's “…” claim suggests that …": the quote is the subject
            mention = subject_after(tokens, 1 + (len(tokens) > 1 and tokens[1].lower in _PARTICLES))
            if mention is not None and _opens_clause(tokens, mention):
                return None  # "“…,” said the mayor could …": what was said, not who
            return _cue(mention, tok, tok.text, "after") if mention else None
        mention = subject_before(tokens, v)
        if mention is None or not _opens_with(tokens, mention):
            continue  # "the report stated": "report" was a noun; try the next verb
        if tok.lower in _QUOTING_VERBS:
            quoted = _quoted_as_saying(tokens, v)
            if quoted is not None:  # "…,” the ministry quoted Lena Voss as saying.
                return _cue(quoted, tok, tok.text, "after")
        if tokens[0].lower in ("a", "an") and mention.kind == "name" and tok.lower in BASE_FORMS:
            continue  # "“…” a Lena Voss tweet read": a noun
        if _reports_more(tokens, v):
            return None  # "“…?” Her critics cited it as …": a new sentence reporting on the quote
        if mention.start > tokens[0].start:
            mention = with_determiner(tokens[0], mention)
        return _cue(mention, tok, tok.text, "after")
    return _closing_cue(tail)


_QUOTING_VERBS = frozenset("quoted quotes quote quoting".split())
_AS_SAYING = frozenset("saying telling writing stating".split())
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def _quoted_as_saying(tokens: list[Token], v: int) -> Mention | None:
    """The person a report quotes, in "X quoted Lena Voss as saying …": the
    words are hers, whoever relays them."""
    mention: Mention | None
    if v + 1 < len(tokens) and tokens[v + 1].lower in _OBJECT_PRONOUNS:
        tok = tokens[v + 1]  # "quoted her as saying": she speaks
        mention = Mention(tok.start, tok.end, tok.text, "pronoun", tok.text, "", _OBJECT_PRONOUNS[tok.lower])
    else:
        mention = subject_after(tokens, v + 1)
    if mention is None:
        return None
    k = mention.end_index(tokens)
    if k + 1 < len(tokens) and tokens[k].lower == "as" and tokens[k + 1].lower in _AS_SAYING:
        return mention
    return None


def _ends_on_a_mark(text: str, quote_end: int) -> bool:
    """Whether the quoted words closing at ``quote_end`` end on punctuation
    (“…,” said Voss / “…?” asked Voss), as words do that a cue after them
    inverts, unlike a fragment that runs on into its sentence."""
    k = quote_end
    while k > 0 and text[k - 1] in _CLOSING_MARKS:
        k -= 1
    return text[k - 1 : k] in _ENDING_MARKS


_CLOSING_MARKS = frozenset("\"'\u201d\u2019\u00bb\u201c \u00a0")
"""Closing marks, nested ones and the spaces between them (',' "' ends a quote in a quote)."""
_ENDING_MARKS = frozenset(",.!?;:\u2014\u2013-")


def _signed_post(text: str, quote_end: int, line_end: int) -> Cue | None:
    """The author of a social-media post the quote stands in, signed at the
    end of its paragraph: "… to “debate” … — Lena Voss (@lenavoss) March 3, 2019"."""
    dash = max(text.rfind("\u2014", quote_end, line_end), text.rfind("\u2013", quote_end, line_end),
               text.rfind("\u2015", quote_end, line_end), text.rfind("--", quote_end, line_end))
    if dash < 0:
        return None
    signed = re.compile(_POST_SIGNATURE).match(text, dash, line_end)  # compiled on first use: few texts embed posts
    mention = _phrase_spanning(text, signed.start(1), signed.end(1)) if signed is not None else None
    if mention is None or mention.kind != "name":
        return None
    return Cue(mention, mention.start, mention.end, "\u2014", "after")


def _phrase_spanning(text: str, start: int, end: int) -> Mention | None:
    """The speaker phrase that ends where ``text[start:end]`` ends: the name a
    signature or an "is how … put it" cue gives."""
    tokens = tokenize(text, start, end)
    return phrase_ending_at(tokens, len(tokens) - 1) if tokens else None


_CLAUSE_VERBS = frozenset("could would will can may might should must has had have is was are were did does".split())
_OBJECT_OPENERS = frozenset("the a an his her their its this that these those him them it us me my our your".split())


def _opens_clause(tokens: list[Token], mention: Mention) -> bool:
    """Whether the phrase after a speech verb is the subject of a clause of its
    own, followed by an auxiliary ("said the plan would …", "says the mayor
    has …"), rather than the speaker of an inverted cue."""
    k = next((x for x, t in enumerate(tokens) if t.start >= mention.end), len(tokens))
    if k >= len(tokens) or tokens[k].is_capitalized:
        return False
    if tokens[k].lower in _CLAUSE_VERBS:
        return True
    # "says the class changed his habits": a past tense with its object
    # (a participle would go on with "by": "said the aide hired by …").
    return tokens[k].lower.endswith("ed") and k + 1 < len(tokens) and tokens[k + 1].lower in _OBJECT_OPENERS


_COMPLEMENT_OPENERS = frozenset("that it this he she they we i".split())


def _reports_more(tokens: list[Token], v: int) -> bool:
    """Whether the verb after a quote goes on to an object or a clause of its own
    ("… he claimed they never met", "… critics cited it as proof"): a cue that
    closes a quote ends there, or goes on with an addressee or a circumstance."""
    k = v + 1
    while k < len(tokens) and tokens[k].lower in _PARTICLES:
        k += 1
    if k + 1 >= len(tokens) or tokens[k].lower not in _COMPLEMENT_OPENERS or not tokens[k + 1].is_word:
        return False
    return not (tokens[k].lower == "this" and tokens[k + 1].lower in TIME_WORDS)  # "said this week"


def _opens_with(tokens: list[Token], mention: Mention) -> bool:
    """Whether the words after a quote open with ``mention``, a determiner aside
    (",” the Times reported", ",” the economist Jo Ree, a former adviser, wrote"),
    or with a writing by it (",” a 2019 study by Jo Ree found")."""
    first = mention.start_index(tokens)
    if first >= 1 and tokens[first - 1].lower in _ARTICLES:
        first -= 1  # "by the Harbour Authority"
    if 2 <= first <= _AUTHORED_REACH and tokens[first - 1].lower == "by" and tokens[first - 2].lower in _AUTHORED_NOUNS:
        return True
    if first == 2 and tokens[1].lower == "of" and tokens[0].lower in _PARTITIVES:
        # ",” one of the organizers said", ",” one of them, Lena Voss, said":
        # one of a group of people speaks
        return describes_a_source(mention) if mention.kind == "nominal" else "," in mention.text
    if first >= 1 and tokens[first - 1].text.endswith(("'s", "\u2019s")) and all(is_name_word(t) for t in tokens[:first]):
        return True  # ",” Eastvale Hospital's chief medical officer, Dr. Lena Voss, said": the owner's name
    for t in tokens:  # in reading order: the words before the mention come first
        if t.end > mention.start:
            return True
        if t.lower not in _ARTICLES and not (t.is_capitalized and t.lower in SPEECH_VERBS) and not _number_modifier(t, mention):
            return False  # but "State spokesman Tom Baker said": a modifier the role reading stopped at
    return True


def _number_modifier(token: Token, mention: Mention) -> bool:
    """A number before a named speaker's role: ",” 9/11 widow Ana Ruiz said"."""
    return mention.kind == "name" and (token.text[0].isdigit() or token.text == "/")


_PARTITIVES = frozenset("one two three some several many most both each all none".split())
_AUTHORED_NOUNS = WRITING_NOUNS | frozenset("survey poll analysis review audit investigation".split())
_AUTHORED_REACH = 5
"""How far into the words after a quote "by" may name a writing's author: ",” a new 2019 study by"."""
_ARTICLES = frozenset("the a an another one".split())
"""Determiners that open a speaker phrase; not "that", which opens a clause."""


def _abbreviation_dot(text: str, tokens: list[Token], k: int) -> bool:
    """A full stop that ends an abbreviation inside a cue, not the sentence:
    "Rep. Lena Voss (D-Md.) said", "Lena Voss of Salem, Mass., said"."""
    if tokens[k].text != ".":
        return False
    following = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return following in (")", ",") or ends_abbreviation(text, tokens[k].start)


def _closing_cue(tokens: list[Token]) -> Cue | None:
    """A cue closing the sentence after a comma: "… keep “a steady hand” on
    the tiller, Ek says." / "…, researchers say." / "… — and many fail, said
    Dr. Ingrid Haller, a rural economist."."""
    for v in range(len(tokens) - 1, 0, -1):
        tok = tokens[v]
        if tok.lower == "according" and tokens[v - 1].text == "," and _according_to(tokens, v):
            # "… hired “scores” of deckhands, according to operations manager Tom Baker."
            mention = subject_after(tokens, v + 2)
            return _cue(mention, tok, "according to", "after") if mention is not None and len(tokens) - v <= _CLOSING_CUE_REACH else None
        if tok.lower not in SPEECH_VERBS or tok.is_capitalized or tok.lower.endswith("ing"):
            continue
        if tokens[v - 1].text == ",":
            if tok.lower in _ADDRESSEE_VERBS:
                return None
            mention = subject_after(tokens, v + 1)
            if mention is not None and _opens_clause(tokens, mention):
                return None  # "…, says the plan would fail": what was said, not who
        else:
            mention = subject_before(tokens, v)
            first = mention.start_index(tokens) if mention is not None else 0
            if mention is None or first == 0 or tokens[first - 1].text != "," or _reads_as_a_noun(tokens, v, mention):
                return None
        if mention is None or (len(tokens) - v > _CLOSING_CUE_REACH and not _appositive_follows(tokens, mention)):
            return None  # a verb far from the sentence's end closes no cue, unless an aside takes the room
        return _cue(mention, tok, tok.text, "after")
    return None


_CLOSING_CUE_REACH = 16
"""Tokens a closing cue's verb may stand from its sentence's end."""


def _appositive_follows(tokens: list[Token], mention: Mention) -> bool:
    """Whether a comma follows the speaker named after a closing verb: "…,
    said Ana Lund, executive director of …", however long the aside."""
    k = mention.end_index(tokens)
    return k < len(tokens) and tokens[k].text == ","


def reports_speech(text: str, floor: int, quote_start: int, quote_end: int) -> bool:
    """Whether the quote's sentence has a speech verb anywhere outside the quote,
    even one whose speaker the rules cannot name."""
    sentence = last_sentence_start(text, max(floor, quote_start - _REACH), quote_start)
    stop = first_sentence_end(text, quote_end, min(len(text), quote_end + _REACH))
    return _has_cue_word(text, sentence, quote_start, _REPORTING_WORDS_SET) or _has_cue_word(text, quote_end, stop, _REPORTING_WORDS_SET)


_REPORTING_WORDS = _CUE_WORDS | frozenset(
    "attacked attacking pounded pounding hammered hammering introduced introducing "
    "believes believed hopes hoped thinks thought feels felt fears feared".split()
)
"""Speech verbs, verbs of speaking about someone ("went after him as a “…”",
"introduced her as “…”") and of belief ("fears the levy is “the last
straw”"), which make a quoted fragment words someone said: news quotes a
fragment beside a belief to give the believer's own words for it."""
_REPORTING_WORDS_SET = word_set(_REPORTING_WORDS)


def spoken_about(text: str, mention: Mention) -> bool:
    """Whether a sentence's subject is what a passive speech verb reports on
    ("He was also described as “…”", "She has been called …"): the words
    are someone else's about it, not its own."""
    passive = re.compile(_PASSIVE_AFTER_SUBJECT).match(text, mention.end)  # compiled on first use: few texts ask
    return passive is not None and passive.group(1).lower() in SPEECH_VERBS


_PASSIVE_AFTER_SUBJECT = (
    r"[ \u00a0]+(?:(?:has|have|had)[ \u00a0]+been|was|were|is|are|being)[ \u00a0]+"
    r"(?:(?:\w+ly|also|not|never|often|since|now)[ \u00a0]+)*(\w+)"
)


def paragraph_subject(text: str, start: int, end: int) -> Cue | None:
    """The person a paragraph of narration is about, named at its start
    ("Moss lost a third of her income …"): the likely voice of a quote
    paragraph that follows it with no cue of its own."""
    stop = first_sentence_end(text, start, min(end, start + _REACH))
    tokens = tokenize(text, start, stop)
    mention = sentence_subject(tokens)
    if mention is None or not (mention.kind == "name" or mention.head in ("he", "she")) or mention.name.isupper():
        return None
    return Cue(mention, mention.start, mention.end, "", "before")


def last_cue_in(text: str, start: int, end: int, sentences: int = 3) -> Cue | None:
    """The last cue in a stretch of prose (a paragraph before a quote), looking
    back over at most a few sentences."""
    for _ in range(sentences):
        if end <= start:
            return None
        cue = cue_before(text, start, end)
        if cue is not None:
            return cue
        end = last_sentence_start(text, start, end) - 1
    return None


def cue_before(text: str, floor: int, quote_start: int) -> Cue | None:
    """The cue of a quote's own sentence, read back from the quote's opening mark.

    The verb nearest the quote usually speaks for it, unless it sits inside what
    an earlier verb reports: "Koval says the city has asked …" is Koval's.

    A quote that opens a sentence is read with the sentence before it: the
    sentence break right before its mark is not seen (the break's look-ahead
    stops at ``quote_start``), so "Koval said the vote was rigged. “We will
    appeal.”" is Koval's. This is on purpose: seeing the break, and leaving
    such quotes to the discourse rules, costs attribution on both dev sets.
    """
    reach = quote_start - _REACH
    sentence = last_sentence_start(text, reach if reach > floor else floor, quote_start)
    if not _has_cue_word(text, sentence, quote_start, _CUE_WORDS_BEFORE_SET) and not _introduces(text[sentence:quote_start]):
        return None
    tokens = tokenize(text, sentence, quote_start)
    whole = _opens_sentence(text, sentence)  # not cut short by the quote before
    participle: Token | None = None
    verbs = [v for v, t in enumerate(tokens) if t.lower in _CUE_HEADS]
    for v in reversed(verbs):
        if tokens[v].lower.endswith("ing") and tokens[v].lower in SPEECH_VERBS and v > 0 and not _progressive(tokens, v) and not _is_noun_use(tokens, v):
            participle = participle or tokens[v]
            continue  # "…, adding that": the subject is the main clause's, further back
        cue = _cue_at(tokens, v, whole)
        if cue is None or _in_a_closed_relative_clause(tokens, v):
            continue
        if v >= 2 and cue.verb == "according to" and tokens[v - 1].text == ",":
            # "Voss said, according to the AP, that …": the AP reports, Voss speaks
            reported = _cue_at(tokens, v - 2, whole)
            if reported is not None and reported.verb != "according to":
                return reported
        cue = _main_subject_for_what(tokens, cue)
        # the clause the verb is in starts after the last break before it
        clause = v
        while clause > 0 and tokens[clause - 1].text not in _CLAUSE_BREAKS:
            clause -= 1
        for w in (u for u in verbs if clause <= u < v):
            outer = _cue_at(tokens, w, whole) if tokens[w].lower in _REPORTING_VERBS else None
            if outer is not None:
                # "Voss said she heard the pickets shout “…”": the pickets' words, not hers
                return cue if _heard(tokens, cue.mention) else outer
            if tokens[w].lower.endswith("ing") and w + 1 < len(tokens) and tokens[w + 1].lower == "that":
                # "…, warning that the vote underscores “…”": the warning is the subject's.
                subject = sentence_subject(tokens[:w]) if whole else None
                if subject is not None:
                    return _cue(subject, tokens[w], tokens[w].text, "before")
        return cue
    if participle is not None:
        # "X escalated her criticism, telling …": the participle's subject speaks,
        # not the owner of a speech noun on the way.
        mention = _shown_speaking(tokens, participle) or _clause_subject(tokens, participle)
        mention = mention or (sentence_subject(tokens) if whole else None)
        if mention is not None and not mention.text.isupper():
            return _cue(mention, participle, participle.text, "before")
    possessed = _possessive_cue(tokens) or _in_the_words_of(tokens)
    if possessed is not None:
        return possessed
    ends_with_colon = bool(tokens) and tokens[-1].text == ":"
    introduces = ends_with_colon or (len(tokens) > 1 and tokens[-1].text == "," and tokens[-2].lower in _SPEECH_NOUNS)
    if ends_with_colon and participle is None:
        # "From the report: “…”", "- Mia T. Ross: “…”": the source names itself.
        named = phrase_ending_at(tokens, len(tokens) - 2) if len(tokens) >= 2 else None
        named = _named_before_role(tokens, named) or named
        if named is not None and named.kind == "name" and _object_of_a_preposition(tokens, named):
            named = None  # "… contrasted him with Ana Ruiz: “…”": the subject speaks, below
        source = named is not None and (named.kind == "name" or named.head in WRITING_NOUNS)
        if source and named is not None and not named.text.isupper() and len(tokens) - named.start_index(tokens) <= 6:
            if named.kind != "name" and whole:
                # "Voss issued a short statement: “…”": who issued it speaks.
                issuer = sentence_subject(tokens)
                speaks = issuer is not None and (
                    issuer.kind != "nominal" or (describes_a_source(issuer) and issuer.head not in WRITING_NOUNS)
                )
                if issuer is not None and speaks and issuer.end <= named.start:
                    return _cue(issuer, tokens[-1], ":", "before")
            return _cue(named, tokens[-1], ":", "before")
    if participle is not None or introduces:
        # "X, saying …", "X is blunt: “…”", "X issued a statement, “…”": the subject speaks.
        mention = sentence_subject(tokens) if whole else None
        if mention is not None and not mention.text.isupper():
            anchor = participle or tokens[-1]
            return _cue(mention, anchor, anchor.text, "before")
    return None


_PREPOSITIONS_BEFORE_OBJECTS = frozenset("with to about against than for on at of into toward towards".split())


def _object_of_a_preposition(tokens: list[Token], named: Mention) -> bool:
    """Whether a name is the object of a preposition ("with Ana Ruiz"), not a
    source introducing its words ("From the report:" is one)."""
    first = named.start_index(tokens)
    return first > 0 and tokens[first - 1].lower in _PREPOSITIONS_BEFORE_OBJECTS


def _named_before_role(tokens: list[Token], role: Mention | None) -> Mention | None:
    """The name a role follows as its appositive: "Lena Voss, mayor of
    Eastvale: “…”" is Lena Voss, not Eastvale."""
    if role is None:
        return None
    if not (role.title.endswith(" of") or (role.kind == "nominal" and role.head not in WRITING_NOUNS and describes_a_source(role))):
        return None
    comma = role.start_index(tokens) - 1
    if comma < 1 or tokens[comma].text != ",":
        return None
    named = phrase_ending_at(tokens, comma - 1)
    return named if named is not None and named.kind == "name" else None


def _in_a_closed_relative_clause(tokens: list[Token], v: int) -> bool:
    """Whether the verb ``tokens[v]`` is in a relative clause that closes before
    the quote ("the announcement, which critics have argued was a ploy, was
    an “insult”"): it reports on its noun, and an earlier verb speaks."""
    c = v
    while c > 0 and tokens[c - 1].text not in _CLAUSE_BREAKS:
        c -= 1
    if c == 0 or tokens[c - 1].text != "," or tokens[c].lower != "which":
        return False
    return any(t.text == "," for t in tokens[v + 1 :])


_SPEECH_NOUNS = frozenset(
    "claim claims remark remarks statement statements comment comments words assertion promise "
    "pledge warning argument description insistence assessment message tweet tweets speech vow "
    "suggestion response answer reply question complaint criticism view views prediction "
    "declaration admission boast charge accusation contention slogan motto line quip joke call".split()
)
_CUE_WORDS_BEFORE = _CUE_WORDS_AFTER | _SPEECH_NOUNS
_CUE_WORDS_BEFORE_SET = word_set(_CUE_WORDS_BEFORE)


def _possessive_cue(tokens: list[Token]) -> Cue | None:
    """"his claim that “…”", "Koval's remark that “…”": the possessor speaks."""
    for v in range(len(tokens) - 1, 0, -1):
        if tokens[v].lower not in _SPEECH_NOUNS:
            continue
        for k in range(v - 1, max(0, v - 3) - 1, -1):
            mention = _owner(tokens[k]) or (_described_owner(tokens, k) if k == v - 1 else None)
            if mention is not None and (k == v - 1 or mention.kind == "name"):
                if mention.kind == "pronoun":
                    mention = _subject_owning(tokens, k) or mention  # "Voss repeated her claim"
                return _cue(mention, tokens[v], tokens[v].text, "before")
            if not tokens[k].text.islower():
                break  # only modifiers stand between: "Voss's latest claim"
    return None


_IN_THE_WORDS_OF = ["in", "the", "words", "of"]


def _in_the_words_of(tokens: list[Token]) -> Cue | None:
    """"In the words of Lena Voss, “…”", "In the words of one aide, she is
    “…”": the phrase after "of" speaks, as after "according to", when it
    opens the sentence or leads straight into the quote."""
    for v in range(len(tokens) - 3, 0, -1):
        if tokens[v].lower == "words" and tokens[v + 1].lower == "of" and tokens[v - 1].lower == "the":
            mention = subject_after(tokens, v + 2)
            if mention is None:
                return None
            opens = v == 2 and tokens[0].lower == "in"
            if not opens and any(t.text not in (",", ":") for t in tokens if t.start >= mention.end):
                return None
            return _cue(mention, tokens[v], "in the words of", "before")
    return None


def _owner(token: Token) -> Mention | None:
    """The speaker a possessive names: "his", "Koval's"."""
    pronoun = PRONOUN_OF_POSSESSIVE.get(token.lower)
    if pronoun is not None:
        return Mention(token.start, token.end, token.text, "pronoun", pronoun, "", pronoun)
    if token.text.endswith(("'s", "\u2019s")) and token.text[0].isupper():
        name = token.text[:-2]
        return Mention(token.start, token.end - 2, name, "name", name, "", name.lower())
    return None


def _described_owner(tokens: list[Token], k: int) -> Mention | None:
    """The speaker a possessive description names, right before a speech
    noun: "the Florida senator's answer", "the mayor's claim". Only one for
    a person or a body ("the plan's claim" is no one's)."""
    token = tokens[k]
    if not token.text.endswith(("'s", "\u2019s")) or token.text[0].isupper():
        return None
    phrase = phrase_ending_at(tokens, k)
    if phrase is None or phrase.kind != "nominal" or phrase.text.split()[0].lower() not in DETERMINERS:
        return None
    owner = Mention(phrase.start, phrase.end - 2, phrase.text[:-2], "nominal", phrase.name[:-2], "", phrase.head[:-2])
    return owner if describes_a_source(owner) else None


_NOT_VERB_PHRASE = frozenset(
    "to of in on at by for with from about over under between including against after before during "
    "and or but that which who whom whose when while as if than".split()
)


_VERB_LINKS = frozenset(["to"])
"""A word inside a verb phrase before its object: "tried to defend"."""


def _subject_owning(tokens: list[Token], owner: int) -> Mention | None:
    """"Voss repeated her claim that “…”": a name that is the subject of the
    verb whose object the speech noun is, not the bare possessive, speaks."""
    k = owner - 1
    while k >= 0 and owner - k <= 5 and tokens[k].is_word and not tokens[k].is_capitalized and (
        tokens[k].lower not in _NOT_VERB_PHRASE or (tokens[k].lower in _VERB_LINKS and k + 1 < owner and k > 0 and not tokens[k - 1].is_capitalized)
    ):
        k -= 1  # "Voss tried to defend her remarks": "to" inside the verb phrase, not right before "her"
    if k == owner - 1 or k < 0 or not is_name_word(tokens[k]):
        return None
    named = phrase_ending_at(tokens, k)
    return named if named is not None and named.kind == "name" else None


_OWNER_REACH = 40
"""Characters before a quote that hold its owner's possessive."""


def utterance_after(text: str, quote_end: int) -> Token | None:
    """A noun of things said right after the quote ("the “not there yet”
    remark"): a noun, not the verb of a cue after the quote."""
    noun = word_after(text, quote_end)
    return noun if noun is not None and noun.text in UTTERANCE_NOUNS else None


def owner_of_the_words(text: str, floor: int, quote_start: int, noun: Token) -> Cue | None:
    """"Voss's “not there yet” remark", "his “47 percent” comment": whoever owns
    the remark ``noun`` after the quote said its words."""
    tokens = tokenize(text, max(floor, quote_start - _OWNER_REACH), quote_start)
    mention = _owner(tokens[-1]) if tokens else None
    return _cue(mention, noun, noun.text, "before") if mention is not None else None


def _introduces(lead: str) -> bool:
    """Whether the words before a quote end by introducing it: "X is blunt:" or
    "X issued a statement,"."""
    lead = lead.rstrip()
    if lead.endswith(":"):
        return True
    words = lead[-30:].rstrip(",").split()
    return lead.endswith(",") and bool(words) and words[-1].lower() in _SPEECH_NOUNS


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether a sentence starts at ``pos``, rather than after a quote inside it."""
    before = text[pos - 4 if pos > 4 else 0 : pos].rstrip(" \t\u00a0\"'\u201d\u2019)")
    return not before or before[-1] in ".!?\n"


def _cue_at(tokens: list[Token], v: int, whole: bool = True) -> Cue | None:
    """The cue whose verb (or "according to") is ``tokens[v]``, if its speaker
    parses. ``whole``: the tokens start at their sentence's start, so its
    subject can be read there."""
    tok = tokens[v]
    if not tok.is_word:
        return None
    if _according_to(tokens, v):
        mention = subject_after(tokens, v + 2)
        return _cue(mention, tok, "according to", "before") if mention else None
    following = tokens[v + 1].lower if v + 1 < len(tokens) else ""
    phrasal = PHRASAL_SPEECH_VERBS.get(tok.lower) == following
    if not phrasal and (tok.lower not in SPEECH_VERBS or (tok.is_capitalized and v > 0)):
        return None
    if _pointing_noun(tok.lower, following):
        return None
    if tok.lower in _QUOTING_VERBS:
        quoted = _quoted_as_saying(tokens, v)
        if quoted is not None:  # "State media quoted Lena Voss as saying …": she speaks
            return _cue(quoted, tok, tok.text, "before")
    if tok.lower.endswith("ing") and v > 0 and not _progressive(tokens, v):
        return None
    if v + 1 < len(tokens) and tokens[v + 1].lower == "by":
        agent = _passive_agent(tokens, v)
        return _cue(agent, tok, tok.text, "before") if agent is not None else None
    if v + 1 < len(tokens) and tokens[v + 1].lower == "of" and tok.lower in _SPEECH_NOUNS:
        return None  # a noun: "Republican claims of “…”", "the remarks of the mayor"
    if tok.lower.endswith(("ed", "told", "said")) and _after_be(tokens, v):
        return None  # passive: "he was told", "it was also called"
    mention = subject_before(tokens, v) if v > 0 else None
    inverts = tok.lower not in _ADDRESSEE_VERBS and not tok.lower.endswith("ing")  # not "…,” adding that it …"
    if mention is None and (v == 0 or tokens[v - 1].text in _BEFORE_INVERSION) and inverts:
        particle = v + 1 < len(tokens) and (phrasal or tokens[v + 1].lower in _PARTICLES)
        mention = subject_after(tokens, v + 1 + particle)  # "Said Jane Doe: “…”", "…,” points out Jane Doe"
        if mention is not None and mention.kind != "name" and v > 1 and tokens[v - 1].text == ",":
            mention = None  # "…, while condemning it, accused the leadership of …": an object
    if mention is None and v > 1 and tokens[v - 1].lower in ("and", "but", "to"):
        # "Hale voted on Saturday and says he …", "Ross went on to say"; the
        # subject of a later clause first: "…, he smiled and said".
        mention = _conjoined_clause_subject(tokens, v) or (sentence_subject(tokens[:v]) if whole else None)
    if mention is not None and _reads_as_a_noun(tokens, v, mention):
        return None
    if mention is not None and _plural_noun_after_modifier(mention, tok):
        return None  # "loud chants of “shame”", "his latest remarks": nouns, not verbs
    if mention is not None and _names_a_thing(tokens, v, mention):
        return None  # "a geology course called “Bedrock”": a thing's name, no speaker
    return _cue(mention, tok, tok.text, "before") if mention is not None else None


def _reads_as_a_noun(tokens: list[Token], v: int, mention: Mention) -> bool:
    """Whether the speech word ``tokens[v]`` after the phrase ``mention`` is a
    noun, not its verb: a bare form that phrase cannot be the subject of ("a
    $300-million claim", "an insecure email server"), or what a possessive
    owns ("the examiner's report would …")."""
    if tokens[v].lower in BASE_FORMS and not _takes_base_form(tokens, v, mention):
        return True
    return mention.end == tokens[v - 1].end and tokens[v - 1].text.endswith(("'s", "\u2019s"))


_NAMING_PARTICIPLES = NAMING_PARTICIPLES | {"named", "titled", "entitled"}
_AUXILIARIES_BEFORE = _BE_FORMS | {"has", "have", "had"}


def _names_a_thing(tokens: list[Token], v: int, mention: Mention) -> bool:
    """Whether "called" (or "dubbed" …) right before the quote gives a thing
    its name ("a course called “Bedrock”") rather than reporting what
    someone called it ("one councillor called Ek “…”", "what critics have
    dubbed the “…”"): no object between, no auxiliary before, and the phrase
    before it names no person, body or writing."""
    if tokens[v].lower not in _NAMING_PARTICIPLES or mention.kind != "nominal" or describes_a_source(mention):
        return False
    rest = [t.lower for t in tokens[v + 1 :]]
    if rest not in ([], ["the"], ["a"], ["an"]):
        return False
    return v == 0 or tokens[v - 1].lower not in _AUXILIARIES_BEFORE


_PLURAL_SPEECH_NOUNS = frozenset(
    "calls chants comments remarks claims demands notes tweets emails posts answers replies quips jokes vows pledges boasts "
    "cries shouts pleas questions responses statements warnings".split()
)
_ADJECTIVE_ENDINGS = ("ive", "ous", "ful", "ent", "ant", "al", "ic", "able", "ible", "less", "ate", "ary")


def _plural_noun_after_modifier(mention: Mention, verb: Token) -> bool:
    """Whether a speech word that is also a plural noun follows a modifier
    rather than its subject ("loud chants", "his latest remarks", "a flood of
    warm comments"), so is the noun. The subject would be a noun: a
    person, a body or a writing ("the mayor calls", "the ad claims"); a
    word shaped like an adjective, or one bare word, is none."""
    if verb.lower not in _PLURAL_SPEECH_NOUNS or mention.kind != "nominal" or describes_a_source(mention):
        return False
    if mention.text.split()[0].lower() in POSSESSIVE_PRONOUNS:
        return True  # "his blistering remarks", "her deleted emails": what a possessive owns is a noun
    return mention.head.endswith(_ADJECTIVE_ENDINGS) or " " not in mention.text


def _after_be(tokens: list[Token], v: int) -> bool:
    """Whether the verb is a passive's participle: "was told", "was publicly called"."""
    j = v - 1
    while j >= 0 and (tokens[j].lower in ("also", "not", "never", "often", "later", "been") or tokens[j].lower.endswith("ly")):
        j -= 1
    return j >= 0 and tokens[j].lower in _BE_FORMS


def _takes_base_form(tokens: list[Token], v: int, mention: Mention) -> bool:
    """Whether a bare verb form ("say", "claim") has a subject that takes it:
    I, we, they, a plural, an auxiliary ("will say", "did not claim"), or a
    verb of perception ("heard the mayor say")."""
    if mention.kind == "pronoun":
        return mention.head in ("i", "we", "they", "you")
    a = v - 1
    while a > 0 and (tokens[a].lower in ADVERBS or tokens[a].lower.endswith("ly")):
        a -= 1  # "would now say", "did not publicly claim"
    if a >= 0 and tokens[a].lower in _AUXILIARY_BEFORE_BASE:
        return True
    first = mention.start_index(tokens)
    if first > 0 and tokens[first - 1].lower == "and":
        return True  # "Hale and Ross call them …"
    if _heard(tokens, mention):
        return True
    return (mention.head.endswith("s") and not mention.head.endswith("ss")) or mention.head in COLLECTIVE_NOUNS


_AUXILIARY_BEFORE_BASE = frozenset("will would could should may might must can did do does not to n't".split())


_BEFORE_INVERSION = frozenset(",:;\"\u201d'\u2019")
_CUE_HEADS = SPEECH_VERBS | {"according"} | frozenset(PHRASAL_SPEECH_VERBS)
"""Tokens a cue can hang on: only these are tried as verbs."""
_CLAUSE_BREAKS = frozenset(",;:()\u2014\u2013")
_REPORTING_VERBS = frozenset(
    "said says say told tells wrote writes added adds insisted insists argued argues "
    "claimed claims stated states noted notes explained explains warned warns".split()
)
_LEADING_ADVERBIALS = frozenset(
    "in on at after before during since while when with without despite following responding even "
    "less more about nearly almost last "
    "speaking asked earlier later meanwhile also still but and yet so however instead then "
    "for from by through under back amid amidst among unlike besides beyond against although though "
    "if because as once until upon throughout within across inside outside near toward towards via".split()
)
_BARE_ADVERBS = frozenset("then also still later meanwhile instead now again".split())
"""Adverbs that may open a sentence without a comma before its subject."""
_CONJUNCTIONS = frozenset("but and yet so".split())
"""Openers that join a sentence to the one before and stand alone: "But Voss,
making it clear …, said" (no comma after them)."""


_DATELINE_DASHES = frozenset("\u2014 \u2013 -- -".split())
_LIST_MARKS = frozenset("\u2022 \u00b7 * \u2014 \u2013 -- -".split())
"""Marks that open an item of a list: "• Lena Voss, mayor: “…”"."""


def sentence_subject(tokens: list[Token]) -> Mention | None:
    """The noun phrase a sentence opens with, past an introductory phrase
    ("On Tuesday, Jane Doe said …" -> Jane Doe)."""
    k = 1 if tokens and tokens[0].text in _LIST_MARKS else 0  # "• Lena Voss, mayor: “…”": a list's item
    dash = next((i for i in range(k, min(14, len(tokens))) if tokens[i].text in _DATELINE_DASHES), -1)
    if dash > k and all(not t.is_word or t.is_capitalized or t.text.isupper() for t in tokens[:dash]):
        k = dash + 1  # past a dateline: "PHILADELPHIA, July 25 (UPI) — The committee …"
    for _ in range(2):  # "Still, even with her pension, Moss …"
        if k + 1 < len(tokens) and tokens[k].lower in _CONJUNCTIONS and tokens[k].is_capitalized and tokens[k + 1].text != ",":
            k += 1
        if k + 1 < len(tokens) and tokens[k].lower in _BARE_ADVERBS and tokens[k + 1].text != ",":
            k += 1  # "And then Voss went on the attack": an adverb needs no comma
        if k < len(tokens) and _opens_with_adverbial(tokens, k):
            comma = _next_comma(tokens, k, 25)
            if comma < 0:
                return None
            k = comma + 1
            if k + 1 < len(tokens) and len(tokens[k].text) == 4 and tokens[k].text.isdigit() and tokens[k + 1].text == ",":
                k += 2  # the year of a date: "On July 6, 2015, Voss …"
            if k < len(tokens) and tokens[k].lower in ("which", "where", "who", "when"):
                # "Speaking in Salem, which hosts the vote, Voss …": past the clause too.
                comma = _next_comma(tokens, k, 30)
                if comma < 0:
                    return None
                k = comma + 1
            k = _past_place(tokens, k)
    if k + 1 < len(tokens) and tokens[k].lower in ("his", "her"):
        return _owner(tokens[k])  # "Her message now is simple:" speaks for her
    mention = subject_after(tokens, k)
    if mention is not None and mention.start > tokens[k].start:
        mention = _name_opening(tokens, k, mention) or mention
    if mention is None or mention.kind == "pronoun" and mention.head == "it":
        return None
    return mention


def _next_comma(tokens: list[Token], k: int, reach: int) -> int:
    """Where the first comma among ``reach`` tokens from ``tokens[k]`` stands, or -1."""
    return next((i for i, t in enumerate(tokens[k : k + reach], k) if t.text == ","), -1)


def _name_opening(tokens: list[Token], k: int, found: Mention) -> Mention | None:
    """The name that opens a sentence at ``tokens[k]``, when the phrase found
    after it lies past its verb: in "Voss took the podium Friday and called …"
    Voss is the subject, not "the podium Friday". Not a title ("Former
    prosecutor and Mayor Ann Lowe") nor one of two names joined by "and"."""
    if not is_name_word(tokens[k]):
        return None
    e = k
    while e + 1 < len(tokens) and is_name_word(tokens[e + 1]):
        e += 1
    between = [t for t in tokens[e + 1 :] if t.start < found.start]
    if not between or between[0].lower in ("and", "or", "&") or tokens[e].lower in TITLES or tokens[e].lower in NOT_NAMES:
        return None
    if not any(t.is_word and not t.is_capitalized and t.lower not in TITLES for t in between):
        return None  # only titles and capitals between: "Ann Lowe, Mayor of …" reads on
    opener = phrase_ending_at(tokens, e, floor=k)
    return opener if opener is not None and opener.kind == "name" else None


def _passive_agent(tokens: list[Token], v: int) -> Mention | None:
    """The agent of a passive speech verb right before the quote, who speaks:
    "Tom Baker was asked by host Lena Voss, “…”". Not a medium that repeats
    the words ("quoted by the Times"), nor "by" and what was done ("responded
    by saying"), nor an agent further back than the words that lead in."""
    if tokens[v].lower in _QUOTING_VERBS or not _after_be(tokens, v):
        return None
    agent = subject_after(tokens, v + 2)
    if agent is None or agent.kind == "pronoun" or (agent.kind == "nominal" and not describes_a_source(agent)):
        return None
    rest = [t.lower for t in tokens[agent.end_index(tokens) :]]
    if rest and rest[0] == ",":
        del rest[: len(rest) - rest[::-1].index(",")]  # an aside about the agent: ", who hosts the show,"
    return agent if all(word in _LEAD_IN_WORDS for word in rest) else None


_QUOTING_VERBS = frozenset("quoted cited paraphrased reported recalled".split())
"""Verbs whose agent repeats the words of another: "quoted by the Times"."""
_LEAD_IN_WORDS = frozenset([",", ":", "as", "that", "whether", "if"])
_PERCEPTION_VERBS = frozenset("hear hears heard hearing overhear overheard saw see sees seeing watched".split())


def _heard(tokens: list[Token], mention: Mention) -> bool:
    """Whether the speaker of a cue is the object of a verb of perception:
    "heard the pickets shout", "saw the mayor tell them". Whoever heard it
    reports the words of those heard, however far back that report begins."""
    at = mention.start_index(tokens)
    k = at - 1
    while k >= 0 and tokens[k].lower in _ARTICLES:
        k -= 1  # "heard the mayor say", "heard a guard shout"
    return k >= 0 and tokens[k].lower in _PERCEPTION_VERBS


def _main_subject_for_what(tokens: list[Token], cue: Cue) -> Cue:
    """"Voss denounced what she called the “…” plan": the words are the main
    clause's subject's, named there rather than by the pronoun."""
    if cue.mention.kind != "pronoun":
        return cue
    at = cue.mention.start_index(tokens)
    if at < 2 or tokens[at - 1].lower != "what":
        return cue
    subject = sentence_subject(tokens[: at - 1])
    if subject is None or subject.kind == "pronoun" or subject.start >= tokens[at - 1].start:
        return cue
    return Cue(subject, subject.start, cue.end, cue.verb, cue.position)


def _opens_with_adverbial(tokens: list[Token], k: int) -> bool:
    """Whether the sentence opens with a phrase before its subject: a
    preposition or adverb ("In Salem,", "Still,"), a time ("Sunday morning,",
    "Hours later,") or a participle ("Facing criticism, Voss …")."""
    tok = tokens[k]
    if tok.lower in _APPROXIMATELY and k > 0 and k + 1 < len(tokens) and tokens[k + 1].text[0].isdigit():
        return False  # "In Salem, about 80 workers …": after an opening phrase, a count opens the subject
    if tok.lower in _LEADING_ADVERBIALS or tok.lower.endswith("ly") or (tok.lower in TIME_WORDS and tok.lower != "this"):
        return True
    if tok.lower in ("here", "there"):
        return k + 1 < len(tokens) and tokens[k + 1].lower in (",", "in", "at", "on")  # "Here in Salem,", not "There are"
    if tok.lower in _TIME_SPANS or (tok.text[0].isdigit() and k + 1 < len(tokens) and tokens[k + 1].lower in _TIME_SPANS):
        return True
    if tok.lower in _TIME_DETERMINERS or tok.text[0].isdigit():
        comma = _next_comma(tokens, k, 6)
        if comma > k and (tokens[comma - 1].lower in TIME_WORDS or tokens[comma - 1].lower in _TIME_ENDS):
            return True  # "That morning,", "A few days later,"
    if tok.lower in _CONNECTIVES and k + 1 < len(tokens) and tokens[k + 1].text == ",":
        return True  # "Likewise, a paper …", "First, Voss …"
    if k == 0 and tok.is_capitalized and tok.lower.endswith(("ed", "ing")) and k + 1 < len(tokens) and tokens[k + 1].lower in _PARTICIPLE_LINKS:
        return True  # "Based on …,", "Preceded at the lectern by …,"
    return k == 0 and tok.is_capitalized and tok.lower.endswith("ing") and tok.lower not in SPEECH_VERBS


_APPROXIMATELY = frozenset("about nearly almost roughly some".split())
_CONNECTIVES = frozenset(
    "likewise nevertheless nonetheless moreover furthermore besides indeed otherwise thus therefore hence "
    "first second third finally ultimately".split()
)
"""Words that link a sentence to the one before, set off by a comma."""
_PARTICIPLE_LINKS = frozenset("on by at in with from to as".split())


_TIME_SPANS = frozenset("ever once hours days weeks months years minutes moments".split())
_TIME_ENDS = frozenset("later earlier ago before after".split())
_TIME_DETERMINERS = frozenset(
    "a an the that one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "twenty thirty forty fifty several few many".split()
)


def _past_place(tokens: list[Token], k: int) -> int:
    """Past the state or country of a town the opening phrase ends on ("In
    Salem, Oregon, Voss said"): a capitalised run and a comma, with a name
    after it."""
    j = k
    while j < len(tokens) and is_name_word(tokens[j]) and j - k < 3:
        j += 1
    if j > k and j < len(tokens) and tokens[j].text == ".":
        j += 1  # "Ore.,"
    if j > k and j + 1 < len(tokens) and tokens[j].text == "," and not tokens[k].lower in NOT_NAMES:
        after = tokens[j + 1]
        if (is_name_word(after) and after.lower not in NOT_NAMES) or after.lower in _LEADING_ADVERBIALS:
            return j + 1  # "In Salem, Ore., on Tuesday, Voss …"
    return k


_SUBORDINATORS = frozenset("when while as after before because since although though whereas".split())


def _conjoined_clause_subject(tokens: list[Token], v: int) -> Mention | None:
    """The subject of the clause, after the sentence's last comma, whose
    verbs the conjunction before ``tokens[v]`` joins: "Asked whether she
    would run again, he smiled and said". Only a pronoun for a person: a
    capital after a comma is as often a place ("of Salem, Oregon, and
    said"), and is left to the sentence's subject."""
    c = next((i for i in range(v - 2, 0, -1) if tokens[i].text == ","), -1)
    if c < 0:
        return None
    k = c + 1
    if tokens[k].lower in ("and", "but", "yet", "so"):
        k += 1
    mention = subject_after(tokens, k)
    if mention is None or mention.end >= tokens[v - 1].start:
        return None
    return mention if mention.kind == "pronoun" and mention.head in ("he", "she", "they", "we", "i") else None


def _clause_subject(tokens: list[Token], participle: Token) -> Mention | None:
    """The subject of the clause a participle closes, when a subordinate
    clause stands between it and the sentence's start: "The trouble started
    during a talk, when Voss hecklers interrupted her, shouting “…”"."""
    p = next(i for i, t in enumerate(tokens) if t is participle)
    c = next((i for i in range(p - 1, 0, -1) if tokens[i].lower in _SUBORDINATORS and tokens[i - 1].text == ","), -1)
    if c < 0:
        return None
    mention = subject_after(tokens, c + 1)
    if mention is None or mention.kind == "pronoun" and mention.head == "it":
        return None
    return mention if mention.kind != "nominal" or describes_a_source(mention) else None


def _shown_speaking(tokens: list[Token], participle: Token) -> Mention | None:
    """"The ad shows clips of Lena Voss asking, “…”", "the crowd cheered,
    with Voss reportedly yelling: “…”", "both issued statements — Voss
    saying she was “…”": the person the participle follows, after "of",
    "with" or a break in the sentence, is the one speaking."""
    p = next(i for i, t in enumerate(tokens) if t is participle)
    while p > 0 and not tokens[p - 1].is_capitalized and (tokens[p - 1].lower in ADVERBS or tokens[p - 1].lower.endswith("ly")):
        p -= 1  # "Voss reportedly yelling"
    first = p
    while first > 0 and is_name_word(tokens[first - 1]) and p - first < 4:
        first -= 1
    if first == p or first == 0 or tokens[first - 1].lower not in _BEFORE_SHOWN_SPEAKING:
        return None
    named = phrase_ending_at(tokens[first:p], p - first - 1)
    return named if named is not None and named.kind == "name" else None


_BEFORE_SHOWN_SPEAKING = frozenset(("of", "with", "and", ",", ";", "\u2014", "\u2013", "-", "--"))


def _is_noun_use(tokens: list[Token], v: int) -> bool:
    """"his warning", "the briefing": an -ing word after a possessive or an article."""
    before = tokens[v - 1]
    return before.lower in ("his", "her", "their", "its", "the", "a", "an") or before.text.endswith(("'s", "\u2019s"))


def _progressive(tokens: list[Token], v: int) -> bool:
    """'he is claiming', 'she's been saying': an -ing verb with its own subject."""
    j = v - 1
    while j >= 0 and tokens[j].lower in ("also", "not", "still", "now", "been", "repeatedly", "always"):
        if tokens[j].lower == "been":
            return True
        j -= 1
    return j >= 0 and (tokens[j].lower in _BE_FORMS or tokens[j].lower.endswith(("'s", "\u2019s", "'re", "\u2019re")))


def is_weak_verb(verb: str) -> bool:
    return verb.lower() in WEAK_SPEECH_VERBS


def _according_to(tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i].lower == "according" and tokens[i + 1].lower == "to"


def _cue(mention: Mention, verb: Token, verb_text: str, position: str) -> Cue:
    start = mention.start if mention.start < verb.start else verb.start
    end = mention.end if mention.end > verb.end else verb.end
    return Cue(mention, start, end, verb_text, position)
