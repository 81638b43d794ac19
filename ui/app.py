"""Starting the desktop app: Qt application, theme, language, controller, window, auto-lock."""

from __future__ import annotations

import resource
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core import APP_NAME, __version__
from core.policy import Policy
from core.session import Session
from ui.controller import Controller
from ui.pages import default_pages
from ui.shell.idle import IdleLock
from ui.shell.main_window import MainWindow
from ui.theme.theme import apply_theme


def harden_process() -> None:
    """No core dumps: a crash must not write the diary's memory to disk."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def qt_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named neutrally."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QCoreApplication.setOrganizationName("")
    app = QApplication(argv or [sys.argv[0]])
    app.setDesktopFileName("org.harbour.Harbour")
    return app


def keep_qt_settings_in(profile: Path) -> None:
    """Make Qt keep its own settings (file dialogs' ``QtProject.conf``) in the profile folder.

    Where Qt's settings are files (Linux and other Unix), nothing then lands in the person's
    home folder outside the profile. On Windows and macOS Qt uses the registry and preferences;
    the file dialogs erase what Qt saves there.
    """
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(profile / "qt"))


class HarbourApp:
    """Everything one running Harbour needs, wired together (used by ``run`` and by tests)."""

    def __init__(self, profile: Path, policy: Policy) -> None:
        self.qt = qt_application()
        keep_qt_settings_in(profile)
        self.session = Session(profile, policy)
        self.controller = Controller(self.session)
        self.controller.apply_language()
        apply_theme(self.qt, self.session.settings.theme)
        self._theme = self.session.settings.theme
        self.controller.settingsChanged.connect(self._settings_changed)
        self.window = MainWindow(self.controller, default_pages(policy.mode))
        self.idle = IdleLock(policy.auto_lock_minutes, self.controller.lock, self.window)
        self.qt.installEventFilter(self.idle)
        self.controller.quickExitRequested.connect(self.qt.quit)

    def _settings_changed(self) -> None:
        """Re-style only when the theme changed: applying the style sheet costs a second."""
        if self.session.settings.theme != self._theme:
            self._theme = self.session.settings.theme
            apply_theme(self.qt, self._theme)

    def warn_about_policy(self) -> None:
        """Tell the person, calmly, that the organisation's settings file could not be used."""
        problems = self.session.policy.problems
        if problems:
            QMessageBox.warning(
                self.window,
                APP_NAME,
                QCoreApplication.translate(
                    "HarbourApp",
                    "Your organisation's settings file for Harbour has a problem, so Harbour is "
                    "using its safest settings. Please tell whoever looks after this computer:",
                )
                + "\n\n"
                + "\n".join(problems),
            )

    def shutdown(self) -> None:
        """Finish background work and lock the diary."""
        self.controller.diary.cancel_all()
        self.controller.jobs.wait()
        self.controller.diary.writes.wait()
        self.session.lock()


def run(profile: Path, policy: Policy) -> int:
    """Open the window and run until the person closes it or uses Quick exit."""
    harden_process()
    app = HarbourApp(profile, policy)
    app.window.show()
    QTimer.singleShot(0, app.warn_about_policy)
    code = app.qt.exec()
    app.shutdown()
    return int(code)
