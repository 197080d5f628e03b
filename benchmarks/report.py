"""One way every benchmark prints a figure against its target and ends: non-zero on a miss."""

from __future__ import annotations


class Report:
    def __init__(self) -> None:
        self.misses: list[str] = []

    def check(self, name: str, value: str, target: str, ok: bool) -> None:
        print(f"{'PASS' if ok else 'MISS'}  {name:<60} {value:>12}   target {target}", flush=True)
        if not ok:
            self.misses.append(name)

    def note(self, name: str, value: str) -> None:
        """A figure with no target, for the record."""
        print(f"      {name:<60} {value:>12}", flush=True)

    def exit_code(self) -> int:
        if self.misses:
            print(f"{len(self.misses)} target(s) missed: {'; '.join(self.misses)}", flush=True)
        return 1 if self.misses else 0
