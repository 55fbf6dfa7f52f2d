#!/usr/bin/env python3
"""Keep the window's translations current: Qt's lupdate and lrelease, plus a pseudo-locale.

Usage:
  scripts/i18n.py update         refresh ui/desktop/i18n/*.ts from the window's sources
  scripts/i18n.py compile        rebuild the .qm next to each .ts
  scripts/i18n.py status         list unfinished or empty translations (exit 1 if any)
  scripts/i18n.py pseudo OUT.qm  build a pseudo-locale catalogue (every string altered)

Locations are not stored in the .ts files (-locations none): line numbers change with
every edit of the window, and the test that says "lupdate would change nothing" must
fail only when a string changed. tests/desktop/test_i18n.py imports this file.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "ui" / "desktop"
FOLDER = DESKTOP / "i18n"
CODES = ("en", "ar", "fa", "ru", "es", "zh_CN")
# How many plural forms Qt uses for each language (its numerus rules).
PLURALS = {"en": 2, "ar": 6, "fa": 1, "ru": 3, "es": 2, "zh_CN": 1}
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
_ACCENTS = str.maketrans("aceinoruyACEINORUY", "àçéîñöŕüýÀÇÉÎÑÖŔÜÝ")


def tool(name: str) -> str:
    """A Qt tool from the same environment as this Python (PySide6 ships them)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"i18n: {name} is missing; install PySide6-Essentials into this environment.")
    return found


def ts_path(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"satchel_{code}.ts"


def sources() -> list[Path]:
    return sorted(p for p in DESKTOP.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts_files: list[Path]) -> None:
    """Merge the strings of the window's sources into `ts_files` (created when missing).
    English holds only plural forms: its singular strings are the sources themselves."""
    for ts in ts_files:
        code = ts.stem.removeprefix("satchel_")
        options = ["-no-obsolete", "-locations", "none", "-sort-messages", "-source-language", "en",
                   "-target-language", code, "-silent"]
        if code == "en":
            options.append("-pluralonly")
        files = [str(p) for p in sources()]
        subprocess.run([tool("pyside6-lupdate"), *files, *options, "-ts", str(ts)], check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    forms: tuple[str, ...]
    unfinished: bool


def messages(ts: Path) -> list[Message]:
    """Every message of a .ts file, with its translation (one form, or each plural form)."""
    found = []
    root = ET.parse(ts).getroot()  # noqa: S314 - our own catalogue, written by lupdate
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            found.append(Message(name, message.findtext("source") or "", numerus, forms, unfinished))
    return found


def problems(code: str, folder: Path = FOLDER) -> list[str]:
    """What is not finished in one language: unfinished, empty or missing plural forms."""
    wrong = []
    for m in messages(ts_path(code, folder)):
        where = f"{code} [{m.context}] {m.source!r}"
        if m.unfinished:
            wrong.append(f"{where}: unfinished")
        elif any(not form.strip() for form in m.forms):
            wrong.append(f"{where}: empty translation")
        elif m.numerus and len(m.forms) != PLURALS[code]:
            wrong.append(f"{where}: {len(m.forms)} plural forms, {code} needs {PLURALS[code]}")
    return wrong


def pseudo(text: str) -> str:
    """`text` visibly altered (accented, bracketed) with its placeholders kept intact."""
    out, i = [], 0
    while i < len(text):
        end = _placeholder_end(text, i)
        out.append(text[i:end] if end > i + 1 or text[i] in "{%" else text[i].translate(_ACCENTS))
        i = max(end, i + 1)
    return f"{PSEUDO_OPEN}{''.join(out)}{PSEUDO_CLOSE}"


def _placeholder_end(text: str, i: int) -> int:
    """End of a {name} or %n / %1 placeholder starting at `i`, else i + 1."""
    if text[i] == "{" and "}" in text[i:]:
        return text.index("}", i) + 1
    if text[i] == "%" and i + 1 < len(text) and (text[i + 1] == "n" or text[i + 1].isdigit()):
        return i + 2
    return i + 1


def write_pseudo(qm: Path) -> None:
    """A catalogue where every source string of the window is translated by `pseudo()`."""
    with tempfile.TemporaryDirectory(prefix="satchel-pseudo-") as tmp:
        ts = Path(tmp) / "satchel_en.ts"
        files = [str(p) for p in sources()]
        subprocess.run([tool("pyside6-lupdate"), *files, "-locations", "none", "-silent",
                        "-source-language", "en", "-target-language", "en", "-ts", str(ts)], check=True)
        tree = ET.parse(ts)  # noqa: S314 - our own catalogue, written by lupdate
        for message in tree.getroot().iter("message"):
            translation = message.find("translation")
            assert translation is not None
            source = pseudo(message.findtext("source") or "")
            translation.attrib.pop("type", None)
            forms = list(translation.iter("numerusform"))
            for form in forms:
                form.text = source
            if not forms:
                translation.text = source
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        lrelease(ts, qm)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "help"
    if command == "update":
        lupdate([ts_path(c) for c in CODES])
    elif command == "compile":
        for code in CODES:
            lrelease(ts_path(code), ts_path(code).with_suffix(".qm"))
    elif command == "status":
        wrong = [p for code in CODES for p in problems(code)]
        print("\n".join(wrong) or "every translation is finished")
        return 1 if wrong else 0
    elif command == "pseudo" and len(argv) == 2:
        write_pseudo(Path(argv[1]))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
