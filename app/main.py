"""The composition root: arguments, QApplication, build and wire, shut down.

Every long-lived object is made here and handed to whoever needs it; there
are no global singletons.
"""

from __future__ import annotations

import argparse
import ctypes.util
import multiprocessing
import os
import sys
from pathlib import Path

# Debian package names of the X11 libraries Qt's xcb plugin needs and a
# minimal Linux install may lack; Qt itself would only abort with a riddle.
_XCB_LIBS = {"xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4", "xcb-keysyms": "libxcb-keysyms1"}


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # the frozen app starts the model's process through itself
    parser = argparse.ArgumentParser(prog="tramontane", description="Private AI chat on your own computer.")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("doctor", help="check this computer, the folders and the starter model")
    serve = sub.add_parser("serve", help="serve a model to other programs through an OpenAI-compatible API")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: this computer only)")
    serve.add_argument("--port", type=int, default=8080, help="port to listen on (default: 8080)")
    serve.add_argument("--model", help="GGUF file to serve (default: the model Tramontane would load)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation offscreen in a temporary folder (installers' smoke test)")
    args, qt_args = parser.parse_known_args(argv)
    if args.command == "doctor":
        from app import doctor

        return doctor.run()
    if args.command == "serve":
        from app.server import serve

        return serve.run(args.host, args.port, args.model)
    if args.self_test:
        from app import selftest

        return selftest.run()
    return run_gui(qt_args)


def missing_qt_libraries() -> list[str]:
    """Debian packages Qt's X11 plugin needs that are not installed."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb":
        return []
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return []
    return [pkg for lib, pkg in _XCB_LIBS.items() if ctypes.util.find_library(lib) is None and not _bundled(lib)]


def _bundled(lib: str) -> bool:
    """An installer's bundle may carry the library itself (PyInstaller collects what the build machine had)."""
    bundle = getattr(sys, "_MEIPASS", None)
    return bool(bundle) and any(Path(bundle).glob(f"lib{lib}.so.*"))


def run_gui(qt_args: list[str]) -> int:
    missing = missing_qt_libraries()
    if missing:
        print("Tramontane needs a few system libraries to open its window. Install them with:\n"
              f"    sudo apt-get install {' '.join(missing)}", file=sys.stderr)
        return 1
    import_core_first()
    from app.ui.app import run

    return run([sys.argv[0], *qt_args])


def import_core_first() -> None:
    """The window's Qt-free modules, imported before PySide6 is.

    Once PySide6 is imported, every later import statement is checked by its
    `__feature__` hook, which reads the importing module's source; the core
    has no use for that check. Measured: 6% of start-up (0.53 → 0.49 s).
    """
    import app.chat.customisation  # noqa: F401, PLC0415
    import app.chat.session  # noqa: F401, PLC0415
    import app.datafolder  # noqa: F401, PLC0415
    import app.diagnostics  # noqa: F401, PLC0415
    import app.engine.servers  # noqa: F401, PLC0415
    import app.engine.service  # noqa: F401, PLC0415
    import app.library.starter  # noqa: F401, PLC0415
