"""The window's responsiveness, with the real model: start-up, opening a long
conversation, event-loop gaps while a reply streams (from the press of Send
on), memory.

Prints each figure with its target and exits non-zero on a miss. Runs offscreen.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.report import Report  # noqa: E402

STARTUP_RUNS = 5

STARTUP = r"""
import sys, time, psutil
from app.main import import_core_first
import_core_first()                     # as `tramontane` does before Qt (app/main.py)
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.paths import app_paths
from app.ui.app import App
from app.ui.style import apply_style
qt = QApplication([]); apply_style(qt)
app = App(app_paths()); app.window.show()
def ready():
    print(time.time(), flush=True)
    settled()
def settled():   # memory once everything built after the window (the Models pane) is there
    if app.models_pane is None:
        QTimer.singleShot(50, settled)
        return
    print(psutil.Process().memory_info().rss, flush=True)
    qt.quit()
QTimer.singleShot(0, ready)   # the first turn of the event loop: the window takes input
qt.exec(); app.close()
"""


def startup(report: Report, home: str) -> None:
    env = dict(os.environ, TRAMONTANE_HOME=home)
    times, rss = [], []
    for _ in range(STARTUP_RUNS):
        started = time.time()
        out = subprocess.run([sys.executable, "-c", STARTUP], env=env, capture_output=True, text=True,
                             check=True, cwd=ROOT).stdout.split()
        times.append(float(out[0]) - started)
        rss.append(int(out[1]))
    median = statistics.median(times)
    report.check(f"app start to a usable window, median of {STARTUP_RUNS} (from {min(times):.2f} s)",
                 f"{median:.2f} s", "≤ 0.6 s", median <= 0.6)
    report.check("memory of the GUI process without the model", f"{max(rss) / 2**20:.0f} MB", "≤ 250 MB",
                 max(rss) <= 250 * 2**20)


def long_conversation(report: Report, home: str) -> None:
    os.environ["TRAMONTANE_HOME"] = home
    import keyring
    from keyring.backends import fail
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app import settings as settings_file
    from app.engine import GenParams
    from app.library.starter import starter_model_path
    from app.paths import app_paths
    from app.ui.app import App
    from app.ui.style import apply_style

    keyring.set_keyring(fail.Keyring())
    # The starter model, whatever else lies in the models folder: figures comparable over time.
    settings_file.save(settings_file.Settings(default_model=str(starter_model_path())), app_paths().config)
    qt = QApplication.instance() or QApplication([])
    apply_style(qt)
    app = App(app_paths())
    app.window.resize(1200, 800)
    app.window.show()
    store = app.store
    conv = store.create_conversation("A long conversation")
    parent = None
    reply = ("Here is what I found:\n\n- **First**, the budget covers travel.\n- Second, the dates are fixed.\n\n"
             "```python\ntotal = sum(costs)\n```\n\nLet me know if you need more.")
    for i in range(1000):
        role = "user" if i % 2 == 0 else "assistant"
        parent = store.add_message(conv.id, role, f"Question {i}: what about item {i}?" if role == "user" else reply,
                                   parent_id=parent.id if parent else None)

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    while app.controller.context_length == 0:
        spin(50)
    started = time.perf_counter()
    app.controller.open_conversation(conv.id)
    qt.processEvents()
    opened = time.perf_counter() - started
    report.check("open a 1,000-message conversation (until drawn)", f"{opened * 1000:.0f} ms", "≤ 300 ms",
                 opened <= 0.3)

    app.controller.session._params = lambda: GenParams(max_tokens=1000, ignore_eos=True)
    gaps = []
    clock = QElapsedTimer()
    ticker = QTimer(interval=5)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))
    ended = []
    app.controller.reply_ended.connect(ended.append)
    composer = app.chat.composer
    composer.editor.setPlainText("Tell me a very long story.")
    clock.start()
    ticker.start()
    QTimer.singleShot(20, composer.button.click)     # pressed as a user would, while the ticker runs
    while not ended:
        spin(50)
    ticker.stop()
    tokens = ended[0].stats.generated_tokens
    longest = max(gaps)
    report.check(f"longest event-loop gap from Send until {tokens:,} tokens are in", f"{longest} ms", "≤ 50 ms",
                 longest <= 50)
    app.close()


def main() -> int:
    report = Report()
    with tempfile.TemporaryDirectory() as home:
        startup(report, home)
    with tempfile.TemporaryDirectory() as home:
        long_conversation(report, home)
    return report.exit_code()


if __name__ == "__main__":
    sys.exit(main())
