"""What the chat core tells the user that is no error of a layer below: codes and facts.

The UI words them in the user's language (app/ui/sentences.py). Any thread.
"""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP, AppError


class ChatNotice(AppError):
    templates = {
        "load_failed": QT_TRANSLATE_NOOP("Errors", "The model could not be loaded. {reason}"),
        "runtime_restarting": QT_TRANSLATE_NOOP(
            "Errors", "The model stopped unexpectedly and is being restarted. Your conversation is safe; "
                      "send your message again."),
        "model_missing": QT_TRANSLATE_NOOP(
            "Errors", "This conversation used the model “{name}”, which is no longer on this computer. "
                      "Its replies now come from the model in use."),
        "server_unavailable": QT_TRANSLATE_NOOP(
            "Errors", "This conversation runs on a company server that is not available here ({name}). "
                      "Nothing is sent anywhere else: choose a model in the list to go on."),
        "runs_elsewhere": QT_TRANSLATE_NOOP(
            "Errors", "This conversation runs on {name}, not on the model in use, so nothing was sent. Choose "
                      "a model in the list to go on; moving the conversation asks first."),
        "messages_left_out": QT_TRANSLATE_NOOP(
            "Errors", "The conversation is longer than the model can read at once; the oldest {count} "
                      "messages were left out."),
    }
