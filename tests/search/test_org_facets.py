"""The organisation facet of the bundled records: one entry per organisation, named in the interface
language, and filters by a chosen entry or by any of an organisation's names."""

import pytest

from pan_desktop.core.search import Filters, IndexManager, SearchQuery
from pan_desktop.core.services import Services
from tests.conftest import copy_data_dir

PAN = "01941f29-7c00-7fdf-a433-8792feafc273"
RKC = "01941f29-7c09-7abe-993d-5d0c24949a42"
COCA = "01941f29-7c01-750e-aee2-eb87f8ab7d8a"


@pytest.fixture(scope="module")
def manager(tmp_path_factory, _initialised_template):
    services = Services.open(copy_data_dir(_initialised_template, tmp_path_factory.mktemp("orgs") / "data"))
    manager = IndexManager.for_services(services)
    manager.ensure()
    yield manager
    services.close()


def test_each_organisation_appears_once_in_the_facets_of_the_bundled_records(manager):
    result = manager.search(SearchQuery(""))
    values = [v for v, _n in result.facets["org"]]
    assert len(values) == len(set(values))
    labels = [result.org_labels.get(v, (v, v)) for v in values]
    assert len({vi for vi, _en in labels}) == len(labels) and len({en for _vi, en in labels}) == len(labels)
    counts = dict(result.facets["org"])
    assert counts[PAN] == 3 and counts[RKC] == 2 and counts[COCA] == 3  # its record and the records naming it
    for duplicate in ("Plastic Action Network (PAN network)", "RKC-MPD of ERIA", "The Coca-Cola Foundation", "PAN"):
        assert duplicate not in counts
    assert result.org_labels[COCA] == ("Quỹ Coca-Cola", "The Coca-Cola Foundation")


def test_an_organisation_filter_takes_a_chosen_entry_or_any_of_its_names(manager):
    by_id = manager.search(SearchQuery("", Filters(org=RKC)))
    by_alias = manager.search(SearchQuery("", Filters(org="rkc-mpd of eria")))
    by_name = manager.search(SearchQuery("", Filters(org="Trung tâm Tri thức")))
    keys = lambda r: {(h.type, h.id) for h in r.hits}  # noqa: E731
    assert keys(by_id) == keys(by_alias) == keys(by_name)
    assert ("initiatives", "01941f29-7c16-7825-8872-87c0081028b4") in keys(by_id) and by_id.total == 2


def test_a_query_naming_an_organisation_finds_the_records_linked_to_it(manager):
    result = manager.search(SearchQuery("WWF", limit=30))
    hue = "01941f29-7c0b-7a18-bec4-49cafeb9d95a"  # its texts never name WWF: only its link does
    assert hue in {h.id for h in result.hits}


def test_renaming_an_organisation_reindexes_the_records_linked_to_it(tmp_path, _initialised_template):
    services = Services.open(copy_data_dir(_initialised_template, tmp_path / "data"))
    try:
        manager = IndexManager.for_services(services)
        manager.ensure()
        assert not manager.search(SearchQuery("Tổchứcmớitên")).hits
        services.records["organizations"].update(RKC, {"aliases": ["Tổchứcmớitên"]})
        manager.catch_up()
        found = {h.id for h in manager.search(SearchQuery("Tổchứcmớitên")).hits}
        assert {RKC, "01941f29-7c16-7825-8872-87c0081028b4"} <= found  # the organisation and the project it funds
    finally:
        services.close()
