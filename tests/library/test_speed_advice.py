"""How fast a model would write here: the speed log, the prediction, the words, the ranking."""

from __future__ import annotations

import json

from app.engine.speeds import SpeedRecord, add_speed, read_speeds
from app.library.catalog import load_catalog, ranked
from app.library.describe import writing_speed
from app.library.fit import Hardware, predict_speed

GB = 10**9
STARTER = SpeedRecord(98_362_432, "Q4_1", 30, "cpu", 2)


def two_cores(*records, ram_free=16 * GB) -> Hardware:
    return Hardware(ram_total=24 * GB, ram_available=ram_free, cores=2, speeds=tuple(records))


def measured(record: SpeedRecord, tokens_per_s: float) -> SpeedRecord:
    return SpeedRecord(record.model_bytes, record.quantization, record.layers, record.placement, record.threads,
                       (tokens_per_s,), 1.0)


def test_the_log_keeps_the_median_of_the_last_replies(tmp_path):
    path = tmp_path / "speeds.json"
    for speed in (80.0, 10.0, 82.0, 79.0):
        add_speed(path, STARTER, speed)
    add_speed(path, SpeedRecord(4_920_739_232, "Q4_K_M", 32, "cpu", 2), 2.0)
    newest, starter = read_speeds(path)
    assert newest.model_bytes == 4_920_739_232
    assert starter.tokens_per_s == 79.5             # one slow reply does not move it much
    add_speed(path, STARTER, 0.0)                    # nonsense is not logged
    assert read_speeds(path)[1].samples == starter.samples


def test_a_damaged_log_reads_as_nothing_measured(tmp_path):
    path = tmp_path / "speeds.json"
    path.write_text("{not json")
    assert read_speeds(path) == []
    path.write_text(json.dumps({"version": 1, "models": [{"model_bytes": "x"}]}))
    assert read_speeds(path) == []
    add_speed(path, STARTER, 50.0)                   # and it is written anew
    assert read_speeds(path)[0].tokens_per_s == 50.0


def test_bigger_models_are_predicted_slower_in_proportion():
    hw = two_cores(measured(STARTER, 80.0))
    same = predict_speed(STARTER.model_bytes, 30, "Q4_1", "cpu", hw)
    assert abs(same - 80.0) < 0.5                     # the measured model itself
    eight_b = predict_speed(4_920_739_232, 32, "Q4_K_M", "cpu", hw)
    one_b = predict_speed(807_694_464, 16, "Q4_K_M", "cpu", hw)
    assert 0.5 < eight_b < 5 < one_b < 40
    assert predict_speed(4_920_739_232, 32, "Q4_K_M", "gpu", hw) is None     # no basis for a card


def test_without_a_measurement_the_guess_comes_from_the_cores():
    slow = predict_speed(4_920_739_232, 32, "Q4_K_M", "cpu", two_cores())
    fast = predict_speed(4_920_739_232, 32, "Q4_K_M", "cpu",
                         Hardware(ram_total=64 * GB, ram_available=32 * GB, cores=8))
    assert slow < 4 and fast > 2 * slow
    assert predict_speed(4_920_739_232, 32, "Q4_K_M", "cpu", Hardware(16 * GB, 8 * GB)) is None


def test_speed_in_plain_words():
    assert str(writing_speed(5.5)) == "writes about 4 words a second"
    assert str(writing_speed(1.0)) == "writes about one word a second"
    assert str(writing_speed(0.5)) == "writes less than a word a second"
    assert str(writing_speed(20.0)) == "writes about 15 words a second"
    assert str(writing_speed(80.0)).startswith("writes faster than anyone reads")
    assert writing_speed(None) is None and writing_speed(0) is None
    words = writing_speed(5.5)
    assert words.code == "words" and words.params == {"words": 4}   # the UI words it in the user's language


def test_no_eight_billion_recommendation_on_two_cores():
    rows = ranked(load_catalog(), two_cores(measured(STARTER, 80.0)))
    recommended = [r for r in rows if r.recommended]
    assert len(recommended) == 1
    best = recommended[0]
    assert best.advice.tokens_per_s >= 8 and best.entry.download_size < 3 * GB
    for row in rows:
        if row.entry.parameters.endswith("B") and float(row.entry.parameters[:-1]) >= 7:
            assert row.slow and row.advice.tokens_per_s < 4
            assert rows.index(row) > rows.index(best)
    # Of those that fit but write slowly, the fastest comes first, not the largest.
    slow = [r.advice.tokens_per_s for r in rows if r.slow and r.advice.verdict == "fits"]
    assert len(slow) >= 2 and slow == sorted(slow, reverse=True)
    # With memory to spare and a fast many-core processor, a bigger one is recommended.
    big = Hardware(ram_total=64 * GB, ram_available=48 * GB, cores=16,
                   speeds=(measured(STARTER, 400.0),))
    top = [r for r in ranked(load_catalog(), big) if r.recommended][0]
    assert top.entry.download_size > best.entry.download_size
