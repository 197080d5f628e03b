"""The app's look: Qt's Fusion style with a calm palette and a small stylesheet.

Lives on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

STYLESHEET = """
#navRail { background: palette(window); border-right: 1px solid palette(mid); }
#navRail QToolButton { padding: 10px 6px; border-radius: 8px; font-weight: 600; }
#navRail QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); }
#conversationList { background: palette(window); }
#conversationList QListWidget { border: none; background: transparent; }
#conversationList QListWidget::item { padding: 6px 8px; border-radius: 6px; }
#conversationList QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }
#conversationTitle { font-size: 15px; font-weight: 600; }
#modelLabel, #messageMeta, #branchPlace, #messageStatus { color: palette(placeholder-text); }
#conversationSide { background: palette(base); }
#messageColumn { background: palette(base); }
#messageView { background: palette(base); }
#userMessage { background: palette(alternate-base); border: 1px solid palette(midlight); border-radius: 12px; }
#assistantMessage { background: transparent; }
#welcome { background: palette(base); }
#welcomeTitle { font-size: 22px; font-weight: 600; }
#welcomeText { color: palette(placeholder-text); font-size: 14px; }
#exampleButton { text-align: left; padding: 12px; border: 1px solid palette(mid); border-radius: 10px; background: palette(base); }
#exampleButton:hover { border-color: palette(highlight); }
#noticeBar { background: #fff4ce; border-top: 1px solid #e0c97a; }
#noticeBar[kind="error"] { background: #fde7e9; border-top: 1px solid #e8a1a8; }
#noticeBar QLabel { color: #222; }
#undoBar { background: palette(alternate-base); border-radius: 6px; }
#composer QPlainTextEdit { border: 1px solid palette(mid); border-radius: 10px; padding: 6px 8px; background: palette(base); }
#composer QPlainTextEdit:focus { border-color: palette(highlight); }
#composer QPushButton { min-width: 72px; padding: 8px 14px; }
#contextMeter { max-height: 14px; font-size: 11px; }
#placeholderPane { color: palette(placeholder-text); font-size: 15px; }
QToolButton:focus, QPushButton:focus { outline: 2px solid palette(highlight); }
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)
