"""The sources under a reply that used documents: one button per passage
("handbook.pdf, page 3") and per attachment the model read whole; a click
shows the passage or the document. Passages and file names are plain text
everywhere, never rich text. GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


def label(source: dict) -> str:
    """"[1] handbook.pdf, page 3" in the user's language."""
    translate = QCoreApplication.translate     # by this name, so that pyside6-lupdate finds its calls
    if source.get("whole"):
        return translate("Sources", "%1 (whole document)").replace("%1", str(source.get("file", "")))
    where = ""
    if source.get("page"):
        where = translate("Sources", "page %1").replace("%1", str(source["page"]))
    elif source.get("section"):
        where = str(source["section"])
    text = f"[{source.get('n', '')}] {source.get('file', '')}"
    return f"{text}, {where}" if where else text


class SourceDialog(QDialog):
    def __init__(self, source: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Source: %1").replace("%1", str(source.get("file", ""))))
        self.setMinimumSize(520, 360)
        heading = QLabel(label(source), textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.passage = QPlainTextEdit(readOnly=True)
        self.passage.setPlainText(str(source.get("text", "")))
        self.passage.setAccessibleName(self.tr("The document the reply used") if source.get("whole")
                                       else self.tr("The passage the reply used"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if source.get("cut"):
            layout.addWidget(QLabel(self.tr("The model read the whole document; only its beginning is kept here."),
                                    textFormat=Qt.TextFormat.PlainText, wordWrap=True))
        layout.addWidget(self.passage, 1)
        layout.addWidget(buttons)


class SourcesRow(QWidget):
    def __init__(self, sources: list[dict], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="sourcesRow")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.title = QLabel(self.tr("Sources:"), textFormat=Qt.TextFormat.PlainText, objectName="messageMeta")
        row.addWidget(self.title)
        self.buttons = []
        for source in sources:
            button = QToolButton(autoRaise=True, text=label(source))
            button.setToolTip(self.tr("Show the document") if source.get("whole") else self.tr("Show the passage"))
            button.setAccessibleName(label(source))
            button.setAccessibleDescription(button.toolTip())
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, s=source: SourceDialog(s, self).exec())
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
