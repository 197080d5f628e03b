"""The two colour themes, light and dark, as named colours and Qt palettes.

Every pair of colours that carries text meets WCAG AA (4.5:1), and input
borders meet the 3:1 asked of user-interface parts; tests/ui check the
numbers with contrast_ratio(). Plain data and functions; GUI thread for
the palette.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette


@dataclass(frozen=True)
class Colors:
    name: str
    window: str          # the rail, the side lists
    base: str            # where text is read and typed
    alt_base: str        # the user's message cards, hover
    text: str
    muted: str           # secondary text: explanations, meta lines
    border: str          # edges of things one types into or presses (3:1)
    divider: str         # decorative lines
    button: str
    highlight: str       # selection, the chosen pane, focus rings
    highlight_text: str
    link: str
    notice: str          # the notice bar: background, text, edge
    notice_text: str
    notice_edge: str
    error: str
    error_edge: str
    danger: str          # text of destructive buttons ("Delete all…"), errors in a pane
    good: str            # "Fits" and the recommended card's edge
    caution: str         # "Tight"
    badge: str           # the "Recommended" badge: background and text
    badge_text: str


LIGHT = Colors(
    name="light", window="#f4f5f7", base="#ffffff", alt_base="#eef1f5", text="#1c1f24", muted="#5b626c",
    border="#808792", divider="#d5d9df", button="#e9ecf0", highlight="#2a66d0", highlight_text="#ffffff",
    link="#1a56b8", notice="#fff4ce", notice_text="#1c1f24", notice_edge="#d9b95c", error="#fde7e9",
    error_edge="#e3a0a8", danger="#b3261e", good="#1e6b2a", caution="#8a5100", badge="#e3f1e4",
    badge_text="#1e5e22")

DARK = Colors(
    name="dark", window="#1d1f23", base="#17191c", alt_base="#24272c", text="#e8eaed", muted="#a3aab4",
    border="#6b7280", divider="#33373d", button="#2b2f35", highlight="#3b6fd1", highlight_text="#ffffff",
    link="#8ab4f8", notice="#3a3214", notice_text="#f2e7c2", notice_edge="#6b5a1e", error="#3d1f24",
    error_edge="#7a3440", danger="#f2b8b5", good="#8fd19e", caution="#f0c36b", badge="#24402a",
    badge_text="#c8ecd0")

THEMES = {"light": LIGHT, "dark": DARK}

# Text on background, for the contrast test and for anyone adding a colour.
TEXT_PAIRS = (("text", "base"), ("text", "window"), ("text", "alt_base"), ("text", "button"),
              ("muted", "base"), ("muted", "window"), ("muted", "alt_base"),
              ("highlight_text", "highlight"), ("link", "base"), ("notice_text", "notice"),
              ("notice_text", "error"), ("danger", "base"), ("danger", "window"), ("danger", "alt_base"),
              ("good", "base"), ("good", "alt_base"), ("caution", "base"), ("caution", "alt_base"),
              ("badge_text", "badge"))
PART_PAIRS = (("border", "base"), ("border", "window"), ("highlight", "base"), ("good", "base"))


def palette(c: Colors) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, value in ((role.Window, c.window), (role.WindowText, c.text), (role.Base, c.base),
                     (role.AlternateBase, c.alt_base), (role.Text, c.text), (role.Button, c.button),
                     (role.ButtonText, c.text), (role.BrightText, c.highlight_text),
                     (role.Highlight, c.highlight), (role.HighlightedText, c.highlight_text),
                     (role.Link, c.link), (role.LinkVisited, c.link), (role.PlaceholderText, c.muted),
                     (role.ToolTipBase, c.alt_base), (role.ToolTipText, c.text), (role.Mid, c.border),
                     (role.Midlight, c.divider), (role.Dark, c.border), (role.Light, c.base),
                     (role.Shadow, "#000000")):
        p.setColor(r, QColor(value))
    # Disabled controls need no contrast (WCAG exempts them) but must look disabled.
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor(c.muted))
    p.setColor(QPalette.ColorGroup.Disabled, role.Button, QColor(c.window))
    return p


def _luminance(color: str) -> float:
    q = QColor(color)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(q.redF()) + 0.7152 * channel(q.greenF()) + 0.0722 * channel(q.blueF())


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours, 1 to 21."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
