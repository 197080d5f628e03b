"""Text from a model, a user, a file or the hub, shown as the letters it is.

Qt guesses: a tooltip, a QLabel (AutoText, its default), a QMessageBox or a
QInputDialog's label whose text looks like HTML (Qt::mightBeRichText) is
rendered as rich text,
and rich text loads what it names: `<img src=/path>` makes Qt open a local
file (a FIFO freezes the GUI, /dev/zero aborts it) and, on Windows,
`//host/share` opens an SMB connection that offers the user's credentials.
Every view shows such text through these helpers. GUI thread.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QLineEdit, QMessageBox, QProgressDialog, QWidget

_PLAIN = Qt.TextFormat.PlainText


def plain_tooltip(text: str | None) -> str:
    """A tooltip that shows `text` as written.

    A tooltip has no text format of its own, so the text is escaped and
    wrapped: Qt then always reads it as rich text that holds nothing but
    characters (no tag of the text survives, so nothing is ever loaded)."""
    if not text:
        return ""
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def plain_label(text: str = "", parent: QWidget | None = None, **properties) -> QLabel:
    """A QLabel that never reads its text as rich text (properties as for QLabel, e.g. objectName)."""
    label = QLabel(parent, textFormat=_PLAIN, **properties)
    label.setText(text)
    return label


def make_plain(*labels: QLabel) -> None:
    """For labels made elsewhere: from now on their text is letters only."""
    for label in labels:
        label.setTextFormat(_PLAIN)


def message_box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None = None,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
                details: str = "") -> QMessageBox:
    """A QMessageBox whose text (and `details`, its informative text) is letters only."""
    box = QMessageBox(icon, title, text, buttons, parent)
    if details:
        box.setInformativeText(details)
    box.setTextFormat(_PLAIN)       # Qt 6 gives the informative text the same format
    return box


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """QMessageBox.information, with the text as letters only."""
    message_box(QMessageBox.Icon.Information, title, text, parent, QMessageBox.StandardButton.Ok).exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """QMessageBox.warning, with the text as letters only."""
    message_box(QMessageBox.Icon.Warning, title, text, parent, QMessageBox.StandardButton.Ok).exec()


def critical(parent: QWidget | None, title: str, text: str) -> None:
    """QMessageBox.critical, with the text as letters only."""
    message_box(QMessageBox.Icon.Critical, title, text, parent, QMessageBox.StandardButton.Ok).exec()


def ask_text(parent: QWidget | None, title: str, label: str,
             echo: QLineEdit.EchoMode = QLineEdit.EchoMode.Normal, text: str = "") -> tuple[str, bool]:
    """QInputDialog.getText, with the label as letters only (it may name a server or a file)."""
    dialog = QInputDialog(parent, windowTitle=title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(echo)
    dialog.setTextValue(text)
    make_plain(*dialog.findChildren(QLabel))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.textValue(), accepted


def progress_dialog(label: str, cancel: str, parent: QWidget | None) -> QProgressDialog:
    """A QProgressDialog (busy: no range) whose label is letters only."""
    dialog = QProgressDialog(parent)
    dialog.setLabel(plain_label(label))
    dialog.setCancelButtonText(cancel)
    dialog.setRange(0, 0)
    return dialog
