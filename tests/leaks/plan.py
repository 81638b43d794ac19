"""Where the leak sweep keeps things, shared by the test that searches and the run it starts.

The sweep runs in a fresh home tree (``tests.packaging.isolation.Home``): ``home/`` is HOME
(with its XDG folders), ``run/`` XDG_RUNTIME_DIR, ``tmp/`` TMPDIR. Beside them the test keeps
its own ``inputs/`` (pictures to import, policy files, the seed) and the run writes
``captured/`` (the log and Qt messages it recorded, the canaries it typed). The run finds the
plan from HOME, so nothing but the environment needs to pass between the two.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from tests.leaks.canaries import CanaryBook, Picture, canary_picture

HELPLINE_POLICY = """mode = "helpline"
region = "uk"
keyring_allowed = false
passphrase_required = true
retention_days = 30
"""
SCHOOL_POLICY = 'mode = "school"\nregion = "uk"\n'


@dataclass(frozen=True)
class Plan:
    """The folders of one sweep, and the seed of its canaries."""

    root: Path
    seed: str

    @property
    def home(self) -> Path:
        """HOME."""
        return self.root / "home"

    @property
    def victim(self) -> Path:
        """The person's profile, in the default place (``~/.local/share/Harbour``)."""
        return self.home / ".local" / "share" / "Harbour"

    @property
    def helpline(self) -> Path:
        """A helpline's profile (as ``--data-dir`` would give)."""
        return self.root / "profiles" / "helpline"

    @property
    def school(self) -> Path:
        """A school's profile."""
        return self.root / "profiles" / "school"

    @property
    def data_dirs(self) -> tuple[Path, ...]:
        """Every profile the sweep uses."""
        return (self.victim, self.helpline, self.school)

    @property
    def inputs(self) -> Path:
        """What the test made for the run: pictures, policy files, the seed."""
        return self.root / "inputs"

    @property
    def captured(self) -> Path:
        """What the run recorded for the test."""
        return self.root / "captured"

    def book(self) -> CanaryBook:
        """A canary book on this sweep's seed (the same canaries in both processes)."""
        return CanaryBook(self.seed)

    def picture(self) -> Picture:
        """The canary picture (the same bytes in both processes)."""
        return canary_picture(self.book())

    @property
    def exports(self) -> Path:
        """The folder the person chooses for exports; its name is a canary too, so Qt's file
        dialog history would give it away."""
        return self.home / "Documents" / self.book().text("export-folder")

    @property
    def pictures(self) -> tuple[Path, Path]:
        """The canary picture under two canary names: one to choose, one to drop."""
        book = self.book()
        return (
            self.inputs / f"{book.text('picture-chosen')}.png",
            self.inputs / f"{book.text('picture-dropped', 'latin')}.png",
        )

    @property
    def policies(self) -> tuple[Path, Path]:
        """The helpline's and the school's policy files."""
        return self.inputs / "helpline.toml", self.inputs / "school.toml"

    def names(self) -> CanaryBook:
        """The book holding the canaries this plan put into file and folder names."""
        book = self.book()
        book.text("export-folder")
        book.text("picture-chosen")
        book.text("picture-dropped", "latin")
        book.text("png-comment")
        book.text("png-description", "latin")
        return book

    @classmethod
    def prepare(cls, root: Path) -> Plan:
        """Make the test's inputs and the export folder under ``root`` (the parent's side)."""
        plan = cls(root, secrets.token_hex(16))
        plan.inputs.mkdir(mode=0o700)
        plan.captured.mkdir(mode=0o700)
        plan.exports.mkdir(mode=0o700, parents=True)
        (plan.inputs / "seed.json").write_text(json.dumps({"seed": plan.seed}), encoding="utf-8")
        png = plan.picture().png
        for path in plan.pictures:
            path.write_bytes(png)
        helpline, school = plan.policies
        helpline.write_text(HELPLINE_POLICY, encoding="utf-8")
        school.write_text(SCHOOL_POLICY, encoding="utf-8")
        return plan

    @classmethod
    def from_environment(cls) -> Plan | None:
        """The plan of the sweep this process runs in (from HOME), or None outside a sweep."""
        root = Path(os.environ.get("HOME", "/nonexistent")).parent
        seed_file = root / "inputs" / "seed.json"
        if not seed_file.is_file():
            return None
        return cls(root, str(json.loads(seed_file.read_text(encoding="utf-8"))["seed"]))
