"""Every user setting of the desktop app, declared once with its default (as Picard's options.py).

Values live in QSettings (an INI file in the user's config folder): they are GUI state of this
machine, not data of the office, which lives in the database. Only plain values are stored — numbers,
strings and the byte strings Qt gives for window geometry — never pickled objects.

Importing this module creates no widget; it only needs QtCore.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")  # str, int or bytes: what an INI file can hold

ORGANISATION = "gridgov"
APPLICATION = "gridgov-desktop"

LANGUAGES = ("zh_CN", "en")
THEMES = ("light", "dark")
MIN_FONT_PT = 10  # UX.md: nothing smaller than 10 pt on screen
MAX_FONT_PT = 24


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its QSettings key, default, and what values are acceptable."""

    key: str
    default: T
    choices: tuple[T, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def clean(self, value: object) -> T:
        """``value`` from the INI file, coerced to the default's type; the default if unusable."""
        default = self.default
        try:
            if isinstance(default, bytes):
                if isinstance(value, QByteArray):
                    return cast(T, value.data())
                return cast(T, bytes(value) if isinstance(value, bytes | bytearray) else default)
            if isinstance(default, int):
                number = int(str(value).strip())
                if self.minimum is not None:
                    number = max(self.minimum, number)
                if self.maximum is not None:
                    number = min(self.maximum, number)
                return cast(T, number)
            text = str(value)
        except (TypeError, ValueError):
            return default
        if self.choices and text not in self.choices:
            return default
        return cast(T, text)


LANGUAGE: Setting[str] = Setting("ui/language", "zh_CN", choices=LANGUAGES)
THEME: Setting[str] = Setting("ui/theme", "light", choices=THEMES)
FONT_SIZE_PT: Setting[int] = Setting("ui/font_size_pt", 11, minimum=MIN_FONT_PT, maximum=MAX_FONT_PT)
SEARCH_DEBOUNCE_MS: Setting[int] = Setting("search/debounce_ms", 250, minimum=0, maximum=2000)
SEARCH_LIMIT: Setting[int] = Setting("search/limit", 50, minimum=5, maximum=500)
RESIDENT_PAGE_SIZE: Setting[int] = Setting("residents/page_size", 200, minimum=20, maximum=5000)
LAST_USERNAME: Setting[str] = Setting("login/last_username", "")
MAIN_WINDOW_GEOMETRY: Setting[bytes] = Setting("window/main_geometry", b"")
MAIN_WINDOW_STATE: Setting[bytes] = Setting("window/main_state", b"")
MAIN_SPLITTER_STATE: Setting[bytes] = Setting("window/main_splitter", b"")
ORG_PANEL_STATE: Setting[bytes] = Setting("window/org_panel", b"")
# Resident list: the columns the clerk hid (comma-separated column keys, "phone,status"), and the
# folder last used to open or save a spreadsheet or PDF.
RESIDENT_HIDDEN_COLUMNS: Setting[str] = Setting("residents/hidden_columns", "")
LAST_FILE_FOLDER: Setting[str] = Setting("files/last_folder", "")
# The service window this desk is (第N号窗口): printed on receipts, and the default worklist scope.
WINDOW_NUMBER: Setting[int] = Setting("window/number", 1, minimum=1, maximum=99)
RECEIPT_PAGE_SIZE: Setting[str] = Setting("print/receipt_page_size", "A5", choices=("A5", "A4"))
# Worklists: this window only ("window") or the whole hall ("hall").
WORKLIST_SCOPE: Setting[str] = Setting("worklist/scope", "window", choices=("window", "hall"))
# Lock the screen after this many idle minutes (0: never); the clerk logs in again to go on.
SESSION_IDLE_MINUTES: Setting[int] = Setting("session/idle_minutes", 10, minimum=0, maximum=240)
# SQLite only: automatic backups on close and once a day, the newest BACKUP_KEEP kept, in
# BACKUP_FOLDER ("" = the "backups" folder beside the database file).
BACKUP_KEEP: Setting[int] = Setting("backup/keep", 14, minimum=1, maximum=365)
BACKUP_FOLDER: Setting[str] = Setting("backup/folder", "")

ALL_SETTINGS: tuple[Setting[str] | Setting[int] | Setting[bytes], ...] = (
    LANGUAGE,
    THEME,
    FONT_SIZE_PT,
    SEARCH_DEBOUNCE_MS,
    SEARCH_LIMIT,
    RESIDENT_PAGE_SIZE,
    LAST_USERNAME,
    MAIN_WINDOW_GEOMETRY,
    MAIN_WINDOW_STATE,
    MAIN_SPLITTER_STATE,
    ORG_PANEL_STATE,
    RESIDENT_HIDDEN_COLUMNS,
    LAST_FILE_FOLDER,
    WINDOW_NUMBER,
    RECEIPT_PAGE_SIZE,
    WORKLIST_SCOPE,
    SESSION_IDLE_MINUTES,
    BACKUP_KEEP,
    BACKUP_FOLDER,
)


class Settings:
    """Typed access to the settings file. ``path`` is for tests and portable installs."""

    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            self._store = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
            )
        else:
            self._store = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def get(self, setting: Setting[T]) -> T:
        value = self._store.value(setting.key)
        return setting.default if value is None else setting.clean(value)

    def set(self, setting: Setting[T], value: T) -> None:
        cleaned = setting.clean(value)
        self._store.setValue(setting.key, QByteArray(cleaned) if isinstance(cleaned, bytes) else cleaned)

    def reset(self, setting: Setting[T]) -> None:
        self._store.remove(setting.key)

    def sync(self) -> None:
        self._store.sync()
