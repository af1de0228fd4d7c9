"""Tables of the one-stop service window: the working-day calendar, the versioned service catalogue,
requests with their materials, history, receipts and one-time notices, and the 好差评 ratings with
their rectification records.

Times of the window (accepted, completed, collected) are the office's local wall-clock time: the
receipt prints them, and a day's numbering and registers are local days.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from gridgov_desktop.db.tables import Base, one_of, utc_now
from gridgov_desktop.db.types import search_key_type


class CalendarDay(Base):
    """A day that is not what its weekday says: a statutory holiday on a weekday, or a make-up
    working day (调休上班) on a weekend. Holidays that fall on a weekend are stored too, so that a
    break reads whole (春节 2/15–2/23); they change no count. Ordinary days have no row."""

    __tablename__ = "calendar_day"
    __table_args__ = (CheckConstraint(one_of("kind", "holiday", "workday"), name="kind"),)

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    name: Mapped[str | None] = mapped_column(String(32))  # 春节, 国庆节 …


class CalendarYear(Base):
    """A year whose holidays have been loaded (a year without a row falls back to Mon–Fri, and the
    app warns when next year is missing)."""

    __tablename__ = "calendar_year"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    source: Mapped[str] = mapped_column(String(200))  # "国办发明电〔2024〕12号", a file name …
    loaded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class ServiceItem(Base):
    """A service of the catalogue (事项). What it says lives in its versions: changing an item adds
    a version, so a receipt printed last year still shows what was promised then."""

    __tablename__ = "service_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(search_key_type(32), unique=True)
    current_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_item_version.id", ondelete="RESTRICT", use_alter=True)
    )
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as is


class ServiceItemVersion(Base):
    """One version of a catalogue item. Never updated once written."""

    __tablename__ = "service_item_version"
    __table_args__ = (
        UniqueConstraint("item_id", "number", name="uq_service_item_version_number"),
        CheckConstraint("time_limit_days >= 0 AND time_limit_days <= 365", name="time_limit"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("service_item.id", ondelete="RESTRICT"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    department: Mapped[str] = mapped_column(String(100))
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    conditions: Mapped[str] = mapped_column(Text, default="")
    fee: Mapped[str] = mapped_column(String(100), default="不收费")
    time_limit_days: Mapped[int] = mapped_column(SmallInteger)
    must_collect: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class ServiceMaterial(Base):
    """A required material of one catalogue version, in checklist order."""

    __tablename__ = "service_material"
    __table_args__ = (
        CheckConstraint(one_of("form", "original", "copy", "original_and_copy", "form"), name="form"),
        Index("ix_service_material_version", "version_id", "position"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("service_item_version.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(SmallInteger)
    name: Mapped[str] = mapped_column(String(100))
    form: Mapped[str] = mapped_column(String(20))
    copies: Mapped[int] = mapped_column(SmallInteger, default=1)
    mandatory: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(String(200), default="")


class DailyCounter(Base):
    """The last number given out per series and day: receipts ("R") and notices ("G") are numbered
    gaplessly per day across every window, by taking the next number inside the transaction that
    writes the request (a rolled-back request gives its number back)."""

    __tablename__ = "daily_counter"

    series: Mapped[str] = mapped_column(String(4), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


class ServiceRequest(Base):
    """A request accepted at a window (受理), from acceptance to collection."""

    __tablename__ = "service_request"
    __table_args__ = (
        CheckConstraint(
            one_of("status", "accepted", "in_progress", "paused", "completed", "refused", "collected"),
            name="status",
        ),
        Index("ix_service_request_status_due", "status", "due_on"),
        Index("ix_service_request_day_window", "accepted_on", "window_no"),
        Index("ix_service_request_item_day", "service_item_id", "accepted_on"),
        Index("ix_service_request_resident", "resident_id", "accepted_on"),
        Index("ix_service_request_path", "node_path"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    receipt_no: Mapped[str] = mapped_column(String(16), unique=True)
    check_code: Mapped[str] = mapped_column(String(16))  # the QR code's check value
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"))
    service_item_id: Mapped[int] = mapped_column(ForeignKey("service_item.id", ondelete="RESTRICT"))
    service_version_id: Mapped[int] = mapped_column(
        ForeignKey("service_item_version.id", ondelete="RESTRICT")
    )
    # The resident's household path when accepted ("/1/5/23/…/"): statistics over a subtree count
    # where the request came from, even after the person moves.
    node_path: Mapped[str | None] = mapped_column(search_key_type(255))
    window_no: Mapped[int] = mapped_column(SmallInteger)
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"))
    clerk_name: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    resume_status: Mapped[str | None] = mapped_column(String(16))  # where a pause returns to
    accepted_at: Mapped[dt.datetime] = mapped_column(DateTime)
    accepted_on: Mapped[dt.date] = mapped_column(Date)
    promised_on: Mapped[dt.date] = mapped_column(Date)  # as printed on the receipt
    due_on: Mapped[dt.date] = mapped_column(Date)  # promised_on moved on by the days paused
    paused_on: Mapped[dt.date | None] = mapped_column(Date)
    paused_days: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    refused_reason: Mapped[str | None] = mapped_column(Text)
    collected_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    collected_by: Mapped[str | None] = mapped_column(String(64))
    collected_by_id: Mapped[str | None] = mapped_column(String(18))  # checked ID number
    print_count: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as is


class RequestMaterial(Base):
    """Which materials of the version were brought (one row per material, brought or not)."""

    __tablename__ = "request_material"
    __table_args__ = ({"sqlite_with_rowid": False},)

    request_id: Mapped[int] = mapped_column(
        ForeignKey("service_request.id", ondelete="CASCADE"), primary_key=True
    )
    material_id: Mapped[int] = mapped_column(
        ForeignKey("service_material.id", ondelete="RESTRICT"), primary_key=True
    )
    brought: Mapped[bool] = mapped_column(Boolean)


class RequestEventRow(Base):
    """One dated step of a request's history: who did what, from which status to which."""

    __tablename__ = "request_event"
    __table_args__ = (Index("ix_request_event_request", "request_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("service_request.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(16))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str | None] = mapped_column(String(16))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"))
    username: Mapped[str] = mapped_column(String(64))
    user_display: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")


class OneTimeNotice(Base):
    """A one-time notice (一次性告知书) given when mandatory materials were missing; the resident's
    next visit for the same service starts from what was brought then."""

    __tablename__ = "one_time_notice"
    __table_args__ = (Index("ix_one_time_notice_resident", "resident_id", "service_item_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_no: Mapped[str] = mapped_column(String(16), unique=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"))
    service_item_id: Mapped[int] = mapped_column(ForeignKey("service_item.id", ondelete="RESTRICT"))
    service_version_id: Mapped[int] = mapped_column(
        ForeignKey("service_item_version.id", ondelete="RESTRICT")
    )
    window_no: Mapped[int] = mapped_column(SmallInteger)
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"))
    clerk_name: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)
    issued_on: Mapped[dt.date] = mapped_column(Date, index=True)
    # Set when the resident came back and the request was accepted.
    request_id: Mapped[int | None] = mapped_column(ForeignKey("service_request.id", ondelete="SET NULL"))


class NoticeMaterial(Base):
    __tablename__ = "notice_material"
    __table_args__ = ({"sqlite_with_rowid": False},)

    notice_id: Mapped[int] = mapped_column(
        ForeignKey("one_time_notice.id", ondelete="CASCADE"), primary_key=True
    )
    material_id: Mapped[int] = mapped_column(
        ForeignKey("service_material.id", ondelete="RESTRICT"), primary_key=True
    )
    brought: Mapped[bool] = mapped_column(Boolean)


class ServiceRating(Base):
    """The resident's 好差评 of a completed request (one per request)."""

    __tablename__ = "service_rating"
    __table_args__ = (
        CheckConstraint(
            one_of(
                "level",
                "very_satisfied",
                "satisfied",
                "basically_satisfied",
                "dissatisfied",
                "very_dissatisfied",
            ),
            name="level",
        ),
        Index("ix_service_rating_day", "rated_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("service_request.id", ondelete="RESTRICT"), unique=True
    )
    level: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")
    rated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    rated_on: Mapped[dt.date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(64))


class Rectification(Base):
    """The follow-up of a bad review (差评整改): measures taken and the reply to the resident, due
    within a set number of working days."""

    __tablename__ = "rectification"
    __table_args__ = (
        CheckConstraint(one_of("status", "open", "rectified", "replied"), name="status"),
        Index("ix_rectification_status_due", "status", "due_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rating_id: Mapped[int] = mapped_column(
        ForeignKey("service_rating.id", ondelete="RESTRICT"), unique=True
    )
    request_id: Mapped[int] = mapped_column(ForeignKey("service_request.id", ondelete="RESTRICT"))
    opened_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")
    measures: Mapped[str] = mapped_column(Text, default="")
    rectified_on: Mapped[dt.date | None] = mapped_column(Date)
    reply: Mapped[str] = mapped_column(Text, default="")
    replied_on: Mapped[dt.date | None] = mapped_column(Date)
    handled_by: Mapped[str] = mapped_column(String(64), default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as is
