"""The main window: a navigation rail to the panes, and Help. No logic here.

Pane titles arrive in English and are shown translated (context
"MainWindow"), so they follow a language change like everything else. The
window's shortcuts are QActions that App installs (shortcuts.py). Lives on
the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.plaintext import plain_tooltip

# The titles App gives, here so that lupdate finds them.
PANE_TITLES = (QT_TRANSLATE_NOOP("MainWindow", "Chat"), QT_TRANSLATE_NOOP("MainWindow", "Models"),
               QT_TRANSLATE_NOOP("MainWindow", "Settings"))
RAIL_ICON = QSize(22, 22)


class MainWindow(QMainWindow):
    pane_shown = Signal(int)

    def __init__(self, panes: list[tuple[str, QWidget | Callable[[], QWidget]]], state: QSettings) -> None:
        """panes: (English title, the pane or a function that builds it when first shown)."""
        super().__init__()
        self._state = state
        self._titles = [title for title, _pane in panes]
        self._builders: dict[int, Callable[[], QWidget]] = {}
        self.stack = QStackedWidget()
        rail = QWidget(objectName="navRail")
        rail.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        rail_layout = QVBoxLayout(rail)
        rail_layout.setContentsMargins(6, 12, 6, 12)
        rail_layout.setSpacing(4)
        self._buttons = QButtonGroup(self)
        for index, (_title, pane) in enumerate(panes):
            button = self._rail_button()
            button.setCheckable(True)
            self._buttons.addButton(button, index)
            rail_layout.addWidget(button)
            if callable(pane) and not isinstance(pane, QWidget):
                self._builders[index] = pane
                pane = QWidget()              # its place, until it is first shown
            self.stack.addWidget(pane)
        rail_layout.addStretch(1)
        self.help_button = self._rail_button()
        self.help_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.help_menu = QMenu(self.help_button)
        self.help_button.setMenu(self.help_menu)
        rail_layout.addWidget(self.help_button)
        self._buttons.idClicked.connect(self.show_pane)
        self._buttons.button(0).setChecked(True)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(rail)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.resize(1100, 720)
        geometry = state.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.retranslate()
        self.focus_pane()       # before the window shows: Qt gives it the keyboard once it is active

    def _rail_button(self) -> QToolButton:
        button = QToolButton(autoRaise=True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setIconSize(RAIL_ICON)
        button.setMinimumWidth(76)
        bold = button.font()        # bold here, not in the stylesheet: the size hint must count it
        bold.setBold(True)
        button.setFont(bold)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)    # reachable with Tab, also on macOS
        return button

    def set_icons(self, icons: list[QIcon], help_icon: QIcon) -> None:
        for index, icon in enumerate(icons):
            self._buttons.button(index).setIcon(icon)
        self.help_button.setIcon(help_icon)

    def replace_pane(self, index: int, pane: QWidget) -> None:
        """Put a pane that was built late in the place kept for it."""
        showing = self.stack.currentIndex()
        old = self.stack.widget(index)
        self.stack.insertWidget(index, pane)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.stack.setCurrentIndex(showing)

    def pane(self, index: int) -> QWidget:
        """The pane at index, built now if it waited to be shown first."""
        builder = self._builders.pop(index, None)
        if builder is not None:
            self.replace_pane(index, builder())
        return self.stack.widget(index)

    def show_pane(self, index: int) -> None:
        self.pane(index)
        self._buttons.button(index).setChecked(True)
        self.stack.setCurrentIndex(index)
        self.focus_pane()
        self.pane_shown.emit(index)

    def focus_pane(self) -> None:
        """Typing goes where the pane shown says (its focus proxy: the Chat pane's composer).
        Without this, Qt gives an activated window's keyboard to the first button of the rail."""
        pane = self.stack.currentWidget()
        if pane is not None and pane.focusProxy() is not None:
            pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.setWindowTitle("Tramontane")
        for index, title in enumerate(self._titles):
            button = self._buttons.button(index)
            text = QCoreApplication.translate("MainWindow", title)
            button.setText(text)
            button.setAccessibleName(self.tr("%1 pane").replace("%1", text))
            button.setToolTip(plain_tooltip(text))
        self.help_button.setText(self.tr("Help"))
        self.help_button.setAccessibleName(self.tr("Help"))
        self.help_button.setAccessibleDescription(self.tr("Keyboard shortcuts, diagnostics and about Tramontane"))
        self._fit_rail()

    def _fit_rail(self) -> None:
        """Wide enough for the longest title ("Paramètres", in bold): the rail's layout keeps
        the size the buttons had before the stylesheet padded them, so say it outright."""
        buttons = [*self._buttons.buttons(), self.help_button]
        side = max(RAIL_ICON.height(), round(self.fontMetrics().height() * 1.4))   # icons grow with the text
        for button in buttons:
            button.setIconSize(QSize(side, side))
            button.ensurePolished()
        width = max(76, *(b.sizeHint().width() for b in buttons))
        for button in buttons:
            button.setMinimumWidth(width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rail()        # a new text size or stylesheet
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._state.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
