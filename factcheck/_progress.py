"""A one-line progress bar on stderr, for runs that take more than a second, on a terminal only.

Hand-written: one ``\\r``-redrawn line does not justify a dependency (tqdm/rich). The
decision of *whether* to draw is :func:`should_show`, a pure function the tests pin;
the clock is injectable so the bar itself is tested without sleeping.

Layer: types, the lowest (held by ``tests/project/test_layers.py``): imports no other
factcheck module.
"""

from __future__ import annotations

import time
from typing import Callable, TextIO

__all__ = ["DELAY", "ProgressBar", "should_show"]

#: Seconds a run must have taken before the bar appears.
DELAY = 1.0


def should_show(stream: TextIO, elapsed: float, *, enabled: bool = True, delay: float | None = None) -> bool:
    """Draw only when enabled, after ``delay`` (default :data:`DELAY`) seconds, on a terminal."""
    if not enabled or elapsed <= (DELAY if delay is None else delay):
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (OSError, ValueError):  # closed or detached stream
        return False


class ProgressBar:
    """Call it with ``(done, total, label)``; :meth:`close` erases the line it drew."""

    def __init__(self, stream: TextIO, *, enabled: bool = True, delay: float | None = None,
                 clock: Callable[[], float] = time.monotonic, width: int = 24,
                 prefix: str = "checking") -> None:
        self.stream = stream
        self.enabled = enabled
        self.delay = DELAY if delay is None else delay
        self.clock = clock
        self.width = width
        self.prefix = prefix
        self.start = clock()
        self.drawn = 0  # length of the line on screen

    def __call__(self, done: int, total: int, label: str = "") -> None:
        if not should_show(self.stream, self.clock() - self.start, enabled=self.enabled, delay=self.delay):
            return
        total = max(total, 1)
        filled = min(self.width, self.width * done // total)
        line = f"{self.prefix} [{'#' * filled}{'.' * (self.width - filled)}] {done}/{total} {label}"
        pad = " " * max(0, self.drawn - len(line))
        self.stream.write("\r" + line + pad)
        self.stream.flush()
        self.drawn = len(line)

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r" + " " * self.drawn + "\r")
            self.stream.flush()
            self.drawn = 0
