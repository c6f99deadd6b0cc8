"""The values the engine hands out: quotes, speakers and one document's analysis.

Plain frozen dataclasses, so the reader, the CLI and the exporters can share them
without knowing how they were found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Span = tuple[int, int]
QuoteKind = Literal["direct", "mixed", "term"]
"""``direct``: a whole quoted utterance; ``mixed``: a quoted fragment inside reported
speech (called it "a disgrace"); ``term``: scare quotes, titles and words-as-words."""


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: where its words are, and who the engine thinks said them."""

    start: int
    """Code-point offset of the quoted content, quote marks excluded."""
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None
    """Canonical name of the speaker, or None when the engine cannot tell."""
    speaker_id: int | None
    speaker_mention: Span | None
    """The words the attribution rests on: the "she" of "she continued"."""
    cue: str | None
    """The attributing words as written ("she continued", "according to")."""
    cue_span: Span | None
    confidence: float
    outer_start: int
    """Offset of the opening mark (the quote with its marks is text[outer_start:outer_end])."""
    outer_end: int
    continues: bool = False
    """The quotation goes on in the next paragraph, which reopens its quote mark:
    the next quote is its next part. News counts each such paragraph as a quote
    (and so do the annotated corpora), so each part is a Quote of its own, with
    the speaker of the whole."""

    @property
    def span(self) -> Span:
        return (self.start, self.end)

    @property
    def is_quotation(self) -> bool:
        """True for speech, False for scare quotes and titles."""
        return self.kind != "term"


@dataclass(frozen=True, slots=True)
class Speaker:
    """One person (or source) however the text names them."""

    id: int
    name: str
    aliases: tuple[str, ...]
    role: str | None
    quote_count: int

    def answers_to(self, query: str) -> bool:
        """Whether a user's filter text names this speaker, case-insensitively.

        Determiners and titles do not matter ("the official", "President Arnold
        Vance", "Mr. Vance"), and any fuller form of a name that ends with the
        speaker's surname and uses only words the speaker is known by matches.
        """
        wanted = _name_words(query)
        if not wanted:
            return False
        names = [_name_words(alias) for alias in (self.name, *self.aliases)]
        if wanted in names:
            return True
        known = {word for name in names for word in name} | set(_name_words(self.role or ""))
        if not names[0] or wanted[-1] != names[0][-1]:
            return False
        return set(wanted) <= known


_IGNORED_IN_NAMES = frozenset(
    "the a an mr mr. mrs mrs. ms ms. dr dr. sir dame president sen sen. senator rep rep. gov gov. "
    "governor prime minister secretary".split()
)


def _name_words(text: str) -> tuple[str, ...]:
    words = text.casefold().replace("\u2019", "'").split()
    return tuple(w.removesuffix("'s") for w in words if w not in _IGNORED_IN_NAMES)


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the engine found in one document."""

    text: str
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    _by_id: dict[int, Speaker] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({s.id: s for s in self.speakers})

    @property
    def quotations(self) -> tuple[Quote, ...]:
        """Quotes that are speech, without scare quotes and titles."""
        return tuple(q for q in self.quotes if q.is_quotation)

    def speaker(self, speaker_id: int | None) -> Speaker | None:
        return None if speaker_id is None else self._by_id.get(speaker_id)

    def find_speaker(self, query: str) -> Speaker | None:
        """The speaker a name or alias refers to ("vance", "President Vance").
        A speaker named exactly so goes first: "Mr. Voss" is not Mrs. Voss."""
        exact = query.casefold().strip()
        for speaker in self.speakers:
            if exact in (name.casefold() for name in (speaker.name, *speaker.aliases)):
                return speaker
        for speaker in self.speakers:
            if speaker.answers_to(query):
                return speaker
        wanted = query.casefold().strip()
        matches = [s for s in self.speakers if wanted and wanted in s.name.casefold()]
        return matches[0] if len(matches) == 1 else None

    def quotes_by(self, speaker_id: int) -> tuple[Quote, ...]:
        return tuple(q for q in self.quotes if q.speaker_id == speaker_id)
