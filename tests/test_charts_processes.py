"""The drawing process started early: functions run there in order, an error there is raised
here, and it ends when the command no longer needs it (or never wanted it)."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator

import pytest

from pdsa_cli.charts.processes import WarmDrawer, start_early, warm_drawer


@pytest.fixture
def drawer() -> Iterator[WarmDrawer]:
    started = WarmDrawer.start()
    if started is None:
        pytest.skip("one core or no fork: no drawing process is started here")
    yield started
    started.stop()


def _pid(_: object) -> int:
    return os.getpid()


def _refuse(text: str) -> str:
    raise ValueError(text)


def test_functions_run_in_the_other_process_in_order(drawer: WarmDrawer) -> None:
    pids = set(drawer.map(_pid, [1, 2, 3]))
    assert len(pids) == 1 and os.getpid() not in pids
    assert list(drawer.map(str.upper, ["a", "b", "c"])) == ["A", "B", "C"]


def test_an_error_there_is_raised_here_and_ends_the_process(drawer: WarmDrawer) -> None:
    with pytest.raises(ValueError, match="ingen graf"):
        list(drawer.map(_refuse, ["ingen graf", "never reached"]))
    assert not drawer.running  # results left in the pipe can never be taken for later ones


def test_a_stopped_drawer_leaves_no_process(drawer: WarmDrawer) -> None:
    drawer.stop()
    assert not drawer.running
    assert multiprocessing.active_children() == []


def test_an_early_drawer_that_is_not_wanted_is_ended() -> None:
    start_early()
    assert warm_drawer(False) is None
    assert multiprocessing.active_children() == []
    started = warm_drawer(True)  # a command that draws gets a new one
    if started is not None:
        assert started.running
        started.stop()
