"""LocalModelsView: the models on this computer, a sortable table with the
chosen model's details and actions beside it. GUI thread; it only shows and
asks, the LibraryController does the work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.library.catalog import SLOW_TOKENS_PER_S
from app.library.describe import licence_words, parameters, writing_speed
from app.library.fit import NO_FIT, TIGHT, advise_gguf
from app.library.local import BUNDLED, LINKED, SHARED, LocalModel
from app.ui.models.words import Words
from app.ui.plaintext import plain_tooltip
from app.ui.sentences import number_text, sentence


class LocalModelsTable(QAbstractTableModel):
    """The scanned models as rows; a plain adapter over the list. GUI thread."""

    COLUMNS = 6

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.models: list[LocalModel] = []
        self.advice: list = []
        self.default_path = ""
        self.headers = ["", "", "", "", "", ""]
        self.words = Words(self)

    def set_models(self, models: list[LocalModel], hardware, default_path: str) -> None:
        self.beginResetModel()
        self.models = list(models)
        self.advice = [advise_gguf(m.info, hardware, size=m.size) for m in self.models]
        self.default_path = default_path
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's names)
        return 0 if parent.isValid() else len(self.models)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        model, advice = self.models[index.row()], self.advice[index.row()]
        column = index.column()
        words = self.words
        if role == Qt.ItemDataRole.DisplayRole:
            name = model.name + ("  ★" if str(model.path) == self.default_path else "")
            return [name, words.size(model.size), words.parameters(parameters(model.parameter_count)),
                    model.quantization, number_text(model.context_length) if model.context_length else "",
                    words.verdict(advice.verdict)][column]
        if role == Qt.ItemDataRole.UserRole:        # sort keys
            return [model.name.lower(), model.size, model.parameter_count, model.quantization,
                    model.context_length, advice.rank][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(sentence(advice.reason))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{name}, {size}, {advice}").format(name=model.name, size=words.size(model.size),
                                                              advice=words.advice(advice))
        return None


class LocalModelsView(QWidget):
    import_requested = Signal()

    def __init__(self, controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.table_model = LocalModelsTable(self)
        self.words = self.table_model.words
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.table_model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView(objectName="localModels")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, LocalModelsTable.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self.on_selection)
        self.table.doubleClicked.connect(lambda _i: self.on_use_here())

        # Facts as label/value pairs; values are plain text (names come from files).
        self.facts = QFormLayout()
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.facts.setVerticalSpacing(2)
        # Label above value: wrapped values beside labels get clipped in a narrow side panel.
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.fact_labels, self.fact_values = {}, {}
        for key in ("size", "params", "quant", "context", "licence", "file"):
            label, value = QLabel(objectName="factLabel"), QLabel(objectName="factValue", wordWrap=True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key], self.fact_values[key] = label, value
            self.facts.addRow(label, value)
        self.details = QLabel(objectName="modelNote", wordWrap=True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.title = QLabel(objectName="modelTitle", wordWrap=True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict = QLabel(objectName="verdict", wordWrap=True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.use_here = QPushButton(objectName="useHere")
        self.use_default = QPushButton()
        self.show_folder = QPushButton()
        self.delete_button = QPushButton(objectName="deleteModel")
        self.use_here.clicked.connect(self.on_use_here)
        self.use_default.clicked.connect(self.on_use_default)
        self.show_folder.clicked.connect(self.on_show_folder)
        self.delete_button.clicked.connect(self.on_delete)

        side = QFrame(objectName="modelSide")
        side.setMinimumWidth(320)
        side.setMaximumWidth(400)
        side.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(16, 12, 16, 12)
        side_layout.setSpacing(8)
        side_layout.addWidget(self.title)
        side_layout.addWidget(self.verdict)
        side_layout.addLayout(self.facts)
        side_layout.addWidget(self.details)
        side_layout.addSpacing(6)
        for button in (self.use_here, self.use_default, self.show_folder, self.delete_button):
            side_layout.addWidget(button)
        side_layout.addStretch(1)

        self.empty = QLabel(objectName="emptyModels", wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.import_button = QPushButton(objectName="importModel")
        self.import_button.clicked.connect(self.import_requested)
        top = QHBoxLayout()
        self.hint = QLabel(objectName="paneHint", wordWrap=True)
        top.addWidget(self.hint, 1)
        top.addWidget(self.import_button)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.table, 1)
        left.addWidget(self.empty)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(side)

        self.retranslate()
        controller.models_changed.connect(self.on_models_changed)
        controller.hardware_changed.connect(lambda _hw: self.on_models_changed(controller.models, None))
        controller.settings.changed.connect(lambda _s: self.on_models_changed(controller.models, None))
        self.show_model(None)

    def retranslate(self) -> None:
        self.table_model.headers = [self.tr("Name"), self.tr("Size"), self.tr("Parameters"),
                                    self.tr("Compression"), self.tr("Context"), self.tr("On this computer")]
        self.table_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, LocalModelsTable.COLUMNS - 1)
        self.hint.setText(self.tr("Models on this computer. Drop a .gguf file here to add it."))
        self.import_button.setText(self.tr("Add a model file…"))
        self.import_button.setAccessibleName(self.tr("Add a model file from this computer"))
        self.use_here.setText(self.tr("Use in this conversation"))
        self.use_here.setAccessibleName(self.tr("Use the selected model in this conversation"))
        self.use_default.setText(self.tr("Use for new conversations"))
        self.use_default.setAccessibleName(self.tr("Make the selected model the default"))
        self.show_folder.setText(self.tr("Show in folder"))
        self.show_folder.setAccessibleName(self.tr("Show the selected model's file in its folder"))
        self.table.setAccessibleName(self.tr("Models on this computer"))
        for key, text in (("size", self.tr("Size")), ("params", self.tr("Parameters")),
                          ("quant", self.tr("Compression")), ("context", self.tr("Context")),
                          ("licence", self.tr("Licence")), ("file", self.tr("File"))):
            self.fact_labels[key].setText(text)
        self.table.horizontalHeader().setAccessibleName(self.tr("Sort the models by"))
        self.empty.setText(self.tr("No models yet. Download one from the catalog, or add a .gguf file."))
        self.show_model(self.selected())

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing -----------------------------------------------------------------------

    def on_models_changed(self, models: list, _problems) -> None:
        chosen = self.selected()
        self.table_model.set_models(models, self.controller.hardware, self.controller.settings.current.default_model)
        self.empty.setVisible(not models)
        self.table.setVisible(bool(models))
        if models:
            keep = next((i for i, m in enumerate(self.table_model.models)
                         if chosen is not None and m.path == chosen.path), 0)
            self.table.selectRow(self.proxy.mapFromSource(self.table_model.index(keep, 0)).row())
        else:
            self.show_model(None)

    def selected(self) -> LocalModel | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.table_model.models[self.proxy.mapToSource(rows[0]).row()]

    def on_selection(self, *_args) -> None:
        self.show_model(self.selected())

    def show_model(self, model: LocalModel | None) -> None:
        for button in (self.use_here, self.use_default, self.show_folder, self.delete_button):
            button.setEnabled(model is not None)
        if model is None:
            self.title.setText(self.tr("No model selected"))
            self.verdict.clear()
            self.details.clear()
            for value in self.fact_values.values():
                value.clear()
            self.delete_button.setText(self.tr("Delete…"))
            return
        advice = advise_gguf(model.info, self.controller.hardware, size=model.size)
        self.title.setText(model.name)
        verdict = self.words.advice(advice)
        speed = writing_speed(advice.tokens_per_s)
        if speed is not None:
            verdict += self.tr("; {0}").format(sentence(speed))      # "writes about 4 words a second"
        self.verdict.setText(verdict)
        self.verdict.setProperty("verdict", advice.verdict)         # its colour comes from the theme (style.py)
        self.verdict.setProperty("slow", advice.tokens_per_s is not None and advice.tokens_per_s < SLOW_TOKENS_PER_S)
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        words = self.words
        facts = {
            "size": words.size(model.size)
            + (self.tr(" in {0} files").format(len(model.parts)) if len(model.parts) > 1 else ""),
            "params": words.parameters(parameters(model.parameter_count)),
            "quant": words.quantization(model.quantization),
            "context": words.context(model.context_length),
            "licence": sentence(licence_words(model.licence)),
            "file": str(model.path),
        }
        for key, text in facts.items():
            self.fact_values[key].setText(text)
        lines = []
        if model.place == SHARED:
            lines.append(self.tr("In a shared folder: Tramontane uses it there and never deletes it."))
        elif model.place == BUNDLED:
            lines.append(self.tr("Comes with Tramontane."))
        elif model.place == LINKED:
            lines.append(self.tr("Used where it is, outside your models folder."))
        if str(model.path) == self.controller.settings.current.default_model:
            lines.append(self.tr("★ New conversations start with this model."))
        self.details.setText("\n".join(lines))
        self.delete_button.setText(self.tr("Remove from list…") if model.place == LINKED else self.tr("Delete…"))
        self.delete_button.setEnabled(model.deletable or model.place == LINKED)
        self.delete_button.setAccessibleName(self.delete_button.text().rstrip("…"))
        self.delete_button.setToolTip("" if self.delete_button.isEnabled() else
                                      self.tr("Tramontane does not delete files in shared or bundled folders."))
        warn = advice.verdict in (TIGHT, NO_FIT)
        self.use_here.setToolTip(plain_tooltip(self.tr("This model may not run well here: {0}").format(
            sentence(advice.reason))) if warn else "")

    # -- actions -------------------------------------------------------------------------

    def on_use_here(self) -> None:
        if (model := self.selected()) is not None:
            self.controller.use_in_conversation(model)

    def on_use_default(self) -> None:
        if (model := self.selected()) is not None:
            self.controller.use_as_default(model)
            self.on_models_changed(self.controller.models, None)

    def on_show_folder(self) -> None:
        if (model := self.selected()) is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(model.path).parent)))

    def on_delete(self) -> None:
        model = self.selected()
        if model is None or not self.confirm_delete(model):
            return
        self.controller.delete(model)

    def confirm_delete(self, model: LocalModel) -> bool:
        """Ask first; tests replace this."""
        if model.place == LINKED:
            text = self.tr("Take {0} off the list? The file stays where it is:\n{1}").format(model.name, model.path)
            action = self.tr("Remove from list")
        else:
            text = self.tr("Delete {0}? Its file ({1}) will be removed from this computer.").format(
                model.name, self.words.size(model.size))
            action = self.tr("Delete")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete model"), text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes
