"""The progress bar: drawn on a terminal only, and only after a second."""

from __future__ import annotations

import io

import pytest

from factcheck._progress import DELAY, ProgressBar, should_show


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_decision():
    tty, pipe = FakeTTY(), io.StringIO()
    assert DELAY == 1.0
    assert should_show(tty, 1.5)
    assert not should_show(tty, 1.0)  # "more than a second"
    assert not should_show(tty, 0.2)
    assert not should_show(pipe, 5.0)
    assert not should_show(tty, 5.0, enabled=False)
    closed = FakeTTY()
    closed.close()
    assert not should_show(closed, 5.0)


def test_bar_appears_after_the_delay_and_is_erased():
    stream, clock = FakeTTY(), Clock()
    bar = ProgressBar(stream, clock=clock, width=10)
    bar(1, 4, "FC001")
    assert stream.getvalue() == ""  # fast so far: nothing drawn
    clock.now += 1.5
    bar(2, 4, "FC101")
    assert stream.getvalue() == "\rchecking [#####.....] 2/4 FC101"
    bar(4, 4, "FC9")
    assert stream.getvalue().endswith("\rchecking [##########] 4/4 FC9  ")  # padded over the longer label
    bar.close()
    assert stream.getvalue().endswith("\r" + " " * len("checking [##########] 4/4 FC9") + "\r")


def test_bar_never_draws_on_a_pipe():
    stream, clock = io.StringIO(), Clock()
    bar = ProgressBar(stream, clock=clock)
    clock.now += 10
    bar(1, 2, "FC001")
    bar.close()
    assert stream.getvalue() == ""


def test_check_reports_progress_per_rule():
    import factcheck

    from ._fixtures import load_with_base

    calls = []
    factcheck.check(load_with_base(), select=["FC0"], progress=lambda d, t, label: calls.append((d, t, label)))
    assert [c[0] for c in calls] == list(range(1, len(calls) + 1))
    assert {c[1] for c in calls} == {len(calls)} and calls[0][2] == "FC001"


def test_cli_stderr_stays_empty_when_not_a_terminal(capsys):
    from factcheck.cli import main

    from ._fixtures import BASE, RULE_FIXTURES, SEEDS

    args = [*map(str, sorted(SEEDS.glob("*.txt"))), str(BASE / "sources.yaml"), str(BASE / "entities.yaml"),
            str(RULE_FIXTURES / "FC005" / "pass.yaml")]
    assert main(["check", "--isolated", *args]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("extra, drawn", [([], True), (["--no-progress"], False)])
def test_cli_draws_on_a_terminal_stderr_only(capsys, monkeypatch, extra, drawn):
    import sys

    import factcheck._progress as progress
    from factcheck.cli import main

    from ._fixtures import BASE, RULE_FIXTURES, SEEDS

    monkeypatch.setattr(progress, "DELAY", -1.0)  # as if the run were slow
    tty = FakeTTY()
    monkeypatch.setattr(sys, "stderr", tty)
    args = [*map(str, sorted(SEEDS.glob("*.txt"))), str(BASE / "sources.yaml"), str(BASE / "entities.yaml"),
            str(RULE_FIXTURES / "FC005" / "pass.yaml")]
    assert main(["check", "--isolated", "--format", "json", *extra, *args]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{") and "checking [" not in out  # stdout stays clean
    written = tty.getvalue()
    if drawn:
        assert written.startswith("\rchecking [") and written.endswith("\r")
        assert written.rstrip("\r").split("\r")[-1].strip() == ""  # the last thing drawn erases the bar
    else:
        assert written == ""
