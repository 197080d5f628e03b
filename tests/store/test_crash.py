"""SIGKILL in the middle of a streamed reply, fifty times: nothing committed
is lost, the file stays sound, and the reply keeps all but its last second."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.store import ChatStore

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from stream_child import reply_text  # noqa: E402

ROUNDS = 50
LANES = 4                        # separate data folders killed side by side, to save time
KILL_AFTER_S = (0.05, 2.2)       # the child needs ~0.15 s to start streaming
DURABLE_WITHIN_S = 1.0


@dataclass
class Report:
    """What the child said before it died."""
    question_id: int | None = None
    reply_id: int | None = None
    progress: list[tuple[int, float]] = field(default_factory=list)   # (characters, when)

    @classmethod
    def parse(cls, output: str) -> Report:
        report = cls()
        for line in output.splitlines(keepends=True):
            words = line.split()
            if not line.endswith("\n") or not words:
                continue                  # a line cut short by the kill
            if words[0] == "committed":
                report.question_id = int(words[1])
            elif words[0] == "streaming":
                report.reply_id = int(words[1])
            elif words[0] == "appended":
                report.progress.append((int(words[1]), float(words[2])))
        return report


@dataclass
class Lane:
    data_dir: Path
    questions: dict[int, str] = field(default_factory=dict)   # every committed question
    replies: dict[int, str] = field(default_factory=dict)     # every reply, as found after its kill
    durability_checks: int = 0

    def run(self, rounds: list[int], rng: random.Random) -> Lane:
        for number in rounds:
            delay = rng.uniform(*KILL_AFTER_S)
            report, killed_at = self.kill_child(number, delay)
            self.check(number, report, killed_at)
        return self

    def kill_child(self, number: int, delay: float) -> tuple[Report, float]:
        child = subprocess.Popen([sys.executable, str(HERE / "stream_child.py"),
                                  str(self.data_dir), str(number)],
                                 stdout=subprocess.PIPE, text=True)
        time.sleep(delay)
        killed_at = time.monotonic()
        child.kill()                      # SIGKILL: no cleanup, no flush, no close
        output, _ = child.communicate(timeout=30)
        return Report.parse(output), killed_at

    def check(self, number: int, report: Report, killed_at: float) -> None:
        where = f"round {number} in {self.data_dir.name}"
        with ChatStore.open(self.data_dir) as store:
            assert store.integrity_check() == "ok", where
            if report.question_id is not None:
                self.questions[report.question_id] = f"question {number}"
            for message_id, text in self.questions.items():
                assert store.message(message_id).content == text, where
            for message_id, text in self.replies.items():
                assert store.message(message_id).content == text, where
            if report.reply_id is None:
                return
            saved = store.message(report.reply_id)
            assert saved.status == "failed", where
            assert saved.content == reply_text(len(saved.content)), where
            due = [length for length, when in report.progress
                   if when <= killed_at - DURABLE_WITHIN_S]
            if due:
                self.durability_checks += 1
                assert len(saved.content) >= max(due), (
                    f"{where}: {len(saved.content)} characters saved, but {max(due)} "
                    f"were appended over {DURABLE_WITHIN_S} s before the kill")
            self.replies[report.reply_id] = saved.content


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_killing_the_writer_fifty_times_loses_at_most_a_second(tmp_path, no_keychain):
    seed = random.randrange(1 << 30)
    print(f"random seed {seed}")
    lanes = [Lane(tmp_path / f"lane {n} Željko") for n in range(LANES)]
    rounds = [list(range(n, ROUNDS, LANES)) for n in range(LANES)]
    with ThreadPoolExecutor(LANES) as pool:
        done = [pool.submit(lane.run, lane_rounds, random.Random(seed + n))
                for n, (lane, lane_rounds) in enumerate(zip(lanes, rounds, strict=True))]
        lanes = [future.result() for future in done]
    assert sum(len(lane.questions) for lane in lanes) >= ROUNDS * 0.7
    # Enough kills came late enough to test the one-second promise.
    assert sum(lane.durability_checks for lane in lanes) >= 10
