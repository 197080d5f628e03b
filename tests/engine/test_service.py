"""The engine service's queue with a stand-in backend: order, cancel, close, failures.

The real RuntimeHost behind the same service is exercised by every GUI test.
"""

from __future__ import annotations

import pytest

from app.engine import GenParams, LoadOptions, NoModelLoaded, RuntimeCrashed
from app.engine.service import Cancelled, EngineService
from app.engine.types import FILE, ModelRef
from tests.chat.standin import Pump, StandInBackend

HELLO = [{"role": "user", "content": "Hello"}]


@pytest.fixture
def engine():
    backend = StandInBackend("one two three four")
    pump = Pump()
    service = EngineService({FILE: backend}, deliver=pump.deliver)
    yield service, backend, pump
    service.close()


def loaded(service, pump):
    answers = []
    service.load(ModelRef.file("/m.gguf"), LoadOptions(), lambda info, error: answers.append((info, error)))
    pump.until(lambda: answers)
    assert answers[0][1] is None


def test_jobs_run_in_the_order_they_were_asked(engine):
    service, backend, pump = engine
    loaded(service, pump)
    order = []
    backend.hold.set()
    service.reply(HELLO, GenParams(), lambda _t: None, lambda stats, _e: order.append(("reply", stats.stop_reason)))
    service.count(HELLO, lambda n, _e: order.append(("count", n)))
    backend.release.set()
    pump.until(lambda: len(order) == 2)
    assert order == [("reply", "eos"), ("count", 1)]


def test_a_waiting_job_that_is_cancelled_never_runs_and_says_so(engine):
    service, backend, pump = engine
    loaded(service, pump)
    backend.hold.set()
    first = []
    service.reply(HELLO, GenParams(), lambda _t: None, lambda s, e: first.append(s))
    answers = []
    count = service.count(HELLO, lambda n, e: answers.append(("count", n, e)))
    reply = service.reply(HELLO, GenParams(), lambda _t: None, lambda s, e: answers.append(("reply", s, e)))
    service.cancel(count)
    service.cancel(reply)
    backend.release.set()
    pump.until(lambda: len(answers) == 2 and first)
    assert isinstance(answers[0][2], Cancelled)
    assert answers[1][1].stop_reason == "cancelled" and answers[1][2] is None
    assert len(backend.calls) == 1                              # only the first reply reached the model


def test_a_stop_ends_the_running_reply_and_only_it(engine):
    service, backend, pump = engine
    loaded(service, pump)
    backend.hold.set()
    texts, answers = [], []
    ticket = service.reply(HELLO, GenParams(), texts.append, lambda s, e: answers.append(s))
    pump.until(lambda: texts)
    service.cancel(ticket)
    pump.until(lambda: answers)
    assert answers[0].stop_reason == "cancelled" and "".join(texts) == "one"
    service.cancel(ticket)                                      # again, after it ended: reaches nothing
    backend.hold.clear()
    service.reply(HELLO, GenParams(), texts.append, lambda s, e: answers.append(s))
    pump.until(lambda: len(answers) == 2)
    assert answers[1].stop_reason == "eos"


def test_a_reply_without_a_model_is_an_error_not_a_crash(engine):
    service, _backend, pump = engine
    answers = []
    service.reply(HELLO, GenParams(), lambda _t: None, lambda s, e: answers.append(e))
    pump.until(lambda: answers)
    assert isinstance(answers[0], NoModelLoaded)


def test_a_bug_in_a_job_is_a_sentence_and_the_engine_goes_on(engine):
    service, _backend, pump = engine
    loaded(service, pump)
    answers = []
    service.call(lambda backend: 1 / 0, lambda r, e: answers.append(e))
    service.count(HELLO, lambda n, e: answers.append(n))
    pump.until(lambda: len(answers) == 2)
    assert "failed unexpectedly" in str(answers[0]) and answers[1] == 1


def test_after_close_nothing_answers(engine):
    service, backend, pump = engine
    loaded(service, pump)
    backend.hold.set()
    answers = []
    service.reply(HELLO, GenParams(), lambda _t: None, lambda s, e: answers.append(s))
    service.close()
    service.count(HELLO, lambda n, e: answers.append(n))
    pump.until(lambda: pump.inbox.empty())
    assert answers == [] and backend.info is None


def test_a_crash_in_any_job_forgets_the_model_and_tells_the_watchers(engine):
    """A local API request that crashed the model once left the chat saying "no model is loaded"."""
    service, backend, pump = engine
    loaded(service, pump)
    told, answers = [], []
    service.watch_crashes(lambda: told.append(True))

    def crash(b):
        b.info = None
        raise RuntimeCrashed("crashed")
    service.call(crash, lambda r, e: answers.append(e))
    pump.until(lambda: told and answers)
    assert isinstance(answers[0], RuntimeCrashed) and service.info is None
    service.count(HELLO, lambda n, e: answers.append(e))
    pump.until(lambda: len(answers) == 2)
    assert isinstance(answers[1], NoModelLoaded)       # not the dead backend's answer
