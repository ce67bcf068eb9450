"""``pan-hub --db URL COMMAND``: create the hub database, serve it, manage organisations and devices."""

from __future__ import annotations

import argparse
import os
import sys

from pan_desktop.core.errors import PanError
from pan_desktop.hub import content_cli, enrol_file, usb_cli

ENV_DB = "PAN_HUB_DB"
DEFAULT_DB = "sqlite:///pan-hub.db"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pan-hub", description="The PAN sync hub.")
    parser.add_argument("--db", default=os.environ.get(ENV_DB, DEFAULT_DB), metavar="URL",
                        help=f"database URL: sqlite:///path.db or postgresql+psycopg://... (default: {ENV_DB} or {DEFAULT_DB})")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    p = sub.add_parser("init", help="create the tables and the hub identity, and load the bundled public records")
    p.add_argument("--no-seed", action="store_true", help="do not load the bundled records")
    p.set_defaults(func=cmd_init)
    p = sub.add_parser("seed", help="load the bundled records as public rows (those present are left alone)")
    p.set_defaults(func=cmd_seed)
    p = sub.add_parser("serve", help="serve the sync API")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--tls-cert", metavar="PEM", help="serve https with this certificate (chain) file")
    p.add_argument("--tls-key", metavar="PEM", help="the private key of --tls-cert")
    p.set_defaults(func=cmd_serve)
    org = sub.add_parser("org", help="organisations").add_subparsers(dest="org_command", metavar="ACTION", required=True)
    p = org.add_parser("add", help="add an organisation; prints its id")
    p.add_argument("name")
    p.add_argument("--secretariat", action="store_true", help="the network secretariat (may publish and review)")
    p.set_defaults(func=cmd_org_add)
    p = org.add_parser("list", help="list organisations")
    p.set_defaults(func=cmd_org_list)
    p = sub.add_parser("invite", help="make a single-use invite code for one device; prints it")
    p.add_argument("--org", required=True, metavar="ORG_ID")
    p.add_argument("--role", required=True, choices=("viewer", "contributor", "secretariat"))
    p.set_defaults(func=cmd_invite)
    p = sub.add_parser("devices", help="list enrolled devices")
    p.set_defaults(func=cmd_devices)
    p = sub.add_parser("revoke", help="revoke a device's access")
    p.add_argument("device_id")
    p.set_defaults(func=cmd_revoke)
    p = sub.add_parser("role", help="change a device's role")
    p.add_argument("device_id")
    p.add_argument("role", choices=("viewer", "contributor", "secretariat"))
    p.set_defaults(func=cmd_role)
    p = sub.add_parser("new-epoch", help="after restoring this database from a backup: devices re-push and re-verify")
    p.set_defaults(func=cmd_new_epoch)
    content_cli.register(sub)
    usb_cli.register(sub)
    enrol_file.register(sub)
    return parser


def _store(args):
    from pan_desktop.hub.store import HubStore

    return HubStore(args.db)


def seed_records(store) -> int:
    """Load the bundled records (the same ones ``pan-desktop init`` loads) as public rows."""
    from pan_desktop.core.shared.seed import SEED_HLC, bundled_records
    from pan_desktop.hub.merge import load_seed_rows

    try:
        records = bundled_records()
    except FileNotFoundError:
        return 0
    return load_seed_rows(store, records, SEED_HLC)


def cmd_init(args) -> int:
    store = _store(args)
    created = store.init()
    print(f"hub {store.hub_id} {'created' if created else 'already initialised'} at {args.db}")
    if not args.no_seed:
        print(f"{seed_records(store)} bundled records loaded")
    return 0


def cmd_seed(args) -> int:
    print(f"{seed_records(_store(args))} bundled records loaded")
    return 0


def cmd_serve(args) -> int:
    import uvicorn

    from pan_desktop.hub.app import create_app
    from pan_desktop.hub.store import HubError

    if bool(args.tls_cert) != bool(args.tls_key):
        raise HubError("Give both --tls-cert and --tls-key to serve https (see docs/hub-deployment.md).")
    for path in filter(None, (args.tls_cert, args.tls_key)):
        if not os.path.isfile(path):
            raise HubError(f"No file {path}: give the certificate and key as PEM files.")
    store = _store(args)
    store.hub_id  # fails clearly when the database was never initialised
    if not args.tls_cert and args.host not in ("127.0.0.1", "::1", "localhost"):
        print(f"pan-hub: warning: serving plain http on {args.host}: put a TLS reverse proxy in front or use "
              "--tls-cert/--tls-key (devices refuse to join an http:// hub that is not on their own computer)",
              file=sys.stderr)
    uvicorn.run(create_app(store), host=args.host, port=args.port, log_level="warning",
                server_header=False, date_header=False, ssl_certfile=args.tls_cert, ssl_keyfile=args.tls_key)
    return 0


def cmd_org_add(args) -> int:
    print(_store(args).add_org(args.name, args.secretariat))
    return 0


def cmd_org_list(args) -> int:
    for org in _store(args).orgs():
        print(f"{org.id}\t{'secretariat' if org.secretariat else ''}\t{org.name}")
    return 0


def cmd_invite(args) -> int:
    print(_store(args).invite(args.org, args.role))
    return 0


def cmd_devices(args) -> int:
    for d in _store(args).devices():
        state = "revoked" if d.revoked else "active"
        print(f"{d.id}\t{d.org_id}\t{d.role}\t{state}\tnext edit {d.next_seq}\tlast seen {d.last_seen or '-'}\t{d.label}")
    return 0


def cmd_revoke(args) -> int:
    _store(args).revoke(args.device_id)
    print(f"device {args.device_id} revoked")
    return 0


def cmd_role(args) -> int:
    _store(args).set_role(args.device_id, args.role)
    print(f"device {args.device_id} is now {args.role}")
    return 0


def cmd_new_epoch(args) -> int:
    print(f"new epoch {_store(args).new_epoch()}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``pan-hub`` console script."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except PanError as exc:
        print(f"pan-hub: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a database URL that cannot be reached, a missing driver...
        from sqlalchemy.exc import SQLAlchemyError

        if isinstance(exc, (SQLAlchemyError, ModuleNotFoundError)):
            print(f"pan-hub: cannot use the database {args.db}: {exc}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
