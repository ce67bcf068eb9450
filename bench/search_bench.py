"""Search benchmark: PAN's Whoosh index against a SQLite FTS5 baseline, same corpus, same queries, same run.

    .venv/bin/python bench/search_bench.py            # 10,000 and 50,000 documents
    .venv/bin/python bench/search_bench.py --quick    # 2,000 documents, fewer rounds
    .venv/bin/python bench/search_bench.py --sizes 10000 --rounds 9

The corpus is synthetic but shaped like the records: bilingual titles, summaries and descriptions built
from waste-management phrases, organisations, former province names, themes, years, statuses. Every
query is timed as the app runs it (a page of 10 hits with facet counts and highlighted snippets),
once "cold" (PAN's cache of term bitsets emptied; FTS5 on a fresh connection) and over several
"warm" rounds (as while typing and refining, when most terms were just read); the
baseline does the same work in FTS5 (``unicode61 remove_diacritics 2``, ``đ`` folded beforehand):
total count, type and status counts, top 10 by bm25 with ``snippet()``, filters through a facet table.
"""

from __future__ import annotations

import argparse
import gc
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pan_desktop.core.provinces import place_keys, filter_key, province_map  # noqa: E402
from pan_desktop.core.search import Filters, IndexManager, SearchQuery  # noqa: E402
from pan_desktop.core.services import Services  # noqa: E402
from pan_desktop.core.services.changes import ChangeWriter  # noqa: E402

VI = ["rác thải nhựa", "thu gom rác", "phân loại rác tại nguồn", "tái chế", "túi ni lông", "kinh tế tuần hoàn",
      "nhựa dùng một lần", "đại dương", "bãi biển", "cộng đồng dân cư", "hộ gia đình", "doanh nghiệp",
      "nâng cao nhận thức", "chính quyền địa phương", "người thu gom phế liệu", "vựa phế liệu", "bao bì",
      "giảm thiểu", "tái sử dụng", "chôn lấp", "đốt rác", "ô nhiễm", "môi trường", "học sinh", "trường học",
      "chợ truyền thống", "đường phố", "sông ngòi", "kênh rạch", "tập huấn", "hội thảo", "chính sách",
      "trách nhiệm mở rộng của nhà sản xuất", "vi nhựa", "phân hữu cơ", "ủ phân", "điểm tập kết", "xử lý"]
VI_GLUE = ["và", "của", "cho", "tại", "trong", "với", "nhằm", "để", "các", "những", "được", "đã", "sẽ", "về"]
EN = ["plastic waste", "waste collection", "source separation", "recycling", "plastic bags", "circular economy",
      "single-use plastic", "ocean", "beaches", "communities", "households", "businesses", "awareness raising",
      "local authorities", "waste pickers", "junk shops", "packaging", "reduction", "reuse", "landfill",
      "incineration", "pollution", "environment", "pupils", "schools", "wet markets", "streets", "rivers",
      "canals", "training", "workshop", "policy", "extended producer responsibility", "microplastics",
      "compost", "composting", "collection points", "treatment"]
EN_GLUE = ["and", "of", "for", "in", "with", "to", "the", "a", "by", "on", "from", "about"]
ORGS = ["GreenHub", "CHANGE", "WWF Việt Nam", "IUCN", "PAN", "Hội Phụ nữ", "Đoàn Thanh niên", "UNDP",
        "Trung tâm Con người và Thiên nhiên", "Hiệp hội Nhựa Việt Nam", "Live & Learn", "ENV"]
RATIO_TARGETS = {"warm": 0.5, "cold": 1.5}  # PAN's p95 over FTS5's, measured in the same run
TABLE_SHARE = (("initiatives", 0.4), ("events", 0.3), ("policies", 0.2), ("organizations", 0.1))
QUERIES = [
    ("single word", "nhựa", {}), ("single word", "tái chế", {}), ("single word", "recycling", {}),
    ("single word", "Đà Nẵng", {}), ("several words", "rác thải nhựa đại dương", {}),
    ("several words", "phân loại rác tại nguồn", {}), ("several words", "plastic waste collection", {}),
    ("phrase", '"rác thải nhựa"', {}), ("phrase", '"circular economy"', {}),
    ("no diacritics", "rac thai nhua", {}), ("no diacritics", "phan loai rac", {}), ("no diacritics", "tai che bao bi", {}),
    ("filters", "nhựa", {"province": "Tây Ninh"}), ("filters", "plastic", {"types": ("policies",)}),
    ("filters", "rác", {"theme": "plastic-waste", "year_from": 2019, "year_to": 2022}),
    ("filters", "recycling", {"status": "ongoing"}),
]


def sentence(rng: random.Random, phrases, glue, n: int) -> str:
    out = []
    for _ in range(n):
        out.append(rng.choice(phrases))
        out.append(rng.choice(glue))
    return " ".join(out).capitalize() + "."


def paragraph(rng, phrases, glue, sentences: int) -> str:
    return " ".join(sentence(rng, phrases, glue, rng.randint(4, 9)) for _ in range(sentences))


def make_values(rng: random.Random, table: str, places: list[str]) -> dict:
    title_vi = sentence(rng, VI, VI_GLUE, 2)[:-1]
    title_en = sentence(rng, EN, EN_GLUE, 2)[:-1]
    provinces = rng.sample(places, rng.randint(1, 2))
    year = rng.randint(2015, 2025)
    if table == "organizations":
        return {"name_vi": title_vi, "name_en": title_en, "description_vi": paragraph(rng, VI, VI_GLUE, 4),
                "description_en": paragraph(rng, EN, EN_GLUE, 4), "provinces": provinces, "member_since": str(year)}
    values = {"title_vi": title_vi, "title_en": title_en, "summary_vi": paragraph(rng, VI, VI_GLUE, 2),
              "summary_en": paragraph(rng, EN, EN_GLUE, 2), "provinces": provinces,
              "themes": rng.sample(["plastic-waste", "3r", "circular-economy", "waste-separation", "awareness"], 2)}
    if table == "initiatives":
        values.update(description_vi=paragraph(rng, VI, VI_GLUE, 5), description_en=paragraph(rng, EN, EN_GLUE, 5),
                      organizations=rng.sample(ORGS, 2), start_date=str(year), end_date=str(year + rng.randint(0, 3)),
                      status=rng.choice(["planned", "ongoing", "completed"]), audiences=["communities"])
    elif table == "events":
        values.update(start_date=f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", organizations=rng.sample(ORGS, 1))
    else:
        values.update(issuing_body=rng.choice(["Quốc hội", "Chính phủ", "Bộ Tài nguyên và Môi trường", "UBND tỉnh"]),
                      issued_date=str(year), status=rng.choice(["in_force", "draft", "expired"]))
    return values


def make_corpus(services: Services, n: int, seed: int = 7) -> list[tuple[str, str, dict]]:
    """Insert ``n`` records (one transaction, seed origin); returns (table, id, values) for the baseline."""
    rng = random.Random(seed)
    places = [f.name_vi for f in province_map().former.values()]
    rows = []
    with services.db.write() as s:
        writer = ChangeWriter(s, "seed")
        for table, share in TABLE_SHARE:
            for _ in range(int(n * share)):
                values = make_values(rng, table, places)
                row = writer.create(table, values)
                rows.append((table, row["id"], values))
        writer.flush()
    return rows


# -- FTS5 baseline ----------------------------------------------------------------------------------
def dfold(text: str) -> str:
    return text.replace("đ", "d").replace("Đ", "D")


def fts_build(path: Path, rows) -> float:
    started = time.perf_counter()
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE VIRTUAL TABLE docs USING fts5(title, body, en, tokenize='unicode61 remove_diacritics 2');
        CREATE TABLE facets(rowid INTEGER PRIMARY KEY, type TEXT, status TEXT, year_from INT, year_to INT,
                            pkeys TEXT, themes TEXT);
        CREATE INDEX facets_type ON facets(type);""")
    with con:
        for i, (table, _id, v) in enumerate(rows, 1):
            tv, te = (v.get("title_vi") or v.get("name_vi")), (v.get("title_en") or v.get("name_en"))
            body = "\n".join(v.get(k, "") for k in ("summary_vi", "description_vi"))
            en = "\n".join(v.get(k, "") for k in ("summary_en", "description_en"))
            con.execute("INSERT INTO docs(rowid, title, body, en) VALUES (?,?,?,?)", (i, dfold(f"{tv}\n{te}"), dfold(body), en))
            y0 = int(str(v.get("start_date") or v.get("issued_date") or v.get("member_since") or "0")[:4])
            y1 = int(str(v.get("end_date") or y0)[:4])
            con.execute("INSERT INTO facets VALUES (?,?,?,?,?,?,?)", (i, table, v.get("status", ""), y0, y1,
                        place_keys(v["provinces"]), "|" + "|".join(v.get("themes", [])) + "|"))
    con.close()
    return time.perf_counter() - started


def fts_match(text: str) -> str:
    text = dfold(text)
    if text.startswith('"'):
        return text
    return " AND ".join(f'"{w}"' for w in text.replace("-", " ").split())


def fts_query(con: sqlite3.Connection, text: str, f: dict) -> tuple[int, list]:
    where, params = ["docs MATCH ?"], [fts_match(text)]
    if f.get("types"):
        where.append("facets.type = ?"); params.append(f["types"][0])
    if f.get("province"):
        where.append("instr(facets.pkeys, ?) > 0"); params.append(filter_key(f["province"]))
    if f.get("theme"):
        where.append("instr(facets.themes, ?) > 0"); params.append(f"|{f['theme']}|")
    if f.get("status"):
        where.append("facets.status = ?"); params.append(f["status"])
    if f.get("year_from"):
        where.append("facets.year_from <= ? AND facets.year_to >= ?"); params += [f["year_to"], f["year_from"]]
    cond = " AND ".join(where)
    base = f"FROM docs CROSS JOIN facets ON facets.rowid = docs.rowid WHERE {cond}"
    total = con.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    con.execute(f"SELECT facets.type, count(*) {base} GROUP BY facets.type", params).fetchall()
    con.execute(f"SELECT facets.status, count(*) {base} GROUP BY facets.status", params).fetchall()
    top = con.execute(f"SELECT docs.rowid, bm25(docs, 2.5, 1, 1) AS r {base} ORDER BY r LIMIT 10", params).fetchall()
    ids = [r[0] for r in top]
    snippets = con.execute(
        f"SELECT rowid, snippet(docs, -1, '[', ']', '…', 24) FROM docs WHERE docs MATCH ? AND rowid IN ({','.join('?' * len(ids))})",
        [fts_match(text), *ids]).fetchall() if ids else []
    return total, snippets


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def _stats(samples: dict[str, list[float]]) -> dict:
    every = [ms for v in samples.values() for ms in v]
    return {"p50": statistics.median(every), "p95": percentile(every, 95),
            "kinds": {k: (statistics.median(v), percentile(v, 95)) for k, v in samples.items()}}


def time_queries(manager, fts_path: Path, rounds: int) -> dict:
    """Cold: each query once with the term cache emptied (FTS5: a fresh connection). Warm: ``rounds``
    rounds of the mix, as a person searching and refining in the app would run them."""
    from pan_desktop.core.search import engine

    def whoosh(text, f):
        t = time.perf_counter()
        r = manager.search(SearchQuery(text, Filters(**f), limit=10, facets=True, snippets=True))
        ms = (time.perf_counter() - t) * 1000
        assert not r.from_database and r.hits, text
        return ms

    def fts(con, text, f):
        t = time.perf_counter()
        fts_query(con, text, f)
        return (time.perf_counter() - t) * 1000

    manager.search(SearchQuery("khởi động"))  # open the searcher and its facet bitsets once
    cold: dict[str, dict[str, list[float]]] = {"pan": {}, "fts": {}}
    for kind, text, f in QUERIES:
        engine._terms.clear()
        cold["pan"].setdefault(kind, []).append(whoosh(text, f))
        con = sqlite3.connect(fts_path)
        cold["fts"].setdefault(kind, []).append(fts(con, text, f))
        con.close()
    warm: dict[str, dict[str, list[float]]] = {"pan": {}, "fts": {}}
    con = sqlite3.connect(fts_path)
    for kind, text, f in QUERIES:  # the cold pass left only its last query's terms read
        whoosh(text, f)
        fts(con, text, f)
    for _ in range(rounds):
        for kind, text, f in QUERIES:
            warm["pan"].setdefault(kind, []).append(whoosh(text, f))
            warm["fts"].setdefault(kind, []).append(fts(con, text, f))
    con.close()
    return {"cold": {k: _stats(v) for k, v in cold.items()}, "warm": {k: _stats(v) for k, v in warm.items()}}


def run_size(n: int, rounds: int, workdir: Path) -> dict:
    data = workdir / f"data-{n}"
    services = Services.open(data)
    t = time.perf_counter()
    rows = make_corpus(services, n)
    print(f"\n== {len(rows):,} documents (corpus written to the database in {time.perf_counter() - t:.1f} s)", flush=True)
    manager = IndexManager.for_services(services)
    t = time.perf_counter()
    manager.rebuild()
    build = time.perf_counter() - t
    size = sum(p.stat().st_size for p in (data / "index").rglob("*") if p.is_file())
    fts_path = workdir / f"fts-{n}.db"
    fts_time = fts_build(fts_path, rows)
    count, (table, rid, _v) = len(rows), rows[len(rows) // 3]
    del rows  # 50,000 dicts of the generator would make the garbage collector pause inside timings
    gc.collect()
    latency = time_queries(manager, fts_path, rounds)
    # one record's update, searchable after the catch-up
    update_times = []
    for i in range(3):
        word = f"zqx{n}v{i}"
        t = time.perf_counter()
        services.records[table].update(rid, {"summary_en": f"Updated {word} summary."})
        manager.catch_up()
        found = manager.search(SearchQuery(word, limit=5))
        update_times.append(time.perf_counter() - t)
        assert found.hits and found.hits[0].id == rid, word
    services.close()
    return {"n": count, "build_s": build, "docs_per_s": count / build, "index_mb": size / 1e6,
            "fts_build_s": fts_time, "fts_mb": fts_path.stat().st_size / 1e6,
            "update_s": statistics.median(update_times), **latency}


def report(r: dict, target_p95: float) -> None:
    print(f"build        PAN/Whoosh {r['build_s']:7.1f} s  ({r['docs_per_s']:,.0f} docs/s, target >= 500)   "
          f"FTS5 {r['fts_build_s']:6.1f} s")
    print(f"index size   PAN/Whoosh {r['index_mb']:7.1f} MB                                   FTS5 {r['fts_mb']:6.1f} MB")
    for phase in ("warm", "cold"):
        pan, fts = r[phase]["pan"], r[phase]["fts"]
        ratio = pan["p95"] / fts["p95"] if fts["p95"] else float("inf")
        print(f"{phase:5s} p50    PAN/Whoosh {pan['p50']:7.1f} ms                                   FTS5 {fts['p50']:6.1f} ms")
        print(f"{phase:5s} p95    PAN/Whoosh {pan['p95']:7.1f} ms  (target <= {target_p95:.0f} ms)            "
              f"FTS5 {fts['p95']:6.1f} ms   ratio {ratio:.2f}x (target <= {RATIO_TARGETS[phase]}x)")
        for kind, (p50, p95) in pan["kinds"].items():
            f50, f95 = fts["kinds"][kind]
            print(f"   {kind:14s} PAN p50 {p50:6.1f} p95 {p95:6.1f} ms   FTS5 p50 {f50:6.1f} p95 {f95:6.1f} ms")
    print(f"update -> searchable  {r['update_s'] * 1000:.0f} ms (target <= 1000 ms)", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 documents and 2 rounds (a smoke run)")
    parser.add_argument("--sizes", type=int, nargs="*", help="corpus sizes (default 10000 50000)")
    parser.add_argument("--rounds", type=int, default=None, help="rounds of the query mix (default 5)")
    args = parser.parse_args()
    sizes = args.sizes or ([2000] if args.quick else [10_000, 50_000])
    rounds = args.rounds or (2 if args.quick else 5)
    workdir = Path(tempfile.mkdtemp(prefix="pan-search-bench-"))
    print(f"{len(QUERIES)} queries, once cold and {rounds} rounds warm per size, each with facet counts and "
          "highlighted snippets (PAN: 7 facets; FTS5: total, type and status counts)")
    try:
        for n in sizes:
            report(run_size(n, rounds, workdir), 100 if n <= 10_000 else 250)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
