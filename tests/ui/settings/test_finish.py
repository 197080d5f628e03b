"""What non-technical users notice: themes and languages switch while the app runs,
every control has a name a screen reader can say, both themes have enough
contrast, everything works from the keyboard, finished replies are announced."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from finish_helpers import REPLY_TIMEOUT_MS, activate, press
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from app.engine import GenParams
from app.store import STOPPED
from app.store.documents import PENDING, READY, FileRecord
from app.ui.folders import documents_folder
from app.ui.theme import DARK, LIGHT, PART_PAIRS, TEXT_PAIRS, contrast_ratio

ROOT = Path(__file__).resolve().parents[3]


def rail_texts(app) -> list[str]:
    return [b.text() for b in app.window._buttons.buttons()]


def settle(qtbot) -> None:
    """Language changes travel as posted events: let them arrive."""
    qtbot.wait(50)
    QApplication.processEvents()


# -- themes and languages -------------------------------------------------------------------

def test_the_stylesheet_parses_whatever_the_programs_name(qtbot, tmp_path):
    """The spin arrows live in a temporary folder named after the program: "<stdin>" or a name with
    spaces once made Qt drop the whole stylesheet ("Could not parse application stylesheet",
    which pytest-qt turns into a failure here)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QSpinBox

    from app.ui.appearance import Appearance
    from app.ui.settings_model import SettingsModel
    QCoreApplication.setApplicationName("My <App> (test)")
    appearance = Appearance(QApplication.instance(), SettingsModel(tmp_path))
    try:
        box = QSpinBox()
        qtbot.addWidget(box)
        box.show()
        assert "arrow-up" in QApplication.instance().styleSheet()
    finally:
        appearance.close()
        QCoreApplication.setApplicationName("")


def test_the_theme_switches_while_running_and_follows_the_system(qtbot, make_app):
    app = make_app(theme="light")
    window_colour = lambda: QApplication.palette().color(QPalette.ColorRole.Window).name()  # noqa: E731
    assert window_colour() == LIGHT.window
    combo = app.settings_pane.general.theme.control
    combo.setCurrentIndex(combo.findData("dark"))
    combo.activated.emit(combo.currentIndex())
    assert app.settings.current.theme == "dark" and window_colour() == DARK.window
    assert DARK.notice in QApplication.instance().styleSheet()
    app.settings.update(theme="system")
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)      # the desktop went dark
    assert window_colour() == DARK.window
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_colour() == LIGHT.window
    app.settings.update(theme="light")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)      # an explicit choice stays
    assert window_colour() == LIGHT.window


def test_the_language_switches_without_a_restart(qtbot, make_app):
    app = make_app(language="en")
    assert rail_texts(app) == ["Chat", "Models", "Settings"]
    combo = app.settings_pane.general.language.control
    combo.setCurrentIndex(combo.findData("fr"))
    combo.activated.emit(combo.currentIndex())
    settle(qtbot)
    assert rail_texts(app)[2] == "Paramètres"
    assert app.chat.composer.button.text() == "Envoyer"
    assert app.settings_pane.general.title.text() == "Général"
    assert app.chat.welcome.buttons[0].text().startswith("Rédige")
    app.settings.update(language="de")
    settle(qtbot)
    assert rail_texts(app) == ["Chat", "Modelle", "Einstellungen"]
    assert app.settings_pane.sections.item(3).text() == "Datenschutz"
    app.settings.update(language="es")
    settle(qtbot)
    assert rail_texts(app)[2] == "Ajustes" and app.chat.composer.button.text() == "Enviar"
    app.settings.update(language="en")
    settle(qtbot)
    assert rail_texts(app) == ["Chat", "Models", "Settings"]


def test_every_translation_is_complete(qtbot):
    """No English left in the French, German or Spanish files, and nothing unfinished."""
    import xml.etree.ElementTree as ET

    from app.ui.i18n import translations_dir

    for code in ("fr", "de", "es"):
        root = ET.parse(translations_dir() / f"tramontane_{code}.ts").getroot()
        unfinished = [m.find("source").text for m in root.iter("message")
                      if m.find("translation").get("type") in ("unfinished", "obsolete")]
        assert unfinished == [], f"{code}: {unfinished[:5]}"
        assert (translations_dir() / f"tramontane_{code}.qm").exists(), "run make translations"


# -- accessibility ------------------------------------------------------------------------------

NAMED = (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit, QTextEdit, QPlainTextEdit,
         QAbstractItemView, QProgressBar, QLabel)


def unnamed(root: QWidget) -> list[str]:
    """Controls a screen reader would announce without a name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, NAMED) or isinstance(widget, (QScrollBar, QHeaderView)):
            continue
        # Qt's own inner parts of a composite control (a spin box's text field, a line edit's
        # clear button, a combo box's popup list) are spoken through the control itself.
        if (widget.objectName().startswith("qt_") or widget.window() is not root
                or isinstance(widget.parentWidget(), (QLineEdit, QAbstractSpinBox))):
            continue
        if isinstance(widget, QLabel) and not widget.text() and widget.pixmap().isNull():
            continue     # an empty label says nothing and is skipped by screen readers
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                           f"{type(widget.parentWidget()).__name__}")
    return missing


def test_every_control_in_every_pane_has_an_accessible_name(qtbot, make_app):
    app = make_app()
    with qtbot.waitSignal(app.controller.reply_ended, timeout=REPLY_TIMEOUT_MS):
        app.controller.send("Write `print(1)` as a code block.")
    for index in range(app.window.stack.count()):
        app.window.show_pane(index)
    for page in app.settings_pane.pages:
        app.settings_pane.show_section(page)
    qtbot.wait(200)
    missing = unnamed(app.window)
    assert missing == [], "\n".join(missing)


def test_every_buttons_and_labels_text_is_in_its_own_font(qtbot, make_app):
    # A symbol drawn from a font fallback (the attach button's paper clip, an attached
    # document's page) is an empty box where no installed font has it: symbols are icons
    # (resources/icons), text is text.
    app = make_app()
    for index in range(app.window.stack.count()):
        app.window.show_pane(index)
    for page in app.settings_pane.pages:
        app.settings_pane.show_section(page)
    attached = FileRecord(1, 1, "/tmp/notes.txt", "notes.txt", 10, 0, "", READY, None, 10, "")
    reading = FileRecord(2, 1, "/tmp/plan.txt", "plan.txt", 10, 0, "", PENDING, None, 0, "")
    app.extras.attachments.show_files([attached, reading])
    missing = []
    for widget in app.window.findChildren(QAbstractButton) + app.window.findChildren(QLabel):
        metrics = QFontMetrics(widget.font())
        missing += [f"{widget.accessibleName() or type(widget).__name__}: {ch!r} (U+{ord(ch):04X})"
                    for ch in widget.text() if not ch.isspace() and not metrics.inFontUcs4(ord(ch))]
    assert missing == [], "\n".join(missing)
    assert not app.chat.composer.attach_button.icon().isNull()
    names = [label.text() for label in app.extras.attachments.findChildren(QLabel) if ".txt" in label.text()]
    assert names == ["notes.txt", "plan.txt (being read…)"]
    chips = app.extras.attachments.findChildren(QWidget, "attachmentChip")
    assert len(chips) == 2 and all(not chip.icon.pixmap().isNull() for chip in chips)


def test_settings_controls_say_what_they_do(qtbot, make_app):
    app = make_app()
    rows = [getattr(page, name) for page in app.settings_pane.pages for name in vars(page)
            if type(getattr(page, name)).__name__ == "SettingRow"]
    assert len(rows) > 15
    for row in rows:
        assert row.control.accessibleName() and row.control.accessibleDescription(), row.label.text()


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_both_themes_meet_wcag_aa_contrast(colors):
    for text, background in TEXT_PAIRS:
        ratio = contrast_ratio(getattr(colors, text), getattr(colors, background))
        assert ratio >= 4.5, f"{colors.name}: {text} on {background} is {ratio:.2f}:1"
    for part, background in PART_PAIRS:
        ratio = contrast_ratio(getattr(colors, part), getattr(colors, background))
        assert ratio >= 3.0, f"{colors.name}: {part} on {background} is {ratio:.2f}:1"


def test_every_colour_drawn_comes_from_the_checked_theme():
    """No view paints a colour of its own: a fixed colour once gave "does not fit" 2.7:1 on the
    dark theme. Stylesheets and code name theme colours (style.py) or palette roles only."""
    literal = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|\b(?:rgba?|hsla?)\(")
    offenders = []
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        if path.name == "theme.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.lstrip().startswith("#") and literal.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_faded_text_still_meets_contrast(colors):
    """prose_view tints quotes and placeholders: text at 160/255 over the page."""
    text, base = QColor(colors.text), QColor(colors.base)
    mix = QColor.fromRgbF(*(base_c + (text_c - base_c) * 160 / 255
                            for text_c, base_c in zip(text.getRgbF()[:3], base.getRgbF()[:3], strict=True)))
    assert contrast_ratio(mix.name(), colors.base) >= 4.5


def test_a_finished_reply_is_announced_to_screen_readers(qtbot, make_app, monkeypatch):
    said = []
    monkeypatch.setattr("app.ui.chat.chat_pane.announce", lambda widget, text: said.append(text))
    app = make_app()
    with qtbot.waitSignal(app.controller.reply_ended, timeout=REPLY_TIMEOUT_MS) as ended:
        app.controller.send("Say hello.")
    assert said and said[-1].strip() and said[-1].split()[0] in ended.args[0].content


def test_announcing_works_on_this_qt(qtbot):
    from app.ui.a11y import announce

    widget = QLabel("x")
    qtbot.addWidget(widget)
    announce(widget, "A reply " * 200)      # long text is cut, nothing raises


def test_the_window_fits_at_200_percent_scaling(tmp_path, starter_model):
    """QT_SCALE_FACTOR=2 on a 2560×1600 screen leaves 1280×800 to lay out in."""
    code = ("import sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "from app.ui.app import App\nfrom app.paths import app_paths\nfrom app.policy import Policy\n"
            "import app.ui.app as ui\nfrom pathlib import Path\n"
            "import keyring\nfrom keyring.backends import fail\n"
            "keyring.set_keyring(fail.Keyring())   # never the real keychain\n"
            "from app import settings\n"
            "settings.save(settings.Settings(default_model=sys.argv[1]), app_paths().config)\n"
            "if __name__ == '__main__':\n"
            "    q = QApplication([])\n"
            "    a = App(app_paths(), policy=Policy())\n"
            "    a.window.show()\n"
            "    for i in range(3): a.window.show_pane(i)\n"
            "    for p in a.settings_pane.pages: a.settings_pane.show_section(p)\n"
            "    q.processEvents()\n"
            "    m = a.window.minimumSizeHint()\n"
            "    icon = a.window.help_button.icon().pixmap(22, 22)\n"
            "    print(q.devicePixelRatio(), m.width(), m.height(), icon.devicePixelRatio())\n"
            "    a.close()\n")
    script = tmp_path / "scaled.py"
    script.write_text(code)
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen", TRAMONTANE_HOME=str(tmp_path / "h"))
    out = subprocess.run([sys.executable, str(script), str(starter_model)], capture_output=True, text=True,
                         timeout=120, env=env, cwd=os.getcwd())
    ratio, width, height, icon_ratio = out.stdout.split()[-4:]
    assert float(ratio) == 2.0 and float(icon_ratio) == 2.0, out.stderr
    assert int(width) <= 1280 and int(height) <= 800


# -- keyboard ---------------------------------------------------------------------------------

def test_keyboard_only_new_send_stop_regenerate_copy_and_settings(qtbot, make_app, monkeypatch):
    app = make_app()
    press(qtbot, app, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)     # Ctrl+N: a new conversation
    assert QApplication.focusWidget() is app.chat.composer.editor
    qtbot.keyClicks(app.chat.composer.editor, "Name a colour.")
    with qtbot.waitSignal(app.controller.reply_ended, timeout=REPLY_TIMEOUT_MS):
        press(qtbot, app, Qt.Key.Key_Return)
    first = app.chat.view.last_reply()
    with qtbot.waitSignal(app.controller.reply_ended, timeout=REPLY_TIMEOUT_MS) as regenerated:
        press(qtbot, app, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Ctrl+R: another reply
    assert regenerated.args[0].parent_id == first.parent_id and regenerated.args[0].id != first.id
    press(qtbot, app, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text() == app.chat.view.last_reply_text() != ""
    monkeypatch.setattr(app.controller.session, "_params", lambda: GenParams(max_tokens=3000, ignore_eos=True))
    activate(qtbot, app)
    app.chat.composer.editor.setFocus()
    qtbot.keyClicks(app.chat.composer.editor, "Count to a thousand.")
    with qtbot.waitSignal(app.controller.reply_grew, timeout=REPLY_TIMEOUT_MS):
        press(qtbot, app, Qt.Key.Key_Return)
    with qtbot.waitSignal(app.controller.reply_ended, timeout=10_000) as stopped:
        press(qtbot, app, Qt.Key.Key_Escape)                                 # Esc: stop
    assert stopped.args[0].status == STOPPED
    press(qtbot, app, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # Ctrl+,: settings
    assert app.window.stack.currentWidget() is app.settings_pane
    press(qtbot, app, Qt.Key.Key_F1)                                         # F1: the shortcuts sheet
    qtbot.waitUntil(lambda: app.help.sheet is not None and app.help.sheet.isVisible(), timeout=3000)
    assert app.help.sheet.table.rowCount() > 10
    app.help.sheet.close()
    press(qtbot, app, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)     # Ctrl+F: search
    assert app.window.stack.currentWidget() is app.chat
    assert QApplication.focusWidget() is app.chat.conversations.search


def test_tab_reaches_the_settings_controls(qtbot, make_app):
    app = make_app()
    press(qtbot, app, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    app.settings_pane.sections.setFocus()
    seen = set()
    for _ in range(12):
        press(qtbot, app, Qt.Key.Key_Tab)
        seen.add(QApplication.focusWidget())
    assert app.settings_pane.general.language.control in seen
    assert app.settings_pane.general.theme.control in seen


def test_file_dialogs_open_in_the_documents_folder(qtbot, make_app, monkeypatch):
    """Given no folder, Qt's dialog opened in the working folder: the app's own files."""
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda parent, title, folder="", *rest: asked.append(folder) or ([], "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda parent, title, folder="", *rest: asked.append(folder) or ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, title, name="", *rest: asked.append(str(Path(name).parent))
                                     or ("", "")))
    app = make_app()
    app.chat.composer.attach_button.click()
    app.chat.transfers.import_()
    app.chat.transfers.export(None)
    assert len(asked) == 3 and set(asked) == {documents_folder()} and documents_folder() != os.getcwd()


def test_attached_documents_do_not_widen_the_header(qtbot, make_app):
    """In French, "documents : 72 jetons" by the meter pushed the header wider than a 1,100-pixel
    window had room for, and the model picker was cut to "SmolLM2 135M"; it now sits under the
    documents it counts."""
    app = make_app(language="fr")
    app.chat.model_label.setText("tourne sur le processeur")
    app.chat.meter_label.setText("0 jetons utilisés sur 8 192")
    side = app.chat.splitter.widget(1)
    QApplication.processEvents()
    before = side.minimumSizeHint().width()
    app.extras.share_label.setText("documents : 12 345 jetons")
    app.extras.share_label.show()
    app.extras.attachments.show()
    QApplication.processEvents()
    assert side.minimumSizeHint().width() <= before
    assert app.extras.share_label.isVisibleTo(app.window)
