"""What the chat pane shows of company servers: where a conversation runs, and the
model picker grouped by place. GUI thread.

Where it runs is said in words in the header ("On this computer", "Company
server: ACME GPU"), and is also the label's accessible name, so nobody has
to guess where their text goes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel

from app.engine.servers import Server
from app.engine.types import FILE, ModelRef
from app.library.local import display_name


class WhereLabel(QLabel):
    def __init__(self) -> None:
        super().__init__(objectName="wherePlace", textFormat=Qt.TextFormat.PlainText)
        self._place: tuple[str, str] = ("computer", "")

    def show_place(self, ref: ModelRef | None, server_name: str) -> None:
        self._place = ("computer", "") if ref is None or ref.kind == FILE else ("server", server_name)
        self.retranslate()

    def retranslate(self) -> None:
        kind, name = self._place
        text = self.tr("On this computer") if kind == "computer" else self.tr("Company server: %1").replace(
            "%1", name)
        self.setText(text)
        self.setAccessibleName(self.tr("Where this conversation runs: %1").replace("%1", text))
        self.setProperty("place", kind)


def fill_model_picker(combo: QComboBox, paths: list[str], groups: list[tuple[Server, tuple[str, ...]]],
                      current: ModelRef | None, problems: dict[str, str]) -> None:
    """Models on this computer, then each server's under its name (headings cannot be chosen);
    each item holds its ModelRef as text. The one in use is selected."""
    combo.blockSignals(True)
    combo.clear()
    have_servers = any(models or s.id in problems for s, models in groups)
    if current is not None and current.kind == FILE and current.locator not in paths:
        paths = [current.locator, *paths]
    if have_servers:
        _heading(combo, QCoreApplication.translate("ModelPicker", "On this computer"))
    for path in paths:
        combo.addItem(display_name(path), str(ModelRef.file(path)))
    for server, models in groups:
        if not models and server.id not in problems:
            continue
        _heading(combo, QCoreApplication.translate("ModelPicker", "Company server: %1").replace("%1", server.name))
        for model in models:
            combo.addItem(model, str(ModelRef("server", f"{server.id}/{model}")))
        if not models:
            _heading(combo, problems[server.id], bold=False)
    index = combo.findData(str(current)) if current is not None else -1
    combo.setCurrentIndex(index)
    combo.blockSignals(False)


def _heading(combo: QComboBox, text: str, bold: bool = True) -> None:
    combo.addItem(text)
    model = combo.model()
    if isinstance(model, QStandardItemModel):
        item = model.item(combo.count() - 1)
        item.setEnabled(False)                 # a heading, not a choice
        item.setSelectable(False)
        if bold:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
