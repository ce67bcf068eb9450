"""The index follows the database: catch-up after writes, rebuild, damage detected and repaired."""

from __future__ import annotations

import time

from pan_desktop.core.search import Filters, IndexManager, SearchQuery
from tests.search.conftest import ids


def test_catch_up_applies_create_update_delete(services, records):
    m = IndexManager.for_services(services)
    m.ensure()
    new = services.events.create({"title_vi": "Hội thảo ủ phân hữu cơ", "title_en": "Composting workshop"})
    started = time.perf_counter()
    m.catch_up()
    assert ids(m.search(SearchQuery("u phan", Filters(types=("events",))))) == [new.id]
    assert time.perf_counter() - started < 1.0  # one record searchable within a second
    services.events.update(new.id, {"title_vi": "Hội thảo tái sử dụng", "title_en": "Reuse workshop"})
    m.catch_up()
    assert ids(m.search(SearchQuery("u phan", Filters(types=("events",))))) == []
    assert ids(m.search(SearchQuery("tai su dung", Filters(types=("events",))))) == [new.id]
    services.events.delete(new.id)
    m.catch_up()
    assert ids(m.search(SearchQuery("tai su dung", Filters(types=("events",))))) == []
    assert m.check().ok


def test_missing_index_answers_from_database_then_rebuilds(services, records):
    m = IndexManager.for_services(services)
    assert m.status == "missing"
    early = m.search(SearchQuery("rac thai nhua"))
    assert early.from_database and records["road"].id in ids(early)
    filtered = m.search(SearchQuery("rac", Filters(province="Tây Ninh")))  # the record lists' filters
    assert filtered.from_database and ids(filtered) == [records["road"].id]
    assert m.ensure() == "rebuilt"
    later = m.search(SearchQuery("rac thai nhua"))
    assert not later.from_database and ids(later)[0] == records["road"].id


def test_corrupt_index_is_detected_and_rebuilt(services, records, data_dir):
    m = IndexManager.for_services(services)
    m.ensure()
    m.engine.close_thread()
    for f in (data_dir / "index").rglob("*.seg"):
        f.write_bytes(b"\x00garbage" * 10)
    for f in (data_dir / "index").rglob("*.toc"):
        f.write_bytes(b"\x00garbage")
    assert not m.check().ok
    assert m.search(SearchQuery("rac")).from_database  # still answers
    assert m.ensure() == "rebuilt"
    assert m.check().ok and records["road"].id in ids(m.search(SearchQuery("rac thai")))


def test_index_newer_than_database_is_rebuilt(services, records, data_dir):
    import json

    m = IndexManager.for_services(services)
    m.ensure()
    state = json.loads((data_dir / "index" / "state.json").read_text())
    state["last_seq"] += 100  # e.g. the database was restored from an older backup
    (data_dir / "index" / "state.json").write_text(json.dumps(state))
    assert m.ensure() == "rebuilt" and m.check().ok


def test_rebuild_reports_progress_and_keeps_search_working(services, records):
    m = IndexManager.for_services(services)
    seen = []
    count = m.rebuild(lambda done, total: seen.append((done, total)))
    assert count >= len(records) and seen[-1] == (len(records), len(records))
    assert m.check().ok


def _write_pack(root):
    pack = root / "content" / "module-test"
    (pack / "lessons").mkdir(parents=True)
    (pack / "pack.yaml").write_text("""id: module-test
version: 1.0.0
kind: module
title: {vi: "Học phần thử", en: "Test module"}
summary: {vi: "Tóm tắt.", en: "Summary."}
audience: [communities]
duration_minutes: 30
objectives: {vi: ["Hiểu ủ phân."], en: ["Understand composting."]}
authors: ["Test"]
licence: "CC BY 4.0"
updated: 2025-01-01
languages: [vi, en]
lessons:
  - id: 01-compost
    title: {vi: "Ủ phân tại nhà", en: "Composting at home"}
    duration_minutes: 30
""", encoding="utf-8")
    (pack / "lessons" / "01-compost.vi.md").write_text("# Ủ phân tại nhà\n\nVỏ rau củ thành phân bón cho vườn rau.\n", encoding="utf-8")
    (pack / "lessons" / "01-compost.en.md").write_text("# Composting at home\n\nVegetable peel becomes fertiliser.\n", encoding="utf-8")
    (pack / "glossary.yaml").write_text("""- id: vermicompost
  vi: "phân trùn quế"
  en: "vermicompost"
  definition: {vi: "Phân do giun quế tạo ra.", en: "Compost made by worms."}
  aliases_vi: []
  aliases_en: [worm compost]
""", encoding="utf-8")


def test_installed_pack_lessons_and_glossary_are_indexed(services, data_dir):
    m = IndexManager.for_services(services)
    m.ensure()
    assert ids(m.search(SearchQuery('"vuon rau"'))) == []
    _write_pack(data_dir)
    m.catch_up()  # the pack folder changed: content is re-indexed
    lesson = m.search(SearchQuery('"vuon rau"'))
    assert [(h.type, h.id) for h in lesson.hits] == [("lesson", "module-test/01-compost")]
    assert [(h.type, h.id) for h in m.search(SearchQuery("worm compost")).hits][0] == ("glossary", "vermicompost")
    shipped = m.search(SearchQuery("leachate"))
    assert ("glossary", "leachate") in [(h.type, h.id) for h in shipped.hits]
    assert m.check().ok
