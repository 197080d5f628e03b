"""`tramontane --self-test`: does this installation work, end to end?

The installers' smoke test runs it on the bundled app (packaging/smoke_test.py),
and a help desk may too. It runs offscreen in a temporary data folder, with
the system's keychain under a service name of its own (deleted at the end), so
it touches none of the user's data or secrets:

1. the window: the real App is built and shown; time from process start to a
   usable window (first turn of the event loop after show), then until the
   GUI's engine thread has loaded the starter model;
2. the engine: the llama.cpp backends found, used or skipped with the reason;
   the bundled starter model loaded in the child process on the backend it
   chose, writing tokens; every llama.cpp library the child mapped, each of
   which must come from the bundle;
3. the store: a conversation is written, the database is checked to be
   encrypted on disk, and read back after reopening; its key must be in the
   system's keychain on macOS and Windows.

Exit status 0 only when every step worked. Runs on the main thread.
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import time
from pathlib import Path

import keyring
import psutil
from keyring.backend import KeyringBackend

from app.engine.hardware import loaded_ggml_libraries
from app.paths import install_root
from app.store.keys import KEYCHAIN, usable_keychain

MODEL_TIMEOUT_MS = 120_000
TOKENS = 16


def _self_test_keychain(system: KeyringBackend, service: str) -> KeyringBackend:
    """The system keychain itself, under a service name of the self-test's own:
    the store's key really goes into the keychain and comes back, and the user's
    own key is never read or touched. forget() deletes what the test wrote. The
    class is made only after the system's keychain was looked up: keyring weighs
    every backend class that exists when it chooses."""

    class SelfTestKeychain(KeyringBackend):
        priority = 1

        def __init__(self) -> None:
            super().__init__()
            self.written: set[str] = set()

        def get_password(self, _service, username):
            return system.get_password(service, username)

        def set_password(self, _service, username, password):
            system.set_password(service, username, password)
            self.written.add(username)

        def delete_password(self, _service, username):
            system.delete_password(service, username)
            self.written.discard(username)

        def forget(self) -> None:
            for username in list(self.written):
                self.delete_password(service, username)

    return SelfTestKeychain()


# Where the key must be in the system's keychain: these always have one (Keychain,
# Credential Manager). A Linux without a Secret Service keeps it in a 0600 file, by design.
KEYCHAIN_REQUIRED = sys.platform in ("darwin", "win32")


def run(out=None) -> int:
    out = out or sys.stdout

    def say(label: str, value: str) -> None:
        print(f"{label:<14} {value}", file=out, flush=True)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    frozen = bool(getattr(sys, "frozen", False))
    say("Self-test", f"{'bundled app' if frozen else 'source checkout'} at {install_root()}")
    # The keychain the app uses here (a bundle that lost keyring's entry-point metadata
    # would find none and keep the key in a file), used for real under a service of its own.
    system = keyring.get_keyring()
    usable = usable_keychain() is not None
    say("Keychain", f"{type(system).__module__}.{type(system).__name__}"
                    + ("" if usable else " (no keychain: the key goes to a file only the user can read)"))
    proxy = _self_test_keychain(system, f"Tramontane self-test {secrets.token_hex(4)}") if usable else None
    if proxy is not None:
        keyring.set_keyring(proxy)
    with tempfile.TemporaryDirectory(prefix="tramontane-selftest-") as tmp:
        os.environ["TRAMONTANE_HOME"] = str(Path(tmp) / "home")
        ok = True
        for step in (_window, _engine, _store):
            try:
                ok = step(say, Path(tmp), frozen) and ok
            except Exception as exc:  # a self-test reports every failure in one line and goes on
                say("FAILED", f"{step.__name__.strip('_')}: {type(exc).__name__}: {exc}")
                ok = False
        if proxy is not None:
            proxy.forget()
    say("Result", "self-test passed" if ok else "self-test FAILED")
    return 0 if ok else 1


def _window(say, tmp: Path, frozen: bool) -> bool:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app import __version__
    from app.paths import app_paths
    from app.ui.app import App
    from app.ui.style import apply_style

    qt_app = QApplication.instance() or QApplication([sys.argv[0]])
    qt_app.setApplicationName("Tramontane")
    qt_app.setApplicationVersion(__version__)
    apply_style(qt_app)
    app = App(app_paths())
    status: list[tuple[str, str]] = []
    loop = QEventLoop()
    app.controller.model_status.connect(lambda state, words: (status.append((state, words)),
                                                              state != "loading" and loop.quit()))
    try:
        app.window.show()
        QTimer.singleShot(0, loop.quit)    # the first event-loop turn after show: the window answers
        loop.exec()
        since_start = time.time() - psutil.Process().create_time()
        say("Window", f"usable {since_start:.2f} s after the process started ({qt_app.platformName()})")
        if not status or status[-1][0] == "loading":
            QTimer.singleShot(MODEL_TIMEOUT_MS, loop.quit)
            loop.exec()
        state, words = status[-1] if status else ("none", "no model status")
        say("Window model", f"{state}: {words} ({time.time() - psutil.Process().create_time():.2f} s)")
        return state == "ready"
    finally:
        app.close()
        app.window.deleteLater()


def _engine(say, tmp: Path, frozen: bool) -> bool:
    from app.engine import GenParams, LoadOptions, RuntimeHost
    from app.library.starter import starter_model_ok, starter_model_path

    model = starter_model_path()
    if not starter_model_ok(model):
        say("Model", f"MISSING OR DAMAGED at {model}")
        return False
    host = RuntimeHost()
    try:
        started = time.perf_counter()
        info = host.load(model, LoadOptions(context_length=512))
        for status in host.backends():
            say("Backend", str(status))
        say("Load", f"{model.name} in {time.perf_counter() - started:.2f} s on {info.backend}, "
                    f"{info.local.threads} threads")
        libs = _ggml_libraries(host.pid)
        outside = [lib for lib in libs if frozen and not lib.startswith("<bundle>")]
        for lib in libs:
            say("Library", lib)
        if frozen and not libs:
            say("FAILED", "the llama.cpp libraries the model's process uses could not be listed")
        text = "".join(host.chat([{"role": "user", "content": "Say hello."}],
                                 GenParams(max_tokens=TOKENS, ignore_eos=True, temperature=0)))
        stats = host.last_stats
        say("Generation", f"{stats.generated_tokens} tokens at {stats.tokens_per_s:.1f} tokens/s: "
                          f"{text.strip()[:40]!r}")
        if outside:
            say("FAILED", "llama.cpp libraries were loaded from outside the bundle")
        return stats.generated_tokens == TOKENS and bool(text.strip()) and not outside and (libs or not frozen)
    finally:
        host.close()


def _bundle_root() -> Path:
    """The folder every bundled library lies under: the .app's Contents on macOS
    (PyInstaller splits it into Frameworks and Resources), else the bundle."""
    if getattr(sys, "frozen", False) and sys.platform == "darwin":
        return Path(sys.executable).resolve().parent.parent
    return install_root().resolve()


def _ggml_libraries(pid: int | None) -> list[str]:
    """The llama.cpp libraries the model's process has mapped: shows which CPU
    variant ggml chose, and that each came from the bundle."""
    root, frozen = os.path.normcase(str(_bundle_root())), getattr(sys, "frozen", False)
    found = []
    for path in loaded_ggml_libraries(pid):
        real = os.path.normcase(str(Path(path).resolve()))
        inside = frozen and real.startswith(root + os.sep)
        found.append("<bundle>" + real[len(root):].replace(os.sep, "/") if inside else path)
    return found


def _store(say, tmp: Path, frozen: bool) -> bool:
    from app.store import DB_FILE, ChatStore

    marker = f"self-test {secrets.token_hex(8)}"
    folder = tmp / "store"
    store = ChatStore.open(folder)
    try:
        conv = store.create_conversation(marker)
        question = store.add_message(conv.id, "user", f"{marker}: a question")
        reply = store.start_reply(conv.id, parent_id=question.id)
        store.append_reply(reply.id, f"{marker}: an answer")
        store.finish_reply(reply.id)
    finally:
        store.close()
    on_disk = b"".join(p.read_bytes() for p in folder.glob(DB_FILE + "*"))
    encrypted = not on_disk.startswith(b"SQLite format 3") and marker.encode() not in on_disk
    store = ChatStore.open(folder)
    try:
        texts = [m.content for m in store.messages(conv.id)]
        key = store.key_storage
    finally:
        store.close()
    read_back = texts == [f"{marker}: a question", f"{marker}: an answer"]
    keyed = key == KEYCHAIN or not KEYCHAIN_REQUIRED
    say("Store", f"{'encrypted' if encrypted else 'NOT ENCRYPTED'} on disk, "
                 f"{'read back' if read_back else 'READ BACK WRONG'} after reopening, key in the {key}"
                 + ("" if keyed else " (FAILED: this system has a keychain and the key must be in it)"))
    return encrypted and read_back and keyed
