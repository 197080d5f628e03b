"""Conversations on disk: encrypted, searchable, and safe from crashes. No Qt.

    store = ChatStore.open(data_dir)     # StoreError(sentence) on failure
    conv = store.create_conversation("Title")
    msg = store.add_message(conv.id, "user", "Hello")
    reply = store.start_reply(conv.id, parent_id=msg.id)
    store.append_reply(reply.id, "Hi")   # on disk within about a second
    store.finish_reply(reply.id, "complete", host.last_stats)
    store.messages(conv.id)              # the branch on screen, oldest first
    store.search("hello")                # SearchHits, newest first
    store.close()
"""

from .chat_store import ChatStore
from .database import DB_FILE
from .errors import StoreError
from .exporting import FILE_SUFFIXES, FORMATS
from .keys import FILE as KEY_IN_FILE
from .keys import KEYCHAIN as KEY_IN_KEYCHAIN
from .keys import KeychainUnavailable
from .models import (
                     COMPLETE,
                     FAILED,
                     HIGHLIGHT_END,
                     HIGHLIGHT_START,
                     ROLES,
                     SHOWN_LEAF,
                     STATUSES,
                     STOPPED,
                     STREAMING,
                     UNCHANGED,
                     Conversation,
                     Message,
                     ReplyStats,
                     SearchHit,
)

__all__ = [
    "ChatStore", "StoreError", "KeychainUnavailable", "Conversation", "Message", "ReplyStats", "SearchHit",
    "DB_FILE", "FORMATS", "FILE_SUFFIXES", "KEY_IN_FILE", "KEY_IN_KEYCHAIN",
    "HIGHLIGHT_START", "HIGHLIGHT_END", "ROLES", "STATUSES",
    "STREAMING", "COMPLETE", "STOPPED", "FAILED", "SHOWN_LEAF", "UNCHANGED",
]
