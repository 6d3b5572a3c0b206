"""The OpenAPI document and the server agree: schemathesis runs every operation of the document a demo
station serves, signed in as its administrator, and fails on any server error, any answer the document does
not describe, any schema-valid request refused and any invalid one accepted (issue 14, item 6)."""
import os
import re
import shutil
import subprocess
import sysconfig

import requests

from station import RunningStation

CONFIG = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "openapi", "schemathesis.toml"))
# Bounded so that the suite stays within CI's budget; the fuzzing and stateful phases fill what is left.
SECONDS = os.environ.get("VIGIE_SCHEMATHESIS_SECONDS", "150")
# Left out: signing out ends the session the run uses; the live stream never ends (its own tests cover it).
EXCLUDED = ["signOut", "liveStream"]
# A defect of CPython 3.11 (gh-106905, fixed in 3.12): Hypothesis, describing one of its own lambdas while it
# draws an example, can hit "SystemError: AST constructor recursion depth mismatch" at random. Schemathesis
# reports it as an error of the operation being generated, before any request is sent; only that error is
# tolerated, and only because it says nothing about the server.
CPYTHON_DEFECT = "AST constructor recursion depth mismatch"


def errors_other_than_the_cpython_defect(output: str) -> list:
    """The error blocks of schemathesis's report (between ERRORS and the next section) not caused by it."""
    section = re.search(r"^=+ ERRORS =+$(.*?)^=+ [A-Z]+ =+$", output, re.MULTILINE | re.DOTALL)
    if not section:
        return []
    blocks = re.split(r"^_{3,} .+ _{3,}$", section.group(1), flags=re.MULTILINE)
    return [block for block in blocks if block.strip() and CPYTHON_DEFECT not in block]


def schemathesis_command() -> str:
    found = shutil.which("st") or os.path.join(sysconfig.get_path("scripts"), "st")
    assert os.path.exists(found), "schemathesis is not installed: python3 -m pip install -r Tests/requirements.txt"
    return found


def test_every_operation_answers_as_its_document_says(tmp_path):
    station = RunningStation("demo", str(tmp_path / "demo"))
    try:
        admin = station.sign_in("admin", "demo-admin-2026")
        document = admin.get(station.url + "/api/v1/openapi.json", timeout=10)
        assert document.status_code == 200, document.text
        schema = tmp_path / "openapi.json"
        schema.write_text(document.text)
        environment = dict(
            os.environ, VIGIE_SESSION=admin.cookies["vigie_session"], VIGIE_CSRF=admin.headers["X-CSRF-Token"])
        command = [
            schemathesis_command(), "--no-color", "--config-file", CONFIG, "run", str(schema), "--url", station.url,
            "--checks", "all", "--seed", "1", "--max-time", SECONDS, "--workers", "2",
            *[argument for operation in EXCLUDED for argument in ("--exclude-operation-id", operation)],
        ]
        # Run in the test's directory, where schemathesis leaves its cache.
        run = subprocess.run(
            command, capture_output=True, text=True, env=environment, cwd=tmp_path, timeout=int(SECONDS) + 300)
        report = run.stdout[-20000:] + run.stderr[-5000:]
        if run.returncode != 0:
            assert not re.search(r"^Failures:$", run.stdout, re.MULTILINE), report
            assert re.search(r"^Errors:$", run.stdout, re.MULTILINE), report
            assert errors_other_than_the_cpython_defect(run.stdout) == [], report
        # The run ended with the station still whole: it answers its health check.
        assert requests.get(station.url + "/healthz", timeout=5).status_code == 200
    finally:
        station.stop()
