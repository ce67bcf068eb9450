"""Addresses and transport: http:// only on loopback (or explicitly accepted), TLS served by the hub
itself, and a new hub address accepted only when the hub there proves the pinned key."""

from __future__ import annotations

import os
import socket
import ssl
import subprocess
import sys
import time

import httpx
import pytest

from pan_desktop.core.sync.client import HubUnverified
from pan_desktop.core.sync.engine import SyncError, checked_url
from pan_desktop.hub.store import HubStore, sqlite_url
from tests.hub_trust.impostor import start_impostor
from tests.sync.hubserver import free_port


@pytest.mark.parametrize("url", ["https://hub.example.org", "http://127.0.0.1:8080", "http://127.5.5.5",
                                 "http://[::1]:80/", "http://localhost:9"])
def test_protected_or_local_addresses_are_accepted(url):
    assert checked_url(url) == url.rstrip("/")


@pytest.mark.parametrize("url,code", [("http://hub.example.org", "sync.insecure_address"),
                                      ("http://192.168.1.10:8080", "sync.insecure_address"),
                                      ("ftp://hub.example.org", "sync.bad_address"), ("hub.example.org", "sync.bad_address"),
                                      ("http://[::1", "sync.bad_address"), ("https://h:port", "sync.bad_address")])
def test_other_addresses_are_refused(url, code):
    with pytest.raises(SyncError) as refused:
        checked_url(url)
    assert refused.value.code == code


def test_insecure_http_is_accepted_only_when_asked_and_warns(caplog):
    assert checked_url("http://hub.example.org", insecure_http=True) == "http://hub.example.org"
    assert "unprotected http" in caplog.text


def test_enrolment_over_plain_http_is_refused_before_anything_is_sent(network):
    a = network.device("a", None, enrol=False)
    with pytest.raises(SyncError) as refused:
        a.engine.enrol("http://192.0.2.1:9", "AAAA-BBBB-CCCC")  # TEST-NET: nothing may be sent there
    assert refused.value.code == "sync.insecure_address"
    assert a.link() is None


def test_set_url_accepts_the_real_hub_and_refuses_an_impostor(network, tmp_path):
    a = network.device("a", "Org A")
    moved = network.hub.url.replace("127.0.0.1", "localhost")
    assert a.engine.set_url(moved).hub_url == moved
    a.services.initiatives.create({"title_vi": "Ở địa chỉ mới"})
    assert a.sync().pushed == 1
    impostor = start_impostor(network.hub, tmp_path)
    try:
        with pytest.raises(HubUnverified):
            a.engine.set_url(impostor.url)
    finally:
        impostor.stop()
    assert a.link().hub_url == moved


def test_the_hub_serves_tls_itself(tmp_path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True, timeout=30)
    db = sqlite_url(str(tmp_path / "hub.db"))
    store = HubStore(db)
    store.init()
    hub_id = store.hub_id
    store.dispose()
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "pan_desktop.hub.cli", "--db", db, "serve", "--host", "127.0.0.1",
                             "--port", str(port), "--tls-cert", str(cert), "--tls-key", str(key)],
                            env=os.environ.copy(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode()
                time.sleep(0.05)
        info = httpx.get(f"https://127.0.0.1:{port}/v1/hub", verify=ssl.create_default_context(cafile=str(cert)),
                         timeout=10)
        assert info.json()["hub_id"] == hub_id and info.headers["x-pan-signature"]
        with pytest.raises(httpx.TransportError):
            httpx.get(f"http://127.0.0.1:{port}/v1/hub", timeout=5).raise_for_status()
    finally:
        proc.terminate()
        proc.wait(10)
        proc.stderr.close()


def test_serve_needs_both_tls_files(tmp_path, capsys):
    from pan_desktop.hub.cli import main

    assert main(["--db", sqlite_url(str(tmp_path / "hub.db")), "serve", "--tls-cert", str(tmp_path / "c.pem")]) == 1
    assert "--tls-key" in capsys.readouterr().err


def test_the_cli_moves_to_a_new_address_and_refuses_plain_http(network, capsys):
    from pan_desktop import cli

    a = network.device("a", "Org A")
    folder = str(a.services.data_dir)
    moved = network.hub.url.replace("127.0.0.1", "localhost")
    assert cli.main(["--data-dir", folder, "sync", "set-url", moved]) == 0
    assert moved in capsys.readouterr().out
    assert cli.main(["--data-dir", folder, "sync", "enroll", "--hub", "http://hub.example.org", "--code", "X"]) == 1
    assert "--insecure-http" in capsys.readouterr().err
    assert a.link().hub_url == moved
