"""One panel per call stage: opening, safety and risk, what happened, advice (the guide walked
with the caller), next steps, and wrap-up with the handover to copy or print."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.content.regions import available_regions
from core.diary.records import AgeGroup, CaseStatus
from core.modes.casefile import RISK_FLAGS, CaseFile
from ui.controller import Controller
from ui.diary.formatting import time_text
from ui.helpline.controller import HelplineController
from ui.helpline.walker import FlowWalker
from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.safe_label import SafeLabel
from ui.widgets.sizing import scrolling
from ui.widgets.wrapping import WrapButton, WrapCheckBox

HAPPENED = "happened"


class StagePanel(FollowsLanguage, QWidget):
    """A stage's hint (from content) above its own widgets; ``refresh`` shows the case."""

    def __init__(self, controller: Controller, helpline: HelplineController, stage: str) -> None:
        super().__init__()
        named(self, f"stage_{stage}")
        self.controller = controller
        self.helpline = helpline
        self.stage = stage
        self.hint = SafeLabel(name=f"stageHint_{stage}")
        self.hint.setProperty("role", "hint")
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        self.column.addWidget(self.hint)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner))  # long advice at large text sizes scrolls
        controller.languageChanged.connect(lambda _: self.retranslate())

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.hint.setText(self.controller.catalog.text(f"helpline.stages.{self.stage}.hint"))
        file = self.helpline.current_file()
        if file is not None:
            self.refresh(file)

    def refresh(self, file: CaseFile) -> None:
        """Show ``file``."""


class OpeningPanel(StagePanel):
    """The confidentiality limits again, and when they were explained."""

    def __init__(self, controller: Controller, helpline: HelplineController) -> None:
        super().__init__(controller, helpline, "opening")
        self.limits = SafeLabel(name="openingLimits")
        self.explained = SafeLabel(name="openingExplained")
        self.column.addWidget(self.limits)
        self.column.addWidget(self.explained)
        self.column.addStretch(1)
        self.retranslate()

    def refresh(self, file: CaseFile) -> None:
        """Show ``file``."""
        self.limits.setText(self.controller.catalog.text("helpline.confidentiality.body"))
        at = file.confidentiality_at
        self.explained.setText(
            self.tr("Explained at %1.").replace(
                "%1", time_text(at.astimezone(), self.controller.language)
            )
            if at
            else ""
        )


class SafetyPanel(StagePanel):
    """The caller's region and age, risk flags, and the crisis route for their region."""

    def __init__(self, controller: Controller, helpline: HelplineController) -> None:
        super().__init__(controller, helpline, "safety")
        self.region = named(QComboBox(), "callerRegion")
        self.age = named(QComboBox(), "callerAge")
        self.region_label, self.age_label = SafeLabel(), SafeLabel()
        form = QFormLayout()
        form.addRow(self.region_label, self.region)
        form.addRow(self.age_label, self.age)
        self.column.addLayout(form)
        self.risks = {flag: named(WrapCheckBox(), f"risk_{flag}") for flag in RISK_FLAGS}
        for flag, box in self.risks.items():
            box.clicked.connect(lambda raised, f=flag: helpline.set_risk(f, raised))
            self.column.addWidget(box)
        self.route_heading = SafeLabel(name="crisisRouteHeading")
        self.route = SafeLabel(name="crisisRoute")
        self.column.addWidget(self.route_heading)
        self.column.addWidget(self.route)
        self.column.addStretch(1)
        self.region.activated.connect(
            lambda i: helpline.update_case(region_pack=str(self.region.itemData(i)))
        )
        self.age.activated.connect(
            lambda i: helpline.update_case(age_group=AgeGroup(str(self.age.itemData(i))))
        )
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        t = self.controller.catalog
        self.region_label.setText(self.tr("Caller's region"))
        self.age_label.setText(self.tr("Caller's age"))
        self.region.setAccessibleName(self.tr("Caller's region"))
        self.age.setAccessibleName(self.tr("Caller's age"))
        self.region.clear()
        for code in available_regions():
            self.region.addItem(t.text(f"regions.names.{code}"), code)
        self.age.clear()
        for age in AgeGroup:
            self.age.addItem(t.text(f"helpline.age.{age.value}"), age.value)
        for flag, box in self.risks.items():
            show_text(box, t.text(f"helpline.risks.{flag}"))
        self.route_heading.setText(self.tr("Emergency and crisis help in the caller's region"))
        super().retranslate()

    def refresh(self, file: CaseFile) -> None:
        """Show ``file``."""
        self.region.setCurrentIndex(max(0, self.region.findData(file.region_pack)))
        self.age.setCurrentIndex(max(0, self.age.findData(file.case.age_group.value)))
        for flag, box in self.risks.items():
            box.setChecked(flag in file.risks)
        lines = self.helpline.services_text()
        categories = ["emergency", "crisis"]
        if file.case.age_group is AgeGroup.UNDER18:
            categories.append("child_support")
        self.route.setText("\n".join(text for c in categories if (text := lines(c))))


class HappenedPanel(StagePanel):
    """The caller's account, in their words, saved as a timestamped note."""

    def __init__(self, controller: Controller, helpline: HelplineController) -> None:
        super().__init__(controller, helpline, HAPPENED)
        self.account = named(QPlainTextEdit(), "callerAccount")
        self.save_button = named(QPushButton(), "saveAccount")
        self.column.addWidget(self.account, 1)
        self.column.addWidget(self.save_button)
        self.save_button.clicked.connect(self._save)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        show_text(self.account, self.tr("What happened, in the caller's words"))
        self.account.setPlaceholderText(self.tr("What happened, in the caller's words"))
        show_text(self.save_button, self.tr("Save as a note"))
        super().retranslate()

    def _save(self) -> None:
        self.helpline.add_note(self.account.toPlainText(), HAPPENED)
        self.account.clear()


class AdvicePanel(StagePanel):
    """The guide, walked with the caller: the route, and ticks for what they have done."""

    def __init__(self, controller: Controller, helpline: HelplineController) -> None:
        super().__init__(controller, helpline, "advice")
        self.walker = FlowWalker("guideWalk", helpline.services_text())
        self.column.addWidget(self.walker, 1)
        self.walker.answered.connect(helpline.answer)
        self.walker.ticked.connect(helpline.tick)
        self.walker.advanced.connect(helpline.advance)
        self.walker.wentBack.connect(helpline.back)
        self.retranslate()

    def refresh(self, file: CaseFile) -> None:
        """Show ``file``."""
        walk = self.helpline.walk()
        if walk is not None:
            self.walker.services_text = self.helpline.services_text()
            self.walker.display(walk, self.controller.catalog)


class NextStepsPanel(StagePanel):
    """What happens next, agreed with the caller."""

    def __init__(self, controller: Controller, helpline: HelplineController) -> None:
        super().__init__(controller, helpline, "next_steps")
        self.text = named(QPlainTextEdit(), "nextSteps")
        self.save_button = named(QPushButton(), "saveNextSteps")
        self.column.addWidget(self.text, 1)
        self.column.addWidget(self.save_button)
        self.save_button.clicked.connect(lambda: helpline.set_next_steps(self.text.toPlainText()))
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        show_text(self.text, self.tr("Next steps: what happens next, and who does it"))
        self.text.setPlaceholderText(self.tr("Next steps: what happens next, and who does it"))
        show_text(self.save_button, self.tr("Save next steps"))
        super().retranslate()

    def refresh(self, file: CaseFile) -> None:
        """Show ``file``."""
        if not self.text.hasFocus():
            self.text.setPlainText(file.next_steps or "")


class WrapUpPanel(StagePanel):
    """The handover summary to copy or print, and closing the case."""

    def __init__(self, controller: Controller, helpline: HelplineController) -> None:
        super().__init__(controller, helpline, "wrap_up")
        self.summary = named(QPlainTextEdit(), "handoverText")
        self.summary.setReadOnly(True)
        self.copy_button = named(WrapButton(), "copyHandover")
        self.print_button = named(WrapButton(), "printHandover")
        self.close_button = named(WrapButton(), "closeCaseButton")
        row = QHBoxLayout()
        for button in (self.copy_button, self.print_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        self.column.addWidget(self.summary, 1)
        self.column.addLayout(row)
        self.copy_button.clicked.connect(lambda: controller.clipboard.copy(helpline.handover()))
        self.print_button.clicked.connect(self._print)
        self.close_button.clicked.connect(lambda: helpline.update_case(status=CaseStatus.CLOSED))
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        show_text(self.summary, self.tr("Handover summary"))
        show_text(
            self.copy_button,
            self.tr("Copy the handover"),
            tip=self.tr("The clipboard is cleared again after 30 seconds."),
        )
        show_text(self.print_button, self.tr("Print the handover"))
        show_text(self.close_button, self.tr("Close the case"))
        super().retranslate()

    def refresh(self, file: CaseFile) -> None:
        """Show ``file``."""
        self.summary.setPlainText(self.helpline.handover())
        self.close_button.setEnabled(file.case.status is not CaseStatus.CLOSED)

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ui.school.dialogs import ExportWarningDialog

        warning = ExportWarningDialog(self.controller, printing=True, parent=self)
        if warning.exec() != QDialog.DialogCode.Accepted:
            return
        printer = QPrinter()
        chooser = QPrintDialog(printer, self)
        if chooser.exec() == QDialog.DialogCode.Accepted:
            QTextDocument(self.helpline.handover()).print_(printer)


def stage_panels(controller: Controller, helpline: HelplineController) -> list[StagePanel]:
    """A panel for each call stage, in ``core.modes.helpline.STAGES`` order."""
    return [
        OpeningPanel(controller, helpline),
        SafetyPanel(controller, helpline),
        HappenedPanel(controller, helpline),
        AdvicePanel(controller, helpline),
        NextStepsPanel(controller, helpline),
        WrapUpPanel(controller, helpline),
    ]
