from __future__ import annotations

import pytest

from greenbelt_desktop.domain.clock import HybridLogicalClock, parse_version

DEVICE = "01a212a2-1ca1-7049-8443-7a59d5df5a31"


def test_versions_strictly_increase_when_the_wall_clock_stalls() -> None:
    clock = HybridLogicalClock(DEVICE, now=lambda: 1_732_440_600_000)
    versions = [clock.tick() for _ in range(12_000)]
    assert versions == sorted(versions)
    assert len(set(versions)) == len(versions)
    assert versions[0] == f"1732440600000.0000.{DEVICE}"


def test_observe_moves_past_a_remote_version() -> None:
    clock = HybridLogicalClock(DEVICE, now=lambda: 1_000_000_000_000)
    remote = f"1999999999999.0007.{DEVICE}"
    clock.observe(remote)
    assert clock.tick() > remote


def test_wall_clock_going_backwards_keeps_order() -> None:
    times = iter([2_000_000_000_000, 1_000_000_000_000])
    clock = HybridLogicalClock(DEVICE, now=lambda: next(times))
    first, second = clock.tick(), clock.tick()
    assert second > first


def test_parse_rejects_malformed() -> None:
    with pytest.raises(ValueError):
        parse_version("123.1.x")
    with pytest.raises(ValueError):  # a line break after it is not the same version
        parse_version("1732440600000.0003.01937a2e-5b6c-7d8e-9f00-112233445566\n")
