"""AssistantsDialog: choose an assistant to start a chat with, and manage the
user's own (new, edit, duplicate, delete, export, import). The organisation's
are marked as provided by it and cannot be changed; when the policy forbids
it, nothing can. Files that could not be read are named with their sentence
at the top. Names and descriptions are plain text. GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.assistants import BUILTIN, ORGANISATION, USER, Assistant, AssistantError, AssistantLibrary
from app.ui.assistants.editor import AssistantEditor
from app.ui.folders import documents_folder, in_documents
from app.ui.plaintext import message_box
from app.ui.sentences import sentence


class AssistantsDialog(QDialog):
    chat_requested = Signal(str)         # an assistant's id: start a new chat with it

    def __init__(self, library: AssistantLibrary, models, check_adapter, icon_for=None,
                 parent: QWidget | None = None) -> None:
        """models(): model file names; check_adapter(path) -> sentence or ""; icon_for(name) -> QIcon."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assistants"))
        self.setMinimumSize(640, 460)
        self.library, self._models, self._check_adapter, self._icon_for = library, models, check_adapter, icon_for
        self.problems = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True, objectName="messageStatus")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Assistants"))
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.list.itemActivated.connect(lambda *_: self._start_chat())
        self.details = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.chat_button = QPushButton(self.tr("Start a chat"), default=True)
        self.new_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.import_button = QPushButton(self.tr("Import…"))
        for button, slot in ((self.chat_button, self._start_chat), (self.new_button, self._new),
                             (self.edit_button, self._edit), (self.duplicate_button, self._duplicate),
                             (self.delete_button, self._delete), (self.export_button, self._export),
                             (self.import_button, self._import)):
            button.clicked.connect(slot)
        side = QVBoxLayout()
        for button in (self.chat_button, self.new_button, self.edit_button, self.duplicate_button,
                       self.delete_button, self.export_button, self.import_button):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.details)
        body.addLayout(left, 1)
        body.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        assistants = self.library.load()
        self.problems.setText("\n".join(sentence(p) for p in self.library.problems))
        self.problems.setVisible(bool(self.library.problems))
        self.list.clear()
        for assistant in assistants:
            item = QListWidgetItem(f"{assistant.name}  ·  {self._origin(assistant)}")
            item.setData(Qt.ItemDataRole.UserRole, assistant.id)
            if self._icon_for is not None:
                item.setIcon(self._icon_for(assistant.icon))
            self.list.addItem(item)
            if assistant.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_selected()

    def _origin(self, assistant: Assistant) -> str:
        return {ORGANISATION: self.tr("provided by your organisation"), BUILTIN: self.tr("built in"),
                USER: self.tr("yours")}[assistant.origin]

    def selected(self) -> Assistant | None:
        item = self.list.currentItem()
        return self.library.get(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _show_selected(self) -> None:
        assistant = self.selected()
        self.details.setText(assistant.description if assistant else "")
        may = self.library.may_edit
        editable = assistant is not None and assistant.editable and may
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.duplicate_button.setEnabled(assistant is not None and may)
        self.new_button.setEnabled(may)
        self.import_button.setEnabled(may)
        self.export_button.setEnabled(assistant is not None)
        self.chat_button.setEnabled(assistant is not None)
        if not may:
            self.details.setText(self.details.text() + "\n" + sentence(AssistantError("not_allowed")))

    # -- actions ---------------------------------------------------------------------------------

    def _start_chat(self) -> None:
        assistant = self.selected()
        if assistant is not None:
            self.chat_requested.emit(assistant.id)
            self.accept()

    def _new(self) -> None:
        self._open_editor(Assistant(id="", origin=USER, name=""))

    def _edit(self) -> None:
        if self.selected() is not None:
            self._open_editor(self.selected())

    def _open_editor(self, assistant: Assistant) -> None:
        editor = AssistantEditor(assistant, self._models(), self._check_adapter, self)
        if editor.exec():
            self._guard(lambda: self.refresh(self.library.save(editor.value()).id))

    def _duplicate(self) -> None:
        if self.selected() is not None:
            self._guard(lambda: self.refresh(self.library.duplicate(self.selected().id, self.tr("copy")).id))

    def _delete(self) -> None:
        assistant = self.selected()
        if assistant is None:
            return
        box = message_box(QMessageBox.Icon.Question, self.tr("Delete assistant"),
                          self.tr("Delete the assistant “%1”? Conversations with it are kept.").replace(
                              "%1", assistant.name), self,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self._guard(lambda: (self.library.delete(assistant.id), self.refresh()))

    def _export(self) -> None:
        assistant = self.selected()
        if assistant is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export assistant"), in_documents(f"{assistant.name}.json"),
                                              self.tr("Assistants (*.json)"))
        if path:
            self._guard(lambda: self.library.export(assistant.id, path))

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import assistant"), documents_folder(),
                                              self.tr("Assistants (*.json)"))
        if path:
            self._guard(lambda: self.refresh(self.library.import_file(path).id))

    def _guard(self, action) -> None:
        try:
            action()
        except AssistantError as exc:
            message_box(QMessageBox.Icon.Warning, self.tr("Assistants"), sentence(exc), self,
                        QMessageBox.StandardButton.Ok).exec()
