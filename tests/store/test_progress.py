"""The progress and cancel protocol shared by the documents and sync layers."""

from __future__ import annotations

import pytest

from greenbelt_desktop.store.progress import Cancelled, Tracker


def test_a_tracker_reports_every_step_and_at_the_end() -> None:
    seen: list[tuple[int, int]] = []
    tracker = Tracker(10, lambda done, total: seen.append((done, total)), step=4)
    for _ in range(10):
        tracker.advance()
    tracker.finish()
    assert seen == [(4, 10), (8, 10), (10, 10)]


def test_a_checkpoint_raises_once_cancelled() -> None:
    flag = [False]
    tracker = Tracker(5, cancelled=lambda: flag[0])
    tracker.check()
    flag[0] = True
    with pytest.raises(Cancelled):
        tracker.check()


def test_stages_share_one_bar_that_only_moves_forward() -> None:
    seen: list[int] = []
    tracker = Tracker(100, lambda done, total: seen.append(done))
    first = tracker.stage(40, 4, step=1)
    for _ in range(4):
        first.advance()
    second = tracker.stage(60, 0)  # nothing to count: it jumps to its end when finished
    second.check()
    second.finish()
    third_total = tracker.stage(0, 3, step=1)
    third_total.advance(3)
    assert seen == [10, 20, 30, 40, 40, 100, 100]
    assert seen == sorted(seen) and tracker.done == 100


def test_a_stage_obeys_the_cancel_of_its_tracker() -> None:
    tracker = Tracker(10, cancelled=lambda: True)
    with pytest.raises(Cancelled):
        tracker.stage(5, 10).check()


def test_an_estimate_can_be_corrected() -> None:
    seen: list[tuple[int, int]] = []
    tracker = Tracker(10, lambda done, total: seen.append((done, total)), step=1)
    tracker.advance(4)
    tracker.expect(20)
    tracker.advance()
    tracker.expect(2)  # never below what was done
    tracker.check()
    assert seen == [(4, 10), (5, 20), (5, 5)]
