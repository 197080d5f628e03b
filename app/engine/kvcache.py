"""KVSnapshots: the KV caches of recently used conversations, kept in memory.

Switching back to a long conversation then restores its cache instead of
reading the whole conversation again. The snapshots are derived data, kept
in this process's memory; the Runtime hands the newest to the encrypted
KVStore (kvstore.py) when it closes, so that they outlive a restart.
"""

from __future__ import annotations

from collections import OrderedDict


def common_prefix(a: list[int], b: list[int]) -> int:
    n = min(len(a), len(b))
    i = 0
    # Compare in blocks first: conversations share long prefixes.
    step = 256
    while i + step <= n and a[i:i + step] == b[i:i + step]:
        i += step
    while i < n and a[i] == b[i]:
        i += 1
    return i


class KVSnapshots:
    """Least-recently-used snapshots within a byte budget; one thread uses it."""

    def __init__(self, budget_bytes: int) -> None:
        self.budget = budget_bytes
        self._items: OrderedDict[tuple[int, ...], object] = OrderedDict()

    def put(self, tokens: list[int], data) -> None:
        """data is a buffer from llama_state_seq_get_data (anything with len)."""
        if len(data) > self.budget:
            return
        self._items[tuple(tokens)] = data
        self._items.move_to_end(tuple(tokens))
        while sum(len(d) for d in self._items.values()) > self.budget:
            self._items.popitem(last=False)

    def best(self, prompt: list[int]) -> tuple[list[int], object, int] | None:
        """The snapshot sharing the longest prefix with prompt: (tokens, data, shared)."""
        found = None
        for tokens, data in self._items.items():
            shared = common_prefix(list(tokens), prompt)
            if found is None or shared > found[2]:
                found = (list(tokens), data, shared)
        return found

    def newest_first(self) -> list[tuple[list[int], object]]:
        return [(list(tokens), data) for tokens, data in reversed(self._items.items())]

    def forget(self, prompt: list[int], min_shared: int) -> int:
        """Drop the snapshots sharing at least min_shared tokens with prompt; returns how many."""
        gone = [t for t in self._items if common_prefix(list(t), prompt) >= min_shared]
        for tokens in gone:
            del self._items[tokens]
        return len(gone)

    def take(self, tokens: list[int]) -> None:
        """Forget a snapshot that was restored: it is live in the context again,
        and is saved anew, longer, when the conversation is left."""
        self._items.pop(tuple(tokens), None)

    def __len__(self) -> int:
        return len(self._items)
