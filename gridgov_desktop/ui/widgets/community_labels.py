"""Words for the codes of roles, party units and paired units, and the star rating as stars.

Keyed by the codes' string values (the services' enums are StrEnums): importing the party and
paired-unit services here would load SQLAlchemy at start-up, which the window avoids.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gridgov_desktop.domain.enums import StaffRole

translate = QCoreApplication.translate  # lupdate reads translate("CommunityLabels", "…") calls


def staff_role_label(role: StaffRole) -> str:
    labels = {
        StaffRole.GRID_CHIEF: translate("CommunityLabels", "Chief of grids"),
        StaffRole.GRID_HEAD: translate("CommunityLabels", "Grid head"),
        StaffRole.GRID_WORKER: translate("CommunityLabels", "Grid worker"),
        StaffRole.VOLUNTEER: translate("CommunityLabels", "Volunteer"),
        StaffRole.BUILDING_HEAD: translate("CommunityLabels", "Building head"),
        StaffRole.UNIT_HEAD: translate("CommunityLabels", "Unit head"),
        StaffRole.ORDER_ASSISTANT: translate("CommunityLabels", "Public-order assistant"),
        StaffRole.INFO_COLLECTOR: translate("CommunityLabels", "Information collector"),
    }
    return labels[role]


def party_kind_label(kind: str) -> str:
    labels = {
        "committee": translate("CommunityLabels", "Community party committee"),
        "branch": translate("CommunityLabels", "Grid party branch"),
        "group": translate("CommunityLabels", "Building party group"),
        "member_household": translate("CommunityLabels", "Party-member household"),
    }
    return labels[str(kind)]


def position_label(position: str) -> str:
    labels = {
        "secretary": translate("CommunityLabels", "Secretary"),
        "deputy_secretary": translate("CommunityLabels", "Deputy secretary"),
        "committee_member": translate("CommunityLabels", "Committee member"),
        "member": translate("CommunityLabels", "Member"),
    }
    return labels[str(position)]


def unit_kind_label(kind: str) -> str:
    labels = {
        "government": translate("CommunityLabels", "Government body"),
        "public_institution": translate("CommunityLabels", "Public institution"),
        "school": translate("CommunityLabels", "School"),
        "hospital": translate("CommunityLabels", "Hospital"),
        "company": translate("CommunityLabels", "Company"),
        "social_organisation": translate("CommunityLabels", "Social organisation"),
        "other": translate("CommunityLabels", "Other"),
    }
    return labels[str(kind)]


def item_status_label(status: str) -> str:
    labels = {
        "claimed": translate("CommunityLabels", "Claimed"),
        "in_progress": translate("CommunityLabels", "In progress"),
        "done": translate("CommunityLabels", "Done"),
        "dropped": translate("CommunityLabels", "Dropped"),
    }
    return labels[str(status)]


def evaluation_label(evaluation: str | None) -> str:
    if evaluation is None:
        return translate("CommunityLabels", "Not evaluated")
    labels = {
        "excellent": translate("CommunityLabels", "Excellent"),
        "good": translate("CommunityLabels", "Good"),
        "fair": translate("CommunityLabels", "Fair"),
        "poor": translate("CommunityLabels", "Poor"),
    }
    return labels[str(evaluation)]


def stars(rating: int | None) -> str:
    """★★★☆☆ for 3 of 5; "not rated" without a rating (never an empty cell)."""
    if not rating:
        return translate("CommunityLabels", "Not rated")
    return "★" * rating + "☆" * (5 - rating)
