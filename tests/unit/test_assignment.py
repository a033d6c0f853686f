"""The allocation solver: exact optimum (checked by brute force), capacities, allowed pairs only,
deterministic ties."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jilin_apprentice.domain.assignment import solve_assignment


def brute_force(
    n: int, capacities: list[int], edges: list[tuple[int, int, int]]
) -> tuple[int, int, int]:
    """Best (placed, total score, -sum of placed positions) over every assignment."""
    score = {}
    for s, o, w in edges:
        score[(s, o)] = max(w, score.get((s, o), -1))
    options = [[None] + [o for o in range(len(capacities)) if (s, o) in score] for s in range(n)]
    best = (-1, -1, 0)
    for choice in itertools.product(*options):
        used = [0] * len(capacities)
        for o in choice:
            if o is not None:
                used[o] += 1
        if any(u > c for u, c in zip(used, capacities, strict=True)):
            continue
        placed = [(s, o) for s, o in enumerate(choice) if o is not None]
        value = (len(placed), sum(score[p] for p in placed), -sum(s for s, _ in placed))
        best = max(best, value)
    return best


def objective(result, edges) -> tuple[int, int, int]:
    score = {}
    for s, o, w in edges:
        score[(s, o)] = max(w, score.get((s, o), -1))
    placed = [(s, o) for s, o in enumerate(result.opening_of) if o is not None]
    return len(placed), sum(score[p] for p in placed), -sum(s for s, _ in placed)


def check_feasible(result, n, capacities, edges) -> None:
    allowed = {(s, o) for s, o, _ in edges}
    assert len(result.opening_of) == n
    for s, o in enumerate(result.opening_of):
        if o is not None:
            assert (s, o) in allowed, "an infeasible pair was used"
    for o, c in enumerate(capacities):
        assert sum(1 for x in result.opening_of if x == o) <= c


@st.composite
def problems(draw):
    n = draw(st.integers(0, 6))
    m = draw(st.integers(0, 4))
    capacities = [draw(st.integers(0, 3)) for _ in range(m)]
    edges = []
    for s in range(n):
        for o in range(m):
            if draw(st.booleans()):
                edges.append((s, o, draw(st.integers(0, 5))))
    return n, capacities, edges


@settings(max_examples=400, deadline=None)
@given(problems())
def test_matches_brute_force(problem) -> None:
    n, capacities, edges = problem
    result = solve_assignment(n, capacities, edges)
    check_feasible(result, n, capacities, edges)
    assert objective(result, edges) == brute_force(n, capacities, edges)
    assert (result.placed, result.total_score) == objective(result, edges)[:2]


def test_many_random_cases_with_wide_scores() -> None:
    rng = random.Random(7)
    for _ in range(300):
        n, m = rng.randint(1, 7), rng.randint(1, 4)
        capacities = [rng.randint(0, 3) for _ in range(m)]
        edges = [
            (s, o, rng.randint(0, 100)) for s in range(n) for o in range(m) if rng.random() < 0.6
        ]
        result = solve_assignment(n, capacities, edges)
        check_feasible(result, n, capacities, edges)
        assert objective(result, edges) == brute_force(n, capacities, edges)


def test_count_comes_before_score() -> None:
    # greedy would give student 0 its best opening (score 100) and leave student 1 out
    edges = [(0, 0, 100), (0, 1, 1), (1, 0, 1)]
    result = solve_assignment(2, [1, 1], edges)
    assert result.opening_of == (1, 0)
    assert (result.placed, result.total_score) == (2, 2)


def test_score_decides_between_equal_counts() -> None:
    edges = [(0, 0, 3), (0, 1, 5), (1, 0, 4), (1, 1, 9)]
    result = solve_assignment(2, [1, 1], edges)
    assert result.opening_of == (0, 1)
    assert result.total_score == 12


def test_capacity_respected_and_earliest_students_win_ties() -> None:
    edges = [(s, 0, 5) for s in range(5)]
    result = solve_assignment(5, [2], edges)
    assert result.opening_of == (0, 0, None, None, None)


def test_ties_are_deterministic() -> None:
    rng = random.Random(3)
    edges = [(s, o, rng.randint(0, 3)) for s in range(40) for o in range(6) if rng.random() < 0.5]
    first = solve_assignment(40, [3] * 6, edges)
    for _ in range(3):
        assert solve_assignment(40, [3] * 6, edges) == first
    assert solve_assignment(40, [3] * 6, list(reversed(edges))) == first


def test_no_edges_zero_capacity_and_empty() -> None:
    assert solve_assignment(0, [], []).opening_of == ()
    assert solve_assignment(3, [2], []).opening_of == (None, None, None)
    assert solve_assignment(2, [0], [(0, 0, 5), (1, 0, 5)]).placed == 0


def test_repeated_pair_keeps_best_score() -> None:
    result = solve_assignment(1, [1], [(0, 0, 2), (0, 0, 7)])
    assert result.total_score == 7


@pytest.mark.parametrize(
    "edges",
    [[(2, 0, 1)], [(0, 1, 1)], [(0, 0, -1)], [(-1, 0, 1)]],
)
def test_bad_input_refused(edges) -> None:
    with pytest.raises(ValueError):
        solve_assignment(2, [1], edges)


def test_negative_capacity_refused() -> None:
    with pytest.raises(ValueError):
        solve_assignment(1, [-1], [])
