"""Printing benchmark: a ~100-page handout (participant and facilitator editions), a 200-name certificate
batch and the factsheet of a record with 16,000 short lines, against a plain 100-page probe with the same
fonts (no header, footer, Markdown or tables), all in the same run.

    .venv/bin/python bench/print_bench.py [--runs 5]

Prints medians of the runs: seconds, pages per second, file size. Targets: 100-page handout <= 2 s
and <= 2 MB; the 16,000-line factsheet in time proportional to its pages (pages/s near the handout's).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PARAGRAPH = ("Người thu gom và vựa phế liệu là mắt xích quan trọng của việc tái chế nhựa ở Việt Nam. Khi rác được "
             "phân loại tại nguồn, nhựa sạch hơn, bán được giá hơn và ít bị đốt hay chôn lấp. ")
LESSON = "\n\n".join([
    "## Vì sao cần phân loại",
    PARAGRAPH * 4,
    "- **Che kín** máy băm, máy nghiền.\n- Quét dọn hằng ngày; thu gom bụi vào bao kín.\n- Không đốt rác ngoài trời.",
    PARAGRAPH * 3,
    "| Công đoạn | Rủi ro | Việc cần làm |\n| --- | --- | --- |\n| Băm, nghiền | bụi mịn | che kín máy |\n| Rửa nhựa | nước thải | lưới lọc |",
    "> Nhắc nhở: an toàn là trên hết.",
    PARAGRAPH * 5,
    "1. Bước một: kiểm tra cống rãnh.\n2. Bước hai: ghi chép lại.\n3. Bước ba: trao đổi với chủ cơ sở.",
    PARAGRAPH * 4,
])


PROBE_PARAGRAPHS = 500  # fills 100 A4 pages


CPU: dict[str, float] = {}


def median_time(fn, runs: int, name: str = "") -> tuple[float, object]:
    """Median wall seconds (and, in CPU[name], median CPU seconds: steadier on a shared machine)."""
    times, cpu, result = [], [], None
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    CPU[name] = statistics.median(cpu)
    return statistics.median(times), result


def probe(out: Path, paragraphs: int) -> int:
    """The baseline: plain paragraphs in Be Vietnam Pro on A4, nothing else."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from pan_desktop.core.printing.fonts import BASE, register_fonts

    register_fonts()
    style = ParagraphStyle("p", fontName=BASE, fontSize=10.5, leading=15)
    story = [Paragraph(PARAGRAPH * 4, style) for _ in range(paragraphs)]
    doc = SimpleDocTemplate(str(out), pagesize=A4, initialFontName=BASE)
    doc.build(story)
    return doc.page


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    from pan_desktop.core.content import load_pack
    from pan_desktop.core.printing.certificates import Participant, build_certificates
    from pan_desktop.core.printing.fonts import register_fonts
    from pan_desktop.core.printing.handout import build_handout
    from pan_desktop.core.printing.options import PrintOptions
    from tests.printing.packs import write_pack

    register_fonts()
    tmp = Path(tempfile.mkdtemp(prefix="print-bench-"))
    pack = load_pack(write_pack(tmp / "packs", lessons=75, lesson_vi=LESSON))
    opts = PrintOptions()
    t_hand, hand = median_time(lambda: build_handout(pack, tmp / "handout.pdf", opts), args.runs, "handout")
    t_probe, probe_pages = median_time(lambda: probe(tmp / "probe.pdf", PROBE_PARAGRAPHS), args.runs, "probe")
    t_fac, fac = median_time(lambda: build_handout(pack, tmp / "facilitator.pdf", opts, edition="facilitator"),
                             args.runs, "facilitator")
    people = [Participant(f"Nguyễn Thị Hằng {i:03d}", "Trung tâm Xanh") for i in range(200)]
    t_cert, cert = median_time(lambda: build_certificates(pack, people, tmp / "certs.pdf", opts), args.runs, "certs")
    from pan_desktop.core.printing.factsheet import build_factsheet
    from pan_desktop.core.services.records import Record

    lines = Record("initiatives", "01941f29-7c0c-776b-bac3-e2164316715f",
                   {"title_vi": "Sáng kiến rất dài", "description_vi": "dòng ngắn\n" * 16_000}, {})
    t_fact, fact = median_time(lambda: build_factsheet(lines, tmp / "lines.pdf", opts), max(1, args.runs // 2), "lines")
    probe_size = (tmp / "probe.pdf").stat().st_size
    print(f"runs per figure: {args.runs} (medians)")
    print(f"{'':28}{'pages':>7}{'seconds':>10}{'cpu s':>8}{'pages/s':>10}{'size KB':>10}")
    rows = [("handout (A4)", "handout", hand.pages, t_hand, hand.size),
            ("handout, facilitator", "facilitator", fac.pages, t_fac, fac.size),
            ("baseline: plain probe", "probe", probe_pages, t_probe, probe_size),
            ("certificates (200 names)", "certs", cert.pages, t_cert, cert.size),
            ("factsheet, 16,000 lines", "lines", fact.pages, t_fact, fact.size)]
    for name, key, pages, t, size in rows:
        print(f"{name:28}{pages:>7}{t:>10.2f}{CPU[key]:>8.2f}{pages / t:>10.1f}{size / 1024:>10.0f}")
    ok = max(t_hand, t_fac) <= 2.0 and max(hand.size, fac.size) <= 2 * 1024 * 1024
    print(f"target 100-page handout <= 2 s and <= 2 MB: {'met' if ok else 'NOT met'} "
          f"({hand.pages} pages, {t_hand:.2f} s; facilitator {fac.pages} pages, {t_fac:.2f} s, {fac.size / 1024 / 1024:.2f} MB; "
          f"handout/probe time per page {(t_hand / hand.pages) / (t_probe / probe_pages):.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
