"""One glossary for search and the Glossary page: shipped terms merged with the packs' entries."""

from __future__ import annotations

from types import SimpleNamespace

from pan_desktop.core.content import GlossaryEntry, Text
from pan_desktop.core.content.glossary import merge_glossary, shipped_glossary
from pan_desktop.core.search.glossary import Expander


def _entry(id_, vi, en, aliases_vi=(), aliases_en=()):
    return GlossaryEntry(id_, vi, en, Text(f"{vi}.", f"{en}."), tuple(aliases_vi), tuple(aliases_en))


def test_shipped_glossary_loads_with_the_pack_schema():
    entries = shipped_glossary()
    assert len(entries) >= 70 and len({e.id for e in entries}) == len(entries)
    bag = next(e for e in entries if e.id == "plastic-bag")
    assert (bag.vi, bag.en) == ("túi ni lông", "plastic bag") and bag.definition.vi


def test_packs_add_entries_and_names_but_do_not_redefine_a_term():
    shipped = [_entry("plastic-bag", "túi ni lông", "plastic bag", ["túi nilon"])]
    first = SimpleNamespace(glossary=(_entry("plastic-bag", "túi nhựa", "poly bag", ["túi nilon"], ["carrier bag"]),
                                      _entry("bale", "kiện hàng", "bale")))
    second = SimpleNamespace(glossary=(_entry("bale", "kiện", "bundle"),))
    merged = merge_glossary([first, second], shipped)
    assert [e.id for e in merged] == ["bale", "plastic-bag"]  # by Vietnamese term, one per id
    bag = merged[1]
    assert (bag.vi, bag.en, bag.definition.en) == ("túi ni lông", "plastic bag", "plastic bag.")
    assert bag.aliases_vi == ("túi nilon", "túi nhựa") and bag.aliases_en == ("poly bag", "carrier bag")
    assert merged[0].en == "bale" and merged[0].aliases_en == ("bundle",)


def test_a_name_a_pack_adds_expands_queries():
    pack = SimpleNamespace(glossary=(_entry("plastic-bag", "túi ni lông", "plastic bag", [], ["polythene bag"]),))
    expander = Expander(merge_glossary([pack], [_entry("plastic-bag", "túi ni lông", "plastic bag")]))
    [found] = expander.expansions(["polythene", "bags"])
    assert found.entry_id == "plastic-bag" and ("túi", "ni", "lông") in found.forms
