"""Streaming a long reply into the conversation view: the cost of one update,
and the memory it takes, for the two shapes that used to stall the window.

- 1,000 small code blocks, each with a sentence before it (about 60 kB);
- one paragraph of 1 MB (words, no blank line).

The text grows as a reply streams (the worker hands over what arrived at most
every 50 ms); each update goes through the real MessageView, as in the app,
and is timed until Qt has laid it out and drawn it. The figures are the GUI
thread's own processor time (time.thread_time), so that other programs on a
busy machine do not count; the wall-clock time is shown beside them. Prints
each figure with its target and exits non-zero on a miss. Offscreen; no
model needed.

    .venv/bin/python benchmarks/bench_markdown.py [--quick]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

UPDATE_MS = 50          # one update (layout and drawing included) must fit in the worker's 50 ms batch
P95_MS = 25             # and most of them in half of that
MEMORY_MB = 300         # growth of the GUI process while the whole reply streams in


def code_blocks(count: int = 1000) -> str:
    return "".join(f"Step {i}: set the value, then print it.\n\n```python\nvalue = {i}\nprint(value)\n```\n\n"
                   for i in range(count))


def paragraph(size: int = 1_000_000) -> str:
    words = "the quarterly budget covers travel, rooms and a **modest** lunch for the team; "
    return (words * (size // len(words) + 1))[:size]


def stream(name: str, text: str, step: int) -> bool:
    """Streams `text` in pieces of `step` characters; prints and checks the figures."""
    import psutil
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from app.store import STREAMING, Message
    from app.ui.chat.message_view import MessageView

    qt = QApplication.instance() or QApplication([])
    view = MessageView(lambda _m: (1, 1))
    view.resize(900, 700)
    view.show()
    question = Message(1, 1, None, "user", "Write it all.", None, time.time(), "complete", None)
    reply = Message(2, 1, 1, "assistant", "", None, time.time(), STREAMING, None)
    view.show_messages([question, reply])
    qt.processEvents()
    process = psutil.Process()
    before = process.memory_info().rss
    peak = before
    times, walls = [], []
    for end in range(step, len(text) + step, step):
        started, wall = time.thread_time(), time.perf_counter()
        view.update_reply(reply.id, text[:end])
        qt.processEvents()          # layout, scrolling to the bottom and drawing, as the event loop would
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        times.append((time.thread_time() - started) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
        if len(times) % 20 == 0:
            peak = max(peak, process.memory_info().rss)
    peak = max(peak, process.memory_info().rss)
    shown = view._widgets[reply.id].body.markdown()
    worst, p95 = max(times), statistics.quantiles(times, n=20)[-1]
    growth = (peak - before) / 2**20
    ok = [report(f"{name}: slowest of {len(times)} updates", f"{worst:.1f} ms", f"≤ {UPDATE_MS} ms",
                 worst <= UPDATE_MS),
          report(f"{name}: 95th percentile", f"{p95:.1f} ms", f"≤ {P95_MS} ms", p95 <= P95_MS),
          report(f"{name}: wall-clock, slowest (other programs count)", f"{max(walls):.1f} ms", "(shown only)",
                 True),
          report(f"{name}: memory growth while streaming", f"{growth:.0f} MB", f"≤ {MEMORY_MB} MB",
                 growth <= MEMORY_MB),
          report(f"{name}: the whole text arrived", "yes" if shown == text else "no", "yes", shown == text)]
    view.close()
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return all(ok)


def report(name: str, value: str, target: str, ok: bool) -> bool:
    print(f"{'PASS' if ok else 'MISS'}  {name:<58} {value:>12}   target {target}", flush=True)
    return ok


def main() -> int:
    quick = "--quick" in sys.argv
    if len(sys.argv) > 1 and sys.argv[1] in ("code", "paragraph"):
        # One shape per process, so that one's memory does not count in the other's.
        if sys.argv[1] == "code":
            ok = stream("1,000 code blocks", code_blocks(200 if quick else 1000), step=120)
        else:
            ok = stream("a 1 MB paragraph", paragraph(200_000 if quick else 1_000_000), step=2000)
        return 0 if ok else 1
    extra = ["--quick"] if quick else []
    failed = 0
    for shape in ("code", "paragraph"):
        failed |= subprocess.run([sys.executable, __file__, shape, *extra], cwd=ROOT).returncode
    return failed


if __name__ == "__main__":
    sys.exit(main())
