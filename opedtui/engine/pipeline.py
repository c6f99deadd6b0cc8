"""The pipeline: pair marks, find cues, follow the discourse, resolve speakers.

Each stage looks only at the text next to a quote, so the cost grows with the
number of quotes, not with the length of the prose between them.
"""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass

from opedtui.engine.cues import (
    Cue,
    cue_after,
    cue_before,
    is_weak_verb,
    last_cue_in,
    owner_of_the_words,
    paragraph_subject,
    reports_speech,
    sentence_subject,
    spoken_about,
    utterance_after,
)
from opedtui.engine.mentions import could_speak, is_common_word_opener
from opedtui.engine.marks import INVISIBLE, QuotedSpan, pair_quote_marks
from opedtui.engine.model import Analysis, Quote, QuoteKind, Speaker
from opedtui.engine.speakers import SpeakerCluster, SpeakerResolver
from opedtui.engine.terms import is_term, listed_terms, quote_words
from opedtui.engine.tokens import first_sentence_end, last_sentence_start, tokenize
from opedtui.engine.wrapping import unwrap_lines

_SENTENCE_FINAL = ".!?"
_SPOKEN_END = ",.!?"
"""How a quotation ends when its cue follows: “We won,” claims Voss."""
_MAX_SCARE_FRAGMENT_WORDS = 8
_LARGE_DOCUMENT = 200_000
"""Characters from which extraction pauses the cycle collector."""
_SENTENCE_REACH = 400
"""How far back from a quote the start of its sentence is looked for."""
_PARAGRAPH_REACH = 2_000
"""A quote's cue lies within this many characters after it, paragraph or not."""


@dataclass(slots=True)
class _Draft:
    """A quote while it is being attributed."""

    span: QuotedSpan
    paragraph: int
    """Offset where the quote's paragraph starts: quotes of one paragraph share it."""
    cue: Cue | None = None
    source: int = -1
    """Index of the quote whose cue this one borrows, or -1."""
    how: str = "cue"
    term: bool = False
    cluster: SpeakerCluster | None = None


def extract(text: str) -> Analysis:
    """Find every quotation in ``text`` and attribute it to a speaker."""
    # The engine builds many small objects and no reference cycles; on a large
    # document Python's cycle collector would rescan them all again and again,
    # making the cost grow faster than the text. Pause it for the duration.
    pause_collector = len(text) >= _LARGE_DOCUMENT and gc.isenabled()
    if pause_collector:
        gc.disable()
    try:
        return _extract(text)
    finally:
        tokenize.cache_clear()  # its few entries are this document's: let them go with it
        if pause_collector:
            gc.enable()


def _extract(text: str) -> Analysis:
    original, text = text, unwrap_lines(text)
    spans = pair_quote_marks(text)
    drafts = [_Draft(s, start) for s, start in zip(spans, _paragraph_starts(text, spans), strict=True)]
    _find_cues(text, drafts)
    _mark_terms(text, drafts)
    _link_continued(drafts)
    _follow_discourse(text, drafts)
    _mark_unreported_fragments(text, drafts)
    _fall_back_on_sentence_subject(text, drafts)
    for d in drafts:
        if d.cue is not None and is_common_word_opener(text, d.cue.mention):
            d.cue = None  # "Partial transcript as follows:": a capital, not a name
    resolver = SpeakerResolver(text, [(s.start, s.end) for s in spans])
    _resolve_speakers(resolver, drafts)
    return _assemble(original, text, drafts, resolver.clusters)


def _mark_terms(text: str, drafts: list[_Draft]) -> None:
    """Scare quotes, titles and words-as-words, told apart from speech."""
    spans = [d.span for d in drafts]
    words = [quote_words(text, s.start, s.end) for s in spans]
    listed = listed_terms(text, spans, words)
    cued = False  # whether the sentence so far has a speech verb: later quotes of it share it
    for i, d in enumerate(drafts):
        s = d.span
        spoken = d.cue is not None and d.cue.verb[:1].isalpha()  # a verb, not a colon
        cued = spoken or (cued and _same_sentence(text, drafts[i - 1].span, s))
        cued_here = d.cue is not None or cued
        d.term = i in listed or is_term(text, s.outer_start, s.start, s.end, s.outer_end, cued_here, words[i])


def _mark_unreported_fragments(text: str, drafts: list[_Draft]) -> None:
    """A short fragment woven into narration with nobody reporting it distances a
    phrase rather than quoting speech: work "synergistically"."""
    for d in drafts:
        if not d.term and d.cue is None and d.source < 0 and _kind(text, d.span) == "mixed":
            short = len(text[d.span.start : d.span.end].split()) <= _MAX_SCARE_FRAGMENT_WORDS
            d.term = short and not reports_speech(text, d.paragraph, d.span.outer_start, d.span.outer_end)


def _fall_back_on_sentence_subject(text: str, drafts: list[_Draft]) -> None:
    """A quote inside narration that no cue or neighbour attributes most likely
    carries the words of whoever its sentence is about: in "Voss referred to the
    plan as “a windfall for insiders”" no speech verb is known, yet the words
    are Voss's. Runs after terms are told apart, so it names speakers only."""
    for d in drafts:
        if d.term or d.cue is not None or d.source >= 0:
            continue
        window = max(d.paragraph, d.span.outer_start - _SENTENCE_REACH)
        start = last_sentence_start(text, window, d.span.outer_start)
        if start == window and window > d.paragraph:
            continue  # the sentence starts further back than we look
        mention = sentence_subject(tokenize(text, start, d.span.outer_start))
        if mention is not None and could_speak(text, mention) and not spoken_about(text, mention):
            d.cue, d.how = Cue(mention, mention.start, mention.end, "", "before"), "subject"


def _resolve_speakers(resolver: SpeakerResolver, drafts: list[_Draft]) -> None:
    """Mentions to speakers in reading order; quotes that borrow a cue take its
    speaker afterwards, since the cue they borrow may come later."""
    for d in drafts:
        if d.cue is not None and d.source < 0:
            d.cluster = resolver.resolve(d.cue.mention, d.cue.start)
    for d in drafts:
        if d.source >= 0:
            d.cluster = drafts[d.source].cluster


def _paragraph_starts(text: str, spans: list[QuotedSpan]) -> list[int]:
    """Where each quote's paragraph starts, found in one pass over the text."""
    starts = []
    last, searched = 0, 0
    for s in spans:
        found = text.rfind("\n", searched, s.outer_start)
        if found >= 0:
            last = found + 1
        if s.outer_start > searched:
            searched = s.outer_start
        starts.append(last)
    return starts


def _find_cues(text: str, drafts: list[_Draft]) -> None:
    n = len(text)
    for i, d in enumerate(drafts):
        s = d.span
        paragraph_end = text.find("\n", s.outer_end, s.outer_end + _PARAGRAPH_REACH)
        if paragraph_end < 0:
            paragraph_end = min(n, s.outer_end + _PARAGRAPH_REACH)
        prev = drafts[i - 1].span if i > 0 else None
        nxt = drafts[i + 1].span if i + 1 < len(drafts) else None
        floor = prev.outer_end if prev is not None and prev.outer_end > d.paragraph else d.paragraph
        limit = nxt.outer_start if nxt is not None and nxt.outer_start < paragraph_end else paragraph_end
        content = text[s.start : s.end].rstrip()
        noun = utterance_after(text, s.outer_end) if content[-1:] not in _SPOKEN_END else None
        if noun is not None:
            # "Voss's “not there yet” remark": the remark's owner said it, and the
            # noun after the quote is no verb of a cue (unlike “We won,” claims Voss).
            d.cue = owner_of_the_words(text, floor, s.outer_start, noun) or cue_before(text, floor, s.outer_start)
            continue
        # A quote that ends its own sentence with a full stop is attributed from
        # before; any other may be closed by its cue (“…,” she said / “…?” he asked).
        if content[-1:] in ("?", "!") and _led_in_by_a_mark(text, floor, s.outer_start):
            # "Voss answered Baker with, “Who pays?” Baker …": the words
            # that lead in speak; the name after begins the next sentence.
            d.cue = cue_before(text, floor, s.outer_start) or cue_after(text, s.outer_end, limit)
        elif not content or content[-1] != "." or text[s.outer_end : s.outer_end + 1] == ",":
            d.cue = cue_after(text, s.outer_end, limit) or cue_before(text, floor, s.outer_start)
        elif prev is not None and floor == prev.outer_end and _same_sentence(text, prev, s):
            # '… said the plan was "sound" and "long overdue." Others disagreed.':
            # the sentence's own cue, through the quote before, not the next sentence.
            d.cue = cue_before(text, floor, s.outer_start)
        else:
            d.cue = cue_before(text, floor, s.outer_start) or cue_after(text, s.outer_end, limit)


def _led_in_by_a_mark(text: str, floor: int, quote_start: int) -> bool:
    """Whether the words right before a quote lead into it with a colon or a
    comma ("Voss replied:", "Voss responded with,")."""
    lead = text[floor if floor > quote_start - 3 else quote_start - 3 : quote_start].rstrip(_BLANK)
    return lead.endswith((":", ","))


def _link_continued(drafts: list[_Draft]) -> None:
    """The parts of a quotation that runs over several paragraphs share one
    speaker: the part that has a cue lends it to the others (the first part's
    lead-in, or the last part's “…,” she said)."""
    i = 0
    while i < len(drafts):
        j = i
        while j + 1 < len(drafts) and drafts[j].span.continued:
            j += 1
        if j == i:
            i += 1
            continue  # a quotation of one part (most): nothing to share
        owner = next((k for k in range(i, j + 1) if drafts[k].cue is not None and not drafts[k].term), None)
        for k in range(i, j + 1):
            if owner is not None and k != owner and drafts[k].cue is None:
                drafts[k].source, drafts[k].how, drafts[k].term = owner, "continuation", False
        i = j + 1


def _follow_discourse(text: str, drafts: list[_Draft]) -> None:
    """Give quotes without a cue the speaker their sentence, paragraph or the
    paragraph before them is about."""
    for i, d in enumerate(drafts):
        if d.cue is not None or d.term or d.source >= 0:
            continue
        if i > 0 and drafts[i - 1].span.continued:
            # A later part of a quotation with no cue anywhere: the part before
            # speaks for it, and the paragraph before is that part's own words.
            if drafts[i - 1].source >= 0 or drafts[i - 1].cue is not None:
                d.source = drafts[i - 1].source if drafts[i - 1].source >= 0 else i - 1
                d.how = "continuation"
            continue
        prev = _attributed_before(drafts, i)
        if prev is not None and drafts[prev].paragraph == d.paragraph:
            d.source, d.how = prev, "sentence" if _same_sentence(text, drafts[prev].span, d.span) else "paragraph"
            continue
        later = _attributed_after(drafts, i)
        if later is not None:
            d.source, d.how = later, "paragraph"
            continue
        if text[d.paragraph : d.span.outer_start].strip():
            continue
        before = _previous_paragraph(text, d.paragraph)
        if prev is not None and before == text.rfind("\n", 0, drafts[prev].span.outer_end) + 1:
            # the quote before ends in the paragraph before (it may start earlier)
            d.source, d.how = prev, "continuation"
        elif prev is None or drafts[prev].span.outer_end < before:
            # A quote paragraph after prose that reports someone: "Pratt said that …"
            cue = last_cue_in(text, before, d.paragraph - 1) or paragraph_subject(text, before, d.paragraph - 1)
            if cue is not None:
                d.cue, d.how = cue, "continuation"


def _attributed_before(drafts: list[_Draft], i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        other = drafts[j]
        if other.term:
            if other.cue is not None and other.paragraph == drafts[i].paragraph:
                return j  # 'Koval said she wanted to "stress" that "…"'
            continue
        if other.cue is not None:
            return j
        if other.source >= 0:
            return other.source
        return None
    return None


def _attributed_after(drafts: list[_Draft], i: int) -> int | None:
    para = drafts[i].paragraph
    for j in range(i + 1, len(drafts)):
        other = drafts[j]
        if other.paragraph != para:
            return None
        if other.cue is not None and not other.term:
            return j
    return None


def _same_sentence(text: str, a: QuotedSpan, b: QuotedSpan) -> bool:
    inner = text[a.start : a.end].rstrip()
    if inner and inner[-1] in _SENTENCE_FINAL:
        return False
    return first_sentence_end(text, a.outer_end, b.outer_start) == b.outer_start


def _previous_paragraph(text: str, paragraph: int) -> int:
    """Start offset of the last paragraph of the article before the one at
    ``paragraph``: blank lines and the page's furniture ("Story continues
    below advertisement") between are passed over."""
    end = paragraph - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and not _PAGE_FURNITURE.fullmatch(line):
            return start
        end = start - 1
    return 0


_PAGE_FURNITURE = re.compile(
    r"(?i)(?:story continues below advertisement|advertisement|continue reading(?: below)?|"
    r"open this photo in gallery|read more|related|watch)[.:]?"
)
"""Lines a saved web page puts between an article's paragraphs."""


_CONFIDENCE = {"cue": 0.9, "sentence": 0.85, "paragraph": 0.75, "continuation": 0.65, "subject": 0.6}
_MENTION_FACTOR = {"name": 1.0, "nominal": 0.9, "pronoun": 0.85}


def _confidence(how: str, mention_kind: str, weak_verb: bool, closed: bool) -> float:
    """How sure an attribution is: by how it was made, what names the speaker,
    and whether the verb is weak or the quote's closing mark is missing."""
    confidence = _CONFIDENCE[how] * _MENTION_FACTOR[mention_kind]
    if weak_verb:
        confidence *= 0.85
    if not closed:
        confidence *= 0.8
    return round(confidence, 3)


_CONFIDENCES = {
    (how, kind, weak_verb, closed): _confidence(how, kind, weak_verb, closed)
    for how in _CONFIDENCE
    for kind in _MENTION_FACTOR
    for weak_verb in (False, True)
    for closed in (False, True)
}
"""Every confidence there is, worked out once: rounding a float costs more than
the rest of a quote's fields."""


def _assemble(original: str, text: str, drafts: list[_Draft], clusters: list[SpeakerCluster]) -> Analysis:
    """The public analysis: words are taken from the ``original`` text, and
    kinds are read in ``text``, where wrapped lines are joined."""
    used: dict[int, int] = {}  # cluster id -> public speaker id
    counts: dict[int, int] = {}
    for d in drafts:
        if d.cluster is not None and not d.term:
            cid = d.cluster.id
            used.setdefault(cid, len(used))
            counts[cid] = counts.get(cid, 0) + 1
    for d in drafts:
        if d.cluster is not None and d.term:
            used.setdefault(d.cluster.id, len(used))
    by_id = {c.id: c for c in clusters}
    speakers = tuple(
        Speaker(
            public,
            by_id[cid].name,
            tuple(by_id[cid].aliases),
            by_id[cid].role or by_id[cid].title or None,
            counts.get(cid, 0),
        )
        for cid, public in sorted(used.items(), key=lambda kv: kv[1])
    )
    quotes = []
    for d in drafts:
        s = d.span
        cue = d.cue if d.source < 0 else drafts[d.source].cue
        kind: QuoteKind = "term" if d.term else _kind(text, s)
        cluster = d.cluster
        confidence = 0.0
        if cluster is not None and cue is not None:
            confidence = _CONFIDENCES[d.how, cue.mention.kind, is_weak_verb(cue.verb), s.closed]
        # Positional, in the order of Quote's fields: binding thirteen keywords costs more than building the quote.
        quotes.append(
            Quote(
                s.start,
                s.end,
                original[s.start : s.end],
                kind,
                cluster.name if cluster else None,  # speaker
                used[cluster.id] if cluster else None,  # speaker_id
                (cue.mention.start, cue.mention.end) if cue else None,  # speaker_mention
                original[cue.start : cue.end] if cue else None,  # cue
                (cue.start, cue.end) if cue else None,  # cue_span
                confidence,
                s.outer_start,
                s.outer_end,
                s.continued,  # continues
            )
        )
    return Analysis(original, tuple(quotes), speakers)


_BLANK = " \u00a0" + INVISIBLE
"""What may stand between a clause's start and a quote that opens it."""


def _kind(text: str, s: QuotedSpan) -> QuoteKind:
    """"direct" when the quote stands as its own sentence or clause, "mixed" when
    it is a fragment woven into the reporter's sentence."""
    before = text[s.outer_start - 3 if s.outer_start > 3 else 0 : s.outer_start].rstrip(_BLANK)  # max(), written out
    starts_clause = not before or before[-1] in "\n:,.!?\u2014(" or s.outer_start == 0
    if starts_clause and text[s.start : s.start + 1].isupper():  # the first character, not a copy of the quote
        return "direct"
    return "mixed"
