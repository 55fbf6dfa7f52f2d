#!/usr/bin/env python3
"""The inbox under a bigger load than the test's (tests/loadkit.py); prints the figures.

Usage: scripts/inbox_load.py [UPLOADS] [FIGURES.json]. Slow clients are a tenth of the
uploads, abandoned ones a fifth (kept under the inbox's 64 open uploads: past that the
inbox refuses new ones until they expire, by design), and four desks pull at once.
"""

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # loadkit and the e2e helpers live there

from e2ekit import setup_world  # noqa: E402
from loadkit import Load, run_load  # noqa: E402


def main() -> int:
    uploads = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "bench" / "tmp" / "inbox_load.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    load = Load(uploads=uploads, slow=uploads // 10, abandoned=min(uploads // 5, 40), pullers=4)
    with tempfile.TemporaryDirectory() as tmp:
        world = setup_world(Path(tmp))
        figures = run_load(world, load, world.recipient)
    out.write_text(json.dumps(figures, indent=1))
    print(json.dumps(figures, indent=1))
    lost = figures["stored"] != uploads + load.slow or figures["reached every desk"] != figures["stored"]
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
