"""Export and import of conversations, as a user does it: a file dialog,
progress while it works, Cancel, and a sentence when something fails. GUI thread.

The work runs off the GUI thread (app/chat/transfer.py through the
controller). Cancelling an import that has already written removes what it
added, so Cancel always means "as if I had not started".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.store import FILE_SUFFIXES
from app.ui.chat.controller import ChatController
from app.ui.folders import documents_folder, in_documents
from app.ui.plaintext import inform, progress_dialog
from app.ui.sentences import sentence
from app.ui.tasks import Task, Tasks

# Shown after this long, so a quick export does not flash a dialog.
PROGRESS_AFTER_MS = 400


class Transfers(QObject):
    finished = Signal()          # an export or import ended, whatever its outcome

    def __init__(self, controller: ChatController, parent: QWidget) -> None:
        super().__init__(parent)
        self.controller = controller
        self.parent_widget = parent
        self.tasks = Tasks(self)
        self._task: Task | None = None
        self._progress: QProgressDialog | None = None

    def export(self, conversation_id: int | None) -> None:
        """One conversation (its id) or all of them (None) to a file the user names."""
        if self._task is not None:
            return
        filters = {self.tr("Markdown (*.md)"): "markdown", self.tr("Web page (*.html)"): "html",
                   self.tr("Tramontane export, can be imported again (*.json)"): "json"}
        name = self._suggested_name(conversation_id)
        path, chosen = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Export conversations"),
                                                   in_documents(f"{name}.md"), ";;".join(filters))
        if not path:
            return
        fmt = filters.get(chosen, "markdown")
        target = Path(path)
        if target.suffix.lower() != FILE_SUFFIXES[fmt]:
            target = target.with_suffix(FILE_SUFFIXES[fmt])
        ids = None if conversation_id is None else [conversation_id]
        self._start(self.tr("Exporting…"), lambda task: self.controller.export_file(target, fmt, ids),
                    lambda _result, cancelled: None)

    def import_(self) -> None:
        if self._task is not None:
            return
        path, _chosen = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Import conversations"), documents_folder(),
            self.tr("Conversation exports (*.json);;All files (*)"))
        if not path:
            return
        self._start(self.tr("Importing…"), lambda task: self.controller.import_file(Path(path)), self._imported)

    def _imported(self, ids: list[int], cancelled: bool) -> None:
        if cancelled:
            for conversation_id in ids:          # Cancel: as if it had not started
                self.controller.delete_conversation(conversation_id)
            return
        self.controller.imported(ids)
        inform(self.parent_widget, self.tr("Import conversations"),
               self.tr("%n conversation(s) imported.", "", len(ids)))

    def _start(self, label: str, work, on_result) -> None:
        self._progress = progress_dialog(label, self.tr("Cancel"), self.parent_widget)
        self._progress.setWindowTitle("Tramontane")
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(PROGRESS_AFTER_MS)
        task = self._task = self.tasks.run(work, lambda result, error: self._done(task, result, error, on_result))
        self._progress.canceled.connect(task.cancel)

    def _done(self, task: Task, result, error, on_result) -> None:
        self._task = None
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        if error is None:
            on_result(result, task.cancelled)
        elif not task.cancelled:
            box = QMessageBox(QMessageBox.Icon.Warning, "Tramontane", sentence(error),
                              QMessageBox.StandardButton.Ok, self.parent_widget)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()
        self.finished.emit()

    def _suggested_name(self, conversation_id: int | None) -> str:
        if conversation_id is None:
            return self.tr("Conversations")
        title = self.controller.title_of(conversation_id) or self.tr("Conversation")
        return "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()[:60] or "Conversation"


