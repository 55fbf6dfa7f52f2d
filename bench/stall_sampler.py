"""Where the GUI thread stalls: a watchdog thread that samples Python stacks while the
GUI heartbeat is late (bench_window.py --profile).

Every `every_ms` the watchdog looks at the heartbeat's last tick. When it is older than
`threshold_ms`, it records the GUI thread's stack (what the GUI thread is doing instead
of ticking). When the watchdog itself woke far too late, no Python thread could run:
some thread held the GIL in one long C call; it then records every thread's stack, the
culprit usually still being in (or just out of) that call.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable

Stack = tuple[str, ...]


def _stack(frame: object, depth: int) -> Stack:
    frames = traceback.extract_stack(frame)[-depth:]  # type: ignore[arg-type]
    return tuple(f"{f.filename.rsplit('/', 2)[-1]}:{f.lineno} {f.name}" for f in frames)


class StallSampler:
    def __init__(self, last_tick: Callable[[], float], *, threshold_ms: float = 30,
                 every_ms: float = 2, depth: int = 8) -> None:
        self._last_tick = last_tick
        self._threshold = threshold_ms / 1000
        self._every = every_ms / 1000
        self._depth = depth
        self._gui = threading.get_ident()  # made on the GUI thread
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)
        self.gui_stacks: Counter[Stack] = Counter()
        self.gil_stacks: Counter[Stack] = Counter()
        self.gil_gaps_ms: list[float] = []
        self.gc_ms: list[tuple[int, float]] = []  # (generation, pause) of each collection
        self._gc_began = 0.0

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        """The cyclic collector stops every thread: time each of its pauses."""
        if phase == "start":
            self._gc_began = time.perf_counter()
        else:
            self.gc_ms.append((info["generation"], 1000 * (time.perf_counter() - self._gc_began)))

    def start(self) -> None:
        gc.callbacks.append(self._gc)
        self._thread.start()

    def stop(self) -> None:
        gc.callbacks.remove(self._gc)
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = threading.get_ident()
        before = time.perf_counter()
        while not self._stop.wait(self._every):
            now = time.perf_counter()
            late = now - before - self._every
            before = now
            frames = sys._current_frames()
            if late > self._threshold:  # nobody ran Python: a long C call held the GIL
                self.gil_gaps_ms.append(1000 * late)
                for ident, frame in frames.items():
                    if ident != me:
                        self.gil_stacks[_stack(frame, self._depth)] += 1
            if now - self._last_tick() > self._threshold and self._gui in frames:
                self.gui_stacks[_stack(frames[self._gui], self._depth)] += 1

    def report(self, top: int = 6) -> str:
        pauses = sorted((ms for _g, ms in self.gc_ms), reverse=True)[:3]
        lines = [f"GIL-held gaps over threshold: {len(self.gil_gaps_ms)}, longest "
                 f"{max(self.gil_gaps_ms, default=0):.0f} ms",
                 f"garbage collections: {len(self.gc_ms)} (generation 2: "
                 f"{sum(g == 2 for g, _ms in self.gc_ms)}), longest pauses "
                 + ", ".join(f"{ms:.1f} ms" for ms in pauses)]
        for title, counter in (("GUI thread while the heartbeat was late", self.gui_stacks),
                               ("every thread after a GIL-held gap", self.gil_stacks)):
            lines.append(f"-- {title} (samples, stack innermost last):")
            for stack, count in counter.most_common(top):
                lines.append(f"  {count:5d}  " + "\n         ".join(stack))
        return "\n".join(lines)
