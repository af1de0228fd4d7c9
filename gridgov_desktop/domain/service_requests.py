"""The one-stop service window's vocabulary: a request's states and the moves between them, the
forms a required material may take, and the five levels of the 好差评 rating.

A request moves 已受理 → 办理中 → 已办结 (or 不予受理/退回, with a reason) → 已取件. While the office
waits for the resident (a missing signature, a document to fetch) the request is 已暂停 and its
clock stops, as a helpdesk SLA does; resuming returns it to the state it left.
"""

from __future__ import annotations

from enum import StrEnum


class RequestStatus(StrEnum):
    ACCEPTED = "accepted"  # 已受理
    IN_PROGRESS = "in_progress"  # 办理中
    PAUSED = "paused"  # 已暂停（等待群众补正）
    COMPLETED = "completed"  # 已办结
    REFUSED = "refused"  # 不予受理/退回
    COLLECTED = "collected"  # 已取件

    @property
    def label_zh(self) -> str:
        return _STATUS_ZH[self]

    @property
    def is_open(self) -> bool:
        """Still being handled: its promised date can pass."""
        return self in _OPEN

    @property
    def is_final(self) -> bool:
        return self in (RequestStatus.REFUSED, RequestStatus.COLLECTED)


_STATUS_ZH = {
    RequestStatus.ACCEPTED: "已受理",
    RequestStatus.IN_PROGRESS: "办理中",
    RequestStatus.PAUSED: "已暂停",
    RequestStatus.COMPLETED: "已办结",
    RequestStatus.REFUSED: "不予受理/退回",
    RequestStatus.COLLECTED: "已取件",
}
_OPEN = frozenset({RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS, RequestStatus.PAUSED})


class RequestAction(StrEnum):
    """What a clerk does to a request; each is one dated line of its history."""

    START = "start"  # 开始办理
    PAUSE = "pause"  # 暂停（等待群众）
    RESUME = "resume"  # 恢复办理
    COMPLETE = "complete"  # 办结
    REFUSE = "refuse"  # 不予受理/退回 (reason required)
    COLLECT = "collect"  # 取件 (who collected, ID checked)

    @property
    def label_zh(self) -> str:
        return _ACTION_ZH[self]


_ACTION_ZH = {
    RequestAction.START: "开始办理",
    RequestAction.PAUSE: "暂停",
    RequestAction.RESUME: "恢复办理",
    RequestAction.COMPLETE: "办结",
    RequestAction.REFUSE: "不予受理/退回",
    RequestAction.COLLECT: "取件",
}

# (action, from) → to. RESUME is special: it returns to the state the pause left (``resume_to``).
_MOVES: dict[tuple[RequestAction, RequestStatus], RequestStatus] = {
    (RequestAction.START, RequestStatus.ACCEPTED): RequestStatus.IN_PROGRESS,
    (RequestAction.PAUSE, RequestStatus.ACCEPTED): RequestStatus.PAUSED,
    (RequestAction.PAUSE, RequestStatus.IN_PROGRESS): RequestStatus.PAUSED,
    (RequestAction.COMPLETE, RequestStatus.ACCEPTED): RequestStatus.COMPLETED,
    (RequestAction.COMPLETE, RequestStatus.IN_PROGRESS): RequestStatus.COMPLETED,
    (RequestAction.REFUSE, RequestStatus.ACCEPTED): RequestStatus.REFUSED,
    (RequestAction.REFUSE, RequestStatus.IN_PROGRESS): RequestStatus.REFUSED,
    (RequestAction.REFUSE, RequestStatus.PAUSED): RequestStatus.REFUSED,
    (RequestAction.COLLECT, RequestStatus.COMPLETED): RequestStatus.COLLECTED,
}


def allowed_actions(status: RequestStatus) -> tuple[RequestAction, ...]:
    """The actions a clerk may take on a request in ``status``, in menu order."""
    actions = [action for (action, source) in _MOVES if source is status]
    if status is RequestStatus.PAUSED:
        actions.insert(0, RequestAction.RESUME)
    return tuple(actions)


def next_status(
    status: RequestStatus, action: RequestAction, resume_to: RequestStatus | None = None
) -> RequestStatus | None:
    """Where ``action`` takes a request in ``status``; None when the move is not allowed."""
    if action is RequestAction.RESUME:
        if status is not RequestStatus.PAUSED:
            return None
        return (
            resume_to
            if resume_to in (RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS)
            else (RequestStatus.ACCEPTED)
        )
    return _MOVES.get((action, status))


class MaterialForm(StrEnum):
    """How a required material is handed in."""

    ORIGINAL = "original"  # 原件（核验后退还）
    COPY = "copy"  # 复印件
    ORIGINAL_AND_COPY = "original_and_copy"  # 原件及复印件
    FORM = "form"  # 申请表（窗口提供）

    @property
    def label_zh(self) -> str:
        return _FORM_ZH[self]


_FORM_ZH = {
    MaterialForm.ORIGINAL: "原件",
    MaterialForm.COPY: "复印件",
    MaterialForm.ORIGINAL_AND_COPY: "原件及复印件",
    MaterialForm.FORM: "申请表",
}


class RatingLevel(StrEnum):
    """政务服务"好差评" (State Council General Office 2019 No. 51), best first."""

    VERY_SATISFIED = "very_satisfied"  # 非常满意
    SATISFIED = "satisfied"  # 满意
    BASICALLY_SATISFIED = "basically_satisfied"  # 基本满意
    DISSATISFIED = "dissatisfied"  # 不满意
    VERY_DISSATISFIED = "very_dissatisfied"  # 非常不满意

    @property
    def label_zh(self) -> str:
        return _RATING_ZH[self]

    @property
    def is_bad(self) -> bool:
        """A bad review (差评): followed up by a rectification record."""
        return self in (RatingLevel.DISSATISFIED, RatingLevel.VERY_DISSATISFIED)

    @property
    def score(self) -> int:
        """5 (非常满意) down to 1 (非常不满意), for averages in the registers."""
        return 5 - list(RatingLevel).index(self)


_RATING_ZH = {
    RatingLevel.VERY_SATISFIED: "非常满意",
    RatingLevel.SATISFIED: "满意",
    RatingLevel.BASICALLY_SATISFIED: "基本满意",
    RatingLevel.DISSATISFIED: "不满意",
    RatingLevel.VERY_DISSATISFIED: "非常不满意",
}


class RectificationStatus(StrEnum):
    OPEN = "open"  # 待整改
    RECTIFIED = "rectified"  # 已整改（待回复）
    REPLIED = "replied"  # 已回复群众

    @property
    def label_zh(self) -> str:
        return {"open": "待整改", "rectified": "已整改", "replied": "已回复"}[self.value]
