"""Sites are found by the one search index: by name, kind, province (former or current) and address,
never by the owner's name or phone (personal data, kept in another table); the index follows edits."""

from __future__ import annotations

from pan_desktop.core.search import Filters, IndexManager, SearchQuery
from pan_desktop.core.search.index import SCHEMA_VERSION


def _ids(result) -> list[str]:
    return [h.id for h in result.hits if h.type == "sites"]


def test_sites_are_searched_by_name_kind_place_and_address_not_owner(sites, junk_shop, services):
    factory = sites.add_site({"name": "Nhà máy nhựa Sông Hồng", "kind": "factory", "provinces": ["Hải Phòng"],
                              "address": "Khu công nghiệp Nomura"})
    m = IndexManager.for_services(services)
    early = m.search(SearchQuery("minh phat"))  # no index yet: answered from the database
    assert early.from_database and _ids(early) == [junk_shop["id"]]
    assert m.ensure() == "rebuilt" and SCHEMA_VERSION >= 7
    shop = junk_shop["id"]
    assert _ids(m.search(SearchQuery("minh phat"))) == [shop]  # the name, without marks
    assert _ids(m.search(SearchQuery("vựa phế liệu", Filters(types=("sites",))))) == [shop]  # its kind
    assert _ids(m.search(SearchQuery("junk shop", lang="en"))) == [shop]
    assert _ids(m.search(SearchQuery("Nomura"))) == [factory["id"]]  # the address
    assert _ids(m.search(SearchQuery("nha may", Filters(province="Hải Phòng")))) == [factory["id"]]
    assert _ids(m.search(SearchQuery("Nguyễn Văn Phát"))) == [] and _ids(m.search(SearchQuery("0912 345 678"))) == []
    facets = dict(m.search(SearchQuery("nhựa")).facets["type"])
    assert facets.get("sites") == 1

    sites.update_site(factory["id"], {"name": "Nhà máy bao bì Đình Vũ", "owner": "Trần Thị Kín"})
    m.catch_up()
    assert _ids(m.search(SearchQuery("dinh vu"))) == [factory["id"]]
    assert _ids(m.search(SearchQuery("Trần Thị Kín"))) == []
    assert m.check().ok
