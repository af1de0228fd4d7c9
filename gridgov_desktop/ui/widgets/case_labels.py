"""Words of mediation on screen: case states, sources, moves, journal kinds, roles, file items, and
the clock phrases ("逾期3天", "还剩5天").

The domain keeps the Chinese its documents print (``label_zh``); the screen follows the language the
user chose, so these go through Qt's translations like every other label.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from gridgov_desktop.domain.mediation import (
    AgreementKind,
    CaseAction,
    CaseSource,
    CaseStatus,
    EntryKind,
    FileItem,
    PartyRole,
    ReferredTo,
)

# Literal calls, so that lupdate finds every string.
translate = QCoreApplication.translate


def status_text(status: CaseStatus) -> str:
    return {
        CaseStatus.REGISTERED: translate("CaseLabels", "Registered"),
        CaseStatus.IN_MEDIATION: translate("CaseLabels", "In mediation"),
        CaseStatus.AGREED: translate("CaseLabels", "Agreement reached"),
        CaseStatus.FAILED: translate("CaseLabels", "Mediation failed"),
        CaseStatus.WITHDRAWN: translate("CaseLabels", "Withdrawn"),
        CaseStatus.FOLLOWED_UP: translate("CaseLabels", "Followed up"),
        CaseStatus.CLOSED: translate("CaseLabels", "Closed"),
    }[status]


def source_text(source: CaseSource) -> str:
    return {
        CaseSource.APPLICATION: translate("CaseLabels", "Party's application"),
        CaseSource.OWN_INITIATIVE: translate("CaseLabels", "Committee's own initiative"),
        CaseSource.GRID_REPORT: translate("CaseLabels", "Grid report"),
        CaseSource.POLICE_REFERRAL: translate("CaseLabels", "Police referral"),
        CaseSource.COURT_COMMISSION: translate("CaseLabels", "Court commission"),
    }[source]


def action_text(action: CaseAction) -> str:
    return {
        CaseAction.START: translate("CaseLabels", "Start mediation"),
        CaseAction.AGREE: translate("CaseLabels", "Agreement reached"),
        CaseAction.FAIL: translate("CaseLabels", "Mediation failed"),
        CaseAction.WITHDRAW: translate("CaseLabels", "Withdrawn"),
        CaseAction.FOLLOW_UP: translate("CaseLabels", "Follow-up visit"),
        CaseAction.CLOSE: translate("CaseLabels", "Close the case"),
    }[action]


def kind_text(kind: EntryKind) -> str:
    return {
        EntryKind.NOTE: translate("CaseLabels", "Note"),
        EntryKind.PHONE_CALL: translate("CaseLabels", "Phone call"),
        EntryKind.HOME_VISIT: translate("CaseLabels", "Home visit"),
        EntryKind.SESSION: translate("CaseLabels", "Mediation session"),
    }[kind]


def role_text(role: PartyRole) -> str:
    return {
        PartyRole.APPLICANT: translate("CaseLabels", "Applicant"),
        PartyRole.RESPONDENT: translate("CaseLabels", "Respondent"),
        PartyRole.THIRD_PARTY: translate("CaseLabels", "Third party"),
    }[role]


def agreement_text(kind: AgreementKind) -> str:
    return {
        AgreementKind.WRITTEN: translate("CaseLabels", "Written agreement"),
        AgreementKind.ORAL: translate("CaseLabels", "Oral agreement"),
    }[kind]


def referred_text(where: ReferredTo) -> str:
    return {
        ReferredTo.COURT: translate("CaseLabels", "People's court"),
        ReferredTo.ARBITRATION: translate("CaseLabels", "Arbitration"),
        ReferredTo.DEPARTMENT: translate("CaseLabels", "Government department"),
    }[where]


def file_item_text(item: FileItem) -> str:
    return {
        FileItem.APPLICATION: translate("CaseLabels", "Application or intake register"),
        FileItem.RIGHTS_NOTICE: translate("CaseLabels", "Notice of rights and duties"),
        FileItem.IDENTITY: translate("CaseLabels", "Proof of identity"),
        FileItem.POWER_OF_ATTORNEY: translate("CaseLabels", "Power of attorney"),
        FileItem.INVESTIGATION: translate("CaseLabels", "Investigation records"),
        FileItem.EVIDENCE: translate("CaseLabels", "Evidence"),
        FileItem.MEDIATION_RECORDS: translate("CaseLabels", "Mediation records"),
        FileItem.AGREEMENT: translate("CaseLabels", "Mediation agreement"),
        FileItem.PERFORMANCE: translate("CaseLabels", "Proof of performance"),
        FileItem.FOLLOW_UP: translate("CaseLabels", "Follow-up record"),
        FileItem.JUDICIAL_CONFIRMATION: translate("CaseLabels", "Judicial confirmation papers"),
    }[item]


def days_left_text(due: dt.date, today: dt.date) -> tuple[str, bool]:
    """(words, late): "逾期3天" when past ``due``, "今天到期", else "还剩5天" — colour is never the
    only signal."""
    days = (due - today).days
    if days < 0:
        return translate("CaseLabels", "Overdue {days} day(s)").format(days=-days), True
    if days == 0:
        return translate("CaseLabels", "Due today"), False
    return translate("CaseLabels", "{days} day(s) left").format(days=days), False


def due_text(due: dt.date, today: dt.date) -> tuple[str, bool]:
    """ "2026-12-03 (逾期3天)" and whether it is late."""
    words, late = days_left_text(due, today)
    return f"{due.isoformat()} ({words})", late
