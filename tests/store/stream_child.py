"""A Tramontane stand-in for test_crash.py: streams a reply until it is killed.

    python stream_child.py DATA_DIR ROUND

Adds the question "question ROUND", then streams reply_text(n) into a
reply, token by token, reporting on stdout (flushed at once):

    committed <message id>          the question is committed
    streaming <message id>          the reply exists
    appended <characters> <time>    the reply held that many characters at
                                    time.monotonic() <time>
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

TOKEN_GAP_S = 0.001
REPORT_EVERY_S = 0.02


def token(i: int) -> str:
    return f"w{i} "


def reply_text(length: int) -> str:
    """The first `length` characters of what the child streams."""
    text, i = "", 0
    while len(text) < length:
        text += token(i)
        i += 1
    return text[:length]


def main(data_dir: str, round_number: int) -> None:
    import keyring
    from keyring.backends import fail

    from app.store import ChatStore

    keyring.set_keyring(fail.Keyring())              # the key lives in a file here
    store = ChatStore.open(data_dir)
    conversations = store.list_conversations()
    conv = conversations[0] if conversations else store.create_conversation("Crash test")
    question = store.add_message(conv.id, "user", f"question {round_number}")
    print("committed", question.id, flush=True)
    reply = store.start_reply(conv.id, parent_id=question.id)
    print("streaming", reply.id, flush=True)
    length, i, last_report = 0, 0, 0.0
    while True:
        piece = token(i)
        store.append_reply(reply.id, piece)
        length += len(piece)
        i += 1
        now = time.monotonic()
        if now - last_report >= REPORT_EVERY_S:
            print("appended", length, now, flush=True)
            last_report = now
        time.sleep(TOKEN_GAP_S)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
