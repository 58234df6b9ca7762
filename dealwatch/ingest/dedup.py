"""Near-duplicate detection: MinHash LSH over word 5-shingles."""

from __future__ import annotations

import re
from typing import Any

SHINGLE = 5


class Deduper:
    """Finds a text that is nearly the same as one seen before (a re-published wire story)."""

    def __init__(self, threshold: float = 0.8, num_perm: int = 128) -> None:
        from datasketch import MinHashLSH

        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._order: dict[str, int] = {}  # id -> when it was registered

    def _minhash(self, text: str) -> Any:
        from datasketch import MinHash

        words = re.findall(r"\w+", text.casefold())
        mh = MinHash(num_perm=self.num_perm)
        for i in range(max(1, len(words) - SHINGLE + 1)):
            mh.update(" ".join(words[i:i + SHINGLE]).encode("utf-8"))
        return mh

    def _register(self, article_id: str, mh: Any) -> None:
        self._order[article_id] = len(self._order)
        self._lsh.insert(article_id, mh)

    def add(self, article_id: str, text: str) -> None:
        """Remember a text already stored, so later near-duplicates of it are found."""
        if article_id not in self._order:
            self._register(article_id, self._minhash(text))

    def check(self, article_id: str, text: str) -> str | None:
        """The id of the earliest near-duplicate seen before; None registers the text."""
        if article_id in self._order:
            return None  # the very same text: not a near-duplicate of another
        mh = self._minhash(text)
        hits = [str(h) for h in self._lsh.query(mh)]
        if hits:
            return min(hits, key=self._order.__getitem__)
        self._register(article_id, mh)
        return None
