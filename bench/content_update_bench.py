"""Signed content updates: what verifying PAN's signatures costs on top of installing a pack.

Prints medians (several runs, fresh data dirs) of, in the same run:
- installing a 1 MB pack from a file with no signature checked (``install``: the baseline),
- installing the same pack published in a repository, from an exported USB folder (``content update``:
  TUF metadata refresh, SHA-256 and length check, then the same install),
- the same update over HTTP from a hub-like static server on 127.0.0.1,
- one Ed25519 signature verified by PyNaCl (what the app uses) and by securesystemslib's pure-Python
  fallback (what it would use without a registered key type and without pyca/cryptography).

    python bench/content_update_bench.py [--runs 5] [--photo-kb 1000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _median(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--photo-kb", type=int, default=1000)
    args = parser.parse_args()

    from pan_desktop.core.content import install
    from pan_desktop.core.content.updates import Source, run_update
    from pan_desktop.hub.content_repo import ContentRepo
    from tests.content_updates.conftest import build_pack
    from tests.content_updates.repo_server import RepoServer

    tmp = Path(tempfile.mkdtemp(prefix="content-bench-"))
    pack = build_pack(tmp, photo=args.photo_kb * 1024)
    repo = ContentRepo(tmp / "repo")
    os.environ["PAN_CONTENT_ROOT"] = str(repo.init())
    repo.publish(pack)
    repo.export(tmp / "usb")
    counter = iter(range(10_000))

    def fresh() -> Path:
        path = tmp / f"device-{next(counter)}"
        path.mkdir()
        return path

    unsigned = _median(lambda: install(pack, fresh()), args.runs)
    folder = _median(lambda: run_update(fresh(), Source("folder", str(tmp / "usb"))), args.runs)
    with RepoServer(repo.dir) as server:
        http = _median(lambda: run_update(fresh(), Source("url", server.url)), args.runs)

    import nacl.signing
    from securesystemslib.signer import Signature, SSlibKey

    from pan_desktop.core.content.signing import public_key

    key = nacl.signing.SigningKey.generate()
    payload = os.urandom(4000)
    sig = key.sign(payload).signature
    nacl_key = public_key(key.verify_key)
    fallback_key = SSlibKey(nacl_key.keyid, "ed25519", "ed25519", dict(nacl_key.keyval))
    signature = Signature(nacl_key.keyid, sig.hex())
    nacl_ms = _median(lambda: nacl_key.verify_signature(signature, payload), 50) * 1000
    fallback_ms = _median(lambda: fallback_key._verify_ed25519_fallback(sig, payload), 10) * 1000

    size = pack.stat().st_size
    print(f"pack: {size / 1024:.0f} KB, median of {args.runs} runs")
    print(f"install, no signature checked (baseline): {unsigned * 1000:7.1f} ms")
    print(f"content update from a USB folder:         {folder * 1000:7.1f} ms  ({folder / unsigned:.2f}x)")
    print(f"content update over HTTP (127.0.0.1):     {http * 1000:7.1f} ms  ({http / unsigned:.2f}x)")
    print(f"one Ed25519 signature: PyNaCl {nacl_ms:.2f} ms, securesystemslib fallback {fallback_ms:.2f} ms")


if __name__ == "__main__":
    main()
