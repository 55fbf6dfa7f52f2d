"""Languages of the window: Qt's tr() -> lupdate -> .ts -> lrelease -> .qm, loaded by QTranslator.

Contract:

- Every string a person sees in the window goes through `self.tr()` or
  `QCoreApplication.translate(context, text)` (imported as `translate`, the name lupdate
  recognises). Counts use the plural form: `self.tr("%n file(s)", "", n)`.
- The .ts sources live here (satchel_<lang>.ts) and so do the compiled .qm files. The .qm
  are committed, because a wheel or an editable install must ship them without Qt's tools
  at build time; tests/desktop/test_i18n.py checks that both are current.
  `scripts/i18n.py update` refreshes the .ts from the sources, `scripts/i18n.py compile`
  rebuilds the .qm.
- The language follows the system unless the before-unlock settings name one;
  `apply_language(choice)` switches at once: Qt sends LanguageChange to every widget and
  each screen re-translates in `retranslate()` (see `Retranslating`).
- Arabic and Farsi lay out right to left. Onion addresses, fingerprints, hashes and file
  names are wrapped by `bidi.isolate()` wherever they are shown, so they never scramble.
- The CLI stays English: nothing outside ui/desktop loads a translator.
"""

from satchel.ui.desktop.i18n.bidi import is_isolated, isolate
from satchel.ui.desktop.i18n.language import (
    LANGUAGES,
    RIGHT_TO_LEFT,
    Translations,
    apply_language,
    match_language,
    system_language,
    translations,
)
from satchel.ui.desktop.i18n.retranslate import (
    Phrase,
    Retranslating,
    refresh_headers,
    set_row,
    set_row_label,
    set_tab_title,
    set_words,
    translate,
)

__all__ = [
    "LANGUAGES",
    "RIGHT_TO_LEFT",
    "Phrase",
    "Retranslating",
    "Translations",
    "apply_language",
    "is_isolated",
    "isolate",
    "match_language",
    "refresh_headers",
    "set_row",
    "set_row_label",
    "set_tab_title",
    "set_words",
    "system_language",
    "translate",
    "translations",
]
