"""Languages: the catalogues are current and finished, a pseudo-locale leaves no English on
any screen, switching needs no restart, right-to-left layouts and bidi-isolated data."""

from __future__ import annotations

import filecmp
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import MakeWindow
from deskkit import unlock, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from satchel.ui.desktop.i18n import (
    LANGUAGES,
    apply_language,
    is_isolated,
    isolate,
    match_language,
    translations,
)
from satchel.ui.desktop.i18n.bidi import FSI, PDI
from satchel.ui.desktop.i18n.language import FOLDER
from satchel.ui.desktop.reporter import ReporterWorkspace
from screenkit import SCREENS, i18n_script, texts

script = i18n_script()


@pytest.fixture(autouse=True)
def english_again(qapp: QApplication) -> Iterator[None]:
    """Every test leaves the application as the other tests expect it: no translator."""
    yield
    translations().install([], Qt.LayoutDirection.LeftToRight)


# -- the catalogues ----------------------------------------------------------------------


def test_ts_files_are_current(tmp_path: Path) -> None:
    """lupdate over today's sources would change nothing: every string is in every .ts."""
    copies = []
    for code in script.CODES:
        copy = shutil.copy(script.ts_path(code), tmp_path)
        copies.append(Path(copy))
    script.lupdate(copies)
    stale = [c.name for c in copies if not filecmp.cmp(c, script.ts_path(c.stem[len("satchel_"):]),
                                                       shallow=False)]
    assert not stale, f"run scripts/i18n.py update (and translate): {stale} are stale"


def test_qm_files_are_compiled_from_the_ts(tmp_path: Path) -> None:
    for code in script.CODES:
        fresh = tmp_path / f"{code}.qm"
        script.lrelease(script.ts_path(code), fresh)
        assert filecmp.cmp(fresh, FOLDER / f"satchel_{code}.qm", shallow=False), \
            f"run scripts/i18n.py compile: satchel_{code}.qm is older than its .ts"


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_no_translation_is_unfinished(code: str) -> None:
    """No unfinished or empty translation, and every plural message has all the forms the
    language needs (Arabic six, Russian three, Chinese and Farsi one)."""
    assert script.problems(code) == []
    catalogue = script.messages(script.ts_path(code))
    assert any(m.numerus for m in catalogue)  # counts are said with plural forms
    if code != "en":
        assert len(catalogue) > 150  # the whole window, not a sample


def test_placeholders_survive_translation() -> None:
    """A translation keeps every {name} of its source (else .format() would fail)."""
    import re

    for code in script.CODES:
        for m in script.messages(script.ts_path(code)):
            wanted = sorted(re.findall(r"\{\w+\}", m.source))
            for form in m.forms:
                assert sorted(re.findall(r"\{\w+\}", form)) == wanted, (code, m.source, form)


# -- every screen, in the pseudo-locale ------------------------------------------------------


@pytest.fixture(scope="session")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    qm = tmp_path_factory.mktemp("pseudo") / "satchel_pseudo.qm"
    script.write_pseudo(qm)
    return qm


def untranslated(root: QWidget) -> list[str]:
    """Texts that are neither pseudo-translated nor isolated data."""
    return [f"{widget} {which}: {text!r}" for widget, which, text in texts(root)
            if not (text.startswith(script.PSEUDO_OPEN) and text.endswith(script.PSEUDO_CLOSE))
            and not is_isolated(text)]


@pytest.mark.parametrize("name", sorted(SCREENS))
def test_pseudo_locale_leaves_no_untranslated_text(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, directory_bytes: bytes, pseudo_qm: Path,
    name: str,
) -> None:
    """Built in English, then switched live to a pseudo-locale: every text on the screen
    (labels, buttons, tabs, headers, placeholders, tooltips, accessible names, titles) is
    pseudo-translated. This proves both that each string goes through tr() and that each
    screen re-translates on LanguageChange."""
    window = SCREENS[name](qtbot, make_window, tmp_path, directory_bytes)
    before = [text for _, _, text in texts(window)]
    assert before and not any(t.startswith(script.PSEUDO_OPEN) for t in before)
    translations().install([pseudo_qm], Qt.LayoutDirection.LeftToRight)
    qtbot.waitUntil(lambda: window.windowTitle().startswith(script.PSEUDO_OPEN), timeout=5000)
    assert untranslated(window) == []


# -- switching language, right to left, isolation --------------------------------------------


def test_switching_language_needs_no_restart(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path
) -> None:
    window = make_window(reporter_home)
    unlock(qtbot, window)
    wait_idle(qtbot, window)
    ws = window.workspace
    assert isinstance(ws, ReporterWorkspace)
    assert ws.editor.send.text() == "Send" and window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert apply_language("ar") == "ar"
    qtbot.waitUntil(lambda: ws.editor.send.text() == "إرسال", timeout=5000)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert ws.tabs.tabText(0) == "التقارير"
    apply_language("zh_CN")
    qtbot.waitUntil(lambda: ws.editor.send.text() == "发送", timeout=5000)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    apply_language("en")
    qtbot.waitUntil(lambda: ws.editor.send.text() == "Send", timeout=5000)


def test_plural_forms_follow_the_language(qtbot: QtBot) -> None:
    from satchel.ui.desktop.reporter.countdown import DeleteCountdown

    countdown = DeleteCountdown(seconds=1)
    qtbot.addWidget(countdown)
    said = {}
    for code in ("en", "ru", "ar"):
        apply_language(code)
        countdown.start("r")
        said[code] = countdown.label.text()
        countdown.stop()
    assert said["en"] == "This report will be erased in 1 second."
    assert "1" in said["ru"] and "секунду" in said["ru"]
    assert "ثانية واحدة" in said["ar"]


@pytest.mark.parametrize(("names", "expected"), [
    (["fa-IR", "en-US"], "fa"), (["ar-EG"], "ar"), (["zh-Hans-CN"], "zh_CN"), (["zh-CN"], "zh_CN"),
    (["zh-Hant-TW", "ru-RU"], "ru"), (["de-DE", "es-MX"], "es"), (["de-DE"], "en"), ([], "en"),
])
def test_the_system_language_is_matched(names: list[str], expected: str) -> None:
    assert match_language(names) == expected


def test_isolation_wraps_data_once() -> None:
    assert isolate("abcd.onion") == f"{FSI}abcd.onion{PDI}"
    assert isolate(isolate("x")) == isolate("x") and isolate("") == ""
    assert is_isolated(isolate("a b")) and not is_isolated("a b")


def test_data_inside_translated_text_is_isolated(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path, photo: Path
) -> None:
    """In Arabic, the file name in the attachments and the bridge in "connected via" sit in
    bidi isolation, so the Unicode bidi algorithm cannot reorder them."""
    apply_language("ar")
    window = make_window(reporter_home)
    unlock(qtbot, window)
    ws = window.workspace
    assert isinstance(ws, ReporterWorkspace)
    ws.add_files([photo])
    name = ws.editor.attachments.index(0, 0).data()
    assert name == isolate(photo.name)
    from satchel.ui.desktop.connection import words

    via = words.connected_via("snowflake")
    assert isolate("snowflake") in via and via != words.connected_via("none")
