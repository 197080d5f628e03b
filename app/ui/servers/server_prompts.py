"""The questions asked before a conversation's text goes somewhere new. GUI thread.

A server's first use asks once and says what is sent there; moving a
conversation between this computer and a server (or between servers) says
that its history will be sent. Cancel is the default of both: nothing is
sent unless the user says so. Every text is plain (a server's name comes
from a policy file or the user).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.engine.servers import Server

translate = QCoreApplication.translate     # by this name, so that pyside6-lupdate finds its calls


def _ask(parent: QWidget, title: str, text: str, action: str, details: str = "") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setInformativeText(details)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def ask_first_use(parent: QWidget, server: Server) -> bool:
    """Asked once per server (and address): what leaves this computer when it is used."""
    text = translate("ServerPrompts", "Use the company server “%1”?").replace("%1", server.name)
    details = translate("ServerPrompts", "A conversation that runs on %1 is sent to it each time you write: your "
                                         "message, the conversation's earlier messages and its instructions. "
                                         "Whoever runs the server (%2) can read them. Your other conversations, "
                                         "your files and your models stay on this computer.").replace(
        "%1", server.name).replace("%2", server.address)
    if not server.encrypted:
        details += "\n\n" + translate("ServerPrompts", "This server's address starts with http://, so the text "
                                                       "travels unencrypted on the network.")
    action = translate("ServerPrompts", "Use %1").replace("%1", server.name)
    return _ask(parent, translate("ServerPrompts", "Company server"), text, action, details)


class ServerPrompts(QObject):
    """Plural forms: pyside6-lupdate marks a text as having them only in a QObject's
    self.tr(text, "", n); the class's name is the prompts' context."""

    def messages(self, n: int) -> str:
        return self.tr("%n message(s)", "", n)


def confirm_move(parent: QWidget, from_server: str, to_server: str, messages: int) -> bool:
    """from_server / to_server: a server's name, "" for this computer."""
    count = ServerPrompts().messages(messages)
    if to_server:
        text = translate("ServerPrompts", "Move this conversation to the company server “%1”?").replace(
            "%1", to_server)
        details = translate("ServerPrompts", "Its history (%1 and its instructions) will be sent to %2 with your "
                                             "next message, and with every message after.").replace(
            "%1", count).replace("%2", to_server)
        action = translate("ServerPrompts", "Move and send to %1").replace("%1", to_server)
    else:
        text = translate("ServerPrompts", "Move this conversation to this computer?")
        details = translate("ServerPrompts", "Its history (%1 and its instructions) will be read by the model on "
                                             "this computer. Nothing more is sent to %2.").replace(
            "%1", count).replace("%2", from_server)
        action = translate("ServerPrompts", "Move to this computer")
    return _ask(parent, translate("ServerPrompts", "Move conversation"), text, action, details)
