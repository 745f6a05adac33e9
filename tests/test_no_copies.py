"""Our own words: no tracked file may hold an 18-word run of a real page.

The real pages live next to the repository, in ``../shared/realpages/texts``, and
``../shared/tools/check_copies.py`` reports every tracked file that shares an 18-word run
(case and spacing ignored) with one of them. Skipped where ``../shared`` is not there.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TOOL = SHARED / "tools" / "check_copies.py"
TEXTS = SHARED / "realpages" / "texts"


@pytest.mark.skipif(
    not (TOOL.is_file() and TEXTS.is_dir()),
    reason="../shared/realpages/texts or ../shared/tools/check_copies.py is absent",
)
@pytest.mark.skipif(
    shutil.which("git") is None, reason="check_copies.py lists tracked files with git"
)
def test_no_tracked_file_holds_a_run_of_a_real_page():
    run = subprocess.run(
        [sys.executable, str(TOOL), str(ROOT), str(TEXTS)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr
