"""Screen-reader helpers: spoken announcements.

A finished reply is announced (Qt 6.8's QAccessibleAnnouncementEvent, read by
NVDA, VoiceOver and Orca) so a blind user hears it without hunting for it.
Announcements are polite: they wait until the reader is quiet. GUI thread.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

# A long reply is read from the message itself; the announcement carries its
# beginning, enough to know what came back.
ANNOUNCE_CHARS = 600


def announce(widget: QWidget, text: str) -> None:
    """Ask screen readers to speak text, on behalf of widget."""
    text = " ".join(text.split())
    if len(text) > ANNOUNCE_CHARS:
        text = text[:ANNOUNCE_CHARS].rsplit(" ", 1)[0] + "…"
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
