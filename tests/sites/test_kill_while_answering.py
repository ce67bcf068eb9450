"""The app killed while an answer is being saved (``PAN_FAULT_POINT=sites.answer``): every earlier answer
is kept, the one in progress is lost whole, and the form resumes at the first unanswered item."""

from __future__ import annotations

import os
import subprocess
import sys

from pan_desktop.core.sync.faults import EXIT_CODE

ANSWERING = """
import sys
from pan_desktop.core.services import Services
from pan_desktop.core.sites.service import site_service
sites = site_service(Services.open(sys.argv[1]))
for item in sites.show(sys.argv[2])["items"]:
    sites.set_answer(sys.argv[2], item["id"], "partly", note="ghi chú " + item["id"])
"""


def test_killed_mid_answer_keeps_the_earlier_answers_and_resumes(sites, junk_shop, data_dir):
    a = sites.start(junk_shop["id"], "junk-shop")
    env = {**os.environ, "PAN_FAULT_POINT": "sites.answer@6"}
    run = subprocess.run([sys.executable, "-c", ANSWERING, str(data_dir), a["id"]], env=env, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == EXIT_CODE, run.stderr
    items = sites.show(a["id"])["items"]
    assert [i["answer"] for i in items[:5]] == ["partly"] * 5
    assert all(i["answer"] is None and i["note"] == "" for i in items[5:])  # the sixth is lost whole
    assert sites.resume_at(a["id"]) == 5
    sites.set_answer(a["id"], items[5]["id"], "yes")  # the form goes on where it stopped
    assert sites.resume_at(a["id"]) == 6
