"""Typed domain errors.

Each error carries a stable ``code`` and keyword ``args``; the UI and the command line turn them into
words in the user's language (``gridgov_desktop.messages``). The English ``str()`` is for logs.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Base of every error a user can cause and should be told about in words."""

    code: str = "error"
    template: str = "{detail}"

    def __init__(self, detail: str = "", **args: Any) -> None:
        self.args_map: dict[str, Any] = {"detail": detail, **args}
        super().__init__(self.template.format_map(_Default(self.args_map)))


class _Default(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class ValidationError(DomainError):
    """A value typed by a user is not acceptable. ``field`` names what was wrong."""

    code = "validation"
    template = "{field}: {detail}"


class InvalidIdNumber(ValidationError):
    code = "invalid_id_number"
    template = "invalid resident ID number: {detail}"


class InvalidPhone(ValidationError):
    code = "invalid_phone"
    template = "invalid phone number: {detail}"


class NotFound(DomainError):
    code = "not_found"
    template = "{entity} not found: {key}"


class Duplicate(DomainError):
    code = "duplicate"
    template = "{entity} already exists: {key}"


class PermissionDenied(DomainError):
    code = "permission_denied"
    template = "not allowed: {action}"


class AuthenticationFailed(DomainError):
    code = "authentication_failed"
    template = "wrong user name or password"


class AccountLocked(DomainError):
    code = "account_locked"
    template = "account locked until {until}"


class DatabaseUnavailable(DomainError):
    """The database cannot be reached, is locked for too long, or is not a gridgov database."""

    code = "database_unavailable"
    template = "database unavailable: {detail}"


class Conflict(DomainError):
    """Someone else saved the record since it was read (optimistic locking): reload and try again."""

    code = "conflict"
    template = "{entity} {key} was changed by someone else"
