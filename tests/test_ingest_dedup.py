"""Near-duplicate band keys: datasketch's MinHash values and LSH bands, without datasketch."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest
from datasketch import MinHash, MinHashLSH

from dealwatch.ingest.dedup import (
    BANDS_ROWS,
    NUM_PERM,
    SHINGLE,
    THRESHOLD,
    _bands_rows,
    band_keys,
    signature,
)

TEXTS = [
    "",
    "Talks resumed.",
    "The envoy arrived on Tuesday and met the foreign minister for three hours.",
    "Die Gespräche über den Austausch wurden am Montag fortgesetzt, sagte ein Sprecher. " * 3,
    " ".join(f"word{i} and the delegation said {i * 7} detainees" for i in range(400)),
]


def _datasketch_keys(text: str, threshold: float = THRESHOLD, num_perm: int = NUM_PERM
                     ) -> list[str]:
    """The band keys as dealwatch computed them with datasketch itself."""
    import re

    words = re.findall(r"\w+", text.casefold())
    mh = MinHash(num_perm=num_perm)
    mh.update_batch([" ".join(words[i:i + SHINGLE]).encode("utf-8")
                     for i in range(max(1, len(words) - SHINGLE + 1))])
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    values = mh.hashvalues
    return [f"{b}:" + hashlib.blake2b(values[b * lsh.r:(b + 1) * lsh.r].tobytes(),
                                      digest_size=12).hexdigest() for b in range(lsh.b)]


def test_the_kept_bands_and_rows_are_datasketchs_choice() -> None:
    for (threshold, num_perm), kept in BANDS_ROWS.items():
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        assert kept == (lsh.b, lsh.r)
    assert _bands_rows(0.5, 64) == (MinHashLSH(threshold=0.5, num_perm=64).b,
                                    MinHashLSH(threshold=0.5, num_perm=64).r)


@pytest.mark.parametrize("text", TEXTS)
def test_signature_is_datasketchs_minhash(text: str) -> None:
    shingles = [w.encode("utf-8") for w in text.split()]
    mh = MinHash(num_perm=NUM_PERM)
    mh.update_batch(shingles)
    ours = signature(shingles)
    assert ours.dtype == mh.hashvalues.dtype
    assert ours.tolist() == mh.hashvalues.tolist()


@pytest.mark.parametrize("text", TEXTS)
def test_band_keys_are_the_ones_datasketch_gave(text: str) -> None:
    assert band_keys(text) == _datasketch_keys(text)
    assert band_keys(text, 0.5, 64) == _datasketch_keys(text, 0.5, 64)


def test_band_keys_need_neither_datasketch_nor_scipy() -> None:
    code = ("import sys\nfrom dealwatch.ingest import Deduper\n"
            "Deduper().check('a', 'The envoy arrived on Tuesday for talks.')\n"
            "print(sorted(m for m in ('datasketch', 'scipy') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
