"""Blocking: which pairs of records are worth comparing at all.

Comparing every record with every other grows with the square of their number. A record is
filed under blocking keys (a person it names, a count, a day...), and only records that share
a key are compared. A key may carry time buckets (the years a record is dated in): two dated
records then meet only when they share a bucket, while a record without a bucket (undated)
meets every record of the key. Buckets nest by "-": a month bucket "2015-03" meets its year
"2015" (a record dated only by the year) and the year meets each of its months, but
"2015-03" never meets "2015-04". Keys are chosen by the caller so that every pair that could
match shares one; blocking then changes the cost, never the result.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable

# A key: what is shared, and the time buckets the record has for it (None: any time).
BlockKey = tuple[Hashable, frozenset[str] | None]
ANY = None  # the bucket of a record that may meet any time


class BlockIndex:
    """Records (by integer id) filed under blocking keys; the candidates of a record."""

    def __init__(self) -> None:
        self._index: dict[Hashable, dict[str | None, set[int]]] = defaultdict(
            lambda: defaultdict(set))
        self._keys: dict[int, set[BlockKey]] = defaultdict(set)
        # feature -> bucket -> the buckets nested in it ("2015" -> {"2015-03", ...})
        self._inner: dict[Hashable, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))

    def add(self, record: int, keys: Iterable[BlockKey]) -> None:
        """File a record under keys (adding to the keys it already has)."""
        for feature, buckets in keys:
            self._keys[record].add((feature, buckets))
            for bucket in buckets or (ANY,):
                self._index[feature][bucket].add(record)
                if bucket is not None and "-" in bucket:
                    self._inner[feature][_outer(bucket)].add(bucket)

    def candidates(self, record: int) -> set[int]:
        """Every other record sharing a key (and, for dated keys, a bucket) with this one."""
        out: set[int] = set()
        for feature, buckets in self._keys.get(record, ()):
            filed = self._index[feature]
            if buckets is None:
                for members in filed.values():
                    out |= members
            else:
                out |= filed.get(ANY, set())
                inner = self._inner.get(feature, {})
                for bucket in buckets:
                    out |= filed.get(bucket, set())
                    if "-" in bucket:
                        out |= filed.get(_outer(bucket), set())
                    for nested in inner.get(bucket, ()):
                        out |= filed[nested]
        out.discard(record)
        return out


def _outer(bucket: str) -> str:
    """The bucket a nested one lies in: "2015" for "2015-03"."""
    return bucket.rsplit("-", 1)[0]
