"""Small training data built through the service (the way a trainer enters it)."""

from __future__ import annotations

SEXES = ("female", "male", "female", "other", "unspecified")
ROLES = ("junk-shop-worker", "waste-picker", "junk-shop-owner", "factory-staff", "student")


def one_session(services, people: int = 3, **session) -> tuple[str, list[str]]:
    """A network-visible session in Huế with ``people`` participants who attended, with scores."""
    values = {"title": "Phân loại rác tại vựa", "module_id": "m-junk-shops", "start_date": "2026-03-10",
              "provinces": ["Huế"], "organization": "Tổ chức A", **session}
    sid = services.training.add_session(values).id
    pids = []
    for i in range(people):
        p = services.training.add_participant({"name": f"Người học {i}", "sex": SEXES[i % 5], "birth_year": 1980 + i,
                                               "role": ROLES[i % 5], "phone": f"09120000{i:02d}"}, session_id=sid)
        services.training.set_results(sid, p.id, attended=True, pre_score=40 + i, post_score=60 + 5 * i)
        pids.append(p.id)
    return sid, pids
