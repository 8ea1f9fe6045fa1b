from __future__ import annotations

import pytest

from greenbelt_desktop.domain.clock import (
    MAX_AHEAD_MS,
    ClockExhausted,
    HybridLogicalClock,
    format_version,
    parse_version,
)

DEVICE = "01a212a2-1ca1-7049-8443-7a59d5df5a31"


def test_versions_strictly_increase_when_the_wall_clock_stalls() -> None:
    clock = HybridLogicalClock(DEVICE, now=lambda: 1_732_440_600_000)
    versions = [clock.tick() for _ in range(12_000)]
    assert versions == sorted(versions)
    assert len(set(versions)) == len(versions)
    assert versions[0] == f"1732440600000.0000.{DEVICE}"


def test_observe_moves_past_a_remote_version() -> None:
    clock = HybridLogicalClock(DEVICE, now=lambda: 1_000_000_000_000)
    remote = f"{1_000_000_000_000 + MAX_AHEAD_MS - 5}.0007.{DEVICE}"
    clock.observe(remote)
    assert clock.tick() > remote


def test_a_version_far_ahead_moves_the_clock_only_to_the_bound() -> None:
    now = 1_764_000_000_000
    clock = HybridLogicalClock(DEVICE, now=lambda: now)
    clock.observe(f"9999999999999.9999.{DEVICE}")
    millis, counter, _ = parse_version(clock.tick())
    assert millis == now + MAX_AHEAD_MS and counter == 1


def test_a_clock_persisted_past_the_bound_is_brought_back_and_keeps_writing() -> None:
    """An installation bricked by an earlier version (clock at the format's last
    version) writes valid versions again: 13 digits, increasing."""
    now = 1_764_000_000_000
    clock = HybridLogicalClock(DEVICE, f"9999999999999.9999.{DEVICE}", now=lambda: now)
    versions = [clock.tick() for _ in range(20_001)]
    assert all(parse_version(v) for v in versions)
    assert versions == sorted(versions) and len(set(versions)) == len(versions)
    assert parse_version(versions[-1])[0] <= now + MAX_AHEAD_MS + 3


def test_the_counter_carries_into_the_milliseconds_never_past_13_digits() -> None:
    last_millis = 10**13 - 1
    clock = HybridLogicalClock(DEVICE, now=lambda: last_millis - MAX_AHEAD_MS)
    clock.observe(format_version(last_millis - 1, 9999, DEVICE))
    assert clock.tick() == format_version(last_millis, 0, DEVICE)
    for _ in range(9999):
        parse_version(clock.tick())
    with pytest.raises(ClockExhausted):
        clock.tick()


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
