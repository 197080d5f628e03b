"""The conversation list: search box, day groups, rename, pin, delete with undo.

Lives on the GUI thread. It shows what the store holds and asks the pane to
change it through signals; deletion waits for the undo bar to time out.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.store import HIGHLIGHT_END, HIGHLIGHT_START, Conversation, SearchHit
from app.ui.plaintext import plain_label, plain_tooltip

ID_ROLE = Qt.ItemDataRole.UserRole
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2     # a header's group, in English whatever the language shown
UNDO_SECONDS = 8
# The groups day_group() returns, shown through translate("ConversationList", name).
GROUPS = (QT_TRANSLATE_NOOP("ConversationList", "Pinned"), QT_TRANSLATE_NOOP("ConversationList", "Today"),
          QT_TRANSLATE_NOOP("ConversationList", "Yesterday"), QT_TRANSLATE_NOOP("ConversationList", "Last 7 days"),
          QT_TRANSLATE_NOOP("ConversationList", "Older"))


def day_group(when: float, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    days = (today - dt.date.fromtimestamp(when)).days
    if days <= 0:
        return "Today"
    if days == 1:
        return "Yesterday"
    if days < 7:
        return "Last 7 days"
    return "Older"


class ConversationList(QWidget):
    open_requested = Signal(int, object)     # conversation id, message id to jump to (or None)
    new_requested = Signal()
    rename_requested = Signal(int, str)
    pin_requested = Signal(int, bool)
    delete_requested = Signal(int)           # after the undo time has passed
    search_changed = Signal(str)
    export_requested = Signal(object)        # a conversation's id, or None for all of them
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationList")
        self._pending_delete: int | None = None
        self._filling = False
        self.new_button = QPushButton(objectName="newChat")
        self.new_button.clicked.connect(self.new_requested)
        self.more_button = QToolButton(objectName="moreConversations", autoRaise=True, text="⋯")
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more_button)
        self._import_action = self.more_menu.addAction("", self.import_requested.emit)
        self._export_all_action = self.more_menu.addAction("", lambda: self.export_requested.emit(None))
        self.more_button.setMenu(self.more_menu)
        self.search = QLineEdit(clearButtonEnabled=True)
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(lambda: self.search_changed.emit(self.search.text().strip()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.list = QListWidget()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(False)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_context_menu)
        self.list.itemClicked.connect(self._on_item_activated)
        self.list.itemActivated.connect(self._on_item_activated)
        self.list.itemChanged.connect(self._on_item_changed)
        self._delete_action = QAction(self.list, shortcut=QKeySequence(QKeySequence.StandardKey.Delete))
        self._delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._delete_action.triggered.connect(self._delete_current)
        self.list.addAction(self._delete_action)
        self.undo_bar = self._make_undo_bar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.new_button, 1)
        top.addWidget(self.more_button)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.undo_bar)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New chat"))
        self.new_button.setAccessibleName(self.tr("New conversation"))
        self.new_button.setToolTip(plain_tooltip(self.tr("New conversation (%1)").replace(
            "%1", QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText))))
        self.more_button.setAccessibleName(self.tr("More: import and export conversations"))
        self.more_button.setToolTip(self.tr("Import and export conversations"))
        self._import_action.setText(self.tr("Import conversations…"))
        self._export_all_action.setText(self.tr("Export all conversations…"))
        self.search.setPlaceholderText(self.tr("Search conversations"))
        self.search.setAccessibleName(self.tr("Search conversations"))
        self.search.setAccessibleDescription(self.tr("Finds conversations by their title and their text"))
        self.list.setAccessibleName(self.tr("Conversations"))
        self.list.setAccessibleDescription(self.tr("Enter opens, F2 renames, Delete deletes with undo"))
        self._delete_action.setText(self.tr("Delete"))
        self._undo_label.setText(self.tr("Conversation deleted."))
        self._undo_button.setText(self.tr("Undo"))
        self._undo_button.setAccessibleName(self.tr("Undo delete"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()      # the list's group names are redrawn by the pane, which has the data
        super().changeEvent(event)

    def _make_undo_bar(self) -> QWidget:
        bar = QWidget(objectName="undoBar")
        self._undo_label = plain_label()
        self._undo_button = QPushButton()
        self._undo_button.clicked.connect(self.undo_delete)
        row = QHBoxLayout(bar)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self._undo_label, 1)
        row.addWidget(self._undo_button)
        bar.hide()
        self._undo_timer = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self.commit_delete)
        return bar

    # -- filling -----------------------------------------------------------------

    def show_conversations(self, conversations: list[Conversation], current: int | None) -> None:
        self._filling = True
        self.list.clear()
        group = None
        for conv in conversations:
            if conv.id == self._pending_delete:
                continue
            name = GROUPS[0] if conv.pinned else day_group(conv.updated_at)
            if name != group:
                self._add_header(name)
                group = name
            item = QListWidgetItem(conv.title)
            item.setData(ID_ROLE, conv.id)
            item.setToolTip(plain_tooltip(conv.title))     # a title may look like HTML: letters only
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
            if conv.id == current:
                self.list.setCurrentItem(item)
        self._filling = False

    def show_hits(self, hits: list[SearchHit]) -> None:
        self._filling = True
        self.list.clear()
        self._add_header(self.tr("%n found", "", len(hits)) if hits else self.tr("Nothing found"))
        for hit in hits:
            snippet = " ".join(hit.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "").split())
            item = QListWidgetItem(f"{hit.title}\n{snippet}")
            item.setData(ID_ROLE, hit.conversation_id)
            item.setData(MESSAGE_ROLE, hit.message_id)
            item.setToolTip(plain_tooltip(snippet))
            self.list.addItem(item)
        self._filling = False

    def _add_header(self, text: str) -> None:
        """text: a group of GROUPS (shown translated), or words already translated."""
        header = QListWidgetItem(QCoreApplication.translate("ConversationList", text).upper())
        header.setData(GROUP_ROLE, text)
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        font = header.font()
        font.setPointSizeF(font.pointSizeF() * 0.8)
        font.setBold(True)
        header.setFont(font)
        self.list.addItem(header)

    # -- actions -----------------------------------------------------------------

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def start_rename(self) -> None:
        item = self.list.currentItem()
        if item and item.data(ID_ROLE) is not None:
            self.list.editItem(item)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        if item.data(ID_ROLE) is not None:
            self.open_requested.emit(item.data(ID_ROLE), item.data(MESSAGE_ROLE))

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if not self._filling and item.data(ID_ROLE) is not None and item.data(MESSAGE_ROLE) is None:
            self.rename_requested.emit(item.data(ID_ROLE), item.text())

    def _on_context_menu(self, pos) -> None:
        item = self.list.itemAt(pos)
        if item is None or item.data(ID_ROLE) is None:
            return
        conv_id = item.data(ID_ROLE)
        pinned = self._group_of(item) == GROUPS[0]
        menu = QMenu(self)
        menu.addAction(self.tr("Rename"), lambda: self.list.editItem(item))
        menu.addAction(self.tr("Unpin") if pinned else self.tr("Pin to top"),
                       lambda: self.pin_requested.emit(conv_id, not pinned))
        menu.addAction(self.tr("Export…"), lambda: self.export_requested.emit(conv_id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.delete_with_undo(conv_id))
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def _group_of(self, item: QListWidgetItem) -> str:
        for row in range(self.list.row(item), -1, -1):
            candidate = self.list.item(row)
            if candidate.data(ID_ROLE) is None:
                return candidate.data(GROUP_ROLE) or ""
        return ""

    def _delete_current(self) -> None:
        conv_id = self.current_id()
        if conv_id is not None:
            self.delete_with_undo(conv_id)

    def delete_with_undo(self, conv_id: int) -> None:
        """Hide it now; delete it for good when the undo bar times out."""
        self.commit_delete()
        self._pending_delete = conv_id
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == conv_id:
                self.list.takeItem(row)
                break
        self.undo_bar.show()
        self._undo_timer.start()

    def undo_delete(self) -> None:
        self._pending_delete = None
        self._undo_timer.stop()
        self.undo_bar.hide()
        self.search_changed.emit(self.search.text().strip())   # shows the list again

    def commit_delete(self) -> None:
        if self._pending_delete is not None:
            conv_id, self._pending_delete = self._pending_delete, None
            self._undo_timer.stop()
            self.undo_bar.hide()
            self.delete_requested.emit(conv_id)

    @property
    def pending_delete(self) -> int | None:
        return self._pending_delete
