"""`satchel demo`: a throwaway coalition that shows a report travelling, end to end.

Everything lives in a fresh folder of its own (a new directory under the user cache
directory, or under --home): a coalition root key, a desk vault, an inbox, a reporter
vault and a courier vault. The reporter writes a sample report with a small generated
PNG photo and sends it (a) by USB bundle through the courier to the desk and, when the
`tor` binary is installed, (b) over a private loopback Tor network to the inbox,
published as an onion service, from which the desk pulls. The desk then verifies it.

Contract: every line printed starts with "DEMO"; no real vault is ever opened or
written (the folder is always newly created); the demo vaults use the insecure fast
Argon2id limits, being throwaway; every Tor process and the inbox server are stopped
on return, on an exception and on Ctrl-C / SIGTERM.
"""

from __future__ import annotations

import io
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

import platformdirs
from satchel.client.coalition import import_directory
from satchel.client.desk.verify import submission_ids, verify_submission
from satchel.client.outbox.sealing import draft_ids, seal
from satchel.client.progress import Progress
from satchel.client.reports.store import ReportInput, create_report
from satchel.client.vault.vault import Vault
from satchel.crypto.directory import DEFAULT_KINDS, Desk, Directory, Inbox, sign_directory
from satchel.crypto.keys import SigningKey
from satchel.crypto.keyslots import KdfParams
from satchel.crypto.onion import onion_address
from satchel.sync.bundle.carry import export_items, import_entry, known, mark_exported

PASSPHRASE = b"demo passphrase (throwaway)"
Say = Callable[[str], None]


def print_say(message: str) -> None:
    print(f"DEMO | {message}", flush=True)


@dataclass
class DemoWorld:
    folder: Path
    root: SigningKey
    desk: Vault
    reporter: Vault
    courier: Vault
    receipt: SigningKey
    onion_key: SigningKey
    directory: bytes

    @property
    def onion(self) -> str:
        return onion_address(self.onion_key.public.raw)

    def lock(self) -> None:
        for vault in (self.desk, self.reporter, self.courier):
            vault.lock()


def demo_folder(base: Path | None) -> Path:
    """Always a new, empty folder, so no existing vault can be touched."""
    parent = base if base is not None else Path(platformdirs.user_cache_dir("satchel"))
    parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return Path(tempfile.mkdtemp(prefix="satchel-demo-", dir=parent))


def _progress(say: Say) -> Progress:
    def report(label: str, done: int, total: int) -> None:
        if total and done == total:
            say(f"    {label}: {done}/{total} bytes")

    return report


def build_world(folder: Path, say: Say) -> DemoWorld:
    fast = KdfParams.insecure_for_tests()  # throwaway vaults: no need to resist brute force
    root = SigningKey.generate()
    say(f"coalition root key {root.public.fingerprint}")
    desk = Vault.create(folder / "desk", "desk", PASSPHRASE, fast)
    say(f"desk vault at {folder / 'desk'} (signing key {desk.device_key.public.fingerprint})")
    receipt, onion_key = SigningKey.generate(), SigningKey.generate()
    now = int(time.time())
    directory = sign_directory(root, Directory(
        serial=now, issued=now, expires=now + 30 * 86400, root=root.public.text,
        recipients=(desk.recipient,),
        desks=(Desk("demo-desk", desk.recipient, desk.device_key.public.text),),
        inboxes=(Inbox(onion_address(onion_key.public.raw), receipt.public.text),),
        kinds=DEFAULT_KINDS,
    ))
    # The demo made this root itself, so it confirms the fingerprint it just printed.
    import_directory(desk, directory, accept_root=root.public.fingerprint)
    say(f"inbox {onion_address(onion_key.public.raw)} (receipt key {receipt.public.fingerprint})")
    reporter = Vault.create(folder / "reporter", "reporter", PASSPHRASE, fast)
    courier = Vault.create(folder / "courier", "courier", PASSPHRASE, fast)
    for vault in (reporter, courier):
        import_directory(vault, directory, accept_root=root.public.fingerprint)
    say(f"reporter vault at {folder / 'reporter'} "
        f"(device {reporter.device_key.public.fingerprint}); courier vault at {folder / 'courier'}")
    return DemoWorld(folder, root, desk, reporter, courier, receipt, onion_key, directory)


def make_photo(path: Path) -> None:
    """A small generated PNG, drawn in memory and written as the demo's "photo" file."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (160, 120), (40, 90, 140))
    ImageDraw.Draw(image).rectangle((30, 30, 130, 90), fill=(230, 200, 60))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    path.write_bytes(buffer.getvalue())


def make_pdf(text: str) -> bytes:
    """A real one-page PDF with one line of `text` (Helvetica, so no font file is embedded)."""
    import pikepdf

    pdf = pikepdf.new()
    font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                              BaseFont=pikepdf.Name.Helvetica)
    page = pdf.add_blank_page(page_size=(300, 200))
    page.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    page.obj.Contents = pdf.make_stream(f"BT /F1 12 Tf 20 100 Td ({text}) Tj ET".encode())
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def write_report(world: DemoWorld, say: Say, title: str, photo_name: str) -> str:
    photo = world.folder / photo_name
    make_photo(photo)
    spec = ReportInput(title=title, kind="other", where="Demo town, Demo region, Demoland",
                       body="A sample report written by `satchel demo`.\n",
                       attachments=(photo,))
    report_id = create_report(world.reporter, spec, _progress(say))
    sealed = seal(world.reporter, draft_ids(world.reporter), _progress(say))
    say(f"report {report_id} with photo {photo.name} sealed to the desk ({len(sealed)} queued)")
    return report_id


def _carry(source: Vault, target: Vault, stick: Path, say: Say) -> int:
    from satchel.sync.bundle import read_bundle, write_bundle

    stick.mkdir()
    written = write_bundle(stick, export_items(source), on_progress=lambda d, t: None)
    mark_exported(source, [r.sha256 for r in written.results
                           if r.status in ("written", "present", "duplicate")])
    taken = 0
    for result in read_bundle(stick, known=lambda sha: known(target, sha),
                              on_progress=lambda d, t: None):
        if result.status == "ready":
            import_entry(target, result.kind, result.sha256, result.size, result.copy_to)
            taken += 1
    say(f"    {stick.name}: {len(written.results)} item(s) written, {taken} taken")
    return taken


def send_by_usb(world: DemoWorld, say: Say) -> None:
    say("(a) USB: reporter -> stick -> courier -> stick -> desk")
    _carry(world.reporter, world.courier, world.folder / "stick-1", say)
    _carry(world.courier, world.desk, world.folder / "stick-2", say)


def show_verification(world: DemoWorld, say: Say) -> bool:
    ok = True
    for sid in submission_ids(world.desk):
        result = verify_submission(world.desk, sid)
        ok = ok and bool(result["verified"])
        state = "VERIFIED" if result["verified"] else "FAILED: " + "; ".join(result["reasons"])
        say(f"desk verify {sid}: {state}, signer {result['signer_fingerprint']}")
    return ok


_STOPPING = threading.Event()


def _checkpoint() -> None:
    """Stop here if a SIGTERM came, even if a library swallowed its KeyboardInterrupt."""
    if _STOPPING.is_set():
        raise KeyboardInterrupt


@contextmanager
def _interruptible() -> Iterator[None]:
    """SIGTERM ends the demo like Ctrl-C, so the `finally` blocks stop every tor."""
    def stop(_signum: int, _frame: FrameType | None) -> None:
        _STOPPING.set()
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def run_demo(base: Path | None, say: Say = print_say) -> bool:
    """Run the whole demo; True when the desk verified the report."""
    folder = demo_folder(base)
    say(f"a throwaway coalition in {folder} (nothing outside it is touched)")
    with _interruptible():
        world = build_world(folder, say)
        try:
            write_report(world, say, "DEMO: checkpoint incident", "photo-1.png")
            send_by_usb(world, say)
            _checkpoint()
            if shutil.which("tor") and shutil.which("tor-gencert"):
                from satchel.ui.demo.tor import send_over_tor

                # A second report goes over Tor; the first, still unconfirmed on the
                # reporter's side, goes too, and the desk keeps one copy of it.
                write_report(world, say, "DEMO: mobile network shutdown", "photo-2.png")
                send_over_tor(world, say, _progress(say))
                _checkpoint()
            else:
                say("(b) Tor: skipped, the `tor` program is not installed (USB only)")
            return show_verification(world, say)
        finally:
            world.lock()
            _checkpoint()

