"""Words of the service window on screen: request states, moves, history lines, rating levels.

The domain keeps the Chinese words its documents print (``label_zh``); the screen follows the
language the clerk chose, so these go through Qt's translations like every other label.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from gridgov_desktop.domain.service_requests import (
    RatingLevel,
    RectificationStatus,
    RequestAction,
    RequestStatus,
)

# Literal calls, so that lupdate finds every string.
translate = QCoreApplication.translate


def screen_language() -> str:
    """``en`` or ``zh_CN``: what ``install_translators`` chose (it sets the default locale)."""
    return "en" if QLocale().language() == QLocale.Language.English else "zh_CN"


def long_date(day: dt.date, lang: str) -> str:
    """ "2026年12月3日" on a Chinese screen, "2026-12-03" on an English one."""
    return day.isoformat() if lang == "en" else f"{day.year}年{day.month}月{day.day}日"


def status_text(status: RequestStatus) -> str:
    return {
        RequestStatus.ACCEPTED: translate("RequestLabels", "Accepted"),
        RequestStatus.IN_PROGRESS: translate("RequestLabels", "In progress"),
        RequestStatus.PAUSED: translate("RequestLabels", "Paused"),
        RequestStatus.COMPLETED: translate("RequestLabels", "Completed"),
        RequestStatus.REFUSED: translate("RequestLabels", "Refused / returned"),
        RequestStatus.COLLECTED: translate("RequestLabels", "Collected"),
    }[status]


def action_text(action: RequestAction) -> str:
    return {
        RequestAction.START: translate("RequestLabels", "Start handling"),
        RequestAction.PAUSE: translate("RequestLabels", "Pause"),
        RequestAction.RESUME: translate("RequestLabels", "Resume"),
        RequestAction.COMPLETE: translate("RequestLabels", "Complete"),
        RequestAction.REFUSE: translate("RequestLabels", "Refuse / return"),
        RequestAction.COLLECT: translate("RequestLabels", "Collect"),
    }[action]


def event_text(action: str) -> str:
    """A history line's action: a ``RequestAction`` value or one of the service's own events."""
    own = {
        "accepted": translate("RequestLabels", "Accepted"),
        "rated": translate("RequestLabels", "Rated"),
        "printed": translate("RequestLabels", "Receipt printed"),
        "reprinted": translate("RequestLabels", "Receipt reprinted"),
    }
    if action in own:
        return own[action]
    try:
        return action_text(RequestAction(action))
    except ValueError:
        return action


def rating_text(level: RatingLevel) -> str:
    return {
        RatingLevel.VERY_SATISFIED: translate("RequestLabels", "Very satisfied"),
        RatingLevel.SATISFIED: translate("RequestLabels", "Satisfied"),
        RatingLevel.BASICALLY_SATISFIED: translate("RequestLabels", "Basically satisfied"),
        RatingLevel.DISSATISFIED: translate("RequestLabels", "Dissatisfied"),
        RatingLevel.VERY_DISSATISFIED: translate("RequestLabels", "Very dissatisfied"),
    }[level]


def rectification_text(status: RectificationStatus) -> str:
    return {
        RectificationStatus.OPEN: translate("RequestLabels", "To be rectified"),
        RectificationStatus.RECTIFIED: translate("RequestLabels", "Rectified, reply pending"),
        RectificationStatus.REPLIED: translate("RequestLabels", "Resident answered"),
    }[status]
