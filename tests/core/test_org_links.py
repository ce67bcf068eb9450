"""Records name organisations by id: matching names, the migration of stored rows, a person's edits,
imports and exports."""

import csv
import json
import sqlite3

import pytest
from alembic import command
from sqlalchemy import create_engine

from pan_desktop.core.db import Database, alembic_config
from pan_desktop.core.services import ListQuery
from pan_desktop.core.services.setup import load_bundled_records
from pan_desktop.core.shared.org_names import OrgNames, name_key
from pan_desktop.core.shared.seed import bundled_records

PAN = "01941f29-7c00-7fdf-a433-8792feafc273"
WWF = "01941f29-7c05-7d32-abdc-3097abc5197d"
VECOM = "01941f29-7c04-70b1-afb7-790a9472289a"
RKC = "01941f29-7c09-7abe-993d-5d0c24949a42"
ERIA = "01941f29-7c08-70da-934d-2fd730621042"


@pytest.fixture(scope="module")
def bundled():
    return OrgNames(bundled_records()["organizations"])


@pytest.mark.parametrize("name, org", [
    ("PAN", PAN), ("Plastic Action Network (PAN network)", PAN), ("Mạng lưới PAN", PAN), ("pan network", PAN),
    ("Mạng lưới Hành động về Nhựa", PAN), ("WWF-Vietnam", WWF), ("wwf viet nam", WWF), ("WWF-Việt Nam", WWF),
    ("VECOM", VECOM), ("Hiệp hội Thương mại điện tử Việt Nam", VECOM), ("RKC-MPD of ERIA", RKC), ("RKC-MPD", RKC),
    ("ERIA", ERIA), ("  eria ", ERIA),
])
def test_a_name_means_its_organisation_whatever_the_case_diacritics_or_punctuation(bundled, name, org):
    assert bundled.candidates(name) == (org,)


def test_linking_keeps_unknown_and_ambiguous_names_and_never_repeats_an_id():
    orgs = OrgNames([
        {"id": "a", "name_vi": "Trung tâm Xanh (GreenC)", "name_en": "", "short_name": "", "aliases": ["Green"]},
        {"id": "b", "name_vi": "Nhóm Xanh", "name_en": "", "short_name": "", "aliases": ["Green"]},
        {"id": "c", "name_vi": "GreenC", "name_en": "", "short_name": "", "aliases": []},
    ])
    linked = orgs.link(["greenc", "Nhóm Xanh", "Green", "Unknown Org", "nhom xanh", ""], ids=["b"])
    assert linked.ids == ["b", "c"]  # GreenC is c's own name: it wins over a's bracketed abbreviation
    assert linked.names == ["Green", "Unknown Org"]
    assert linked.unmatched == ["Unknown Org"] and linked.ambiguous == {"Green": ["a", "b"]}
    assert name_key("Bà Rịa – Vũng Tàu") == "bariavungtau"


def test_the_bundled_records_name_each_organisation_once_and_by_id():
    records = bundled_records()
    org_ids = {o["id"] for o in records["organizations"]}
    for table in ("initiatives", "events"):
        for item in records[table]:
            assert not item.get("organizations") and not item.get("funders")
            assert set(item.get("organization_ids", [])) | set(item.get("funder_ids", [])) <= org_ids


# -- the migration --------------------------------------------------------------------------------

def _insert(conn, table: str, **values) -> None:
    """A row as a 0003 database held it: every column, defaults for those not given."""
    cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    base = {c: "" for c in cols}
    base.update(deleted=0, rev=0, server_seq=0, field_revs="{}", is_core_member=0, member_since=None,
                start_date=None, end_date=None, issued_date=None, effective_date=None)
    for c in cols:
        if c in ("provinces", "organizations", "funders", "themes", "audiences", "outputs", "sources",
                 "initiative_ids"):
            base[c] = "[]"
    base.update({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v) for k, v in values.items()})
    row = {c: base[c] for c in cols}
    conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


def test_the_migration_links_stored_names_keeps_the_rest_and_logs_each_record(tmp_path, caplog):
    path = tmp_path / "pan.db"
    engine = create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003_sync_stages")
    engine.dispose()
    con = sqlite3.connect(path)
    with con:
        for o in bundled_records()["organizations"]:
            _insert(con, "organizations", id=o["id"], name_vi=o["name_vi"], name_en=o["name_en"],
                    short_name=o.get("short_name", ""))
        _insert(con, "initiatives", id="i1", title_vi="Dự án PAN",
                organizations=["Plastic Action Network (PAN network)", "Nhóm chưa có"], funders=["RKC-MPD of ERIA"])
        _insert(con, "initiatives", id="i2", title_vi="Đã xóa", organizations=["PAN"], deleted=1)
        _insert(con, "events", id="e1", title_vi="Họp", organizations=["VECOM", "WWF-Vietnam"])
        _insert(con, "policies", id="p1", title_vi="Khung", issuing_body="ASEAN")
        _insert(con, "policies", id="p2", title_vi="Văn bản", issuing_body="VECOM")
    con.close()

    with caplog.at_level("WARNING"):
        Database(path).dispose()

    con = sqlite3.connect(path)
    row = lambda table, rid, *cols: con.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE id = ?", (rid,)).fetchone()  # noqa: E731
    assert row("initiatives", "i1", "organization_ids", "organizations", "funder_ids", "funders") == (
        json.dumps([PAN]), json.dumps(["Nhóm chưa có"], ensure_ascii=False), json.dumps([RKC]), "[]")
    assert row("initiatives", "i2", "organization_ids", "organizations") == ("[]", '["PAN"]')  # deleted: left alone
    assert row("events", "e1", "organization_ids", "organizations") == (json.dumps([VECOM, WWF]), "[]")
    assert row("policies", "p1", "issuer_ids", "issuing_body") == ("[]", "ASEAN")
    assert row("policies", "p2", "issuer_ids", "issuing_body") == (json.dumps([VECOM]), "")
    assert json.loads(row("organizations", RKC, "aliases")[0]) == ["RKC-MPD of ERIA", "RKC-MPD của ERIA"]
    logged = {(t, r) for t, r in con.execute("SELECT table_name, record_id FROM change_log WHERE origin = 'migrate'")}
    assert {("initiatives", "i1"), ("events", "e1"), ("policies", "p2")} <= logged
    assert ("policies", "p1") not in logged and ("initiatives", "i2") not in logged
    con.close()
    warnings = " ".join(r.getMessage() for r in caplog.records)
    assert "'Nhóm chưa có'" in warnings and "'ASEAN'" in warnings


# -- a person's edits, the list filter --------------------------------------------------------------

@pytest.fixture
def seeded(services):
    load_bundled_records(services)
    return services


def test_a_name_typed_in_a_record_becomes_its_link_and_an_unknown_one_stays(seeded):
    svc = seeded.records["events"]
    created = svc.create({"title_vi": "Hội thảo", "organizations": ["wwf viet nam", "Nhóm Xanh Huế"]})
    assert (created["organization_ids"], created["organizations"]) == ([WWF], ["Nhóm Xanh Huế"])
    updated = svc.update(created.id, {"organizations": ["Nhóm Xanh Huế", "VECOM"]})
    assert (updated["organization_ids"], updated["organizations"]) == ([WWF, VECOM], ["Nhóm Xanh Huế"])
    found = svc.list(ListQuery(org="Hiệp hội Thương mại điện tử")).records
    assert created.id in {r.id for r in found}
    by_id = {r.id for r in seeded.initiatives.list(ListQuery(org=RKC, limit=100)).records}
    assert by_id == {"01941f29-7c16-7825-8872-87c0081028b4"}  # funded by RKC-MPD, linked by id


# -- import and export --------------------------------------------------------------------------------

def test_an_import_links_names_and_notes_each_name_it_could_not_link_once(seeded, tmp_path):
    seeded.records["organizations"].create({"name_vi": "Nhóm Xanh A", "aliases": ["Nhóm Xanh"]})
    seeded.records["organizations"].create({"name_vi": "Nhóm Xanh B", "aliases": ["Nhóm Xanh"]})
    path = tmp_path / "in.csv"
    path.write_text("Tên dự án,Tổ chức thực hiện,Nhà tài trợ\n"
                    "Một,Mạng lưới PAN; Nhóm Lạ,RKC-MPD of ERIA\n"
                    "Hai,wwf-viet nam; nhóm lạ; Nhóm Xanh,\n"
                    "Ba,Nhóm Lạ,\n", "utf-8")
    report = seeded.interchange.import_file(path)
    rows = {r["title_vi"]: r for r in seeded.initiatives.list(ListQuery(limit=100, text="")).records}
    assert (rows["Một"]["organization_ids"], rows["Một"]["organizations"], rows["Một"]["funder_ids"]) == (
        [PAN], ["Nhóm Lạ"], [RKC])
    assert (rows["Hai"]["organization_ids"], rows["Hai"]["organizations"]) == ([WWF], ["nhóm lạ", "Nhóm Xanh"])
    notes = [(n.code, n.line, n.params["name"], n.params["count"], n.params["column"]) for n in report.notes]
    assert notes == [("import.org.unmatched", 2, "Nhóm Lạ", 2, "Tổ chức thực hiện"),
                     ("import.org.unmatched", 3, "nhóm lạ", 1, "Tổ chức thực hiện"),
                     ("import.org.ambiguous", 3, "Nhóm Xanh", 1, "Tổ chức thực hiện")]
    assert "Nhóm Xanh A" in report.notes[2].params["options"] and "Nhóm Xanh B" in report.notes[2].params["options"]


def test_an_export_names_the_linked_organisations_and_reimports_as_already_present(seeded, tmp_path):
    out = tmp_path / "out.csv"
    seeded.interchange.export_file(out)
    with open(out, encoding="utf-8-sig") as fh:
        rows = {r["id"]: r for r in csv.DictReader(fh)}
    asean = rows["01941f29-7c16-7825-8872-87c0081028b4"]
    assert (asean["organizations"], asean["funders"], asean["funder_ids"]) == ("AIT RRC.AP; VNCPC", "RKC-MPD", RKC)
    report = seeded.interchange.import_file(out)
    assert (report.added, report.updated, report.already_present, report.notes) == (0, 0, len(rows), [])
    jsonl = tmp_path / "out.jsonl"
    seeded.interchange.export_file(jsonl)
    first = json.loads(jsonl.read_text("utf-8").splitlines()[0])
    assert first["organizations"] == ["PAN"] and first["organization_ids"] == [PAN]


# -- printables name the linked organisations -----------------------------------------------------------

def test_factsheet_and_policy_brief_name_linked_organisations_in_the_print_language(seeded, tmp_path):
    from pan_desktop.core.printing.factsheet import build_factsheet
    from pan_desktop.core.printing.options import PrintOptions
    from pan_desktop.core.printing.policy_brief import build_policy_brief
    from tests.printing.conftest import pdf_text, squash

    asean = seeded.initiatives.get("01941f29-7c16-7825-8872-87c0081028b4")
    vi = squash(pdf_text(build_factsheet(asean, tmp_path / "vi.pdf", PrintOptions(lang="vi"), services=seeded).path))
    en = squash(pdf_text(build_factsheet(asean, tmp_path / "en.pdf", PrintOptions(lang="en"), services=seeded).path))
    assert squash("Công ty TNHH Trung tâm Sản xuất sạch Việt Nam") in vi and squash("Trung tâm Tri thức Khu vực") in vi
    assert squash("Vietnam Cleaner Production Centre Company Limited") in en and squash("Regional Knowledge Centre") in en
    assert "01941f29" not in vi + en
    policy = seeded.policies.create({"title_vi": "Quy định thử", "issuing_body": "VECOM"})
    assert (policy["issuer_ids"], policy["issuing_body"]) == ([VECOM], "")
    brief = squash(pdf_text(build_policy_brief(policy, tmp_path / "b.pdf", PrintOptions(lang="vi"), seeded).path))
    assert squash("Hiệp hội Thương mại điện tử Việt Nam") in brief
