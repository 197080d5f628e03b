"""Importing ChatGPT's conversations.json: time to read and check (parse_chatgpt) a
large ordinary export and a hostile one, each printed with its target.

The hostile file is one conversation of 30,000 tool nodes in one chain, an
answer below each: finding each answer's kept ancestor by walking up the
chain from every answer took time quadratic in its length (minutes); it
must stay linear.

Usage: python benchmarks/bench_import.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.store.importing import parse_chatgpt  # noqa: E402


def node(node_id, parent, role=None, text=""):
    message = None if role is None else {"author": {"role": role}, "create_time": 1700000000.0,
                                         "content": {"content_type": "text", "parts": [text]}, "metadata": {}}
    return {"id": node_id, "parent": parent, "children": [], "message": message}


def chain(length: int) -> str:
    """Tool nodes in one long chain, each with a message below it: every message's
    nearest kept ancestor is the root, at the top of the whole chain."""
    mapping = {"q": node("q", None, "user", "question")}
    parent = "q"
    for i in range(length):
        mapping[f"t{i}"] = node(f"t{i}", parent, "tool", "search")
        mapping[f"a{i}"] = node(f"a{i}", f"t{i}", "assistant", f"answer {i}")
        parent = f"t{i}"
    return json.dumps([{"title": "chain", "create_time": 1700000000.0, "current_node": "a0", "mapping": mapping}])


def ordinary(conversations: int, turns: int) -> str:
    data = []
    for c in range(conversations):
        mapping, parent = {"root": node("root", None)}, "root"
        for i in range(turns):
            for role in ("user", "assistant"):
                key = f"{role[0]}{i}"
                mapping[key] = node(key, parent, role, f"{role} says something about topic {c} turn {i} " * 8)
                parent = key
        data.append({"title": f"c{c}", "create_time": 1700000000.0, "current_node": parent, "mapping": mapping})
    return json.dumps(data)


def measure(label: str, text: str, target_s: float) -> bool:
    started = time.perf_counter()
    documents = parse_chatgpt(text)
    elapsed = time.perf_counter() - started
    messages = sum(len(d["messages"]) for d in documents)
    ok = elapsed <= target_s
    print(f"{'PASS' if ok else 'MISS'}  {label} ({len(text) / 2**20:.0f} MB, {messages:,} messages)"
          f"  {elapsed:.2f} s   target <= {target_s:g} s", flush=True)
    return ok


def main() -> int:
    results = [measure("hostile chain of 30,000 tool nodes", chain(30_000), 2.0),
               measure("ordinary export, 2,000 conversations of 40 messages", ordinary(2_000, 20), 10.0)]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
