"""/insights in `coach chat`: the chart is written as a PNG file and its path printed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

PNG = b"\x89PNG\r\n\x1a\n"


def test_insights_writes_a_png_and_prints_its_path_and_description(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN")}
    env["COACH_DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'coach.db'}"
    env["TMPDIR"] = str(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    lines = ["/applied Globex, Data Analyst", "/applied Initech", "/rejected Initech", "/cancel",
             "/insights"]
    done = subprocess.run(
        [sys.executable, "-m", "bot", "chat"], input="\n".join(lines) + "\n",
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60, check=False)

    assert done.returncode == 0, done.stderr
    assert "Chart: applications per week" in done.stdout
    found = re.search(r"Chart saved to (\S+\.png)", done.stdout)
    assert found is not None, done.stdout
    path = Path(found.group(1))
    assert path.is_relative_to(tmp_path / "tmp")
    assert path.read_bytes().startswith(PNG)
