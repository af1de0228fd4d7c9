"""Run a service call on a worker thread and get its result back on the GUI thread (Anki's QueryOp).

    task = worker.run(lambda: search_residents(db, text), on_done=self._show, owner=self)

Services open their own Session per call, so a call is safe on any thread; widgets are not, so the
result (or the exception) is delivered by a queued signal to a QObject living on the GUI thread,
which then calls ``on_done``/``on_error``. A task whose ``owner`` widget has been destroyed, or that
was cancelled (a stale search), is dropped silently. ``progress`` lets long work report
``(done, total)``; after ``cancel()`` or ``request_stop()`` the next report raises ``Cancelled``
inside the work (a stopped task still reports how it ended, a cancelled one does not).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised inside cancelled work at its next progress report."""


@dataclass(eq=False)
class Task:
    """A handle on submitted work: cancel it, or ask whether it finished."""

    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[int, int], None] | None
    owner: QObject | None
    _stop: threading.Event = field(default_factory=threading.Event)
    cancelled: bool = False
    finished: bool = False
    _relay: Worker | None = None

    def cancel(self) -> None:
        """Drop the result (a stale search); work that reports progress stops at its next report."""
        self.cancelled = True
        self._stop.set()

    def request_stop(self) -> None:
        """Ask the work to stop at its next progress report; ``on_error`` then gets ``Cancelled``."""
        self._stop.set()

    def report(self, done: int, total: int) -> None:
        """The ``progress`` callback handed to the work (runs on the worker thread)."""
        if self._stop.is_set():
            raise Cancelled()
        relay = self._relay
        if relay is not None:
            relay.progressed.emit((self, done, total))


class _Job(QRunnable):
    def __init__(self, worker: Worker, task: Task, fn: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self._worker = worker
        self._task = task
        self._fn = fn
        self._with_progress = with_progress
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn(self._task.report) if self._with_progress else self._fn()
        except BaseException as exc:  # delivered to on_error on the GUI thread
            self._emit(self._worker.finished_, (self._task, False, exc))
        else:
            self._emit(self._worker.finished_, (self._task, True, result))

    @staticmethod
    def _emit(signal: Any, payload: tuple[Any, ...]) -> None:
        with contextlib.suppress(RuntimeError):  # the worker was destroyed meanwhile (app closing)
            signal.emit(payload)


class Worker(QObject):
    """Submits calls to a thread pool; create it on the GUI thread and keep it as long as the window."""

    # Emitted from pool threads; connected with the receiver (self) on the GUI thread, so queued.
    finished_ = Signal(object)
    progressed = Signal(object)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._pending: set[Task] = set()
        self.finished_.connect(self._deliver)
        self.progressed.connect(self._deliver_progress)

    def run(
        self,
        fn: Callable[[], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
    ) -> Task:
        """Call ``fn()`` on a pool thread."""
        return self._submit(fn, False, on_done, on_error, None, owner)

    def run_with_progress(
        self,
        fn: Callable[[Progress], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        owner: QObject | None = None,
    ) -> Task:
        """Call ``fn(progress)`` on a pool thread; ``progress(done, total)`` reaches ``on_progress``."""
        return self._submit(fn, True, on_done, on_error, on_progress, owner)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (at shutdown, before the database is closed)."""
        return self._pool.waitForDone(msecs)

    def _submit(
        self,
        fn: Callable[..., Any],
        with_progress: bool,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int], None] | None,
        owner: QObject | None,
    ) -> Task:
        task = Task(on_done, on_error, on_progress, owner)
        task._relay = self
        self._pending.add(task)
        self._pool.start(_Job(self, task, fn, with_progress))
        return task

    def _alive(self, task: Task) -> bool:
        return not task.cancelled and (task.owner is None or shiboken6.isValid(task.owner))

    @Slot(object)
    def _deliver(self, payload: tuple[Task, bool, Any]) -> None:
        task, ok, value = payload
        task.finished = True
        self._pending.discard(task)
        if not self._alive(task):
            return
        if ok:
            if task.on_done is not None:
                task.on_done(value)
        elif task.on_error is not None:
            task.on_error(value)
        elif not isinstance(value, Cancelled):
            log.error("unhandled error in worker task", exc_info=value)

    @Slot(object)
    def _deliver_progress(self, payload: tuple[Task, int, int]) -> None:
        task, done, total = payload
        if self._alive(task) and not task.finished and task.on_progress is not None:
            task.on_progress(done, total)
