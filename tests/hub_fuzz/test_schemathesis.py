"""schemathesis against the hub, with and without a device's token: schema-valid and schema-violating
requests to every operation of its OpenAPI document. No answer is a 500, every answer matches the document
(status, content type, body), schema-violating requests are refused, schema-valid ones are not refused as
invalid, and every answer of a sync call is signed for the request's nonce (docs/sync-trust.md).

Bounded for CI: ``EXAMPLES`` examples per operation, mode and caller, deterministic (``derandomize``);
after ``TIME_BOUND_S`` the remaining examples send nothing (printed, so a slow run shows). For a long
random run: ``PAN_HUB_FUZZ_EXAMPLES=500 pytest tests/hub_fuzz``.
"""

from __future__ import annotations

import os
import time
from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from pan_desktop.core.sync.hubproof import NONCE_HEADER, SIGNATURE_HEADER, answer_is_signed, new_nonce, verify_key
from pan_desktop.hub.app import CompressedRoute
from pan_desktop.hub.auth import Auth

LONG_RUN = int(os.environ.get("PAN_HUB_FUZZ_EXAMPLES", "0"))
EXAMPLES = LONG_RUN or 6
TIME_BOUND_S = 3600 if LONG_RUN else 60

# Every operation the hub has today: a route added later is fuzzed too, one removed fails here.
OPERATIONS = {
    "GET /v1/hub", "POST /v1/enrol", "GET /v1/challenge", "POST /v1/token", "POST /v1/renew", "POST /v1/push",
    "POST /v1/pull", "POST /v1/verify", "GET /v1/content/metadata/{name}", "GET /v1/content/targets/{name}",
    "GET /v1/attachments/{sha}/status", "PUT /v1/attachments/{sha}", "GET /v1/attachments/{sha}",
}


def _can_be_negated(op) -> bool:
    """Whether a schema-violating request exists: a body or a typed query parameter. A free-text path
    segment or the optional Authorization header admits any value."""
    return bool(list(op.body)) or any(True for _ in op.query)


class Signatures:
    """Checks that every answer of a sync call carries the hub's signature for the request's nonce."""

    def __init__(self, hub):
        self.key = verify_key(Auth(hub.store).hub_public_key())
        self.hub_id = hub.store.hub_id
        self.signed_paths = {r.path for r in hub.app.routes if isinstance(r, CompressedRoute)}

    def check(self, case, response, nonce: str) -> None:
        if case.operation.path not in self.signed_paths:
            return
        signature = (response.headers.get(SIGNATURE_HEADER) or [""])[0]  # schemathesis lists each header's values
        assert answer_is_signed(self.key, self.hub_id, nonce, case.method, case.formatted_path, response.status_code,
                                response.content, signature), \
            f"{case.method} {case.formatted_path} answered {response.status_code} without a valid signature"


@pytest.mark.parametrize("caller", ["no token", "device token"])
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"])
def test_the_hub_answers_every_generated_request_as_documented(fuzz_hub, mode, caller, capsys):
    schema = schemathesis.openapi.from_asgi("/openapi.json", fuzz_hub.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.label for op in operations} == OPERATIONS
    signatures = Signatures(fuzz_hub)
    auth = {"Authorization": f"Bearer {fuzz_hub.token}"} if caller == "device token" else {}
    deadline = time.monotonic() + TIME_BOUND_S
    failures, seen, late = {}, {}, Counter()

    for op in operations:
        if mode == GenerationMode.NEGATIVE and not _can_be_negated(op):
            continue
        statuses = seen.setdefault(op.label, Counter())

        @given(case=op.as_strategy(mode))
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=not LONG_RUN, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case):
            if time.monotonic() > deadline:
                late[op.label] += 1
                return
            nonce = new_nonce()
            response = case.call_and_validate(headers={**auth, NONCE_HEADER: nonce})
            statuses[response.status_code] += 1
            signatures.check(case, response, nonce)

        try:
            run()
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # noqa: BLE001 - schemathesis raises a group; every operation is reported
            failures[op.label] = str(exc)[:3000]
    with capsys.disabled():
        print(f"\nhub fuzz {mode.value}, {caller}: {sum(sum(c.values()) for c in seen.values())} calls;",
              {label: dict(c) for label, c in seen.items()}, f"not sent (time bound): {dict(late)}" if late else "")
    assert not failures, "\n\n".join(f"{label}:\n{text}" for label, text in failures.items())
    assert all(sum(c.values()) for c in seen.values()), seen
