"""GUI test fixtures: a small street, an administrator, settings in a temporary file, the worker.

One QApplication for the session (pytest-qt's ``qapp``), offscreen (tests/conftest.py sets it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import ADMIN_PASSWORD, Street, build_street
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.services import users
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.i18n import install_translators
from gridgov_desktop.ui.workers import Worker

# The offscreen platform warns when a window gets a minimum size; that is the platform, not the app.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The theme cache and settings of the tests never touch the real user folders."""
    import os

    os.environ["GRIDGOV_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """Chinese translations (the product default) for one test."""
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def worker(qapp: QApplication, sqlite_db: Database) -> Iterator[Worker]:
    """Torn down before the database: its threads finish while the database is still open."""
    pool = QThreadPool()
    worker = Worker(pool=pool)
    yield worker
    pool.waitForDone(10_000)
    QApplication.processEvents()
    worker.deleteLater()


@pytest.fixture
def street(sqlite_db: Database) -> Street:
    return build_street(sqlite_db)


@pytest.fixture
def admin_password() -> str:
    return ADMIN_PASSWORD


@pytest.fixture
def admin(sqlite_db: Database) -> Actor:
    users.add_user(sqlite_db, SYSTEM, "admin", ADMIN_PASSWORD, UserRole.ADMIN, "王主任")
    return users.authenticate(sqlite_db, "admin", ADMIN_PASSWORD)
