"""Error texts of this part of the app, merged by ``messages`` on the first error described."""

from __future__ import annotations

MESSAGE_TEXTS: dict[tuple[str, str], tuple[str, str]] = {
    ("validation", "reset_own"): (
        "不能重置自己的密码：请使用“修改密码”（需输入原密码）。",
        "You cannot reset your own password: use “Change password” (it asks for the old one).",
    ),
    ("validation", "own_account"): (
        "不能停用自己的账号，也不能取消自己的管理员角色。",
        "You cannot disable your own account or take away your own administrator role.",
    ),
    ("validation", "last_admin"): (
        "这是最后一个启用的管理员账号，不能停用或改为其他角色。",
        "This is the last active administrator: it cannot be disabled or given another role.",
    ),
    ("validation", "not_grid_worker"): (
        "只能为网格员分配网格。",
        "Grids can only be assigned to grid workers.",
    ),
    ("validation", "not_a_grid"): (
        "只能分配网格一级的节点（节点 {node} 不是网格）。",
        "Only grids can be assigned (node {node} is not a grid).",
    ),
    ("validation", "wrong_old_password"): ("原密码不正确。", "The old password is wrong."),
    ("validation", "same_password"): (
        "新密码不能与原密码相同。",
        "The new password must differ from the old one.",
    ),
}
