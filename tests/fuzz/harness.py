"""The atheris fuzzing harness shared by every target (see docs/fuzzing.md).

A target is one parser that reads outside data: `one_input(data)` feeds it the fuzzer's
bytes, `allowed` lists the documented error types it may raise (anything else is a
crash), and `seeds` are the starting corpus, taken from tests/vectors/. `run_target`
hands a target to libFuzzer through atheris; libFuzzer's -timeout turns a hang into a
failure and -runs bounds the number of inputs.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

VECTORS = Path(__file__).resolve().parent.parent / "vectors"


@dataclass(frozen=True)
class Target:
    name: str
    one_input: Callable[[bytes], None]
    allowed: tuple[type[BaseException], ...]
    seeds: Callable[[], list[bytes]]
    max_len: int = 4096


def vector(name: str) -> dict[str, object]:
    return dict(json.loads((VECTORS / name).read_text()))


def hexfield(doc: dict[str, object], *path: str) -> bytes:
    """Bytes of a hex string nested at `path` in a vector document."""
    value: object = doc
    for key in path:
        assert isinstance(value, dict)
        value = value[key]
    assert isinstance(value, str)
    return bytes.fromhex(value)


def guarded(target: Target) -> Callable[[bytes], None]:
    """`target.one_input` with the documented errors swallowed: anything else escapes."""

    def test_one(data: bytes) -> None:
        with contextlib.suppress(target.allowed):
            target.one_input(data)

    return test_one


def write_seeds(target: Target, corpus: Path) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    for i, seed in enumerate(target.seeds()):
        (corpus / f"seed-{i:03d}").write_bytes(seed)


def run_target(target: Target, argv: Sequence[str]) -> None:
    """Run libFuzzer on `target`; argv are libFuzzer's flags and corpus folders."""
    import atheris  # only here: importing it costs, and the pytest pass runs a subprocess

    flags = [a for a in argv if a.startswith("-")]
    if not any(a.startswith("-max_len=") for a in flags):
        flags.append(f"-max_len={target.max_len}")
    folders = [a for a in argv if not a.startswith("-")]
    for folder in folders[:1]:
        write_seeds(target, Path(folder))
    atheris.Setup([sys.argv[0], *flags, *folders], guarded(target))
    atheris.Fuzz()
