"""``load_pack(folder) -> Pack`` and ``Library``: the installed packs under ``<data_dir>/content/``."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from pan_desktop.core.content.lessons import split_facilitator
from pan_desktop.core.content.model import (Checklist, ChecklistItem, GlossaryEntry, KnowledgeCheck, Lesson, Pack,
                                            PackError, Text)
from pan_desktop.core.content.validate import check_folder
from pan_desktop.core.errors import NotFound
from pan_desktop.core.text import nfc

log = logging.getLogger(__name__)
CONTENT_DIR = "content"
PREVIOUS_DIR = ".previous"


def _text(value) -> Text:
    value = value or {}
    return Text(nfc(str(value.get("vi") or "")).strip(), nfc(str(value.get("en") or "")).strip())


def _strings(values) -> tuple[str, ...]:
    return tuple(nfc(str(v)).strip() for v in (values or ()))


def load_pack(path: Path) -> Pack:
    """The pack in folder ``path``, validated; raises :class:`PackError` listing every problem."""
    root = Path(path)
    if not root.is_dir():
        raise NotFound(f"No content pack folder at {root}. Give the folder that holds pack.yaml.")
    problems, parsed = check_folder(root)
    if problems:
        raise PackError(problems, str(root))
    meta = parsed["pack.yaml"]
    langs = tuple(meta["languages"])
    lessons = []
    for entry in meta["lessons"]:
        bodies, notes = {}, {}
        for lang in ("vi", "en"):
            text = nfc(parsed.get(f"lessons/{entry['id']}.{lang}.md", "")) if lang in langs else ""
            bodies[lang], notes[lang] = split_facilitator(text) if text else ("", "")
        lessons.append(Lesson(id=entry["id"], title=_text(entry["title"]), duration_minutes=entry.get("duration_minutes"),
                              aspect=entry.get("aspect"), body=Text(bodies["vi"], bodies["en"]),
                              facilitator=Text(notes["vi"], notes["en"])))
    checks = tuple(KnowledgeCheck(id=c["id"], lesson=c["lesson"], question=_text(c["question"]),
                                  choices=tuple(_text(ch) for ch in c["choices"]), answer=c["answer"],
                                  explanation=_text(c["explanation"])) for c in parsed.get("checks.yaml") or [])
    checklists = tuple(Checklist(id=cl["id"], title=_text(cl["title"]),
                                 items=tuple(ChecklistItem(id=i["id"], aspect=i["aspect"], text=_text(i["text"]),
                                                           look_for=_text(i["look_for"])) for i in cl["items"]))
                       for cl in parsed.get("checklists.yaml") or [])
    from pan_desktop.core.content.glossary import glossary_entries  # (it reads entries with _text/_strings)

    glossary = glossary_entries(parsed.get("glossary.yaml"))
    return Pack(id=meta["id"], version=meta["version"], kind=meta["kind"], title=_text(meta["title"]),
                summary=_text(meta["summary"]), audience=_strings(meta["audience"]),
                duration_minutes=meta.get("duration_minutes"), objectives_vi=_strings(meta["objectives"]["vi"]),
                objectives_en=_strings(meta["objectives"]["en"]), authors=_strings(meta["authors"]),
                licence=str(meta["licence"]), updated=str(meta["updated"]), languages=langs, lessons=tuple(lessons),
                checks=checks, checklists=checklists, glossary=glossary, root=root.resolve(),
                sources=_strings(meta.get("sources")))


def version_key(version: str) -> tuple:
    """Sort key of a semantic version: ``1.2.0 < 1.10.0``, ``1.0.0-beta < 1.0.0``."""
    core, _, pre = version.partition("-")
    numbers = tuple(int(p) if p.isdigit() else 0 for p in core.split("."))
    return (*numbers, 0 if pre else 1, pre)


class Library:
    """The installed packs in ``<data_dir>/content/``. Loads lazily, caches by folder state; thread-safe."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.root = self.data_dir / CONTENT_DIR
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[tuple, Pack]] = {}
        self.problems: dict[str, str] = {}  # pack folder -> why it could not be loaded

    def _stamp(self, folder: Path) -> tuple:
        try:
            return (folder.stat().st_mtime_ns, (folder / "pack.yaml").stat().st_mtime_ns, folder.stat().st_ino)
        except OSError:
            return ()

    def _load(self, folder: Path) -> Pack | None:
        stamp = self._stamp(folder)
        with self._lock:
            hit = self._cache.get(folder.name)
        if hit and hit[0] == stamp:
            return hit[1]
        try:
            pack = load_pack(folder)
        except (PackError, NotFound, OSError) as exc:
            log.warning("installed pack %s cannot be loaded: %s", folder, exc)
            self.problems[folder.name] = str(exc)
            return None
        with self._lock:
            self._cache[folder.name] = (stamp, pack)
        self.problems.pop(folder.name, None)
        return pack

    def installed(self) -> list[Pack]:
        """The installed packs (one version of each, the newest installed), sorted by kind then id."""
        if not self.root.is_dir():
            return []
        packs = [p for f in sorted(self.root.iterdir()) if f.is_dir() and not f.name.startswith(".") and (p := self._load(f))]
        return sorted(packs, key=lambda p: (p.kind != "guideline", p.id))

    def get(self, pack_id: str) -> Pack:
        """The installed pack ``pack_id``; NotFound if it is not installed."""
        folder = self.root / pack_id
        pack = self._load(folder) if folder.is_dir() and not pack_id.startswith(".") else None
        if pack is None:
            raise NotFound(f"The content pack '{pack_id}' is not installed. Install it with 'pan-desktop content install PATH'.")
        return pack

    def origin(self, pack: Pack) -> str:
        """Where the installed ``pack`` came from: ``pan`` (signed by the network), ``bundled`` (shipped
        with the app) or ``unsigned`` (a file installed with the person's consent: "not from PAN")."""
        from pan_desktop.core.content.install import bundled_versions
        from pan_desktop.core.content.origins import ContentState

        return ContentState(self.data_dir).origin(pack.id, pack.version, bundled_versions())

    def freshness(self) -> dict:
        """The last signed update: ``as_of`` is a date when it came from a copy whose signatures had
        expired ("content as of DATE"), else None."""
        from pan_desktop.core.content.origins import ContentState

        return ContentState(self.data_dir).freshness()

    def glossary(self) -> list[GlossaryEntry]:
        """The glossary: the shipped terms merged with every installed pack's entries (one per id),
        sorted by Vietnamese term (see ``glossary.merge_glossary``)."""
        from pan_desktop.core.content.glossary import merge_glossary

        return merge_glossary(self.installed())
