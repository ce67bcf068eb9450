"""Relevance held by the judged set (bench/relevance): a floor overall, and what issue 13 promised."""

from __future__ import annotations

import pytest

from bench import relevance_bench as rb
from pan_desktop.core.search import IndexManager, SearchQuery
from pan_desktop.core.services import Services
from pan_desktop.core.text import fold

LONG_AN_PROJECT = "01941f29-7c0c-776b-bac3-e2164316715f"
FLOOR_NDCG10 = 0.89  # measured 0.908 after tuning (0.838 before): a change cannot silently lose relevance


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    """The bench's data (bundled records and packs plus the synthetic corpus), indexed once."""
    data = tmp_path_factory.mktemp("relevance") / "data"
    handles = rb.build_data(data)
    services = Services.open(data)
    manager = IndexManager.for_services(services)
    yield manager, handles, data
    services.close()


def _search(manager, text):
    return manager.search(SearchQuery(text, limit=10, complete_last=True, correct=True))


def _keys(result):
    return [f"{h.type}:{h.id}" for h in result.hits]


def test_judged_set_stays_above_the_floor(judged):
    _manager, handles, data = judged
    table = rb.summary(rb.run(data, rb.load_queries(), handles, runs=1))
    assert table["overall"]["ndcg10"] >= FLOOR_NDCG10, table["overall"]
    assert table["overall"]["s5"] >= 0.97 and table["overall"]["mrr"] >= 0.97


def test_long_an_finds_the_project_first_and_no_completed_an(judged):
    manager, handles, _data = judged
    result = _search(manager, "Long An")
    assert _keys(result)[0] == handles["long-an-project"]
    for hit in result.hits[:5]:
        marked = [hit.title[s:e] for s, e in hit.title_spans] + [hit.snippet.text[s:e] for s, e in hit.snippet.spans]
        assert marked and {fold(w.lower()) for w in marked} <= {"long", "an"}, (hit.title, marked)  # never "and"


def test_tay_ninh_finds_the_long_an_project_and_highlights_no_tai(judged, bundled_index):
    assert _keys(_search(bundled_index, "Tây Ninh"))[:1] == [f"initiatives:{LONG_AN_PROJECT}"]  # as a new user sees it
    manager, handles, _data = judged
    result = _search(manager, "Tây Ninh")  # with the corpus' three other records in today's Tây Ninh
    tay_ninh = {handles[h] for h in ("long-an-project", "long-an-u-phan", "tan-an-hop-tac-xa", "bao-bi-tay-ninh")}
    assert set(_keys(result)[:4]) == tay_ninh
    for hit in result.hits:
        marked = {hit.snippet.text[s:e].lower() for s, e in hit.snippet.spans}
        assert "tại" not in marked and marked <= {"tây", "ninh", "tay"}, marked


@pytest.mark.parametrize(("query", "handle"), [("plastic bag", "cho-xanh"), ("plastic bag", "quy-dinh-tui-da-nang"),
                                               ("landfill", "bai-rac-quang-nam"), ("landfill", "lo-trinh-chon-lap"),
                                               ("composting", "u-phan-tien-giang")])
def test_english_query_finds_vietnamese_only_records_in_the_first_five(judged, query, handle):
    manager, handles, _data = judged
    assert handles[handle] in _keys(_search(manager, query))[:5]


@pytest.mark.parametrize(("query", "handle"), [("ewaste", "ewaste-can-tho"), ("micro plastic", "vi-nhua-song-hong")])
def test_words_written_together_or_apart_are_found(judged, query, handle):
    manager, handles, _data = judged
    assert handles[handle] in _keys(_search(manager, query))[:3]


def test_a_place_name_s_words_must_stand_together(judged):
    manager, handles, _data = judged
    result = _search(manager, "Long An")
    full = result.hits[:result.total]  # every unit matched: the name itself, or a record in the place
    assert full and all("long an" in fold(f"{h.title} {h.snippet.text}").lower() or h.place.startswith("Long An")
                        for h in full), [h.title for h in full]


def test_an_organisation_s_name_ranks_its_record_and_its_work_first(judged):
    manager, handles, _data = judged
    keys = _keys(_search(manager, "VECOM"))
    assert keys[0] == handles["vecom"]
    work = {handles[h] for h in ("ecommerce-programme", "online-communication", "retailer-training", "student-contest",
                                 "lecturer-training", "ecommerce-seminars", "policy-discussion", "ecommerce-survey",
                                 "vecom-wwf-meeting")}  # every record naming VECOM among its organisations
    assert len(work & set(keys[1:10])) >= 8, keys  # (a glossary entry and a lesson naming VECOM come close)
