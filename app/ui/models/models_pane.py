"""ModelsPane: models on this computer, the catalog, the hub search, downloads.

Wiring and showing only; the LibraryController does the work. GUI thread.
A .gguf file dropped anywhere on the pane is imported (the user chooses copy
or use in place).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.library.downloads import FAILED
from app.ui.models.catalog_view import CatalogView
from app.ui.models.downloads_view import DownloadsView
from app.ui.models.hub_view import HubView
from app.ui.models.local_view import LocalModelsView
from app.ui.models.token_dialog import TokenDialog
from app.ui.sentences import sentence

STYLE = """
#modelsPane { background: palette(base); }
#paneTitle { font-size: 20px; font-weight: 600; }
#paneHint, #cardFacts, #downloadStatus { color: palette(placeholder-text); }
#modelSide { background: palette(alternate-base); border-left: 1px solid palette(midlight); }
#modelTitle, #cardTitle { font-size: 15px; font-weight: 600; }
#catalogCard { border: 1px solid palette(midlight); border-radius: 10px; background: palette(base); }
#catalogCard:hover { border-color: palette(highlight); }
#factLabel { color: palette(placeholder-text); font-size: 11px; margin-top: 4px; }
#downloadRow { background: palette(alternate-base); border-radius: 8px; }
#sectionTitle { font-weight: 600; }
#importBar { background: palette(alternate-base); border-radius: 6px; }
"""


class ModelsPane(QWidget):
    def __init__(self, controller, parent=None) -> None:
        super().__init__(parent, objectName="modelsPane")
        self.controller = controller
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setAcceptDrops(True)
        self.title = QLabel(objectName="paneTitle")
        self.notice = QFrame(objectName="modelsNotice")
        self.notice_text = QLabel(wordWrap=True)
        self.notice_text.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_close = QPushButton(flat=True)
        self.notice_close.clicked.connect(self.notice.hide)
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(10, 6, 6, 6)
        notice_layout.addWidget(self.notice_text, 1)
        notice_layout.addWidget(self.notice_close)
        self.notice.hide()

        self.local = LocalModelsView(controller)
        self.catalog = CatalogView(controller)
        self.hub = HubView(controller)
        self.import_bar = QFrame(objectName="importBar")
        self.import_text = QLabel(textFormat=Qt.TextFormat.PlainText)    # shows a file's name
        self.import_progress = QProgressBar(maximum=1000, textVisible=False)
        self.import_progress.setFixedHeight(8)
        self.import_cancel = QPushButton()
        self.import_cancel.clicked.connect(controller.cancel_import)
        bar = QHBoxLayout(self.import_bar)
        bar.setContentsMargins(10, 6, 10, 6)
        bar.addWidget(self.import_text)
        bar.addWidget(self.import_progress, 1)
        bar.addWidget(self.import_cancel)
        self.import_bar.hide()
        local_tab = QWidget()
        local_layout = QVBoxLayout(local_tab)
        local_layout.setContentsMargins(0, 8, 0, 0)
        local_layout.addWidget(self.local, 1)
        local_layout.addWidget(self.import_bar)
        self.tabs = QTabWidget(objectName="modelsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(local_tab, "")
        catalog_tab, hub_tab = QWidget(), QWidget()
        for tab, view in ((catalog_tab, self.catalog), (hub_tab, self.hub)):
            tab_layout = QVBoxLayout(tab)
            tab_layout.setContentsMargins(0, 8, 0, 0)
            tab_layout.addWidget(view)
        self.tabs.addTab(catalog_tab, "")
        self.tabs.addTab(hub_tab, "")
        self.downloads = DownloadsView(controller)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.downloads)
        self.retranslate()

        self.local.import_requested.connect(self.on_import_requested)
        controller.notice.connect(self.show_notice)
        controller.import_progress.connect(self.on_import_progress)
        controller.import_done.connect(self.on_import_done)
        controller.token_needed.connect(self.on_token_needed)
        controller.job_changed.connect(self.on_job_changed)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Models"))
        self.tabs.setTabText(0, self.tr("On this computer"))
        self.tabs.setTabText(1, self.tr("Catalog"))
        self.tabs.setTabText(2, self.tr("Search the hub"))
        self.tabs.setAccessibleName(self.tr("Model library sections"))
        self.notice_close.setText(self.tr("Close"))
        self.notice_close.setAccessibleName(self.tr("Close the message"))
        self.import_cancel.setText(self.tr("Cancel"))
        self.import_cancel.setAccessibleName(self.tr("Cancel copying the model"))
        self.import_progress.setAccessibleName(self.tr("Copy progress"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_notice(self, kind: str, text: str) -> None:
        self.notice.setProperty("kind", kind)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice_text.setText(text)
        self.notice.show()

    # -- import ------------------------------------------------------------------------

    def on_import_requested(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.import_path(path)

    def choose_file(self) -> Path | None:
        """The file dialog; tests replace this."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Add a model file"), str(Path.home()),
                                              self.tr("GGUF model files (*.gguf)"))
        return Path(name) if name else None

    def ask_copy(self, path: Path) -> str | None:
        """"copy", "place" or None (cancelled); tests replace this."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Add a model"),
                          self.tr("Copy {0} into your models folder, or use it where it is?").format(path.name),
                          parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr("A copy keeps working when the original is moved or its drive is "
                                       "unplugged. Using it in place saves disk space."))
        copy = box.addButton(self.tr("Copy into my models"), QMessageBox.ButtonRole.AcceptRole)
        place = box.addButton(self.tr("Use where it is"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return {copy: "copy", place: "place"}.get(box.clickedButton())

    def import_path(self, path: Path) -> None:
        choice = self.ask_copy(path)
        if choice is None:
            return
        if choice == "copy":
            self.import_text.setText(self.tr("Copying {0}…").format(path.name))
            self.import_progress.setValue(0)
            self.import_bar.show()
        self.tabs.setCurrentIndex(0)
        self.controller.import_file(path, copy=choice == "copy")

    def on_import_progress(self, done: int, total: int) -> None:
        self.import_progress.setValue(int(1000 * done / total) if total else 0)

    def on_import_done(self, path: str, error) -> None:
        self.import_bar.hide()
        if error is not None:
            self.show_notice("error", sentence(error))
        else:
            self.show_notice("info", self.tr("{0} was added to your models.").format(Path(path).name))
            self.controller.refresh()

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if any(u.isLocalFile() and u.toLocalFile().lower().endswith(".gguf") for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        models = [f for f in files if f.suffix.lower() == ".gguf"]
        if models:
            event.acceptProposedAction()
            self.import_path(models[0])
            if len(models) > 1:
                self.show_notice("info", self.tr("One model is added at a time; drop the others afterwards."))

    # -- downloads -------------------------------------------------------------------------

    def on_job_changed(self, job) -> None:
        if job.state == FAILED and not job.needs_token and job.error is not None:
            self.show_notice("error", sentence(job.error))

    def on_token_needed(self, repo_id: str) -> None:
        token = self.ask_token(repo_id)
        if not token:
            return
        if not self.controller.save_token(token):
            self.show_notice("error", self.tr("This computer has no keychain to keep the token in, so it "
                                              "was not saved."))
            return
        for job in self.controller.queue.jobs():
            if job.request.repo_id == repo_id and job.state == FAILED:
                self.controller.queue.resume(job)

    def ask_token(self, repo_id: str) -> str:
        """The token the user typed ("" when cancelled); tests replace this."""
        dialog = TokenDialog(repo_id, self)
        return dialog.value() if dialog.exec() == TokenDialog.DialogCode.Accepted else ""
