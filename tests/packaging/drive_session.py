"""One Harbour session as a person has it: open, visit every page, make the diary, lock, quit.

Run by ``test_data_location.py`` in a fresh home; takes ``main.py``'s options (``--data-dir``,
``--policy``) and prints the profile folder it used. ``CANARY`` goes into the diary: it must
never be found in plaintext on disk.
"""

from __future__ import annotations

import sys
from pathlib import Path

from core.paths import default_data_dir
from core.policy import load_policy
from main import parse_args
from ui.app import HarbourApp

CANARY = "harbour-canary-4f1d9e"


def _import_a_file(app: HarbourApp) -> None:
    """Pick a file in Qt's file dialog, as importing evidence does."""
    from PySide6.QtWidgets import QFileDialog

    from tests.ui.helpers import when_modal
    from ui.widgets.file_dialogs import open_files

    def choose(dialog: QFileDialog) -> None:
        dialog.selectFile(str(Path(__file__).resolve()))
        dialog.accept()

    when_modal(QFileDialog, choose)
    open_files(app.window, "Import")


def main() -> int:
    """Drive the session; print the profile folder."""
    with_dialog = "--file-dialog" in sys.argv
    args = parse_args([a for a in sys.argv[1:] if a != "--file-dialog"])
    profile = args.data_dir or default_data_dir()
    app = HarbourApp(profile, load_policy(args.policy))
    app.window.resize(1000, 700)
    app.window.show()
    for page_id in app.window.specs:
        app.window.show_page(page_id)
        app.qt.processEvents()
    app.controller.create_vault(use_keyring=True, passphrase=None)
    while app.session.vault is None:  # the key is made in the background
        app.controller.jobs.wait()
        app.qt.processEvents()
    for page_id in app.window.specs:  # the diary's pages, now open
        app.window.show_page(page_id)
        app.qt.processEvents()
    with app.session.require_vault().transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('note', ?)", (CANARY,))
    if with_dialog:
        _import_a_file(app)
    app.controller.lock()
    app.qt.processEvents()
    app.window.close()
    app.shutdown()
    print(profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
