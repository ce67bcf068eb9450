"""Record services: validation that names the field, filters, sorting and paging, plain data out."""

import dataclasses

import pytest

from pan_desktop.core.errors import NotFound, ValidationError
from pan_desktop.core.services import ListQuery, Record


def test_create_returns_plain_data_with_cleaned_values(services):
    rec = services.initiatives.create({
        "title_vi": "  Phân loại   rác tại nguồn ", "provinces": "Long An;  Hà Nội ; ",
        "themes": "Kinh tế tuần hoàn; my own theme", "start_date": "2018-5", "status": "Đang thực hiện",
    })
    assert isinstance(rec, Record) and dataclasses.is_dataclass(rec)
    assert rec["title_vi"] == "Phân loại rác tại nguồn"
    assert rec["provinces"] == ["Long An", "Hà Nội"]
    assert rec["themes"] == ["circular-economy", "my own theme"]
    assert rec["start_date"] == "2018-05"
    assert rec["status"] == "ongoing"


def test_validation_names_every_bad_field(services):
    with pytest.raises(ValidationError) as err:
        services.initiatives.create({"start_date": "2019-13", "end_date": "soon", "status": "done", "colour": "red"})
    fields = {p.field for p in err.value.problems}
    assert fields == {"start_date", "end_date", "status", "colour", "title_vi"}
    assert "title in Vietnamese or English is required" in str(err.value)


def test_end_before_start_is_refused(services):
    with pytest.raises(ValidationError, match="end_date: ends"):
        services.events.create({"title_en": "Workshop", "start_date": "2023-03-28", "end_date": "2023-03-01"})


def test_decomposed_vietnamese_is_stored_composed(services):
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Hội thảo tham vấn")
    rec = services.events.create({"title_vi": decomposed})
    assert rec["title_vi"] == unicodedata.normalize("NFC", decomposed)


@pytest.fixture
def sample(services):
    s = services.initiatives
    a = s.create({"title_vi": "Dự án Long An", "provinces": "Long An", "themes": "waste-separation", "organizations": "WWF-Vietnam", "start_date": "2018", "end_date": "2023", "status": "completed"})
    b = s.create({"title_vi": "Dự án Huế", "provinces": "Thừa Thiên Huế", "themes": "ecosystems", "organizations": "WWF-Vietnam", "start_date": "2021", "end_date": "2024"})
    c = s.create({"title_en": "E-commerce packaging training", "organizations": "VECOM", "start_date": "2024", "end_date": "2025", "status": "planned"})
    d = s.create({"title_vi": "Đường phố xanh", "provinces": "Tây Ninh", "start_date": "2025-09"})
    return a, b, c, d


def ids(page):
    return {r.id for r in page.records}


def test_filter_by_current_province_finds_records_recorded_in_a_merged_one(services, sample):
    a, b, c, d = sample
    assert ids(services.initiatives.list(ListQuery(province="Tây Ninh"))) == {a.id, d.id}
    assert ids(services.initiatives.list(ListQuery(province="tay ninh"))) == {a.id, d.id}
    assert ids(services.initiatives.list(ListQuery(province="Long An"))) == {a.id}
    assert ids(services.initiatives.list(ListQuery(province="Huế"))) == {b.id}
    assert ids(services.initiatives.list(ListQuery(province="Hue"))) == {b.id}


def test_filters_by_theme_org_status_and_year_overlap(services, sample):
    a, b, c, d = sample
    q = services.initiatives.list
    assert ids(q(ListQuery(theme="Phân loại rác tại nguồn"))) == {a.id}
    assert ids(q(ListQuery(org="wwf"))) == {a.id, b.id}
    assert ids(q(ListQuery(status="planned"))) == {c.id}
    assert ids(q(ListQuery(year_from=2022, year_to=2022))) == {a.id, b.id}
    assert ids(q(ListQuery(year_from=2025))) == {c.id, d.id}
    assert ids(q(ListQuery(text="duong"))) == {d.id}


def test_sorting_and_paging(services, sample):
    page = services.initiatives.list(ListQuery(sort="-start_date", limit=2))
    assert page.total == 4 and len(page.records) == 2
    assert [r["start_date"] for r in page.records] == ["2025-09", "2024"]
    titles = [r.title("vi") for r in services.initiatives.list(ListQuery(sort="title")).records]
    assert titles == ["Dự án Huế", "Dự án Long An", "Đường phố xanh", "E-commerce packaging training"]
    with pytest.raises(ValidationError):
        services.initiatives.list(ListQuery(sort="nonsense"))


def test_deleted_records_are_hidden_until_restored(services, sample):
    a, *_ = sample
    services.initiatives.delete(a.id)
    assert a.id not in ids(services.initiatives.list())
    with pytest.raises(NotFound):
        services.initiatives.get(a.id)
    services.initiatives.restore(a.id)
    assert services.initiatives.get(a.id).title() == "Dự án Long An"


def test_unknown_ids_give_a_clear_not_found(services):
    with pytest.raises(NotFound, match="is not a record id"):
        services.find("not-an-id")
    with pytest.raises(NotFound, match="No record with id"):
        services.find("01941f29-7c00-7fdf-a433-000000000000")


def test_every_area_has_working_services(services):
    for table, values in {"organizations": {"name_vi": "Nhóm thanh niên xanh", "org_type": "youth_group", "is_core_member": "có"},
                          "policies": {"title_en": "Decree", "policy_type": "Nghị định", "issued_date": "2022-01-10"},
                          "events": {"title_vi": "Họp mạng lưới", "event_type": "meeting", "start_date": "2024-05-02"}}.items():
        svc = services.records[table]
        rec = svc.create(values)
        assert svc.get(rec.id).title() == rec.title()
        assert services.find(rec.id).table == table
        assert svc.list().total == 1


def test_organization_bool_field(services):
    rec = services.organizations.create({"name_vi": "X", "is_core_member": "có"})
    assert rec["is_core_member"] is True


def test_hostile_text_is_stored_safely(services):
    rec = services.initiatives.create({"title_vi": "A\ud800B\x00C\x1b", "summary_vi": "<b>x</b> & =1+1 \u202e"})
    assert rec["title_vi"] == "ABC"
    assert services.initiatives.get(rec.id)["summary_vi"] == "<b>x</b> & =1+1 \u202e"


def test_record_lists_and_search_share_one_filter_vocabulary(services, sample):
    from sqlalchemy import select

    from pan_desktop.core.search import Filters as SearchFilters
    from pan_desktop.core.services import Filters

    a, b, c, d = sample
    assert SearchFilters is Filters and issubclass(ListQuery, Filters)
    svc = services.initiatives
    tbl = svc.model.__table__
    for f in (Filters(province="Tây Ninh"), Filters(org="wwf", year_from=2022), Filters(status="planned")):
        with services.db.session() as s:
            by_condition = set(s.scalars(select(tbl.c.id).where(svc.condition(f))))
        listed = ids(svc.list(ListQuery(**{k: getattr(f, k) for k in f.__dataclass_fields__})))
        assert by_condition == listed and listed


def test_a_read_only_database_is_read_from_many_threads_at_once(services, data_dir):
    """The read-only engine pools connections as a file database does (the in-memory URL's per-thread
    pool closed one thread's connection under another and crashed the process)."""
    from concurrent.futures import ThreadPoolExecutor

    from sqlalchemy.pool import QueuePool

    from pan_desktop.core.services import Services

    services.initiatives.create({"title_vi": "Chợ xanh"})
    services.close()
    read_only = Services.open_read_only(data_dir)
    try:
        assert read_only.read_only and isinstance(read_only.db.engine.pool, QueuePool)
        with ThreadPoolExecutor(8) as pool:
            counts = list(pool.map(lambda _i: read_only.counts()["initiatives"], range(64)))
        assert counts == [1] * 64
        import pytest
        from pan_desktop.core.errors import PanError

        with pytest.raises(PanError) as refused:
            read_only.initiatives.create({"title_vi": "Không lưu được"})
        assert refused.value.code == "read_only"
    finally:
        read_only.close()
