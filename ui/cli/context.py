"""What every command handler gets: where the vault is, how to unlock it, how to answer."""

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
from satchel.client.errors import LockedError
from satchel.client.outbox.delivery import erase_delivered
from satchel.client.progress import Progress, for_terminal
from satchel.client.reports.ingest import collect_garbage
from satchel.client.vault.vault import Vault, vault_exists
from satchel.ui.cli.passphrase import read_passphrase


@dataclass
class Context:
    home: Path
    passphrase_source: str | None
    as_json: bool
    _vault: Vault | None = field(default=None, repr=False)
    _passphrase_cache: bytes | None = field(default=None, repr=False)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> "Context":
        home = Path(args.home) if args.home else Path(platformdirs.user_data_dir("satchel"))
        return cls(home=home, passphrase_source=args.passphrase_file, as_json=args.json)

    def passphrase(self, prompt: str = "Passphrase: ", *, confirm: bool = False) -> bytes:
        if self._passphrase_cache is None:
            self._passphrase_cache = read_passphrase(
                self.passphrase_source, prompt=prompt, confirm=confirm
            )
        return self._passphrase_cache

    def vault(self) -> Vault:
        """Unlock the vault at --home (once per command)."""
        if self._vault is None:
            if not vault_exists(self.home):
                raise LockedError(
                    f"No vault at {self.home}; create one with `satchel init` or pass --home."
                )
            self._vault = Vault.open(self.home, self.passphrase())
            erase_delivered(self._vault)
            collect_garbage(self._vault)
        return self._vault

    @property
    def progress(self) -> Progress:
        return for_terminal(sys.stderr)

    def emit(self, data: Any, human: str | None = None) -> None:
        """Print the answer: JSON on stdout with --json, otherwise the human text."""
        if self.as_json:
            json.dump(data, sys.stdout, indent=2, sort_keys=True)
            sys.stdout.write("\n")
        elif human is not None:
            sys.stdout.write(human + ("" if human.endswith("\n") else "\n"))

    def say(self, message: str) -> None:
        """A human message on stderr (it never carries secrets)."""
        sys.stderr.write(message + "\n")

    def close(self) -> None:
        if self._vault is not None:
            self._vault.lock()
            self._vault = None
        self._passphrase_cache = None
