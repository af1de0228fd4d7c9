"""Qt translations: the app's own catalogue plus Qt's (so standard buttons read 确定/取消).

Source strings are English, in ``tr()`` calls and the Designer forms; ``scripts/build-ui`` extracts
them into ``resources/i18n/gridgov_zh_CN.ts`` and compiles the ``.qm`` loaded here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gridgov_desktop.domain.enums import NodeKind, ResidentStatus, Sex, UserRole
from gridgov_desktop.paths import I18N_DIR
from gridgov_desktop.settings import LANGUAGES

DEFAULT_LANGUAGE = "zh_CN"


def normalise_language(lang: str | None) -> str:
    """``zh_CN`` or ``en``; anything else (None, "zh", "C") means the default, Chinese."""
    if lang in LANGUAGES:
        return str(lang)
    if lang and lang.lower().startswith("en"):
        return "en"
    return DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, lang: str | None) -> list[QTranslator]:
    """Load the catalogues for ``lang`` into ``app``; returns them (parented to ``app``)."""
    lang = normalise_language(lang)
    QLocale.setDefault(QLocale("en_US" if lang == "en" else "zh_CN"))
    if lang == "en":
        return []  # the source strings are English
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in (("qtbase_" + lang, qt_dir), ("gridgov_" + lang, str(I18N_DIR))):
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def sex_label(sex: Sex) -> str:
    return (
        QCoreApplication.translate("Labels", "Male")
        if sex is Sex.MALE
        else QCoreApplication.translate("Labels", "Female")
    )


def status_label(status: ResidentStatus) -> str:
    if status is ResidentStatus.LIVING:
        return QCoreApplication.translate("Labels", "Living here")
    if status is ResidentStatus.MOVED_OUT:
        return QCoreApplication.translate("Labels", "Moved out")
    return QCoreApplication.translate("Labels", "Deceased")


def node_kind_label(kind: NodeKind) -> str:
    labels = {
        NodeKind.STREET: QCoreApplication.translate("Labels", "Street"),
        NodeKind.COMMUNITY: QCoreApplication.translate("Labels", "Community"),
        NodeKind.GRID: QCoreApplication.translate("Labels", "Grid"),
        NodeKind.COMPOUND: QCoreApplication.translate("Labels", "Compound"),
        NodeKind.BUILDING: QCoreApplication.translate("Labels", "Building"),
        NodeKind.UNIT: QCoreApplication.translate("Labels", "Unit"),
        NodeKind.HOUSEHOLD: QCoreApplication.translate("Labels", "Household"),
    }
    return labels[kind]


def role_label(role: UserRole) -> str:
    labels = {
        UserRole.ADMIN: QCoreApplication.translate("Labels", "Administrator"),
        UserRole.FRONT_DESK: QCoreApplication.translate("Labels", "Front desk"),
        UserRole.MEDIATOR: QCoreApplication.translate("Labels", "Mediator"),
        UserRole.GRID_WORKER: QCoreApplication.translate("Labels", "Grid worker"),
        UserRole.HEAD: QCoreApplication.translate("Labels", "Office head"),
    }
    return labels[role]


def format_count(count: int) -> str:
    """Thousands grouped with commas, as on Chinese forms and in English alike: 1,234."""
    return f"{count:,}"
