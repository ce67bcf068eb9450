"""Search fixtures: a few bilingual records, an index manager over them."""

from __future__ import annotations

import pytest


def make_records(services):
    """Records written the way people write them (with marks, one without), in former provinces."""
    ini = services.initiatives
    made = {
        "road": ini.create({"title_vi": "Con đường không rác thải nhựa", "title_en": "A road without plastic waste",
                            "summary_vi": "Thu gom rác thải nhựa dọc đường phố.", "provinces": ["Long An"],
                            "themes": ["plastic-waste"], "status": "ongoing", "start_date": "2020",
                            "organizations": ["GreenHub"]}),
        "duong": ini.create({"title_vi": "Làm sạch bãi biển Dương Đông", "title_en": "Cleaning Duong Dong beach",
                             "summary_vi": "Nhặt rác trên bãi biển cùng du khách.", "provinces": ["Kiên Giang"],
                             "status": "completed", "start_date": "2018", "end_date": "2019"}),
        "bags": ini.create({"title_vi": "Chợ xanh giảm túi ni lông", "title_en": "Green market",
                            "summary_vi": "Người bán hàng ở chợ giảm túi ni lông.", "provinces": ["Hà Nội"],
                            "themes": ["single-use-plastic"], "status": "ongoing", "start_date": "2022"}),
        "bags_en": ini.create({"title_vi": "Dự án cửa hàng", "title_en": "Shop project",
                               "summary_en": "Shops hand out fewer plastic bags.", "provinces": ["Hà Nội"],
                               "status": "planned", "start_date": "2024"}),
        "policy": services.policies.create({"title_vi": "Quy định về tái chế bao bì", "title_en": "Packaging rules",
                                            "summary_vi": "Nhà sản xuất có trách nhiệm tái chế bao bì.",
                                            "status": "in_force", "issued_date": "2022"}),
        "org": services.organizations.create({"name_vi": "Trung tâm Xanh", "name_en": "GreenHub",
                                              "short_name": "GreenHub", "description_en": "Works on marine plastic."}),
    }
    return made


@pytest.fixture
def records(services):
    return make_records(services)


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One indexed data dir per test module, for tests that only read."""
    from pan_desktop.core.search import IndexManager
    from pan_desktop.core.services import Services

    svc = Services.open(tmp_path_factory.mktemp("search"))
    made = make_records(svc)
    m = IndexManager.for_services(svc)
    m.ensure()
    yield m, made
    svc.close()


@pytest.fixture
def manager(shared):
    return shared[0]


@pytest.fixture
def shared_records(shared):
    return shared[1]


def ids(result):
    return [h.id for h in result.hits]


@pytest.fixture(scope="session")
def bundled_index(tmp_path_factory):
    """What a new installation holds (bundled records, packs, glossary), indexed once per session."""
    from pan_desktop.core.search import IndexManager
    from pan_desktop.core.services import Services
    from pan_desktop.core.services.setup import initialise

    svc = Services.open(tmp_path_factory.mktemp("bundled") / "data")
    initialise(svc)
    manager = IndexManager.for_services(svc)
    manager.rebuild()
    yield manager
    svc.close()
