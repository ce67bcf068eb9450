"""``pan-hub --db URL content ACTION``: the network's signed content repository (docs/content-signing.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pan_desktop.hub.content_repo import ENV_CONTENT_DIR, ContentRepo, ContentRepoError, repo_dir_for


def register(sub: argparse._SubParsersAction) -> None:
    content = sub.add_parser("content", help="publish training modules and guidelines to devices (signed with TUF)")
    content.add_argument("--content-dir", metavar="DIR", help=f"the repository folder (default: {ENV_CONTENT_DIR}, or "
                         "beside a SQLite database as NAME-content/)")
    inner = content.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    p = inner.add_parser("init", help="create the repository and its four keys; prints the root to ship in the app")
    p.set_defaults(func=cmd_init)
    p = inner.add_parser("publish", help="validate a pack as devices do and publish it")
    p.add_argument("pack", help="a .panpack file or a pack folder")
    p.add_argument("--targets-key", metavar="FILE", help="the targets key, when it is kept offline")
    p.set_defaults(func=cmd_publish)
    p = inner.add_parser("refresh", help="sign again what is near its expiry (run daily from cron; serving does it too)")
    p.add_argument("--targets-key", metavar="FILE", help="the targets key, when it is kept offline")
    p.add_argument("--force", action="store_true", help="renew the timestamp even when it is not due")
    p.set_defaults(func=cmd_refresh)
    p = inner.add_parser("export-repo", help="write the repository (signed lists and packs) into DIR, for a USB stick")
    p.add_argument("dir")
    p.set_defaults(func=cmd_export)
    p = inner.add_parser("status", help="published packs, versions, expiry dates and which keys are on this computer")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)
    p = inner.add_parser("rotate-key", help="give a role a new key in a new root version (or renew the root)")
    p.add_argument("role", choices=("root", "targets", "snapshot", "timestamp", "renew-root"))
    p.add_argument("--root-key", metavar="FILE", help="the current root key, when it is kept offline")
    p.add_argument("--new-key-out", metavar="FILE", help="write the new key here (an offline medium) instead of keys/")
    p.set_defaults(func=cmd_rotate)


def _repo(args) -> ContentRepo:
    folder = repo_dir_for(args.db, args.content_dir)
    if folder is None:
        raise ContentRepoError(f"This hub's database is not a SQLite file, so give the repository folder with "
                               f"--content-dir DIR or {ENV_CONTENT_DIR}.", code="content.no_repo_dir")
    return ContentRepo(folder)


def cmd_init(args) -> int:
    repo = _repo(args)
    root = repo.init()
    print(f"content repository created in {repo.dir}")
    print(f"root to ship in the app (resources/content/root.json): {root}")
    print(f"keys in {repo.keys_dir}: move root.key (and targets.key, if publishing is done offline) to offline media now")
    return 0


def cmd_publish(args) -> int:
    print(_repo(args).publish(Path(args.pack), args.targets_key).describe())
    return 0


def cmd_refresh(args) -> int:
    renewed = _repo(args).refresh(args.targets_key, args.force)
    print(f"renewed: {', '.join(renewed)}" if renewed else "nothing was due")
    return 0


def cmd_export(args) -> int:
    count = _repo(args).export(Path(args.dir))
    print(f"{count} pack(s) and their signed lists written to {args.dir}; on a device: "
          f"pan-desktop content update --from {args.dir}")
    return 0


def cmd_status(args) -> int:
    status = _repo(args).require().status()
    if args.json:
        sys.stdout.write(json.dumps(status, indent=2, ensure_ascii=False) + "\n")
        return 0
    print(f"repository: {status['folder']}")
    for pack in status["packs"]:
        print(f"  {pack['id']}  {pack['version']}  {pack['bytes']:,} bytes")
    for role, when in status["expires"].items():
        here = "key here" if status["keys_on_this_computer"][role] else "key offline"
        print(f"{role}: version {status['versions'][role]}, expires {when} ({here})")
    if status["due"]:
        print(f"due for signing again: {', '.join(status['due'])} (pan-hub content refresh; the root: rotate-key renew-root)")
    return 0


def cmd_rotate(args) -> int:
    role = None if args.role == "renew-root" else args.role
    out = Path(args.new_key_out) if args.new_key_out else None
    version = _repo(args).rotate(role, args.root_key, out)
    print(f"root version {version} written" + (f"; the new {role} key is in place" if role else ""))
    return 0
