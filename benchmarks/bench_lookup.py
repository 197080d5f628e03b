"""Prompt lookup on an editing task: "correct the spelling in this 300-word paragraph".

The reply repeats most of the paragraph, so guessed tokens are kept and the
reply comes faster; it must be the very same reply as plain decoding. Runs
both ways, alternating, greedy and at the app's sampling, and prints the
speed-up (target ≥ 1.5×) and how much of the guessing was kept. Exits
non-zero on a miss or when the replies differ.

Usage: python benchmarks/bench_lookup.py [--threads N] [--model PATH]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.engine import GenParams, LoadOptions, RuntimeHost  # noqa: E402
from app.engine.hardware import default_threads  # noqa: E402
from app.library.starter import starter_model_path  # noqa: E402

ROUNDS = int(os.environ.get("BENCH_ROUNDS", 5))
PARAGRAPH = (
    "Last week our office moved to the new bilding on Harbour Street. The move went better than we "
    "expected, althogh a few boxes were lost on the way and the printers took two days to arive. Most "
    "people like the new desks, which are wider and can be raised so that you can work standing up. The "
    "kitchen is bigger too, and there is finaly enough room in the fridge for everyone's lunch. Some "
    "colleages have asked for more plants, and the facilities team has promised to order them before the "
    "end of the month. The meeting rooms now have large screens, but the video calls still need a bit of "
    "work: the microphones pick up the noise from the street when the windows are open. Parking is the "
    "bigest problem. There are only forty spaces for more than a hundred people, so we encourage everyone "
    "to come by bike, by train or by bus whenever they can. The company will pay for half of a monthly "
    "travel pass from next month, and there is a secure room for bicycles in the basement with showers "
    "next to it. Please remember to wear your badge at all times, because the reception desk is not "
    "staffed after six in the evening and the doors lock automaticaly. If you lose your badge, tell the "
    "office manager as soon as posible so that it can be blocked. Finally, a big thank you to everyone "
    "who helped to pack and unpack: the move was finished a whole day earlier than planned, and the "
    "first week in the new place has been calm and productive. We will hold a small party on Friday "
    "afternoon to celebrate, with cake and coffee in the kitchen, and everyone is welcome to join.")
TASK = [{"role": "user", "content": "Correct the spelling in this paragraph. Write out the whole corrected "
                                    f"paragraph and nothing else.\n\n{PARAGRAPH}"}]


def timed_reply(host: RuntimeHost, params: GenParams) -> tuple[str, float, object]:
    """A reply to the task; every round starts from the same cached prompt (read once, first)."""
    text = "".join(host.chat(TASK, params))
    stats = host.last_stats
    return text, stats.tokens_per_s, stats


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=default_threads())
    parser.add_argument("--model", type=Path, default=starter_model_path())
    args = parser.parse_args()
    host = RuntimeHost()
    host.load(args.model, LoadOptions(threads=args.threads, context_length=4096))
    words = len(PARAGRAPH.split())
    print(f"Prompt lookup on {args.model.name}, {args.threads} threads: correcting a {words}-word paragraph "
          f"({host.count_tokens(TASK)} prompt tokens); load average {os.getloadavg()[0]:.1f}")
    list(host.chat(TASK, GenParams(max_tokens=1)))       # the prompt, read once for all rounds
    failed = False
    for label, extra in (("greedy", dict(temperature=0, repeat_penalty=1.0)),
                         ("app sampling", dict(temperature=0.7, top_p=0.95, seed=7))):
        plain_speeds, guessed_speeds, kept = [], [], []
        for _ in range(ROUNDS):
            plain, plain_speed, _ = timed_reply(host, GenParams(max_tokens=512, prompt_lookup=False, **extra))
            guessed, speed, stats = timed_reply(host, GenParams(max_tokens=512, **extra))
            plain_speeds.append(plain_speed)
            guessed_speeds.append(speed)
            kept.append(stats.guessed_kept / max(1, stats.guessed_tokens))
            if guessed != plain:
                print(f"MISS  {label}: the reply with guessing differs from plain decoding")
                failed = True
        ratio = statistics.median(guessed_speeds) / statistics.median(plain_speeds)
        print(f"      {label}: {stats.generated_tokens} tokens written; plain {statistics.median(plain_speeds):.1f} "
              f"tok/s, with guessing {statistics.median(guessed_speeds):.1f} tok/s; "
              f"{statistics.median(kept):.0%} of guessed tokens kept ({stats.guessed_kept} of "
              f"{stats.guessed_tokens}); medians of {ROUNDS} alternating")
        ok = ratio >= 1.5
        failed |= not ok
        print(f"{'PASS' if ok else 'MISS'}  {'editing reply, guessing / plain (' + label + ')':<58} "
              f"{ratio:>13.2f}×   target ≥ 1.5×")
    host.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
