"""Broken and hostile packs: every one is refused with a message that names the file (and line) at fault."""

from __future__ import annotations

import os
import stat
import zipfile

import pytest

from pan_desktop.core.content import PackError, install, validate
from tests.content.packbuilder import replace_in, zip_pack


def _edit(rel, old, new):
    return lambda root: replace_in(root / rel, old, new)


def _write(rel, data):
    def apply(root):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return apply


def _many_files(root):
    for i in range(501):
        (root / "media" / f"f{i}.png").write_bytes(b"x")


def _symlink(root):
    os.symlink("/etc/passwd", root / "media" / "passwd.png")


# (name, how to break the good pack, file named in the problem, line or None, code)
BROKEN = [
    ("no pack.yaml", lambda r: (r / "pack.yaml").unlink(), "pack.yaml", None, "no_pack_yaml"),
    ("malformed yaml", _edit("pack.yaml", "kind: module", "kind: [module"), "pack.yaml", None, "yaml_syntax"),
    ("python tag", _edit("pack.yaml", "licence: CC BY 4.0", "licence: !!python/object/apply:os.system [ls]"), "pack.yaml", 10, "yaml_tag"),
    ("custom tag", _edit("checks.yaml", "answer: 1", "answer: !int 1"), "checks.yaml", 7, "yaml_tag"),
    ("alias bomb", _write("glossary.yaml", 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: [*b,*b]\n'), "glossary.yaml", None, "yaml_alias"),
    ("duplicate key", _edit("pack.yaml", "kind: module", "kind: module\nkind: guideline"), "pack.yaml", 4, "duplicate_key"),
    ("missing title", _edit("pack.yaml", 'title: {vi: "Gói thử", en: "Test pack"}\n', ""), "pack.yaml", None, "missing"),
    ("missing english title", _edit("pack.yaml", ', en: "Test pack"', ""), "pack.yaml", 4, "missing"),
    ("wrong type", _edit("pack.yaml", "duration_minutes: 60", "duration_minutes: long"), "pack.yaml", 7, "wrong_type"),
    ("bad version", _edit("pack.yaml", "version: 1.0.0", "version: '1.0'"), "pack.yaml", 2, "bad_format"),
    ("bad kind", _edit("pack.yaml", "kind: module", "kind: course"), "pack.yaml", 3, "not_allowed"),
    ("bad date", _edit("pack.yaml", "updated: 2025-01-02", "updated: 02/01/2025"), "pack.yaml", 11, "bad_format"),
    ("unknown field", _edit("pack.yaml", "licence: CC BY 4.0", "licence: CC BY 4.0\nprice: 10"), "pack.yaml", 11, "unknown_field"),
    ("bad id", _edit("pack.yaml", "id: test-pack", "id: ../../evil"), "pack.yaml", 1, "bad_format"),
    ("duplicate lesson id", _edit("pack.yaml", "id: 02-more", "id: 01-intro"), "pack.yaml", 17, "duplicate_id"),
    ("duplicate check id", lambda r: (r / "checks.yaml").write_text((r / "checks.yaml").read_text("utf-8") * 2, "utf-8"), "checks.yaml", 9, "duplicate_id"),
    ("check for unknown lesson", _edit("checks.yaml", "lesson: 01-intro", "lesson: 09-nothing"), "checks.yaml", 2, "unknown_lesson"),
    ("answer out of range", _edit("checks.yaml", "answer: 1", "answer: 2"), "checks.yaml", 7, "bad_answer"),
    ("missing lesson file", lambda r: (r / "lessons" / "02-more.en.md").unlink(), "pack.yaml", 17, "missing_lesson_file"),
    ("unlisted lesson file", _write("lessons/03-extra.vi.md", "Xin chào\n"), "lessons/03-extra.vi.md", None, "unlisted_lesson"),
    ("unclosed notes", _edit("lessons/01-intro.en.md", "Notes for the facilitator\n:::\n", "Notes for the facilitator\n"), "lessons/01-intro.en.md", 5, "unclosed_notes"),
    ("missing media", _edit("lessons/01-intro.vi.md", "media/diagram.png", "media/missing.png"), "lessons/01-intro.vi.md", 3, "missing_media"),
    ("web image", _edit("lessons/01-intro.en.md", "media/diagram.png", "https://example.org/x.png"), "lessons/01-intro.en.md", 3, "remote_image"),
    ("link outside the pack", _edit("lessons/02-more.en.md", "Text with", "[secret](../../etc/passwd) Text with"), "lessons/02-more.en.md", 3, "bad_link"),
    ("not utf-8", _write("lessons/01-intro.vi.md", "## Bài\n\nTiếng Việt\n".encode("cp1258", errors="replace") + b"\xff\xfe bad"), "lessons/01-intro.vi.md", 1, "not_utf8"),
    ("unknown file", _write("run.py", "import os\n"), "run.py", None, "unknown_file"),
    ("too many files", _many_files, "", None, "too_many_files"),
    ("symlink", _symlink, "media/passwd.png", None, "symlink"),
    ("guideline without aspects", _edit("pack.yaml", "kind: module", "kind: guideline"), "pack.yaml", 14, "missing_aspect"),
    ("bad glossary entry", _edit("glossary.yaml", "en: plastic bag", "en: 12"), "glossary.yaml", 3, "wrong_type"),
    ("bad checklist aspect", _write("checklists.yaml", "- id: site\n  title: {vi: a, en: b}\n  items:\n    - id: i1\n      aspect: noise\n"
                                    "      text: {vi: a, en: b}\n      look_for: {vi: a, en: b}\n"), "checklists.yaml", 5, "not_allowed"),
]


@pytest.mark.parametrize("name,breaker,file,line,code", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_pack_is_reported_with_file_and_line(good_pack, name, breaker, file, line, code):
    breaker(good_pack)
    problems = validate(good_pack)
    match = [p for p in problems if p.code == code]
    assert match, f"expected {code}, got {[str(p) for p in problems]}"
    assert match[0].file == file
    if line is not None:
        assert match[0].line == line, str(match[0])
    assert str(match[0]).startswith(file or "(pack)")


def test_every_problem_is_reported_not_just_the_first(good_pack):
    replace_in(good_pack / "pack.yaml", "kind: module", "kind: course")
    replace_in(good_pack / "checks.yaml", "answer: 1", "answer: 5")
    replace_in(good_pack / "lessons" / "02-more.vi.md", "media/diagram.png", "media/none.png")
    codes = {p.code for p in validate(good_pack)}
    assert {"not_allowed", "bad_answer", "missing_media"} <= codes


def _zip_with(tmp_path, name, entries, symlink=None):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for entry, data in entries.items():
            zf.writestr(entry, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, "/etc/passwd")
    return path


@pytest.mark.parametrize("entries,symlink,code", [
    ({"pack.yaml": "id: x\n", "../evil.txt": "x"}, None, "unsafe_path"),
    ({"pack.yaml": "id: x\n", "/etc/cron.d/evil": "x"}, None, "unsafe_path"),
    ({"pack.yaml": "id: x\n", "lessons\\..\\..\\evil.md": "x"}, None, "unsafe_path"),
    ({"pack.yaml": "id: x\n"}, "media/link.png", "symlink"),
    ({"pack.yaml": "id: x\n", "media/zeros.png": b"\0" * (2 * 1024 * 1024)}, None, "zip_bomb"),
    ({"pack.yaml": "id: x\n", "media/huge.png": b"\0" * (21 * 1024 * 1024)}, None, "file_too_big"),
    ({"readme.txt": "no pack here"}, None, "no_pack_yaml"),
], ids=["traversal", "absolute", "backslash", "symlink", "ratio", "size", "no-pack-yaml"])
def test_hostile_zip_is_refused_before_anything_is_written(tmp_path, data_dir, entries, symlink, code):
    path = _zip_with(tmp_path, "hostile.panpack", entries, symlink)
    assert code in {p.code for p in validate(path)}
    with pytest.raises(PackError) as err:
        install(path, data_dir)
    assert code in {p.code for p in err.value.problems}
    assert not (data_dir / "content").exists()
    assert not (tmp_path / "evil.txt").exists()


def test_garbage_panpack_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "broken.panpack"
    path.write_bytes(b"this is not a zip")
    problems = validate(path)
    assert problems[0].code == "bad_zip" and "broken.panpack" in str(problems[0])


def test_zip_of_a_broken_pack_reports_files_inside_it(tmp_path, good_pack):
    replace_in(good_pack / "checks.yaml", "answer: 1", "answer: 3")
    problems = validate(zip_pack(good_pack, tmp_path / "p.panpack"))
    assert [(p.file, p.line, p.code) for p in problems] == [("checks.yaml", 7, "bad_answer")]


def test_zip_whose_header_lies_about_size_is_refused(tmp_path, data_dir):
    """An entry declared as 1 KB that inflates to 300 KB passes the header checks but not extraction."""
    import struct

    path = _zip_with(tmp_path, "liar.panpack", {"pack.yaml": "id: x\n", "media/big.png": b"\0" * 300_000})
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        start = 0
        while (at := data.find(signature, start)) >= 0:
            if struct.unpack_from("<I", data, at + offset)[0] == 300_000:
                struct.pack_into("<I", data, at + offset, 1000)
            start = at + 4
    path.write_bytes(bytes(data))
    problems = validate(path)
    assert [p.code for p in problems] == ["bad_zip"] and "liar.panpack" in str(problems[0])
    with pytest.raises(PackError):
        install(path, data_dir)
    assert not any(p.is_file() for p in (data_dir / "content").rglob("*"))
