"""Snapshots of the reader on the bundled article (regenerate with --snapshot-update)."""

from __future__ import annotations

from typing import Any

from opedtui.documents import bundled_article_path
from opedtui.reader.app import ReaderApp


def seed_app() -> ReaderApp:
    path = bundled_article_path()
    app = ReaderApp(path.read_text(encoding="utf-8"), None, path, poll_seconds=3600)
    app.animation_level = "none"
    return app


async def settled(pilot: Any) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def filtered(pilot: Any) -> None:
    await settled(pilot)
    app = pilot.app
    top = app.quote_set.speakers_by_count()
    # The second most quoted speaker, so the filtered view differs from the top of the list.
    app.apply_filter(top[1].id if len(top) > 1 else -1)
    await pilot.pause()


def test_main_screen_120x40(snap_compare: Any) -> None:
    assert snap_compare(seed_app(), terminal_size=(120, 40), run_before=settled)


def test_main_screen_80x24(snap_compare: Any) -> None:
    assert snap_compare(seed_app(), terminal_size=(80, 24), run_before=settled)


def test_filtered_by_a_speaker(snap_compare: Any) -> None:
    assert snap_compare(seed_app(), terminal_size=(120, 40), run_before=filtered)


def test_help_screen(snap_compare: Any) -> None:
    async def help_open(pilot: Any) -> None:
        await settled(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(seed_app(), terminal_size=(100, 36), run_before=help_open)
