"""People's mediation (人民调解) vocabulary: where a case comes from, who takes part, what the
mediator writes in the journal, the states of a case and the moves between them, and the items of
the case file (卷宗) in their archive order.

A case moves 已登记 → 调解中 → 达成协议 (书面/口头) | 调解不成 (referred: court, arbitration, a named
department) | 撤回 → 已回访 → 已结案. A case with an agreement is followed up (回访) before it closes;
a failed or withdrawn case may close directly.
"""

from __future__ import annotations

from enum import StrEnum


class CaseSource(StrEnum):
    APPLICATION = "application"  # 当事人申请
    OWN_INITIATIVE = "own_initiative"  # 主动调解
    GRID_REPORT = "grid_report"  # 网格上报
    POLICE_REFERRAL = "police_referral"  # 公安移交
    COURT_COMMISSION = "court_commission"  # 法院委托

    @property
    def label_zh(self) -> str:
        return _SOURCE_ZH[self]


_SOURCE_ZH = {
    CaseSource.APPLICATION: "当事人申请",
    CaseSource.OWN_INITIATIVE: "主动调解",
    CaseSource.GRID_REPORT: "网格上报",
    CaseSource.POLICE_REFERRAL: "公安移交",
    CaseSource.COURT_COMMISSION: "法院委托",
}


class PartyRole(StrEnum):
    APPLICANT = "applicant"  # 申请人
    RESPONDENT = "respondent"  # 被申请人
    THIRD_PARTY = "third_party"  # 第三人

    @property
    def label_zh(self) -> str:
        return {"applicant": "申请人", "respondent": "被申请人", "third_party": "第三人"}[self.value]


class EntryKind(StrEnum):
    """Kinds of journal entries (说事记录本)."""

    NOTE = "note"  # 记事
    PHONE_CALL = "phone_call"  # 电话
    HOME_VISIT = "home_visit"  # 走访
    SESSION = "session"  # 调解会（who attended, where, what each party said, what was agreed）

    @property
    def label_zh(self) -> str:
        return {"note": "记事", "phone_call": "电话", "home_visit": "走访", "session": "调解会"}[
            self.value
        ]


class CaseStatus(StrEnum):
    REGISTERED = "registered"  # 已登记
    IN_MEDIATION = "in_mediation"  # 调解中
    AGREED = "agreed"  # 达成协议
    FAILED = "failed"  # 调解不成
    WITHDRAWN = "withdrawn"  # 撤回
    FOLLOWED_UP = "followed_up"  # 已回访
    CLOSED = "closed"  # 已结案

    @property
    def label_zh(self) -> str:
        return _STATUS_ZH[self]

    @property
    def is_open(self) -> bool:
        """Still inside the one-month clock (or its extension)."""
        return self in (CaseStatus.REGISTERED, CaseStatus.IN_MEDIATION)


_STATUS_ZH = {
    CaseStatus.REGISTERED: "已登记",
    CaseStatus.IN_MEDIATION: "调解中",
    CaseStatus.AGREED: "达成协议",
    CaseStatus.FAILED: "调解不成",
    CaseStatus.WITHDRAWN: "撤回",
    CaseStatus.FOLLOWED_UP: "已回访",
    CaseStatus.CLOSED: "已结案",
}


class CaseAction(StrEnum):
    START = "start"  # 开始调解
    AGREE = "agree"  # 达成协议（书面或口头）
    FAIL = "fail"  # 调解不成（引导至法院、仲裁或部门）
    WITHDRAW = "withdraw"  # 当事人撤回
    FOLLOW_UP = "follow_up"  # 回访（履行情况）
    CLOSE = "close"  # 结案归档

    @property
    def label_zh(self) -> str:
        return _ACTION_ZH[self]


_ACTION_ZH = {
    CaseAction.START: "开始调解",
    CaseAction.AGREE: "达成协议",
    CaseAction.FAIL: "调解不成",
    CaseAction.WITHDRAW: "撤回",
    CaseAction.FOLLOW_UP: "回访",
    CaseAction.CLOSE: "结案",
}

_MOVES: dict[tuple[CaseAction, CaseStatus], CaseStatus] = {
    (CaseAction.START, CaseStatus.REGISTERED): CaseStatus.IN_MEDIATION,
    (CaseAction.AGREE, CaseStatus.IN_MEDIATION): CaseStatus.AGREED,
    (CaseAction.FAIL, CaseStatus.IN_MEDIATION): CaseStatus.FAILED,
    (CaseAction.WITHDRAW, CaseStatus.REGISTERED): CaseStatus.WITHDRAWN,
    (CaseAction.WITHDRAW, CaseStatus.IN_MEDIATION): CaseStatus.WITHDRAWN,
    (CaseAction.FOLLOW_UP, CaseStatus.AGREED): CaseStatus.FOLLOWED_UP,
    (CaseAction.FOLLOW_UP, CaseStatus.FAILED): CaseStatus.FOLLOWED_UP,
    (CaseAction.CLOSE, CaseStatus.FOLLOWED_UP): CaseStatus.CLOSED,
    (CaseAction.CLOSE, CaseStatus.FAILED): CaseStatus.CLOSED,
    (CaseAction.CLOSE, CaseStatus.WITHDRAWN): CaseStatus.CLOSED,
}


def case_actions(status: CaseStatus) -> tuple[CaseAction, ...]:
    return tuple(action for (action, source) in _MOVES if source is status)


def next_case_status(status: CaseStatus, action: CaseAction) -> CaseStatus | None:
    return _MOVES.get((action, status))


class AgreementKind(StrEnum):
    WRITTEN = "written"  # 书面协议 (art. 29)
    ORAL = "oral"  # 口头协议 (art. 28: the mediator records its content)

    @property
    def label_zh(self) -> str:
        return {"written": "书面协议", "oral": "口头协议"}[self.value]


class ReferredTo(StrEnum):
    COURT = "court"  # 人民法院（诉讼）
    ARBITRATION = "arbitration"  # 仲裁机构
    DEPARTMENT = "department"  # 有关行政部门

    @property
    def label_zh(self) -> str:
        return {"court": "人民法院", "arbitration": "仲裁机构", "department": "有关部门"}[self.value]


class FileItem(StrEnum):
    """The case file (卷宗) in archive order (DOMAIN.md)."""

    APPLICATION = "application"  # 调解申请书或受理登记表
    RIGHTS_NOTICE = "rights_notice"  # 权利义务告知书
    IDENTITY = "identity"  # 当事人身份证明
    POWER_OF_ATTORNEY = "power_of_attorney"  # 授权委托书
    INVESTIGATION = "investigation"  # 调查笔录
    EVIDENCE = "evidence"  # 证据材料
    MEDIATION_RECORDS = "mediation_records"  # 调解笔录
    AGREEMENT = "agreement"  # 调解协议书（或口头协议登记）
    PERFORMANCE = "performance"  # 履行凭证
    FOLLOW_UP = "follow_up"  # 回访记录
    JUDICIAL_CONFIRMATION = "judicial_confirmation"  # 司法确认材料

    @property
    def label_zh(self) -> str:
        return _FILE_ZH[self]


_FILE_ZH = {
    FileItem.APPLICATION: "调解申请书或受理登记表",
    FileItem.RIGHTS_NOTICE: "人民调解权利义务告知书",
    FileItem.IDENTITY: "当事人身份证明",
    FileItem.POWER_OF_ATTORNEY: "授权委托书",
    FileItem.INVESTIGATION: "调查笔录",
    FileItem.EVIDENCE: "证据材料",
    FileItem.MEDIATION_RECORDS: "调解笔录",
    FileItem.AGREEMENT: "调解协议书",
    FileItem.PERFORMANCE: "协议履行凭证",
    FileItem.FOLLOW_UP: "回访记录",
    FileItem.JUDICIAL_CONFIRMATION: "司法确认材料",
}

DEFAULT_DISPUTE_TYPES = (
    "婚姻家庭",
    "邻里",
    "房屋宅基地",
    "合同",
    "生产经营",
    "损害赔偿",
    "山林土地",
    "征地拆迁",
    "环境污染",
    "劳动争议",
    "消费",
    "医疗",
    "道路交通事故",
    "物业",
    "其他",
)
