"""Allocating a class to several openings at once: an exact assignment solver (issue 7).

The problem is a transportation problem: every student takes at most one place, every opening
offers `capacity` places, a student may only go where the rules allow (the edges), and each
allowed pair has a score. The solver maximises, in this order:

1. the number of students placed;
2. the total score of the placed pairs;
3. a tie-break: the students placed are the earliest in the given order (the smallest sum of
   their positions), so equal solutions never depend on chance or on dictionary order.

Method: the Hungarian algorithm, one student at a time (shortest augmenting paths with
potentials, Dijkstra over the openings only — a few hundred nodes however many students). Each
student also has a private "stays unplaced" column whose cost outweighs every difference of
score, which turns "most students placed, then best score" into a single minimum-cost
assignment that always exists. Costs are integers, so the result is exact, not approximate.
Pure Python on purpose: the installer carries no numpy/scipy.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Assignment:
    """The solver's answer: `opening_of[i]` is the opening index of student i (None: unplaced)."""

    opening_of: tuple[int | None, ...]
    placed: int
    total_score: int


def _validate(
    n_students: int, capacities: Sequence[int], edges: Sequence[tuple[int, int, int]]
) -> None:
    if n_students < 0 or any(c < 0 for c in capacities):
        raise ValueError("negative size or capacity")
    for student, opening, score in edges:
        if not (0 <= student < n_students and 0 <= opening < len(capacities)):
            raise ValueError(f"edge out of range: {(student, opening)}")
        if score < 0:
            raise ValueError("scores must be non-negative integers")


def solve_assignment(
    n_students: int,
    capacities: Sequence[int],
    edges: Sequence[tuple[int, int, int]],
) -> Assignment:
    """Optimal assignment (see the module docstring for the objective and the tie-break).

    `edges` are the allowed (student, opening, score) triples, score a non-negative integer;
    a pair that is not listed is never used; a repeated pair keeps its best score.
    """
    _validate(n_students, capacities, edges)
    m = len(capacities)
    best: dict[tuple[int, int], int] = {}
    for student, opening, score in edges:
        if capacities[opening] > 0 and score > best.get((student, opening), -1):
            best[(student, opening)] = score
    top = max(best.values(), default=0)
    n = n_students
    tie = n * n + 1  # one point of score outweighs any tie-break sum (< n*n)
    unplaced_base = (n * top + 1) * tie  # one more student placed outweighs any score total
    # adjacency: per student, (column, cost); openings are columns 0..m-1, the student's own
    # "unplaced" column is m + student
    adj: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for (student, opening), score in sorted(best.items()):
        adj[student].append((opening, (top - score) * tie))
    for student in range(n):
        adj[student].append((m + student, unplaced_base + (n - student)))
    v = [0] * (m + n)  # column potentials (only decrease)
    u = [0] * n  # row potentials
    members: list[list[int]] = [[] for _ in range(m + n)]  # rows assigned to each column
    column_of = [-1] * n
    cap = list(capacities) + [1] * n
    for start in range(n):
        _insert(start, adj, u, v, members, column_of, cap)
    opening_of = tuple(c if 0 <= c < m else None for c in column_of)
    placed = sum(1 for c in opening_of if c is not None)
    total = sum(best[(i, c)] for i, c in enumerate(opening_of) if c is not None)
    return Assignment(opening_of, placed, total)


def _insert(
    start: int,
    adj: list[list[tuple[int, int]]],
    u: list[int],
    v: list[int],
    members: list[list[int]],
    column_of: list[int],
    cap: list[int],
) -> None:
    """Add row `start` along a shortest augmenting path, keeping reduced costs >= 0."""
    dist: dict[int, int] = {}
    via: dict[int, tuple[int, int]] = {}  # column -> (row that reaches it, column that row left)
    heap: list[tuple[int, int]] = []
    for column, cost in adj[start]:
        d = cost - u[start] - v[column]
        if d < dist.get(column, d + 1):
            dist[column], via[column] = d, (start, -1)
            heapq.heappush(heap, (d, column))
    settled: dict[int, int] = {}
    reached: list[tuple[int, int]] = []  # (row, column it sits in) scanned during the search
    end = -1
    while heap:
        d, j = heapq.heappop(heap)
        if j in settled or d != dist[j]:
            continue
        settled[j] = d
        if len(members[j]) < cap[j]:
            end = j
            break
        for row in members[j]:
            reached.append((row, j))
            base = d - u[row]
            for column, cost in adj[row]:
                if column in settled:
                    continue
                nd = base + cost - v[column]
                if nd < dist.get(column, nd + 1):
                    dist[column], via[column] = nd, (row, j)
                    heapq.heappush(heap, (nd, column))
    if end < 0:  # cannot happen: the row's own "unplaced" column is always free for it
        raise AssertionError("no augmenting path")
    total = settled[end]
    for column, d in settled.items():
        v[column] -= total - d
    for row, column in reached:
        u[row] += total - settled[column]
    u[start] += total
    column = end
    while True:
        row, left = via[column]
        members[column].append(row)
        column_of[row] = column
        if left < 0:
            break
        members[left].remove(row)
        column = left
