"""The app's look: Qt's Fusion style, a palette from theme.py and one small
stylesheet, built for the theme, the text size and the spacing in use.

Colours come from the palette (palette(...)) wherever Qt allows, so a theme
change is mostly a palette change; the few fixed colours come from the
theme's Colors. Font sizes are relative to the app font, so "text size"
scales everything. Lives on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui.theme import Colors

_TEMPLATE = """
#navRail {{ background: palette(window); border-right: 1px solid {divider}; }}
#navRail QToolButton {{ padding: {rail_pad}px 6px; border-radius: 8px; border: 2px solid transparent; }}
#navRail QToolButton::menu-indicator {{ image: none; width: 0px; }}
#navRail QToolButton:checked {{ background: palette(highlight); color: palette(highlighted-text); }}
#navRail QToolButton:hover:!checked {{ background: palette(alternate-base); }}
#navRail QToolButton:focus {{ border: 2px solid palette(highlight); }}
#navRail QToolButton:checked:focus {{ border: 2px solid palette(text); }}
#conversationList {{ background: palette(window); }}
#moreConversations {{ padding: 2px 8px; font-size: {title_pt}pt; }}
#moreConversations::menu-indicator {{ image: none; width: 0px; }}
#conversationList QListWidget {{ border: none; background: transparent; }}
#conversationList QListWidget::item {{ padding: {item_pad}px 8px; border-radius: 6px; }}
#conversationList QListWidget::item:selected {{ background: palette(highlight); color: palette(highlighted-text); }}
#conversationTitle {{ font-size: {title_pt}pt; font-weight: 600; }}
#modelLabel, #messageMeta, #branchPlace, #messageStatus, #explanation, #lockNote {{ color: palette(placeholder-text); }}
#conversationSide {{ background: palette(base); }}
#messageColumn {{ background: palette(base); }}
#messageView {{ background: palette(base); }}
#userMessage {{ background: palette(alternate-base); border: 1px solid {divider}; border-radius: 12px; }}
#assistantMessage {{ background: transparent; }}
#welcome {{ background: palette(base); }}
#welcomeTitle {{ font-size: {welcome_title_pt}pt; font-weight: 600; }}
#welcomeText {{ color: palette(placeholder-text); font-size: {welcome_text_pt}pt; }}
#exampleButton {{ text-align: left; padding: 12px; border: 1px solid {border}; border-radius: 10px; background: palette(base); }}
#exampleButton:hover {{ border-color: palette(highlight); }}
#exampleButton:focus {{ border: 2px solid palette(highlight); }}
#noticeBar {{ background: {notice}; border-top: 1px solid {notice_edge}; }}
#noticeBar[kind="error"] {{ background: {error}; border-top: 1px solid {error_edge}; }}
#noticeBar QLabel, #noticeBar QToolButton {{ color: {notice_text}; }}
#undoBar {{ background: palette(alternate-base); border-radius: 6px; }}
#composer QPlainTextEdit {{ border: 1px solid {border}; border-radius: 10px; padding: 6px 8px; background: palette(base); }}
#composer QPlainTextEdit:focus {{ border: 2px solid palette(highlight); padding: 5px 7px; }}
#composer QPushButton {{ min-width: 72px; padding: 8px 14px; }}
#contextMeter {{ max-height: 14px; font-size: {small_pt}pt; }}
#placeholderPane {{ color: palette(placeholder-text); font-size: {welcome_text_pt}pt; }}
#settingsPane, #settingsPage {{ background: palette(base); }}
#settingsSections {{ background: palette(window); border: none; border-right: 1px solid {divider}; padding: 8px 6px; }}
#settingsSections::item {{ padding: 0px 8px; margin: 1px 0px; border-radius: 6px; }}
#settingsSections::item:selected {{ background: palette(highlight); color: palette(highlighted-text); }}
#pageTitle {{ font-size: {page_title_pt}pt; font-weight: 600; }}
#groupTitle {{ font-size: {group_title_pt}pt; font-weight: 600; }}
#explanation, #lockNote {{ font-size: {small_pt}pt; }}
#warningNote {{ background: {notice}; color: {notice_text}; border: 1px solid {notice_edge}; border-radius: 6px; padding: 6px 8px; }}
#dangerButton {{ color: {danger}; }}
#paneError, #downloadStatus[kind="error"], #attachmentChip QLabel[failed="true"] {{ color: {danger}; }}
#offlineNote {{ background: {notice}; color: {notice_text}; border-radius: 6px; padding: 6px 10px; }}
#catalogCard[recommended="true"] {{ border: 2px solid {good}; }}
#recommendedBadge {{ background: {badge}; color: {badge_text}; border-radius: 9px; padding: 2px 8px; font-weight: 600; }}
#modelsNotice {{ background: {notice}; border-radius: 6px; }}
#modelsNotice[kind="error"] {{ background: {error}; }}
#modelsNotice QLabel, #modelsNotice QPushButton {{ color: {notice_text}; }}
QLabel#verdict {{ font-weight: 600; }}
QLabel#verdict[verdict="fits"] {{ color: {good}; }}
QLabel#verdict[slow="true"] {{ color: {caution}; }}
QLabel#verdict[verdict="tight"] {{ color: {caution}; }}
QLabel#verdict[verdict="does not fit"] {{ color: {danger}; }}
#reportView {{ font-family: monospace; }}
QToolButton:focus, QPushButton:focus {{ outline: 2px solid palette(highlight); }}
QLineEdit, QAbstractSpinBox {{ border: 1px solid {border}; border-radius: 5px; padding: 3px 5px; background: palette(base); }}
QAbstractSpinBox {{ padding-right: 20px; }}
QLineEdit:focus, QAbstractSpinBox:focus {{ border: 1px solid palette(highlight); }}
QLineEdit:disabled, QAbstractSpinBox:disabled {{ border-color: {divider}; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: border; width: 18px; border: none; background: transparent; }}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 5px; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; border-bottom-right-radius: 5px; }}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{ background: palette(alternate-base); }}
QAbstractSpinBox::up-arrow {{ image: url("{arrow_up}"); width: 10px; height: 6px; }}
QAbstractSpinBox::down-arrow {{ image: url("{arrow_down}"); width: 10px; height: 6px; }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off {{ image: url("{arrow_up_off}"); }}
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off {{ image: url("{arrow_down_off}"); }}
QProgressBar#contextMeter {{ border: 1px solid {border}; border-radius: 3px; background: palette(base); }}
QProgressBar#contextMeter::chunk {{ background: palette(highlight); border-radius: 2px; }}
"""


_ARROW = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 6"><path d="{path}" fill="none" '
          'stroke="{color}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/></svg>')


def write_arrows(folder: Path, colors: Colors) -> dict[str, str]:
    """Spin-box arrows in the theme's colours, as files a stylesheet can name (url() takes
    no colour). Returns the names build_stylesheet() wants, as forward-slash paths."""
    found = {}
    for name, path in (("up", "M1 5 5 1 9 5"), ("down", "M1 1 5 5 9 1")):
        for suffix, color in (("", colors.text), ("_off", colors.muted)):
            file = folder / f"arrow-{name}{suffix}-{colors.name}.svg"
            file.write_text(_ARROW.format(path=path, color=color), encoding="utf-8")
            found[f"arrow_{name}{suffix}"] = file.as_posix()
    return found


def build_stylesheet(colors: Colors, point_size: float, compact: bool, arrows: dict[str, str]) -> str:
    """The stylesheet for these colours, this base font size (points) and spacing;
    arrows: write_arrows()' files."""
    def pt(factor: float) -> str:
        return f"{point_size * factor:.1f}"

    return _TEMPLATE.format(**arrows,
        divider=colors.divider, border=colors.border, notice=colors.notice, notice_edge=colors.notice_edge,
        notice_text=colors.notice_text, error=colors.error, error_edge=colors.error_edge, danger=colors.danger,
        good=colors.good, caution=colors.caution, badge=colors.badge, badge_text=colors.badge_text,
        rail_pad=6 if compact else 10, item_pad=3 if compact else 6,
        title_pt=pt(1.15), welcome_title_pt=pt(1.7), welcome_text_pt=pt(1.05), small_pt=pt(0.9),
        page_title_pt=pt(1.5), group_title_pt=pt(1.1))


def apply_style(app: QApplication) -> None:
    """Fusion first; the palette and stylesheet follow from Appearance."""
    app.setStyle("Fusion")
