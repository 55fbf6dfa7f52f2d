"""`python -m satchel`: the same as the `satchel` command.

This folder is mapped to the `satchel` namespace package (pyproject.toml, package-dir)
and holds only this file: the sub-packages come from the top-level folders.
"""

import sys

from satchel.ui.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
