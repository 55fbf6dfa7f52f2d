"""Small shared widgets: plain-text labels, fingerprints, the error bar."""

from satchel.ui.desktop.widgets.error_bar import ErrorBar
from satchel.ui.desktop.widgets.fingerprint import FingerprintLabel, group_fingerprint, isolate
from satchel.ui.desktop.widgets.plain_label import PlainLabel

__all__ = ["ErrorBar", "FingerprintLabel", "PlainLabel", "group_fingerprint", "isolate"]
