"""Optimal one-to-one assignment of gold items to predicted items.

A small Hungarian algorithm (O(n^2 m)); articles hold at most a few dozen items
of a type, so this costs nothing next to the pipeline and spares a SciPy dependency.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

G = TypeVar("G")
P = TypeVar("P")

# Dearer than any sum of preference costs, so that the number of compatible pairs
# is maximised first and preferences only break ties.
_FORBIDDEN = 1e9


def min_cost_assignment(cost: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Row/column pairs of a minimum-cost assignment of a rectangular matrix."""
    rows = len(cost)
    cols = len(cost[0]) if rows else 0
    if not rows or not cols:
        return []
    transposed = rows > cols
    matrix = [list(col) for col in zip(*cost, strict=True)] if transposed else cost
    n, m = (cols, rows) if transposed else (rows, cols)
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = matrix[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]
    if transposed:
        pairs = [(r, c) for c, r in pairs]
    return sorted(pairs)


def match_items(
    gold: Sequence[G],
    predicted: Sequence[P],
    cost: Callable[[G, P], float | None],
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Match gold to predicted items one to one.

    ``cost(g, p)`` is None when the two cannot match, else a preference cost (lower
    is better). The matching has the most pairs possible and, among those, the
    lowest total cost. Returns ``(pairs, missed gold indices, extra predicted indices)``.
    """
    matrix = [[_cost_or_forbidden(cost(g, p)) for p in predicted] for g in gold]
    pairs = [(g, p) for g, p in min_cost_assignment(matrix) if matrix[g][p] < _FORBIDDEN]
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    missed = [i for i in range(len(gold)) if i not in matched_gold]
    extra = [j for j in range(len(predicted)) if j not in matched_pred]
    return pairs, missed, extra


def _cost_or_forbidden(value: float | None) -> float:
    return _FORBIDDEN if value is None else value
