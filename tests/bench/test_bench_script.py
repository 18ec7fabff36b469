"""The benchmark script still runs: a tiny run in a subprocess, so bench/cohort_matrix.py cannot silently rot.

Nothing is timed or asserted about the figures; only that the script finishes and prints its summary.
"""

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "cohort_matrix.py"


def own_database(url):
    """DATABASE_URL with a database name of its own: the script creates (and, if left behind, replaces) the test
    database of that name, which must not be the one this test suite is running in."""
    parts = urlsplit(url)
    if parts.scheme.startswith("sqlite"):
        return url
    return urlunsplit(parts._replace(path=f"{parts.path.rstrip('/') or '/bench'}_bench_smoke"))


def test_the_benchmark_runs_and_prints_its_summary():
    # The script chooses its settings itself (config.settings.test); DATABASE_URL passes through when set.
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    if env.get("DATABASE_URL"):
        env["DATABASE_URL"] = own_database(env["DATABASE_URL"])
    result = subprocess.run(  # noqa: S603 (our own script, run with this interpreter)
        [sys.executable, str(SCRIPT), "--quick"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Summary" in output
    assert "3-trainee matrix page: " in output and "(target < 1 s): " in output
    assert "20-trainee CSV: peak memory " in output and "MB for 3 (ratio " in output
    assert "3-trainee XLSX: " in output
    for case in ("matrix page", "CSV export", "XLSX export"):
        assert case in output
