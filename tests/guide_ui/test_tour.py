"""``python -m ui.tour`` runs on its own and pictures every screen a person can reach."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from core.flow.loader import load_bundled
from ui.tour import extras, reachable_steps

ROOT = Path(__file__).resolve().parents[2]


def test_the_tour_saves_one_picture_per_reachable_step(tmp_path: Path) -> None:
    out = tmp_path / "tour"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "ui.tour", str(out), "--mode", "school", "--region", "ie"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    steps = reachable_steps(load_bundled("guide"), {"region": "ie", "mode": "school"})
    assert "age" not in steps and "evidence" not in steps, "school mode never asks the age"
    names = [f"{n:02d}-{name}.png" for n, name in enumerate([*steps, *extras("school")], start=1)]
    assert sorted(p.name for p in out.iterdir()) == names
    assert result.stdout.split() == [str(out / name) for name in names]
    for name in (names[0], names[-1]):
        picture = QImage(str(out / name))
        assert not picture.isNull() and picture.width() >= 800
