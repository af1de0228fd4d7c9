"""Who is calling a service: the logged-in user, or the system itself (command-line set-up)."""

from __future__ import annotations

from dataclasses import dataclass

from gridgov_desktop.domain.enums import UserRole


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    display_name: str
    role: UserRole
    # Set after a login whose password an administrator reset: the app asks for a new one before
    # it opens (``accounts.change_own_password`` returns the actor with it cleared).
    must_change_password: bool = False

    @property
    def is_admin(self) -> bool:
        return self.role is UserRole.ADMIN


# Used by set-up commands run by whoever controls the machine (`gridgov demo`, `gridgov user add`):
# their audit entries name the operating-system user's action as "system".
SYSTEM = Actor(user_id=None, username="system", display_name="system", role=UserRole.ADMIN)
