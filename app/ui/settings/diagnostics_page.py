"""Settings → Diagnostics: what a help desk asks for, a speed test, the logs.

The rows are app.diagnostics' (the same as `tramontane doctor` prints),
shown with translated labels; "Copy report" copies them in English, for
whoever reads it. Devices and the speed test come from the engine's process
through EngineProbe. GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem

from app.diagnostics import Row, format_report
from app.ui.plaintext import plain_tooltip
from app.ui.sentences import sentence
from app.ui.settings.probe import SpeedResult
from app.ui.settings.rows import Page

# The labels of app.diagnostics' rows, for lupdate; shown through translate("Diagnostics", label).
LABELS = (QT_TRANSLATE_NOOP("Diagnostics", "Tramontane"), QT_TRANSLATE_NOOP("Diagnostics", "System"),
          QT_TRANSLATE_NOOP("Diagnostics", "Processor"), QT_TRANSLATE_NOOP("Diagnostics", "CPU features"),
          QT_TRANSLATE_NOOP("Diagnostics", "Memory"), QT_TRANSLATE_NOOP("Diagnostics", "Data folder"),
          QT_TRANSLATE_NOOP("Diagnostics", "Models folder"), QT_TRANSLATE_NOOP("Diagnostics", "Config folder"),
          QT_TRANSLATE_NOOP("Diagnostics", "Cache folder"), QT_TRANSLATE_NOOP("Diagnostics", "Logs folder"),
          QT_TRANSLATE_NOOP("Diagnostics", "Log file"), QT_TRANSLATE_NOOP("Diagnostics", "IT policy"),
          QT_TRANSLATE_NOOP("Diagnostics", "Policy problem"), QT_TRANSLATE_NOOP("Diagnostics", "Device"),
          QT_TRANSLATE_NOOP("Diagnostics", "Backend"), QT_TRANSLATE_NOOP("Diagnostics", "Backends"),
          QT_TRANSLATE_NOOP("Diagnostics", "Model"),
          QT_TRANSLATE_NOOP("Diagnostics", "Model file"), QT_TRANSLATE_NOOP("Diagnostics", "Context"),
          QT_TRANSLATE_NOOP("Diagnostics", "Placement"), QT_TRANSLATE_NOOP("Diagnostics", "Note"),
          QT_TRANSLATE_NOOP("Diagnostics", "Sampling"), QT_TRANSLATE_NOOP("Diagnostics", "Speed test"))


class DiagnosticsPage(Page):
    refresh_requested = Signal()
    speed_test_requested = Signal()

    def __init__(self, rows: Callable[[], list[Row]], logs_dir: Path) -> None:
        """rows: the report's rows as they are now (system, devices, model)."""
        super().__init__()
        self._rows = rows
        self._logs_dir = logs_dir
        self._speed: Row | None = None
        self.last_speed: SpeedResult | None = None
        self.report_title, grid = self.add_group()
        self.report = QTreeWidget(objectName="reportView")
        self.report.setColumnCount(2)
        self.report.setRootIsDecorated(False)
        self.report.setAlternatingRowColors(True)
        self.report.setMinimumHeight(300)
        self.report.header().setStretchLastSection(True)
        grid.addWidget(self.report, 0, 0, 1, 2)
        self.copy = QPushButton(objectName="copyReport")
        self.copy.clicked.connect(self.on_copy)
        self.open_logs = QPushButton(objectName="openLogs")
        self.open_logs.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(logs_dir))))
        self.refresh_button = QPushButton(objectName="refreshReport")
        self.refresh_button.clicked.connect(self.refresh_requested)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.copy)
        buttons.addWidget(self.open_logs)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 1, 0, 1, 2)
        self.speed_title, grid = self.add_group()
        self.speed_button = QPushButton(objectName="speedTest")
        self.speed_button.clicked.connect(self.on_speed_clicked)
        self.speed_result = QLabel(objectName="speedResult", textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.speed_note = QLabel(objectName="explanation", textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        grid.addWidget(self.speed_note, 0, 0, 1, 2)
        speed_row = QHBoxLayout()
        speed_row.addWidget(self.speed_button)
        speed_row.addWidget(self.speed_result, 1)
        grid.addLayout(speed_row, 1, 0, 1, 2)
        self.finish()
        self.retranslate()

    def show_report(self) -> None:
        self.report.clear()
        for label, value in self._all_rows():
            item = QTreeWidgetItem([QCoreApplication.translate("Diagnostics", label), value])
            item.setToolTip(1, plain_tooltip(value))   # paths and names: letters only
            self.report.addTopLevelItem(item)
        self.report.resizeColumnToContents(0)

    def report_text(self) -> str:
        return format_report(self._all_rows())

    def _all_rows(self) -> list[Row]:
        return self._rows() + ([self._speed] if self._speed else [])

    def on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.copy.setText(self.tr("Copied"))
        QTimer.singleShot(1500, self, lambda: self.copy.setText(self.tr("Copy report")))

    def on_speed_clicked(self) -> None:
        self.speed_button.setEnabled(False)
        self.speed_result.setText(self.tr("Measuring… (a few seconds)"))
        self.speed_test_requested.emit()

    def on_speed_measured(self, result: SpeedResult) -> None:
        self.last_speed = result
        locale = QLocale()
        self.speed_button.setEnabled(True)
        self.speed_result.setText(self.tr("Reading: %1 tokens per second. Writing: %2 tokens per second. "
                                          "First words after %3 s.")
                                  .replace("%1", locale.toString(result.prompt_tokens_per_s, "f", 0))
                                  .replace("%2", locale.toString(result.tokens_per_s, "f", 1))
                                  .replace("%3", locale.toString(result.first_token_s, "f", 2)))
        self.speed_result.setAccessibleName(self.speed_result.text())
        self._speed = ("Speed test", f"prompt {result.prompt_tokens} tokens at {result.prompt_tokens_per_s:.0f} "
                                     f"tokens/s; {result.generated_tokens} tokens written at "
                                     f"{result.tokens_per_s:.1f} tokens/s on {result.backend}; first token "
                                     f"after {result.first_token_s * 1000:.0f} ms")
        self.show_report()

    def on_speed_failed(self, error) -> None:
        """error: what the engine said, or None when no model is loaded."""
        self.speed_button.setEnabled(True)
        self.speed_result.setText(sentence(error) if error is not None
                                  else self.tr("No model is loaded, so there is nothing to measure."))
        self.speed_result.setAccessibleName(self.speed_result.text())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Diagnostics"))
        self.report_title.setText(self.tr("This computer and Tramontane"))
        self.report.setHeaderLabels([self.tr("Item"), self.tr("Value")])
        self.report.setAccessibleName(self.tr("Diagnostic report"))
        self.report.setAccessibleDescription(self.tr("Version, system, memory, devices, model and folders"))
        self.copy.setText(self.tr("Copy report"))
        self.copy.setAccessibleDescription(self.tr("Copies the report, in English, to paste into a message "
                                                   "to your help desk. It holds no conversation text."))
        self.open_logs.setText(self.tr("Open the logs folder"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the report"))
        self.speed_title.setText(self.tr("Speed"))
        self.speed_note.setText(self.tr("Measures how fast the current model reads a question and writes a "
                                        "reply on this computer. A reply you ask for meanwhile waits."))
        self.speed_button.setText(self.tr("Speed test"))
        self.speed_button.setAccessibleDescription(self.speed_note.text())
        self.speed_result.setAccessibleName(self.speed_result.text() or self.tr("Speed test result"))
        self.show_report()
