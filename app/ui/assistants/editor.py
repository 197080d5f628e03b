"""AssistantEditor: one of the user's assistants, field by field. GUI thread.

Every text the user types stays plain text. An adapter is checked against the
model in use as soon as it is chosen (app/engine/adapters.py reads headers
only, in milliseconds), so a file made for another model gets its sentence
here rather than at the first reply.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.assistants.model import ICONS, Assistant
from app.ui.folders import documents_folder

UNSET = -0.1      # the temperature box's lowest value: the app's setting


class AssistantEditor(QDialog):
    def __init__(self, assistant: Assistant, models: list[str], check_adapter, parent: QWidget | None = None) -> None:
        """models: model file names to prefer; check_adapter(path) -> a sentence when it does not fit, else ""."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assistant"))
        self.setMinimumWidth(620)
        self._assistant = assistant
        self._check_adapter = check_adapter
        self.name = QLineEdit(assistant.name, maxLength=80)
        self.icon = QComboBox()
        for icon in ICONS:
            self.icon.addItem(icon, icon)
        self.icon.setCurrentIndex(max(0, self.icon.findData(assistant.icon)))
        self.description = QLineEdit(assistant.description, maxLength=200)
        self.prompt = QPlainTextEdit(plainText=assistant.system_prompt)
        self.prompt.setPlaceholderText(self.tr("For example: You answer questions about our HR policy, briefly "
                                               "and in French."))
        self.examples = QTableWidget(0, 2)
        self.examples.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Answer")])
        self.examples.horizontalHeader().setStretchLastSection(True)
        for question, answer in assistant.examples:
            self._add_example(question, answer)
        add_example, remove_example = QPushButton(self.tr("Add example")), QPushButton(self.tr("Remove example"))
        add_example.clicked.connect(lambda: self._add_example("", ""))
        remove_example.clicked.connect(lambda: self.examples.removeRow(self.examples.currentRow()))
        self.temperature = QDoubleSpinBox(minimum=UNSET, maximum=2.0, singleStep=0.1, decimals=1)
        self.temperature.setSpecialValueText(self.tr("App setting"))
        self.temperature.setValue(assistant.settings.get("temperature", UNSET))
        self.model = QComboBox()
        self.model.addItem(self.tr("The model in use"), "")
        for name in dict.fromkeys([*models, *([Path(assistant.model).name] if assistant.model else [])]):
            self.model.addItem(name, name)
        self.model.setCurrentIndex(max(0, self.model.findData(Path(assistant.model).name if assistant.model else "")))
        self.documents = QListWidget()
        for path in assistant.documents:
            self.documents.addItem(path)
        add_files, add_folder, remove_doc = (QPushButton(self.tr("Add files…")), QPushButton(self.tr("Add folder…")),
                                             QPushButton(self.tr("Remove")))
        add_files.clicked.connect(self._add_files)
        add_folder.clicked.connect(self._add_folder)
        remove_doc.clicked.connect(lambda: self.documents.takeItem(self.documents.currentRow()))
        self.adapter = QLineEdit(assistant.adapter, readOnly=True)
        self.adapter.setPlaceholderText(self.tr("None"))
        choose, clear = QPushButton(self.tr("Choose…")), QPushButton(self.tr("Clear"))
        choose.clicked.connect(self._choose_adapter)
        clear.clicked.connect(lambda: (self.adapter.clear(), self.adapter_problem.clear()))
        self.strength = QDoubleSpinBox(minimum=0.0, maximum=2.0, singleStep=0.1, decimals=2,
                                       value=assistant.adapter_scale)
        self.adapter_problem = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True, objectName="messageStatus")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Icon"), self.icon)
        form.addRow(self.tr("One-line description"), self.description)
        form.addRow(self.tr("Instructions"), self.prompt)
        form.addRow(self.tr("Worked examples"), _column(self.examples, _row(add_example, remove_example)))
        form.addRow(self.tr("Temperature"), self.temperature)
        form.addRow(self.tr("Preferred model"), self.model)
        form.addRow(self.tr("Documents it answers from"),
                    _column(self.documents, _row(add_files, add_folder, remove_doc)))
        form.addRow(self.tr("Adapter (LoRA)"), _column(_row(self.adapter, choose, clear), self.adapter_problem))
        form.addRow(self.tr("Adapter strength"), self.strength)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.temperature.setLocale(QLocale())

    def _add_example(self, question: str, answer: str) -> None:
        row = self.examples.rowCount()
        self.examples.insertRow(row)
        self.examples.setItem(row, 0, QTableWidgetItem(question))
        self.examples.setItem(row, 1, QTableWidgetItem(answer))

    def _add_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Documents for this assistant"), documents_folder())
        for path in paths:
            self.documents.addItem(path)

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("A folder of documents for this assistant"),
                                                  documents_folder())
        if folder:
            self.documents.addItem(folder)

    def _choose_adapter(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("LoRA adapter"), documents_folder(),
                                              self.tr("GGUF adapters (*.gguf)"))
        if path:
            self.set_adapter(path)

    def set_adapter(self, path: str) -> None:
        problem = self._check_adapter(path)
        self.adapter_problem.setText(problem)
        if not problem:
            self.adapter.setText(path)

    def _accept(self) -> None:
        if self.name.text().strip():
            self.accept()
        else:
            self.name.setFocus()

    def value(self) -> Assistant:
        settings = dict(self._assistant.settings)
        settings.pop("temperature", None)
        if self.temperature.value() > UNSET:
            settings["temperature"] = round(self.temperature.value(), 1)
        examples = []
        for row in range(self.examples.rowCount()):
            q, a = (self.examples.item(row, c).text() if self.examples.item(row, c) else "" for c in (0, 1))
            if q.strip() and a.strip():
                examples.append((q, a))
        return replace(self._assistant, name=self.name.text().strip(), icon=self.icon.currentData(),
                       description=self.description.text().strip(), system_prompt=self.prompt.toPlainText(),
                       examples=tuple(examples), settings=settings, model=self.model.currentData() or "",
                       documents=tuple(self.documents.item(i).text() for i in range(self.documents.count())),
                       adapter=self.adapter.text(), adapter_scale=self.strength.value())


def _row(*widgets) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return holder


def _column(*widgets) -> QWidget:
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        column.addWidget(widget)
    return holder
