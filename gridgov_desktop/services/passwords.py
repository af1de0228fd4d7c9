"""Password hashing with argon2id; plain passwords are never stored or logged.

argon2-cffi is imported on first use: only a login or a new password needs it.
"""

from __future__ import annotations

from enum import IntEnum
from functools import lru_cache
from typing import TYPE_CHECKING

from gridgov_desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from argon2 import PasswordHasher

MIN_PASSWORD_LENGTH = 8
# OWASP's recommended argon2id configuration (19 MiB, 2 passes, 1 lane): ~30 ms per check here,
# where the library's default (64 MiB, 3 passes, 4 lanes) costs ~150 ms of every start of the app.
# Hashes made with other settings are rehashed at the next successful login (``needs_rehash``).
ARGON2_TIME_COST = 2
ARGON2_MEMORY_KIB = 19 * 1024
ARGON2_PARALLELISM = 1


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher

    return PasswordHasher(
        time_cost=ARGON2_TIME_COST, memory_cost=ARGON2_MEMORY_KIB, parallelism=ARGON2_PARALLELISM
    )


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("too_short", field="password", minimum=MIN_PASSWORD_LENGTH)
    if password.isdigit() or password.isalpha():
        raise ValidationError("too_simple", field="password")


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher().check_needs_rehash(password_hash)


class Strength(IntEnum):
    """How good a new password is, for the meter beside the field (``check_password_strength``
    refuses the first two)."""

    TOO_SHORT = 0
    TOO_SIMPLE = 1
    ACCEPTABLE = 2
    STRONG = 3


STRONG_LENGTH = 12


def password_strength(password: str) -> Strength:
    if len(password) < MIN_PASSWORD_LENGTH:
        return Strength.TOO_SHORT
    if password.isdigit() or password.isalpha():
        return Strength.TOO_SIMPLE
    kinds = sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )
    return Strength.STRONG if len(password) >= STRONG_LENGTH and kinds >= 3 else Strength.ACCEPTABLE
