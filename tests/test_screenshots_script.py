"""The script that regenerates the README's screenshots still runs, and makes every image the README shows.

It drives the real windows and exports real PDFs, so a rename in the Qt layer or the reports that the script was
not told about breaks it; run here (offscreen, into a temporary folder) it fails the suite instead of the next
person who needs new screenshots.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_screenshot_script_makes_every_image_the_readme_shows(tmp_path):
    out = tmp_path / "shots"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ICVAPP_SCREENSHOTS=str(out), HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshots.py")], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    shown = set(re.findall(r"docs/screenshots/([\w-]+\.png)", (ROOT / "README.md").read_text("utf-8")))
    assert shown, "the README shows no screenshots"
    made = {p.name for p in out.glob("*.png") if p.stat().st_size > 5_000}
    assert shown <= made, f"the README shows images the script no longer makes: {sorted(shown - made)}"
