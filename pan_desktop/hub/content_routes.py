"""The content repository over HTTP: ``GET /v1/content/metadata/NAME`` and ``/v1/content/targets/NAME``.

Plain files, public (TUF signatures make them trustworthy, not the channel), with HTTP ``Range`` so a
cut download resumes where it stopped. Asking for ``timestamp.json`` first renews it when it is near its
expiry, so a running hub never serves a stale one. A hub with no repository answers 404 with a code.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, JSONResponse, Response

from pan_desktop.hub.content_repo import ContentRepo, repo_dir_for, safe_name

PREFIX = "/v1/content"


def _missing(what: str) -> JSONResponse:
    return JSONResponse({"detail": f"{what} is not published by this hub", "code": "content.not_found"}, status_code=404)


def content_router(db_url: str, folder: str | None = None) -> APIRouter:
    """Routes serving the repository of the hub at ``db_url`` (see ``content_repo.repo_dir_for``)."""
    where = repo_dir_for(db_url, folder)
    repo = ContentRepo(where) if where is not None else None
    router = APIRouter(prefix=PREFIX, tags=["content"])

    def serve(area: Path, name: str, media_type: str, cache: str) -> Response:
        if repo is None or not repo.exists:
            return _missing("Content")
        path = area / name
        if not safe_name(name) or not path.is_file():
            return _missing(name if safe_name(name) else "That file")
        return FileResponse(path, media_type=media_type, headers={"cache-control": cache})

    @router.get("/metadata/{name}", summary="Signed content lists (TUF metadata)",
                responses={404: {"description": "Not published here"}})
    def metadata(name: str) -> Response:
        if repo is not None and repo.exists and name == "timestamp.json":
            repo.refresh_if_due()
        cache = "no-cache" if name == "timestamp.json" else "public, max-age=31536000, immutable"
        return serve(repo.metadata_dir if repo else Path(), name, "application/json", cache)

    @router.get("/targets/{name}", summary="A published content pack (resumable with Range)",
                responses={206: {"description": "Part of the file (Range)"}, 404: {"description": "Not published here"}})
    def targets(name: str) -> Response:
        return serve(repo.targets_dir if repo else Path(), name, "application/octet-stream",
                     "public, max-age=31536000, immutable")

    return router
