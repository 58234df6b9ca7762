"""Groups of the items 0 .. size - 1, joined pair by pair (union-find with path halving):
the name clusters the resolve stage joins, the deals of one story."""

from __future__ import annotations


class UnionFind:
    """Groups of the items 0 .. size - 1 (each its own at first)."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)
