"""Near-duplicate detection: MinHash LSH over word 5-shingles.

A text's MinHash signature is cut into bands; two texts whose signatures agree on a whole
band are near-duplicates (the LSH banding of datasketch's ``MinHashLSH``, with the same
bands and rows for the threshold). The band keys are plain strings, so the store can keep
them in an indexed table and find the candidates of a new text with one query instead of
holding every stored text in memory.

The signature is datasketch's ``MinHash`` (its default ``affine32`` scheme, seed 1), hashed
here with the same arithmetic: importing datasketch imports SciPy, a second and more of every
start-up, for two arrays of constants and four lines of hashing. Tests hold the values equal
to datasketch's, so the band keys the store keeps stay the same.
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
# datasketch's MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM) picks these (b, r): the
# fewest false results; computing them integrates with SciPy (a test checks they agree)
BANDS_ROWS = {(THRESHOLD, NUM_PERM): (9, 13)}
SEED = 1  # datasketch's default seed: its permutations
_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)  # MurmurHash3's finalizer, 32 bits


@lru_cache(maxsize=8)
def _bands_rows(threshold: float, num_perm: int) -> tuple[int, int]:
    """The (bands, rows) datasketch picks for this threshold: fewest false results."""
    if (threshold, num_perm) in BANDS_ROWS:
        return BANDS_ROWS[(threshold, num_perm)]
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


@lru_cache(maxsize=8)
def _permutations(num_perm: int) -> Any:
    """datasketch's ``affine32`` permutations for the default seed: odd ``a``, any ``b``,
    drawn in this order from numpy's legacy generator (its stream never changes)."""
    import numpy as np

    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def signature(shingles: list[bytes], num_perm: int = NUM_PERM) -> Any:
    """The MinHash values (uint32) of a set of byte strings, as datasketch's ``MinHash``
    with its default scheme and seed computes them after ``update_batch(shingles)``."""
    import numpy as np

    a, b = _permutations(num_perm)
    if not shingles:
        return np.full(num_perm, 0xFFFFFFFF, dtype=np.uint32)
    # sha1_hash32: the first four bytes of SHA-1, little-endian
    digests = b"".join(hashlib.sha1(s).digest()[:4] for s in shingles)
    hv = np.frombuffer(digests, dtype="<u4").astype(np.uint32).reshape(-1, 1)
    s1, m1, s2, m2, s3 = (np.uint32(c) for c in _FMIX32)
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    return (hv * a + b).min(axis=0)  # uint32 arithmetic wraps: modulo 2^32, as theirs


def band_keys(text: str, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> list[str]:
    """The LSH band keys of a text: ``"<band>:<digest of the band's hash values>"``."""
    words = re.findall(r"\w+", text.casefold())
    values = signature([" ".join(words[i:i + SHINGLE]).encode("utf-8")
                        for i in range(max(1, len(words) - SHINGLE + 1))], num_perm)
    bands, rows = _bands_rows(threshold, num_perm)
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
