"""What the robustness tests saw, written once the session ends (for the closing notes and bench/)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.robustness import test_faults, test_fuzz


def pytest_sessionfinish(session, exitstatus):  # noqa: ARG001
    """Write the fuzz counts and the fault cases that ran beside the crash harness's report."""
    report = Path(os.environ.get("ICVAPP_ROBUSTNESS_REPORT", "/tmp/icvapp-robustness.json"))
    if test_fuzz.COUNTS:
        Path(f"{report}.fuzz").write_text(json.dumps(test_fuzz.COUNTS))
    if test_faults.FAULTS_SEEN:
        report.with_suffix(".faults").write_text("\n".join(test_faults.FAULTS_SEEN))
