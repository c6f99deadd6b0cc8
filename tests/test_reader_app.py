"""Pilot tests: every key of the reader, and its live behaviours.

Most tests use a small extractor defined here (quotes followed by ``said Name``)
so they do not move when the real engine's attributions improve.
"""

from __future__ import annotations

import re
import textwrap
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from textual.command import CommandInput
from textual.content import Content

from opedtui.engine import Analysis, Quote, Speaker, extract
from opedtui.reader.article_view import ArticleView
from opedtui.reader.app import ReaderApp
from opedtui.reader.help_screen import HelpScreen
from opedtui.reader.quote_list import ROW_HEIGHT, QuoteList
from opedtui.reader.quotes import ALL, UNATTRIBUTED
from opedtui.reader.search_bar import SearchBar
from opedtui.reader.speaker_list import SpeakerList
from opedtui.reader.speaker_picker import SpeakerPicker

NAMES = ["Alice", "Bob", "Carol"]
FILLER = "Filler words keep going so that the article is long enough to scroll past a screen or two of reading."


def make_doc(paragraphs: int = 24) -> str:
    paras = []
    for i in range(paragraphs):
        name = NAMES[i % 3]
        paras.append(f'Paragraph {i}. {FILLER} "Quote number {i} from {name}," said {name}.')
    paras.insert(5, 'Someone wrote "an unattributed remark" in the margin.')
    return "# Council Votes\n\n" + "\n\n".join(paras) + "\n"


DOC = make_doc()
SAID = re.compile(r'"([^"\n]+)"(?:,? said (\S+?)\.)?')


def said_extract(text: str) -> Analysis:
    """Quotes in double quotes; the speaker is the name after "said"."""
    names: dict[str, int] = {}
    quotes = []
    for m in SAID.finditer(text):
        name = m.group(2)
        sid = None if name is None else names.setdefault(name, len(names))
        quotes.append(
            Quote(m.start(1), m.end(1), m.group(1), "direct", name, sid,
                  None if name is None else m.span(2), None if name is None else "said",
                  None, 1.0, m.start(), m.end(1) + 1)  # fmt: skip
        )
    speakers = tuple(
        Speaker(i, n, (), "councillor" if n == "Bob" else None, sum(q.speaker_id == i for q in quotes))
        for n, i in names.items()
    )
    return Analysis(text, tuple(quotes), speakers)


def make_app(text: str = DOC, **kwargs: Any) -> ReaderApp:
    kwargs.setdefault("extractor", said_extract)
    return ReaderApp(text, kwargs.pop("title", None), kwargs.pop("path", None), **kwargs)


@asynccontextmanager
async def running(app: ReaderApp | None = None, size: tuple[int, int] = (100, 30)) -> AsyncIterator[tuple[ReaderApp, Any]]:
    app = app or make_app()
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        yield app, pilot


async def wait_until(pilot: Any, condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await pilot.pause(0.02)


def screen_lines(view: ArticleView | QuoteList) -> list[str]:
    return [view.render_line(y).text for y in range(view.scrollable_content_region.height)]


def title(widget: Any) -> str:
    """A border title as plain text."""
    return Content.from_markup(widget.border_title or "").plain


def recorded_notifications(app: ReaderApp) -> list[str]:
    seen: list[str] = []
    original = app.notify

    def notify(message: str, **kwargs: Any) -> None:
        seen.append(message)
        original(message, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    return seen


def speaker_id(app: ReaderApp, name: str) -> int:
    return next(s.id for s in app.quote_set.speakers.values() if s.name == name)


def quote_index(app: ReaderApp, number: int) -> int:
    return next(i for i, q in enumerate(app.quote_set.quotes) if q.text.startswith(f"Quote number {number} "))


# Opening ----------------------------------------------------------------------


async def test_opens_with_title_article_quotes_and_speakers() -> None:
    async with running() as (app, pilot):
        assert app.title == "Council Votes"
        assert "Council Votes" in screen_lines(app.article)[0]
        assert len(app.quote_set) == 25
        assert title(app.quote_list) == "Quotes (25)"
        labels = [str(o.prompt) for o in app.speaker_list.options]
        assert labels[0].startswith("All") and labels[0].endswith("25")
        assert [label.split("  ")[0] for label in labels[1:]] == ["● Alice", "● Bob", "● Carol", "● unattributed"]
        assert "councillor" in labels[2]  # Bob's role
        assert app.focused is app.article
        # Nothing is highlighted before the extraction; now the first quote on screen is selected.
        assert app.selected == 0 and app.quote_list.cursor == 0


async def test_a_long_role_keeps_to_its_line_in_the_speakers_pane() -> None:
    """Wrapped, the role's second line would lose its indent under the name."""
    text = (
        "Ruling\n\n\u201cWe will appeal,\u201d said Lena Voss, a professor of constitutional law "
        "at the Eastvale University School of Law.\n"
    )
    async with running(make_app(text, extractor=extract), size=(100, 30)) as (app, pilot):
        view = app.speaker_list
        lines = [view.render_line(y).text.rstrip() for y in range(view.scrollable_content_region.height)]
        at = next(i for i, line in enumerate(lines) if "professor" in line)
        assert lines[at].endswith("\u2026")
        assert lines[at + 1].strip() == ""


async def test_each_speaker_has_one_colour_in_article_and_list() -> None:
    async with running() as (app, pilot):
        qs = app.quote_set
        alice = [q for q in qs.quotes if q.speaker == "Alice"]
        assert len({qs.colour(q) for q in alice}) == 1
        assert qs.colour(alice[0]) != qs.colour(next(q for q in qs.quotes if q.speaker == "Bob"))
        # The article draws Alice's second quote in her colour...
        await pilot.press("right_square_bracket", "right_square_bracket")
        index = qs.quotes.index(alice[1])
        assert app.selected == index - 1
        line = app.article.layout_.line_of(alice[1].start) - round(app.article.scroll_y)
        styles = {seg.style.color.name for seg in app.article.render_line(line) if seg.text and "Quote number 3" in seg.text}
        assert styles == {qs.colour(alice[1])}
        # ...and the list draws her name in it.
        first_line = app.quote_list._render_row(index, 40, False)[0]
        assert any(seg.text == "Alice" and seg.style.color.name == qs.colour(alice[1]) for seg in first_line)


async def test_selected_quote_stands_out() -> None:
    async with running() as (app, pilot):
        await pilot.press("right_square_bracket")
        quote = app.quote_set.quotes[app.selected]
        line = app.article.layout_.line_of(quote.start) - round(app.article.scroll_y)
        segs = [s for s in app.article.render_line(line) if "Quote number" in s.text]
        assert segs and all(s.style.bold and s.style.bgcolor is not None for s in segs)


# The worker --------------------------------------------------------------------


async def test_list_fills_in_as_the_worker_goes_and_the_ui_keeps_answering() -> None:
    release = threading.Event()

    def gated(text: str) -> Analysis:
        if len(text) == len(DOC):  # the whole-document pass waits until released
            release.wait(5)
        return said_extract(text)

    app = make_app(extractor=gated, chunk_size=700)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: len(app.quote_set) == 25 and app.progress is not None)
        assert "finding" in title(app.quote_list)
        assert "%" in title(app.quote_list)
        assert app.quote_list.rows and 0 < app.progress <= 0.5
        await pilot.press("j")  # the article scrolls while the worker is busy
        assert app.article.scroll_y == 1
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.progress is None
        assert title(app.quote_list) == "Quotes (25)"
        assert {s.name for s in app.quote_set.speakers.values()} == set(NAMES)


async def test_a_long_document_is_read_by_a_child_process(monkeypatch: pytest.MonkeyPatch) -> None:
    import opedtui.reader.extraction as extraction

    monkeypatch.setattr(extraction, "PROCESS_MIN_CHARS", 0)  # DOC counts as long
    app = ReaderApp(DOC, None, None, chunk_size=700)  # the real engine, not a stand-in
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: app.progress is None, timeout=20)
        assert len(app.quote_set) == 25
        assert set(NAMES) <= {s.name for s in app.quote_set.speakers.values()}


async def test_a_quotation_over_paragraphs_lists_its_parts_as_print_does() -> None:
    text = "Lena Voss spoke.\n\n\u201cThe first part.\n\n\u201cThe last part,\u201d Voss said.\n"
    async with running(ReaderApp(text, None, None)) as (app, pilot):
        await wait_until(pilot, lambda: app.progress is None)
        lines = "\n".join(screen_lines(app.quote_list))
        assert "\u201cThe first part.\u201d" not in lines and "\u201cThe first part." in lines
        assert "\u201cThe last part,\u201d" in lines


async def test_a_long_documents_objects_are_moved_out_of_the_collectors_reach() -> None:
    import gc

    long_doc = DOC + "\n\n".join([FILLER] * (1_000_000 // len(FILLER)))
    gc.unfreeze()
    try:
        async with running(make_app(long_doc)) as (app, pilot):
            await wait_until(pilot, lambda: app.progress is None)
            await pilot.pause()
            assert gc.get_freeze_count() > 0
        gc.unfreeze()
        async with running(make_app(DOC)) as (app, pilot):  # a short one leaves the collector alone
            await wait_until(pilot, lambda: app.progress is None)
            await pilot.pause()
            assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()


async def test_extraction_failure_is_said_and_the_article_stays() -> None:
    def broken(text: str) -> Analysis:
        raise ValueError("engine broke")

    app = make_app(extractor=broken)
    seen = recorded_notifications(app)
    async with running(app) as (app, pilot):
        assert any("engine broke" in m for m in seen)
        assert "Council Votes" in screen_lines(app.article)[0]
        assert "Could not find quotes." in "".join(screen_lines(app.quote_list))


# Focus and scrolling -------------------------------------------------------------


async def test_tab_and_shift_tab_move_focus_between_panes() -> None:
    async with running() as (app, pilot):
        assert app.focused is app.article
        await pilot.press("tab")
        assert isinstance(app.focused, QuoteList)
        await pilot.press("tab")
        assert isinstance(app.focused, SpeakerList)
        await pilot.press("shift+tab", "shift+tab")
        assert app.focused is app.article


async def test_article_scroll_keys() -> None:
    async with running() as (app, pilot):
        article = app.article
        page = article.scrollable_content_region.height - 1
        await pilot.press("j", "j", "down")
        assert article.scroll_y == 3
        await pilot.press("k", "up")
        assert article.scroll_y == 1
        await pilot.press("space")
        assert article.scroll_y == 1 + page
        await pilot.press("b")
        assert article.scroll_y == 1
        await pilot.press("G")
        assert article.scroll_y == article.max_scroll_y > 0
        await pilot.press("g")
        assert article.scroll_y == 0


async def test_scrolling_the_article_selects_the_first_quote_in_view() -> None:
    async with running() as (app, pilot):
        await pilot.press("space", "space")
        start, end = app.article.visible_range()
        expected = next(i for i, q in enumerate(app.quote_set.quotes) if q.outer_end > start)
        assert app.quote_set.quotes[expected].outer_start < end
        assert app.selected == expected
        assert app.quote_list.cursor == app.rows.index(expected)
        # The list scrolled to keep the cursor in view.
        top = app.quote_list.scroll_y
        assert top <= app.quote_list.cursor * ROW_HEIGHT < top + app.quote_list.scrollable_content_region.height


async def test_list_keys_move_the_selection_and_scroll_the_article() -> None:
    async with running() as (app, pilot):
        await pilot.press("tab")
        quotes = app.quote_list
        await pilot.press("j", "j")
        assert quotes.cursor == 2 and app.selected == app.rows[2]
        await pilot.press("k")
        assert quotes.cursor == 1
        await pilot.press("G")
        assert quotes.cursor == len(app.rows) - 1
        last = app.quote_set.quotes[app.rows[-1]]
        assert app.article.is_visible(last.outer_start, last.outer_end)
        assert app.article.scroll_y > 0
        await pilot.press("g")
        assert quotes.cursor == 0
        await pilot.press("space")
        per_page = quotes.scrollable_content_region.height // ROW_HEIGHT
        assert quotes.cursor == per_page
        await pilot.press("b")
        assert quotes.cursor == 0
        await pilot.press("down", "down", "up")
        assert quotes.cursor == 1
        assert app.focused is quotes  # moving the cursor does not take focus away


async def test_enter_on_a_quote_jumps_to_it_and_focuses_the_article() -> None:
    async with running() as (app, pilot):
        await pilot.press("tab", "G", "enter")
        quote = app.quote_set.quotes[app.rows[-1]]
        assert app.focused is app.article
        assert app.selected == app.rows[-1]
        assert app.article.is_visible(quote.outer_start, quote.outer_end)


# Quote navigation -------------------------------------------------------------------


@pytest.mark.parametrize("focus_presses", [0, 2])
async def test_brackets_move_to_next_and_previous_quote_from_any_pane(focus_presses: int) -> None:
    async with running() as (app, pilot):
        await pilot.press(*["tab"] * focus_presses)
        app.select_quote(17)
        await pilot.press(*["right_square_bracket"] * 3)
        assert app.selected == 20
        quote = app.quote_set.quotes[20]
        assert app.article.is_visible(quote.outer_start, quote.outer_end)
        assert app.article.scroll_y > 0
        assert app.quote_list.cursor == 20
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert app.selected == 18 and app.quote_list.cursor == 18


async def test_braces_move_between_quotes_by_the_same_speaker() -> None:
    async with running() as (app, pilot):
        first = quote_index(app, 1)  # Bob's first quote
        app.select_quote(first)
        await pilot.press("right_curly_bracket")
        assert app.quote_set.quotes[app.selected].text.startswith("Quote number 4 from Bob")
        await pilot.press("right_curly_bracket")
        assert app.quote_set.quotes[app.selected].text.startswith("Quote number 7 from Bob")
        quote = app.quote_set.quotes[app.selected]
        assert app.article.is_visible(quote.outer_start, quote.outer_end)
        await pilot.press("left_curly_bracket")
        assert app.quote_set.quotes[app.selected].text.startswith("Quote number 4 from Bob")


# Speakers and filters ---------------------------------------------------------------------


async def test_enter_on_a_speaker_filters_quotes_and_dims_the_others() -> None:
    async with running() as (app, pilot):
        await pilot.press("tab", "tab", "j", "j", "enter")  # All, Alice, Bob
        bob = speaker_id(app, "Bob")
        assert app.speaker_filter == bob
        assert len(app.rows) == 8 and all(app.quote_set.quotes[i].speaker == "Bob" for i in app.rows)
        assert title(app.quote_list) == "Quotes (8 of 25) by Bob"
        # An Alice quote on screen is drawn dimmed, a Bob quote in Bob's colour.
        article = app.article
        await pilot.press("g")
        alice = app.quote_set.quotes[quote_index(app, 0)]
        line = article.layout_.line_of(alice.start)
        seg = next(s for s in article.render_line(line) if "Quote number 0" in s.text)
        assert seg.style.color.name != app.quote_set.colour(alice)
        assert app.quote_set.quotes[app.selected].text.startswith("Quote number 1 from Bob")
        bob_quote = app.quote_set.quotes[quote_index(app, 4)]
        line = article.layout_.line_of(bob_quote.start)
        seg = next(s for s in article.render_line(line) if "Quote number 4" in s.text)
        assert seg.style.color.name == app.quote_set.colour(bob_quote)
        # "All" clears the filter.
        await pilot.press("g", "enter")
        assert app.speaker_filter is ALL and len(app.rows) == 25
        assert title(app.quote_list) == "Quotes (25)"


async def test_brackets_follow_the_filter() -> None:
    async with running() as (app, pilot):
        app.apply_filter(speaker_id(app, "Carol"))
        await pilot.press("right_square_bracket")
        assert app.quote_set.quotes[app.selected].text.startswith("Quote number 5 from Carol")


async def test_escape_clears_the_filter() -> None:
    async with running() as (app, pilot):
        app.apply_filter(speaker_id(app, "Alice"))
        await pilot.pause()
        await pilot.press("escape")
        assert app.speaker_filter is ALL
        assert len(app.rows) == 25


async def test_unattributed_quotes_are_labelled_and_filterable() -> None:
    async with running() as (app, pilot):
        index = next(i for i, q in enumerate(app.quote_set.quotes) if q.speaker_id is None)
        rows = app.quote_list._render_row(index, 40, False)
        assert "unattributed" in rows[0].text
        app.apply_filter(UNATTRIBUTED)
        assert [app.quote_set.quotes[i].text for i in app.rows] == ["an unattributed remark"]
        assert "unattributed" in title(app.quote_list)


async def test_speaker_picker_narrows_as_you_type_and_applies_on_enter() -> None:
    async with running() as (app, pilot):
        await pilot.press("s")
        assert isinstance(app.screen, SpeakerPicker)
        await pilot.press("c", "a", "r")
        option_list = app.screen.query_one("OptionList")
        assert [str(o.prompt).split("  ")[0] for o in option_list.options] == ["● Carol"]
        await pilot.press("enter")
        assert not isinstance(app.screen, SpeakerPicker)
        assert app.speaker_filter == speaker_id(app, "Carol")
        # escape closes the picker and changes nothing.
        await pilot.press("s", "b", "escape")
        assert not isinstance(app.screen, SpeakerPicker)
        assert app.speaker_filter == speaker_id(app, "Carol")


async def test_command_palette_filters_by_a_speaker_and_jumps_to_a_quote() -> None:
    async with running() as (app, pilot):
        await pilot.press("ctrl+p")
        app.screen.query_one(CommandInput).value = "Speaker: Bob"
        await pilot.pause(0.4)
        await pilot.press("enter")
        await pilot.pause()
        assert app.speaker_filter == speaker_id(app, "Bob")
        await pilot.press("ctrl+p")
        app.screen.query_one(CommandInput).value = "number 21 from"
        await pilot.pause(0.4)
        await pilot.press("enter")
        await pilot.pause()
        assert app.quote_set.quotes[app.selected].text.startswith("Quote number 21 from Alice")
        assert app.speaker_filter is ALL  # a quote by someone else clears the filter


# Search --------------------------------------------------------------------------------------


async def test_search_highlights_matches_and_n_moves_between_them() -> None:
    async with running() as (app, pilot):
        assert not app.query(SearchBar)  # mounted when first needed
        await pilot.press("slash")
        bar = app.query_one(SearchBar)
        assert bar.is_open and app.focused is bar.input
        await pilot.press(*"paragraph 1")  # "j", "q", "g" go to the input, not the app
        await pilot.press("j")
        await pilot.press("backspace")
        assert app.article.scroll_y == 0 and app.is_running
        matches = app.article.matches
        assert len(matches) == 11  # Paragraph 1, 10-19
        await pilot.press("enter")
        assert not bar.is_open and app.focused is app.article
        assert app.article.current_match == 0
        await pilot.press("n", "n")
        assert app.article.current_match == 2
        start, end = matches[2]
        assert app.article.is_visible(start, end)
        line = app.article.layout_.line_of(start) - round(app.article.scroll_y)
        assert any(s.text.lower() == "paragraph 1" and s.style.bgcolor for s in app.article.render_line(line))
        await pilot.press("N")
        assert app.article.current_match == 1
        await pilot.press("escape")
        assert app.article.matches == []


async def test_escape_closes_the_search_bar() -> None:
    async with running() as (app, pilot):
        await pilot.press("slash", "x", "escape")
        assert not app.query_one(SearchBar).is_open
        assert app.focused is app.article and app.article.matches == []


# Copy, help, quit ------------------------------------------------------------------------------


async def test_y_copies_the_selected_quote_with_its_speaker() -> None:
    app = make_app()
    seen = recorded_notifications(app)
    async with running(app) as (app, pilot):
        await pilot.press("right_square_bracket")
        await pilot.press("y")
        assert app.clipboard == "“Quote number 1 from Bob,” — Bob"
        assert any("Copied" in m and "Bob" in m for m in seen)


async def test_question_mark_opens_help_listing_every_key() -> None:
    async with running() as (app, pilot):
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help Static").render())
        for key in ["tab", "j / k", "space / b", "g / G", "] / [", "} / {", "enter", "s", "escape", "/", "n / N", "y", "?", "q", "ctrl+p", "click"]:
            assert key in text, key
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_footer_shows_the_main_keys() -> None:
    async with running(size=(140, 30)) as (app, pilot):
        footer_keys = {b.key for b in app.BINDINGS if b.show}
        assert {"question_mark", "slash", "s", "right_square_bracket", "y", "q"} <= footer_keys
        assert app.query_one("Footer").display


async def test_q_quits() -> None:
    async with running() as (app, pilot):
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0
        assert not app.is_running


# Mouse ---------------------------------------------------------------------------------------------


async def test_clicking_a_quote_in_the_article_selects_it() -> None:
    async with running() as (app, pilot):
        article = app.article
        index = quote_index(app, 2)
        quote = app.quote_set.quotes[index]
        line = article.layout_.line_of(quote.start)
        column = quote.start - article.layout_.span(line)[0]
        region = article.content_region
        await pilot.click(offset=(region.x + article._pad + column + 1, region.y + line - round(article.scroll_y)))
        assert app.selected == index
        assert app.quote_list.cursor == app.rows.index(index)


async def test_clicking_a_row_in_the_list_jumps_to_it() -> None:
    async with running() as (app, pilot):
        region = app.quote_list.content_region
        await pilot.click(offset=(region.x + 3, region.y + 2 * ROW_HEIGHT + 1))
        assert app.selected == app.rows[2]
        assert app.focused is app.article


# Files on disk ----------------------------------------------------------------------------------------


def watched_app(tmp_path: Path) -> tuple[Path, ReaderApp]:
    """DOC saved to a file, and a reader watching that file closely."""
    path = tmp_path / "article.txt"
    path.write_text(DOC, encoding="utf-8")
    return path, make_app(DOC, path=path, poll_seconds=0.05)


async def test_a_changed_file_reloads_and_keeps_the_reading_place(tmp_path: Path) -> None:
    path, app = watched_app(tmp_path)
    seen = recorded_notifications(app)
    async with running(app) as (app, pilot):
        await pilot.press("space", "space")
        top_words = app.article.text[app.article.top_offset :][:40]
        selected_text = app.quote_set.quotes[app.selected].text
        new_doc = DOC.replace("# Council Votes\n\n", '# Council Votes\n\nBreaking: "A new quote," said Dana.\n\n')
        path.write_text(new_doc, encoding="utf-8")
        await wait_until(pilot, lambda: app.source_text == new_doc)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.quote_set) == 26
        assert "Dana" in {s.name for s in app.quote_set.speakers.values()}
        assert app.article.text[app.article.top_offset :][:40] == top_words
        assert app.quote_set.quotes[app.selected].text == selected_text
        assert any("Reloaded" in m for m in seen)


async def test_a_removed_file_leaves_the_last_text_with_a_notice(tmp_path: Path) -> None:
    path, app = watched_app(tmp_path)
    seen = recorded_notifications(app)
    async with running(app) as (app, pilot):
        path.unlink()
        await wait_until(pilot, lambda: any("last version" in m for m in seen))
        await pilot.pause(0.2)
        assert sum("last version" in m for m in seen) == 1  # said once, not every poll
        assert app.source_text == DOC and len(app.quote_set) == 25
        assert "Council Votes" in screen_lines(app.article)[0]
        # It comes back: reload.
        path.write_text(DOC.replace("Council", "Senate"), encoding="utf-8")
        await wait_until(pilot, lambda: "Senate" in app.source_text)


async def test_results_arriving_after_quit_are_ignored(tmp_path: Path) -> None:
    """A worker thread can finish while the app shuts down, after its widgets are gone."""
    from opedtui.reader.messages import ExtractionDone, ExtractionFailed, FileChanged, FileGone

    path, app = watched_app(tmp_path)
    async with running(app) as (app, pilot):
        analysis = said_extract(DOC)
    assert not app.is_running
    app.on_extraction_done(ExtractionDone(app.generation, analysis))
    app.on_extraction_failed(ExtractionFailed(app.generation, "late"))
    app.on_file_changed(FileChanged(DOC.replace("Council", "Senate"), ()))
    app.on_file_gone(FileGone("late"))
    assert app.source_text == DOC


# Robustness ---------------------------------------------------------------------------------------------


HOSTILE = (
    "[bold]Not bold[/] and [link=https://example.com]not a link[/link] and [red]plain[/red]\n\n"
    "Escape: \x1b[31mred?\x1b[0m and \x1b]52;c;aGk=\x07 and bell \x07 and NUL \x00 and \u202eRTL\n\n"
    '"[b]Loud[/b] words," said [red]Mallory.\n\n'
    + "x" * 3000
    + "\n"
)


async def test_markup_and_control_characters_display_literally() -> None:
    app = make_app(HOSTILE, title="[bold]Title[/] \x1b[2J")
    async with running(app, size=(90, 40)) as (app, pilot):
        lines = screen_lines(app.article)
        text = "\n".join(lines)
        assert "[bold]Not bold[/]" in text and "[link=https://example.com]not a link[/link]" in text
        assert "[red]plain[/red]" in text
        rendered = "".join(seg.text for y in range(40) for seg in app.article.render_line(y))
        assert not any(c in rendered for c in "\x1b\x07\x00\u202e")
        assert "\ufffd[31mred?" in text
        assert all(len(line) <= app.article.size.width for line in lines)
        # The list and the speakers show the markup-looking name literally.
        assert any("[red]Mallory" in line for line in screen_lines(app.quote_list))
        assert any("[b]Loud[/b]" in line for line in screen_lines(app.quote_list))
        assert any("[red]Mallory" in str(o.prompt) for o in app.speaker_list.options)
        assert app.title.startswith("[bold]Title[/] ") and "\x1b" not in app.title
        await pilot.press("ctrl+p")
        app.screen.query_one(CommandInput).value = "Mallory"
        await pilot.pause(0.3)
        hits = [str(o.prompt) for o in app.screen.query_one("CommandList").options]
        assert any("Speaker: [red]Mallory" in h for h in hits)
        await pilot.press("escape")


async def test_very_long_lines_wrap_and_a_narrow_terminal_reflows() -> None:
    async with running(make_app(HOSTILE), size=(160, 40)) as (app, pilot):
        assert app.article.layout_.width == 80
        assert app.article._pad > 0
        assert sum(1 for s, e in app.article.layout_.lines if app.article.text[s:e] == "x" * 80) == 37
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        width = app.article.layout_.width
        assert width < 40
        assert all(e - s <= width for s, e in app.article.layout_.lines)


async def test_a_hard_wrapped_text_reflows_to_the_pane() -> None:
    """Text saved at 72 columns (a terminal browser's dump) flows to a narrower
    pane as its paragraphs, not as 72-column lines each broken in two."""
    paragraphs = DOC.split("\n\n")
    wrapped = "\n\n".join(textwrap.fill(p, 72) if not p.startswith("#") else p for p in paragraphs)
    async with running(make_app(wrapped), size=(90, 30)) as (app, pilot):
        assert app.article.layout_.width < 72
        assert app.article.text.count("\n") == wrapped.count("\n\n") * 2  # only the blank lines between paragraphs
        async with running(make_app(DOC.rstrip("\n")), size=(90, 30)) as (plain, _):
            assert len(app.article.layout_) == len(plain.article.layout_)
        await pilot.press("slash", *"so that the article")
        assert len(app.article.matches) == DOC.count("so that the article")


async def test_an_indented_hard_wrapped_text_keeps_its_lines_on_screen() -> None:
    """Joined, an indented line would leave its indent as a gap in the sentence."""
    paragraphs = DOC.split("\n\n")
    wrapped = "\n\n".join(textwrap.indent(textwrap.fill(p, 72), "   ") for p in paragraphs)
    async with running(make_app(wrapped), size=(120, 30)) as (app, pilot):
        assert app.article.text == wrapped
        assert "  " not in "".join(app.article.text[s:e].strip() for s, e in app.article.layout_.lines)


async def test_a_document_without_quotes_says_so() -> None:
    async with running(make_app("Just prose.\n\nNothing anyone said.\n")) as (app, pilot):
        assert title(app.quote_list) == "Quotes (0)"
        assert any("No quotes in this document." in line for line in screen_lines(app.quote_list))
        await pilot.press("right_square_bracket", "y", "right_curly_bracket", "enter", "tab", "enter", "j", "tab", "enter")
        assert app.selected is None and app.is_running


KEYS = ["j", "k", "space", "b", "g", "G", "right_square_bracket", "left_square_bracket", "right_curly_bracket",
        "left_curly_bracket", "enter", "y", "n", "N", "escape", "tab", "shift+tab", "down", "up", "pageup", "pagedown"]  # fmt: skip


@pytest.mark.parametrize("text", ["", HOSTILE], ids=["empty", "hostile"])
async def test_no_key_sequence_raises(text: str) -> None:
    async with running(make_app(text), size=(70, 20)) as (app, pilot):
        await pilot.press(*KEYS[::2])
        await pilot.press("s", "z", "enter", "escape", "question_mark", "escape", "slash", "q", "enter", "n", "N")
        await pilot.resize_terminal(30, 10)
        await pilot.press(*KEYS[1::2])
        assert app.is_running


def test_run_reader_runs_the_app_and_returns_its_exit_code(monkeypatch: pytest.MonkeyPatch) -> None:
    import opedtui.reader
    from opedtui.reader import app as app_module

    ran: list[ReaderApp] = []

    def fake_run(self: ReaderApp) -> None:
        ran.append(self)

    monkeypatch.setattr(app_module.ReaderApp, "run", fake_run)
    assert opedtui.reader.run_reader("text", "T", None) == 0
    assert ran and ran[0].document_title == "T" and ran[0].source_text == "text"
