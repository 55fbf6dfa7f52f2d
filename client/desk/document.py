"""Reading the report document a desk received (docs/spec.md, "The report document").

The document is signed by the reporter's device, but any device can sign: the desk
trusts a device only after it has compared its fingerprint. So the bytes are outside
data, and a document that is not a JSON object (or nests deeper than the parser can
follow) must end as one IntegrityError the desk reports, never as a traceback.
"""

from __future__ import annotations

import json
from typing import Any

from satchel.crypto.errors import IntegrityError

WHAT = "report document"


def read_report_doc(data: bytes) -> dict[str, Any]:
    """The document as a JSON object; IntegrityError("report document") otherwise."""
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError):
        # RecursionError: "[[[[..." deeper than the C scanner's limit, from a hostile signer.
        raise IntegrityError(WHAT) from None
    if not isinstance(doc, dict):
        raise IntegrityError(WHAT)
    return doc
