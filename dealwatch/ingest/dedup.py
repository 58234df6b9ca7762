"""Near-duplicate detection: MinHash LSH over word 5-shingles.

A text's MinHash signature is cut into bands; two texts whose signatures agree on a whole
band are near-duplicates (the LSH banding of datasketch's ``MinHashLSH``, with the same
bands and rows for the threshold). The band keys are plain strings, so the store can keep
them in an indexed table and find the candidates of a new text with one query instead of
holding every stored text in memory.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

SHINGLE = 5
THRESHOLD = 0.8
NUM_PERM = 128


@lru_cache(maxsize=8)
def _bands_rows(threshold: float, num_perm: int) -> tuple[int, int]:
    """The (bands, rows) datasketch picks for this threshold: fewest false results."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


@lru_cache(maxsize=8)
def _reused(num_perm: int) -> dict[str, Any]:
    """MinHash's permutations for the default seed, made once (they cost more than a text);
    datasketch 2 also wants the hashing scheme they belong to."""
    from datasketch import MinHash

    first = MinHash(num_perm=num_perm)
    out: dict[str, Any] = {"permutations": first.permutations}
    if getattr(first, "scheme", None):
        out["scheme"] = first.scheme
    return out


def band_keys(text: str, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> list[str]:
    """The LSH band keys of a text: ``"<band>:<digest of the band's hash values>"``."""
    from datasketch import MinHash

    words = re.findall(r"\w+", text.casefold())
    mh = MinHash(num_perm=num_perm, **_reused(num_perm))
    mh.update_batch([" ".join(words[i:i + SHINGLE]).encode("utf-8")
                     for i in range(max(1, len(words) - SHINGLE + 1))])
    bands, rows = _bands_rows(threshold, num_perm)
    values = mh.hashvalues
    return [f"{b}:" + hashlib.blake2b(values[b * rows:(b + 1) * rows].tobytes(),
                                      digest_size=12).hexdigest()
            for b in range(bands)]


class Deduper:
    """Finds a text that is nearly the same as one seen before (a re-published wire story).

    The in-memory index, for a batch; the store keeps the same band keys for what is stored.
    """

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self._bands: dict[str, list[str]] = defaultdict(list)  # band key -> ids, in order
        self._order: dict[str, int] = {}  # id -> when it was registered

    def keys(self, text: str) -> list[str]:
        """The band keys of a text with this deduper's settings."""
        return band_keys(text, self.threshold, self.num_perm)

    def register(self, article_id: str, keys: Iterable[str]) -> None:
        """Remember an id under its band keys (once)."""
        if article_id in self._order:
            return
        self._order[article_id] = len(self._order)
        for key in keys:
            self._bands[key].append(article_id)

    def find(self, keys: Iterable[str]) -> str | None:
        """The earliest registered id sharing a band with these keys."""
        hits = {h for key in keys for h in self._bands.get(key, ())}
        return min(hits, key=self._order.__getitem__) if hits else None

    def check(self, article_id: str, text: str) -> str | None:
        """The id of the earliest near-duplicate seen before; None registers the text."""
        if article_id in self._order:
            return None  # the very same text: not a near-duplicate of another
        keys = self.keys(text)
        dup = self.find(keys)
        if dup is None:
            self.register(article_id, keys)
        return dup
