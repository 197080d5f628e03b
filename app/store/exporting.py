"""Conversations as Markdown, JSON or self-contained HTML.

Works on plain documents: a conversation's fields (see Conversation) plus
"messages", a list of every message's fields (see Message), stats as a dict.
JSON keeps them all and is what import_json reads back; Markdown and HTML
show the branch on screen, for reading. Plain functions; any thread.
"""

from __future__ import annotations

import html
import json
import time
from datetime import UTC, datetime

EXPORT_FORMAT = "tramontane.conversations"
EXPORT_VERSION = 1
FORMATS = ("markdown", "json", "html")
FILE_SUFFIXES = {"markdown": ".md", "json": ".json", "html": ".html"}

_ROLE_NAMES = {"user": "You", "assistant": "Assistant", "system": "System"}

# No scripts, fonts or images, and a policy that forbids loading any, so the
# file opens the same anywhere and cannot reach the network.
_HTML_HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.5; color: #1d1d1f; background: #fff; }}
article {{ margin-bottom: 3rem; }}
.meta {{ color: #666; font-size: 0.9rem; }}
.message {{ border-radius: 0.5rem; padding: 0.5rem 1rem; margin: 1rem 0; }}
.user {{ background: #eef3fb; }}
.assistant {{ background: #f5f5f5; }}
.system {{ background: #fdf6e3; }}
.message h2 {{ font-size: 0.9rem; margin: 0.25rem 0; color: #444; }}
.text {{ white-space: pre-wrap; overflow-wrap: anywhere; }}
</style>
</head>
<body>
"""


def render(fmt: str, documents: list[dict]) -> str:
    if fmt == "json":
        return to_json(documents)
    if fmt == "markdown":
        return to_markdown(documents)
    if fmt == "html":
        return to_html(documents)
    raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")


def to_json(documents: list[dict]) -> str:
    exported_at = datetime.now(UTC).isoformat(timespec="seconds")
    return json.dumps({"format": EXPORT_FORMAT, "version": EXPORT_VERSION,
                       "exported_at": exported_at, "conversations": documents},
                      ensure_ascii=False, indent=1)


def to_markdown(documents: list[dict]) -> str:
    parts = []
    for document in documents:
        lines = [f"# {document['title']}", "", f"*{_byline(document)}*", ""]
        if document["system_prompt"]:
            lines += ["**System prompt:**", "", document["system_prompt"], ""]
        for message in shown_branch(document):
            lines += [f"## {_heading(message)}", "", message["content"], ""]
        parts.append("\n".join(lines))
    return "\n---\n\n".join(parts)


def to_html(documents: list[dict]) -> str:
    title = documents[0]["title"] if len(documents) == 1 else "Tramontane conversations"
    out = [_HTML_HEAD.format(title=html.escape(title))]
    for document in documents:
        out.append(f"<article>\n<h1>{html.escape(document['title'])}</h1>\n"
                   f"<p class=\"meta\">{html.escape(_byline(document))}</p>\n")
        if document["system_prompt"]:
            out.append(_html_message("system", "System prompt", document["system_prompt"]))
        for message in shown_branch(document):
            out.append(_html_message(message["role"], _heading(message), message["content"]))
        out.append("</article>\n")
    out.append("</body>\n</html>\n")
    return "".join(out)


def shown_branch(document: dict) -> list[dict]:
    """The messages from the root to the shown leaf."""
    by_id = {message["id"]: message for message in document["messages"]}
    branch = []
    message_id = document["shown_leaf_id"]
    while message_id in by_id and len(branch) <= len(by_id):   # the bound stops a loop
        branch.append(by_id[message_id])
        message_id = by_id[message_id]["parent_id"]
    return branch[::-1]


def _html_message(role: str, heading: str, text: str) -> str:
    return (f"<section class=\"message {html.escape(role)}\">\n"
            f"<h2>{html.escape(heading)}</h2>\n"
            f"<div class=\"text\">{html.escape(text)}</div>\n</section>\n")


def _heading(message: dict) -> str:
    heading = _ROLE_NAMES.get(message["role"], message["role"])
    if message["role"] == "assistant" and message["model"]:
        heading += f" ({message['model']})"
    if message["status"] != "complete":
        heading += f" [{message['status']}]"
    return heading


def _byline(document: dict) -> str:
    byline = f"Started {_when(document['created_at'])}"
    if document["model"]:
        byline += f" with {document['model']}"
    return byline + " · exported from Tramontane"


def _when(timestamp: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(timestamp))
