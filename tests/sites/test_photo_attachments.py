"""Photos sync as attachments through a real hub on 127.0.0.1: once by hash, resumed after a cut
connection, verified on arrival; the hub refuses one over its size limit."""

from __future__ import annotations

import hashlib

import httpx
import pytest

from pan_desktop.core.sites.attachments import AttachmentSync
from pan_desktop.core.sites.photos import photo_path
from pan_desktop.core.sites.service import site_service
from pan_desktop.core.sync.client import HubClient
from pan_desktop.hub.attachments import MAX_ATTACHMENT_BYTES
from tests.sites.conftest import make_photo


class CutAfter(httpx.BaseTransport):
    """A link that drops after ``n`` uploaded pieces."""

    def __init__(self, n: int):
        self.inner, self.left = httpx.HTTPTransport(), n

    def handle_request(self, request):
        if request.method == "PUT":
            if self.left == 0:
                raise httpx.ConnectError("the 3G link dropped", request=request)
            self.left -= 1
        return self.inner.handle_request(request)


def _photo_assessment(dev, tmp_path, noise: bool = True):
    sites = site_service(dev.services)
    site = sites.add_site({"name": "Vựa Hưng Thịnh", "kind": "junk-shop", "provinces": ["Cần Thơ"]})
    a = sites.start(site["id"], "junk-shop")
    src = make_photo(tmp_path / "p.jpg", (1600, 1200))
    if noise:  # a noisy picture: its JPEG is large enough to need several pieces
        from PIL import Image

        Image.effect_noise((1600, 1200), 80).convert("RGB").save(src, "JPEG", quality=95)
    return sites.add_photo(a["id"], "j-air-1", src)


def test_photo_uploads_once_resumes_after_a_cut_and_arrives_verified(network, tmp_path):
    a1, b1 = network.device("a1", "Org A"), network.device("b1", "Org B")
    photo = _photo_assessment(a1, tmp_path)
    sha = photo["sha256"]
    size = photo_path(a1.services.data_dir, sha).stat().st_size
    assert size > 4 * 32 * 1024
    network.sync_all()

    real = a1.engine.client_factory
    a1.engine.client_factory = lambda url: HubClient(url, transport=CutAfter(2), attempts=1)
    cut = AttachmentSync(a1.engine, a1.services.data_dir, piece=32 * 1024).run()
    assert sha in cut.failed and cut.bytes_up == 2 * 32 * 1024
    a1.engine.client_factory = real
    resumed = AttachmentSync(a1.engine, a1.services.data_dir, piece=32 * 1024).run()
    assert resumed.uploaded == [sha] and resumed.bytes_up == size - 2 * 32 * 1024  # not from the start
    again = AttachmentSync(a1.engine, a1.services.data_dir, piece=32 * 1024).run()
    assert again.uploaded == [] and again.bytes_up == 0  # once by hash

    got = AttachmentSync(b1.engine, b1.services.data_dir).run()
    assert got.downloaded == [sha] and not got.failed
    arrived = photo_path(b1.services.data_dir, sha).read_bytes()
    assert hashlib.sha256(arrived).hexdigest() == sha
    network.check()


def test_hub_refuses_over_the_limit_a_wrong_hash_and_a_viewer(network, tmp_path):
    a1 = network.device("a1", "Org A")
    viewer = network.device("v1", "Org A", role="viewer")
    client = a1.engine.client_factory(network.hub.url)
    a1.engine.authenticate(client)
    sha = "ab" * 32
    big = client.raw("PUT", f"/v1/attachments/{sha}", params={"offset": 0, "total": MAX_ATTACHMENT_BYTES + 1}, content=b"x")
    assert big.status_code == 413
    wrong = client.raw("PUT", f"/v1/attachments/{sha}", params={"offset": 0, "total": 5}, content=b"hello")
    assert wrong.status_code == 422
    status = client.raw("GET", f"/v1/attachments/{sha}/status").json()
    assert (status["complete"], status["received"]) == (False, 0)  # nothing damaged is kept
    client.token = None
    assert client.raw("GET", f"/v1/attachments/{sha}/status").status_code == 401
    client.close()
    vc = viewer.engine.client_factory(network.hub.url)
    viewer.engine.authenticate(vc)
    good = b"hello"
    ok_sha = hashlib.sha256(good).hexdigest()
    refused = vc.raw("PUT", f"/v1/attachments/{ok_sha}", params={"offset": 0, "total": 5}, content=good)
    assert refused.status_code == 403
    vc.close()


@pytest.mark.parametrize("bad", ["../../etc/passwd", "AB" * 32, "zz"])
def test_hostile_hashes_are_not_found(network, bad):
    a1 = network.device("a1", "Org A")
    client = a1.engine.client_factory(network.hub.url)
    a1.engine.authenticate(client)
    assert client.raw("GET", f"/v1/attachments/{bad}/status").status_code == 404
    client.close()
