"""Start the desktop app: QApplication, translations, theme, database, first run or login, main window.

There is no global app object: ``run_gui`` builds the pieces and hands ``db``, ``actor``, the
settings and the worker down to the windows that need them.

Start-up is measured (``bench/startup.py``): Qt is imported only here, inside ``run_gui``, so the
command line stays light; alembic only when the schema is behind; qt-material only when its cached
output is missing (``ui/theme.py``); argon2 only for a login typed in the dialog.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from gridgov_desktop.db.engine import Database
    from gridgov_desktop.services.actor import Actor
    from gridgov_desktop.settings import Settings
    from gridgov_desktop.ui.workers import Worker

T = TypeVar("T")

EXIT_OK = 0
EXIT_FAILED = 1


def run_gui(
    db_url: str,
    *,
    lang: str | None = None,
    theme: str | None = None,
    quit_after_show: bool = False,
    username: str | None = None,
    password: str | None = None,
) -> int:
    """Run the GUI until the main window closes; returns the process exit status.

    ``username`` + ``password`` log in without the dialog (a failure is one line on stderr and
    status 1). ``quit_after_show`` exits with 0 once the main window has painted its first rows.
    ``theme`` applies to this run only; the View menu changes the saved one.
    """
    from PySide6.QtCore import QCoreApplication

    from gridgov_desktop.settings import FONT_SIZE_PT, LANGUAGE, THEME, Settings
    from gridgov_desktop.ui.i18n import normalise_language

    QCoreApplication.setOrganizationName("gridgov")
    QCoreApplication.setApplicationName("gridgov")
    settings = Settings()
    lang = normalise_language(lang or settings.get(LANGUAGE))
    db: Database | None = None
    login: _InThread[Actor] | None = None
    if username is not None and password is not None:
        # Without a dialog, the password check (argon2: ~0.15 s of C code that releases the GIL)
        # and the first view's queries run on threads while Qt and the windows' modules load here.
        db = _open_database(db_url, lang, headless=True)
        if db is None:
            return EXIT_FAILED
        login = _start_headless_login(db, username, password)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gridgov_desktop.ui.i18n import install_translators
    from gridgov_desktop.ui.theme import apply_theme

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    install_translators(app, lang)
    apply_theme(app, theme or settings.get(THEME), settings.get(FONT_SIZE_PT))
    if db is None:
        db = _open_database(db_url, lang, headless=False)
        if db is None:
            return EXIT_FAILED
    from gridgov_desktop.ui.workers import Worker

    worker = Worker()
    # Dialogs come before the main window: closing one must not end the (not yet running) app.
    app.setQuitOnLastWindowClosed(False)
    try:
        if login is not None:
            from gridgov_desktop.ui.main_window import MainWindow  # while the password is checked

            actor = _login_result(login, lang)
            if actor is None:
                return EXIT_FAILED
        else:
            actor = _first_run_or_login(db, worker, settings, lang)
            if actor is None:
                return EXIT_OK
        if actor.must_change_password:
            actor = _new_password_first(db, worker, actor, lang)
            if actor is None:
                return EXIT_OK
        from gridgov_desktop.ui.main_window import MainWindow

        window = MainWindow(db, actor, settings, worker, lang=lang)
        window.setWindowTitle(_window_title(db))
        if quit_after_show:
            window.first_data_painted.connect(lambda: QTimer.singleShot(0, app.quit))
        app.setQuitOnLastWindowClosed(True)
        window.show()
        status = app.exec()
        window.deleteLater()
        return status
    finally:
        worker.wait()
        settings.sync()
        db.dispose()


def _open_database(db_url: str, lang: str, headless: bool) -> Database | None:
    """Open and migrate the database; a clear message (not a traceback) when that fails.

    ``headless`` (``--user``): the message is one line on stderr, in plain Python text like the
    command line's, because it comes before the QApplication and its translators exist.
    """
    from gridgov_desktop.db import migrate
    from gridgov_desktop.db.engine import Database, describe_url
    from gridgov_desktop.domain.errors import DomainError
    from gridgov_desktop.messages import describe_error

    where = describe_url(db_url)
    try:
        db = Database(db_url)
        if not migrate.is_up_to_date(db):
            if migrate.has_foreign_tables(db):
                db.dispose()
                _report_open_failure(where, None, lang, headless)
                return None
            migrate.upgrade(db)
        return db
    except DomainError as error:
        detail = describe_error(error, lang)
    except Exception as error:
        # Not "except SQLAlchemyError": importing it would load SQLAlchemy on every start.
        lines = str(getattr(error, "orig", None) or error).strip().splitlines()
        detail = lines[0] if lines else type(error).__name__
    _report_open_failure(where, detail, lang, headless)
    return None


def _report_open_failure(where: str, detail: str | None, lang: str, headless: bool) -> None:
    """``detail`` None: the database is someone else's (tables, but not ours)."""
    if headless:
        english = lang == "en"
        if detail is None:
            text = (
                f"{where} is not a gridgov database (it holds other tables)."
                if english
                else f"{where} 不是本系统的数据库（其中有其他数据表）。"
            )
        else:
            text = (
                f"cannot open the database {where}: {detail}"
                if english
                else f"无法打开数据库 {where}：{detail}"
            )
        print(f"gridgov: {text}", file=sys.stderr)
        return
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    if detail is None:
        title = QCoreApplication.translate("App", "Not a gridgov database")
        text = QCoreApplication.translate(
            "App",
            "{database} holds other tables: it is not this program's database. "
            "Check the --db option or GRIDGOV_DATABASE_URL.",
        ).format(database=where)
    else:
        title = QCoreApplication.translate("App", "Cannot open the database")
        text = QCoreApplication.translate(
            "App", "The database {database} cannot be opened:\n{detail}"
        ).format(database=where, detail=detail)
    QMessageBox.critical(None, title, text)


def _start_headless_login(db: Database, username: str, password: str) -> _InThread[Actor]:
    """``--user``: check the password on a thread (argon2 spends ~0.15 s in C code without the GIL,
    while Qt and the windows' modules load on the main thread)."""
    # Imported here, on the main thread, so that the thread does not race it for the import lock.
    from gridgov_desktop.services import office, users

    def check() -> Actor:
        if office.needs_first_run(db):
            raise _NoAccount()
        return users.authenticate(db, username, password)

    return _InThread(check, "gridgov-login")


def _login_result(login: _InThread[Actor], lang: str) -> Actor | None:
    """The signed-in user; None after printing one line on stderr (wrong password, say)."""
    from gridgov_desktop.domain.errors import DomainError
    from gridgov_desktop.messages import describe_error

    try:
        return login.result()
    except _NoAccount:
        message = (
            "No account exists yet: start without --user to run the set-up."
            if lang == "en"
            else "尚未设置管理员账号：请不带 --user 启动，完成首次设置。"
        )
    except DomainError as error:
        message = describe_error(error, lang)
    print(f"gridgov: {message}", file=sys.stderr)
    return None


class _NoAccount(Exception):
    """The database has no account yet: the first-run wizard needs a person at the screen."""


def _first_run_or_login(db: Database, worker: Worker, settings: Settings, lang: str) -> Actor | None:
    from PySide6.QtCore import QTimer

    from gridgov_desktop.domain.errors import DomainError
    from gridgov_desktop.services import office
    from gridgov_desktop.settings import LAST_USERNAME

    try:
        first_run = office.needs_first_run(db)
        existing_street = _street_name(db) if first_run else ""
        office_name = office.office_info(db).name
    except DomainError as error:
        from PySide6.QtWidgets import QMessageBox

        from gridgov_desktop.messages import describe_error

        QMessageBox.critical(None, _app_title(), describe_error(error, lang))
        return None
    if first_run:
        from gridgov_desktop.ui.dialogs.first_run_wizard import FirstRunWizard

        wizard = FirstRunWizard(db, worker, lang=lang, existing_street=existing_street)
        if not wizard.exec() or wizard.actor is None:
            return None
        settings.set(LAST_USERNAME, wizard.actor.username)
        return wizard.actor
    from gridgov_desktop.ui.dialogs.login_dialog import LoginDialog

    dialog = LoginDialog(
        db, worker, lang=lang, office_name=office_name, username=settings.get(LAST_USERNAME)
    )
    # While the clerk types the password, load the main window's modules (~0.1 s), so that it opens
    # at once after the login.
    QTimer.singleShot(200, lambda: importlib.import_module("gridgov_desktop.ui.main_window"))
    if not dialog.exec() or dialog.actor is None:
        return None
    settings.set(LAST_USERNAME, dialog.actor.username)
    return dialog.actor


def _new_password_first(db: Database, worker: Worker, actor: Actor, lang: str) -> Actor | None:
    """An administrator reset this account's password: a new one before the app opens (None: the
    user cancelled, and the app quits)."""
    from gridgov_desktop.ui.dialogs.password_dialog import PasswordDialog

    dialog = PasswordDialog(None, db, actor, worker, lang=lang, forced=True)
    if not dialog.exec() or dialog.actor.must_change_password:
        return None
    return dialog.actor


def _street_name(db: Database) -> str:
    from gridgov_desktop.services import office, org

    if not office.has_street(db):
        return ""
    roots = org.roots(db)
    return roots[0].name if roots else ""


def _app_title() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("App", "Street Office Service Hall")


def _window_title(db: Database) -> str:
    from PySide6.QtCore import QCoreApplication

    from gridgov_desktop.domain.errors import DomainError
    from gridgov_desktop.services import office

    try:
        name = office.office_info(db).name
    except DomainError:
        name = ""
    if not name:
        return _app_title()
    return QCoreApplication.translate("App", "{office} Service Hall").format(office=name)


class _InThread(Generic[T]):
    """``fn()`` on a plain thread, started at once; ``result()`` waits, then returns or raises."""

    def __init__(self, fn: Callable[[], T], name: str) -> None:
        self._value: T | None = None
        self._error: BaseException | None = None

        def run() -> None:
            try:
                self._value = fn()
            except BaseException as error:  # re-raised by result(), on the caller's thread
                self._error = error

        self._thread = threading.Thread(target=run, name=name, daemon=True)
        self._thread.start()

    def result(self) -> T:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]
