"""The worker runs calls off the GUI thread and delivers on it; stale or orphaned results are dropped."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gridgov_desktop.domain.errors import DatabaseUnavailable
from gridgov_desktop.ui.workers import Cancelled, Worker


def test_result_and_error_arrive_on_the_gui_thread(qtbot: QtBot, worker: Worker) -> None:
    gui = QThread.currentThread()
    ran_on: list[object] = []
    got: list[object] = []

    def work() -> int:
        ran_on.append(threading.current_thread())
        return 42

    worker.run(work, on_done=lambda value: got.append((value, QThread.currentThread() is gui)))
    qtbot.waitUntil(lambda: bool(got))
    assert got == [(42, True)]
    assert ran_on[0] is not threading.main_thread()

    def fail() -> None:
        raise DatabaseUnavailable("database is locked")

    errors: list[BaseException] = []
    worker.run(fail, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], DatabaseUnavailable)


def test_cancelled_and_orphaned_tasks_are_dropped(qtbot: QtBot, worker: Worker) -> None:
    release = threading.Event()
    got: list[object] = []
    task = worker.run(lambda: release.wait(5) and 1, on_done=got.append)
    task.cancel()
    owner = QObject()
    worker.run(lambda: release.wait(5) and 2, on_done=got.append, owner=owner)
    owner.deleteLater()
    QApplication.processEvents()
    release.set()
    qtbot.waitUntil(lambda: not worker.busy)
    assert got == []


def test_progress_and_stop(qtbot: QtBot, worker: Worker) -> None:
    seen: list[tuple[int, int]] = []
    errors: list[BaseException] = []
    started = threading.Event()

    def long_work(progress: object) -> None:
        for done in range(1000):
            progress(done, 1000)  # type: ignore[operator]
            started.set()
            threading.Event().wait(0.002)

    task = worker.run_with_progress(
        long_work, on_progress=lambda d, t: seen.append((d, t)), on_error=errors.append
    )
    qtbot.waitUntil(lambda: bool(seen))
    task.request_stop()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], Cancelled)
    assert seen[0] == (0, 1000)
