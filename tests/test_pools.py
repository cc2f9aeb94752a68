"""Crediting the CEUs of a pool: each CEU toward at most one of its minimums (``_pools``).

The allocation meets as many of a pool's minimums as the CEUs allow, an activity's
CEUs split if need be; it is checked here against a brute force over small
instances, with the invariants the module documents.
"""

from __future__ import annotations

import functools
import itertools
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from coding_certs import _pools

D = Decimal


def _credited(shares: list[list[Decimal]], minimum: int) -> Decimal:
    return sum((row[minimum] for row in shares), D(0))


def _alone(units: list[int], masks: list[int], minimum: int) -> int:
    return sum(u for u, mask in zip(units, masks, strict=True) if mask >> minimum & 1)


def _brute(required: list[int], units: list[int], masks: list[int]) -> tuple[int, int]:
    """The most minimums met and the least CEUs short, over every whole-CEU allocation.

    Independent of the module: each activity gives each minimum it counts toward any
    whole number of its CEUs (wasting the rest is allowed); whole CEUs suffice, as the
    amounts are whole (a flow's integrality).
    """
    count = len(required)

    @functools.cache
    def states(activity: int) -> frozenset[tuple[int, ...]]:
        """Every reachable vector of CEUs credited (capped at what each asks) after ``activity``."""
        if activity < 0:
            return frozenset({(0,) * count})
        reached: set[tuple[int, ...]] = set()
        allowed = [i for i in range(count) if masks[activity] >> i & 1]
        for before in states(activity - 1):
            ranges = [range(required[i] - before[i] + 1) for i in allowed]
            for given_ in itertools.product(*ranges):
                if sum(given_) > units[activity]:
                    continue
                after = list(before)
                for i, amount in zip(allowed, given_, strict=True):
                    after[i] += amount
                reached.add(tuple(after))
        return frozenset(reached)

    final = states(len(units) - 1)
    most = max(sum(c >= r for c, r in zip(v, required, strict=True)) for v in final)
    least = min(sum(r - c for c, r in zip(v, required, strict=True)) for v in final)
    return most, least


instances = st.integers(1, 4).flatmap(
    lambda count: st.tuples(
        st.lists(st.integers(0, 5), min_size=count, max_size=count),
        st.lists(
            st.tuples(st.integers(1, 5), st.integers(0, (1 << count) - 1)),
            max_size=5,
        ),
    )
)


@settings(max_examples=500)  # cheap (under a millisecond each): more than the profile's
@given(instances)
def test_the_allocation_meets_the_most_minimums_and_leaves_the_least_short(
    instance: tuple[list[int], list[tuple[int, int]]],
) -> None:
    """As many minimums met as any allocation can; the least CEUs short; the invariants hold."""
    required, activities = instance
    units = [u for u, _ in activities]
    masks = [m for _, m in activities]
    shares = _pools.allocate([D(r) for r in required], [D(u) for u in units], masks)
    count = len(required)
    credited = [_credited(shares, i) for i in range(count)]
    most, least = _brute(required, units, masks)
    assert sum(c >= r for c, r in zip(credited, required, strict=True)) == most
    assert sum(max(D(0), r - c) for c, r in zip(credited, required, strict=True)) == least
    for j, (row, mask) in enumerate(zip(shares, masks, strict=True)):
        assert all(share >= 0 for share in row)
        assert all(row[i] == 0 for i in range(count) if not mask >> i & 1)
        # Every CEU that counts toward a minimum of the pool is credited to exactly one.
        assert sum(row, D(0)) == (units[j] if mask else 0)
    for i in range(count):
        assert credited[i] <= _alone(units, masks, i)
    assert sum(credited, D(0)) == sum(u for u, m in zip(units, masks, strict=True) if m)


@given(instances)
def test_without_a_shared_activity_each_minimum_gets_its_alone_count(
    instance: tuple[list[int], list[tuple[int, int]]],
) -> None:
    """The fast path is only a short cut: with no activity in two minimums, the same figures."""
    required, activities = instance
    units = [u for u, _ in activities]
    masks = [m & -m for _, m in activities]  # at most one minimum each
    shares = _pools.allocate([D(r) for r in required], [D(u) for u in units], masks)
    for i in range(len(required)):
        assert _credited(shares, i) == _alone(units, masks, i)


def test_one_shared_activity_meets_the_first_of_two_equal_minimums() -> None:
    """8 CEUs counting toward two 8-CEU minimums meet one: the first in plan order."""
    shares = _pools.allocate([D(8), D(8)], [D(8)], [0b11])
    assert shares == [[D(8), D(0)]]


def test_the_search_finds_the_allocation_that_meets_both() -> None:
    """A shared activity and one for the first minimum only: the shared one goes to the second."""
    shares = _pools.allocate([D(8), D(8)], [D(8), D(8)], [0b11, 0b01])
    assert [_credited(shares, i) for i in range(2)] == [D(8), D(8)]
    assert shares == [[D(0), D(8)], [D(8), D(0)]]


def test_an_unmet_minimum_is_credited_what_is_left_for_it() -> None:
    """The met minimum keeps its required CEUs; the unmet one gets what can still count for it."""
    # A (8) and B (8): 8 CEUs for either, 4 for B only. Both cannot be met (12 < 16); A, first
    # in plan order, is met by the shared 8; B is credited its own 4.
    shares = _pools.allocate([D(8), D(8)], [D(8), D(4)], [0b11, 0b10])
    assert [_credited(shares, i) for i in range(2)] == [D(8), D(4)]
    # CEUs move so that the unmet one gets the most: A takes its own 2 and 6 of the shared 10.
    shares = _pools.allocate([D(8), D(8)], [D(10), D(2)], [0b11, 0b01])
    assert [_credited(shares, i) for i in range(2)] == [D(8), D(4)]
    # What the unmet minimum cannot take goes to the met one, beyond its requirement.
    shares = _pools.allocate([D(8), D(8)], [D(4), D(12)], [0b11, 0b01])
    assert [_credited(shares, i) for i in range(2)] == [D(12), D(4)]


def test_of_equally_many_the_minimums_that_ask_more_are_met() -> None:
    """8 shared CEUs meet an 8-CEU minimum rather than a 4-CEU one listed before it."""
    shares = _pools.allocate([D(4), D(8)], [D(8)], [0b11])
    assert [_credited(shares, i) for i in range(2)] == [D(0), D(8)]


def test_an_activity_may_be_split_between_minimums() -> None:
    """16 CEUs counting toward two 8-CEU minimums meet both (CEUs are allocated, not courses)."""
    shares = _pools.allocate([D(8), D(8)], [D("16")], [0b11])
    assert shares == [[D(8), D(8)]]


def test_minimums_linked_by_no_activity_are_allocated_apart() -> None:
    """Two groups of minimums, each with its own shared activity: each group meets one."""
    shares = _pools.allocate([D(8), D(8), D(8), D(8)], [D(8), D(8)], [0b0011, 0b1100])
    assert [_credited(shares, i) for i in range(4)] == [D(8), D(0), D(8), D(0)]
