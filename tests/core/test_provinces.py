"""The 63 -> 34 province map shipped as data."""

from pan_desktop.core.provinces import describe, province_map, resolve


def test_map_has_63_former_and_34_current_provinces_each_former_in_exactly_one_current():
    pm = province_map()
    assert len(pm.former) == 63 and len(pm.current) == 34
    assert sorted(f for c in pm.current.values() for f in c.former) == sorted(pm.former)
    assert all(pm.former[f].current == c.code for c in pm.current.values() for f in c.former)


def test_names_resolve_with_and_without_diacritics_in_both_languages():
    assert resolve("Long An") == ("long-an", "tay-ninh")
    assert resolve("long an") == ("long-an", "tay-ninh")
    assert resolve("Bà Rịa – Vũng Tàu") == ("ba-ria-vung-tau", "ho-chi-minh")
    assert resolve("Ho Chi Minh City")[1] == "ho-chi-minh"
    assert resolve("Hanoi") == ("ha-noi", "ha-noi")
    assert resolve("Phú Quốc") == ("kien-giang", "an-giang")
    assert resolve("Mekong Delta") == (None, None)


def test_describe_says_where_a_former_province_now_belongs():
    assert describe("Long An", "vi") == "Long An (nay thuộc Tây Ninh)"
    assert describe("Long An", "en") == "Long An (now Tay Ninh)"
    assert describe("Hà Nội", "vi") == "Hà Nội"


def test_every_province_name_has_an_ascii_form():
    pm = province_map()
    for p in [*pm.current.values(), *pm.former.values()]:
        assert p.name_ascii.isascii() and p.name_en.isascii() or "–" in p.name_en
