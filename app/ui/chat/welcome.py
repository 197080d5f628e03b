"""What an empty conversation shows: what this app is, and questions to start with.

Lives on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

EXAMPLES = (
    "Write a polite email asking to move a meeting to Thursday.",
    "Explain what a balance sheet is in three sentences.",
    "Give me five ideas for a team lunch.",
    "Summarise the main causes of the French Revolution.",
)


class Welcome(QWidget):
    example_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # lets the stylesheet paint it
        title = QLabel("Private AI chat, on this computer", objectName="welcomeTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lines = QLabel("The model runs here: nothing you type leaves this computer, and no account is needed.\n"
                       "Your conversations are saved encrypted. Ask anything, or start with an example.",
                       objectName="welcomeText", textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        lines.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        grid.setSpacing(8)
        for i, text in enumerate(EXAMPLES):
            button = QPushButton(text, objectName="exampleButton")
            button.setAccessibleName(f"Example: {text}")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, t=text: self.example_chosen.emit(t))
            grid.addWidget(button, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addWidget(lines)
        layout.addSpacing(20)
        layout.addLayout(grid)
        layout.addStretch(3)
