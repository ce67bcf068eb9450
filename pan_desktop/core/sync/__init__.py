"""Device side of sync with the hub (SYNC.md): enrolment, tokens, push, pull, apply, verify.

No Qt and no FastAPI here: the UI and the CLI drive :class:`~pan_desktop.core.sync.engine.SyncEngine`.
"""
