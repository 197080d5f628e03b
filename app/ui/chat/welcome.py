"""What an empty conversation shows: what this app is, and questions to start with.

Lives on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

# Shown, and sent, in the language in use: a French user gets French examples.
EXAMPLES = (
    QT_TRANSLATE_NOOP("Welcome", "Write a polite email asking to move a meeting to Thursday."),
    QT_TRANSLATE_NOOP("Welcome", "Explain what a balance sheet is in three sentences."),
    QT_TRANSLATE_NOOP("Welcome", "Give me five ideas for a team lunch."),
    QT_TRANSLATE_NOOP("Welcome", "Summarise the main causes of the French Revolution."),
)


class _ExampleButton(QPushButton):
    """A push button whose text wraps: a long example (or a French one at 200%) must not
    make the window wider than the screen."""

    PADDING = 12

    def __init__(self) -> None:
        super().__init__(objectName="exampleButton")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _text_rect(self, width: int) -> QRect:
        return self.fontMetrics().boundingRect(QRect(0, 0, max(1, width - 2 * self.PADDING), 10_000),
                                               int(Qt.TextFlag.TextWordWrap), self.text())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = min(self.fontMetrics().horizontalAdvance(self.text()), 22 * self.fontMetrics().averageCharWidth())
        return QSize(width + 2 * self.PADDING, self.heightForWidth(width + 2 * self.PADDING))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(12 * self.fontMetrics().averageCharWidth(), self.fontMetrics().height() + 2 * self.PADDING)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._text_rect(width).height() + 2 * self.PADDING

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The button's frame as the style draws it, then the text, wrapped."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter = QPainter(self)
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.rect().adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
                         self.text())


class Welcome(QWidget):
    example_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # lets the stylesheet paint it
        self.title = title = QLabel(objectName="welcomeTitle", textFormat=Qt.TextFormat.PlainText)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        self.lines = lines = QLabel(objectName="welcomeText", textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        lines.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.buttons: list[_ExampleButton] = []
        for i in range(len(EXAMPLES)):
            button = _ExampleButton()
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, b=button: self.example_chosen.emit(b.text()))
            grid.addWidget(button, i // 2, i % 2)
            self.buttons.append(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addWidget(lines)
        layout.addSpacing(20)
        layout.addLayout(grid)
        layout.addStretch(3)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Private AI chat, on this computer"))
        self.lines.setText(self.tr("The model runs here: nothing you type leaves this computer, and no account "
                                   "is needed.\nYour conversations are saved encrypted. Ask anything, or start "
                                   "with an example."))
        for button, text in zip(self.buttons, EXAMPLES, strict=True):
            shown = QCoreApplication.translate("Welcome", text)
            button.setText(shown)
            button.setAccessibleName(self.tr("Example: %1").replace("%1", shown))
            button.setAccessibleDescription(self.tr("Sends this question"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
