"""Starting a tor is never split from recording it: Ctrl-C waits until the child is known."""

from __future__ import annotations

import os
import signal
import subprocess

import pytest
from satchel.sync.tor.process import signals_deferred, start_process


def test_a_signal_inside_the_block_is_delivered_after_it() -> None:
    steps = []
    with pytest.raises(KeyboardInterrupt), signals_deferred():
        os.kill(os.getpid(), signal.SIGINT)
        steps.append("finished the block")
    assert steps == ["finished the block"]


def test_the_child_is_recorded_before_an_interrupt_and_can_still_be_terminated() -> None:
    recorded: list[subprocess.Popen[bytes]] = []
    with pytest.raises(KeyboardInterrupt):
        start_process(["sleep", "30"], capture=False,
                      on_start=lambda p: (recorded.append(p), os.kill(os.getpid(), signal.SIGINT)))
    (child,) = recorded
    child.terminate()  # the child must not have inherited a blocked SIGTERM
    assert child.wait(5) == -signal.SIGTERM
