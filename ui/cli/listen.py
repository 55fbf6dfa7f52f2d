"""The command line's listener: session events become a progress bar and a few lines on stderr."""

from collections.abc import Callable

from satchel.client.progress import Progress
from satchel.sync.service.events import (
    Bootstrap,
    ConnectionState,
    EnvelopeProgress,
    Event,
    JobProgress,
    Listener,
    Retrying,
)
from satchel.ui.cli.context import Context


def terminal_listener(ctx: Context, label: str) -> Listener:
    """Draw `label`'s progress (a bar only when stderr is a terminal); say stalls and retries."""
    return bar_listener(ctx.progress, label, ctx.say)


def bar_listener(progress: Progress, label: str, say: Callable[[str], None]) -> Listener:
    """Events as calls of a Progress callback, plus one line for each stall or retry."""
    def listener(event: Event) -> None:
        if isinstance(event, Bootstrap):
            progress(f"Tor: {event.summary}", event.percent, 100)
        elif isinstance(event, EnvelopeProgress | JobProgress):
            progress(label, event.done, event.total)
        elif isinstance(event, Retrying):
            say(f"satchel: {event.reason}")
        elif isinstance(event, ConnectionState) and event.state == "stalled":
            say(f"satchel: {event.detail}")

    return listener
