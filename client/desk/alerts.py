"""De-identified incident summaries for sharing among coalition members.

Only kind, date, coarse place (the last two comma-separated parts of "where", i.e.
region and country), service, verification status and a count leave the desk: no names,
no device keys, no free text, no titles. The CSV uses Uwazi-friendly column names
(docs/alerts.md gives the mapping).
"""

import csv
import io
import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from satchel.client.desk.document import read_report_doc
from satchel.client.fsutil import atomic_write
from satchel.client.vault.vault import Vault
from satchel.crypto.errors import IntegrityError

COLUMNS = ("title", "kind", "date", "region", "country", "service", "verification", "count")


def _place(where: str) -> tuple[str, str]:
    parts = [p.strip() for p in where.split(",") if p.strip()]
    country = parts[-1] if parts else ""
    region = parts[-2] if len(parts) >= 2 else ""
    return region, country


def _date(when: str, received_at: int) -> str:
    text = when.strip()[:10]
    try:
        return datetime.strptime(text, "%Y-%m-%d").strftime("%Y-%m-%d")
    except ValueError:
        return datetime.fromtimestamp(received_at, UTC).strftime("%Y-%m-%d")


def _document(data: bytes) -> dict[str, Any]:
    """The report's fields; a document that is not an object (any device can sign one, and
    its verification fails) counts with empty fields rather than stopping the export."""
    try:
        return read_report_doc(data)
    except IntegrityError:
        return {}


def incidents(vault: Vault, since: str | None) -> list[dict[str, Any]]:
    counter: Counter[tuple[str, ...]] = Counter()
    rows = vault.conn.execute(
        "SELECT report_doc, received_at, verified, desk_state FROM submissions"
    )
    for doc_bytes, received_at, verified, state in rows:
        if state == "dismissed":
            continue
        doc = _document(bytes(doc_bytes))
        date = _date(str(doc.get("when", "")), received_at)
        if since and date < since:
            continue
        region, country = _place(str(doc.get("where", "")))
        status = {1: "verified", 0: "failed"}.get(verified, "unverified")
        counter[(str(doc.get("kind", "other")), date, region, country,
                 str(doc.get("service", "")), status)] += 1
    out = []
    for key, n in sorted(counter.items()):
        # Uwazi reads "|" as the separator of multi-value fields.
        kind, date, region, country, service, status = (v.replace("|", "/") for v in key)
        title = f"{kind} {date} {country}".strip()
        out.append({"title": title, "kind": kind, "date": date, "region": region,
                    "country": country, "service": service, "verification": status, "count": n})
    return out


def render_alerts(rows: list[dict[str, Any]]) -> tuple[str, str]:
    """The exact CSV and JSON text `write_alerts` writes for `rows` (the window previews it)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue(), json.dumps(rows, indent=2)


def write_alerts(vault: Vault, since: str | None, out: Path,
                 rows: list[dict[str, Any]] | None = None) -> tuple[Path, Path, int]:
    """Write `out` as CSV and the same rows as JSON beside it; return both paths and count.

    `rows` are the incidents already shown in a preview, so what leaves is what was seen."""
    rows = incidents(vault, since) if rows is None else rows
    csv_text, json_text = render_alerts(rows)
    json_path = out.with_suffix(".json") if out.suffix != ".json" else out.with_suffix(".json.json")
    atomic_write(out, csv_text.encode())
    atomic_write(json_path, json_text.encode())
    return out, json_path, len(rows)
