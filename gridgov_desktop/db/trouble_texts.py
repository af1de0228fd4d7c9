"""Why the database cannot be used, in words (``DatabaseUnavailable``'s reason codes, ``db.dbapi``).

Each sentence says what happened, what to do, and that the form keeps what was typed: the clerk
saves again once the database is back.
"""

from __future__ import annotations

_KEPT_ZH = "已输入的内容仍保留在窗口中，恢复后再提交一次即可。"
_KEPT_EN = "What you typed is still in the form: submit it again once the database is back."

MESSAGE_TEXTS: dict[tuple[str, str], tuple[str, str]] = {
    ("database_unavailable", "locked"): (
        "数据库正被其他窗口占用，等候超时。请稍候片刻再试；" + _KEPT_ZH,
        "The database is busy in another window and the wait timed out. Wait a moment, then try "
        "again. " + _KEPT_EN,
    ),
    ("database_unavailable", "missing"): (
        "找不到数据库文件（可能已被删除、移走，或所在的文件夹、网络盘已断开）。请通知管理员恢复文件；"
        + _KEPT_ZH,
        "The database file cannot be found (deleted, moved, or its folder or network drive is "
        "gone). Ask the administrator to restore it. " + _KEPT_EN,
    ),
    ("database_unavailable", "unreachable"): (
        "无法连接数据库服务器（服务器未启动或网络中断）。请检查网络或通知管理员；" + _KEPT_ZH,
        "The database server cannot be reached (it is down or the network is cut). Check the "
        "network or tell the administrator. " + _KEPT_EN,
    ),
    ("database_unavailable", "disk_full"): (
        "磁盘空间已满，数据库无法写入，本次内容未保存。请清理磁盘空间或通知管理员；" + _KEPT_ZH,
        "The disk is full: nothing was saved. Free some disk space or tell the administrator. "
        + _KEPT_EN,
    ),
    ("database_unavailable", "read_only"): (
        "数据库文件只读，无法写入。请检查文件及文件夹的权限；" + _KEPT_ZH,
        "The database file is read-only. Check the permissions of the file and its folder. " + _KEPT_EN,
    ),
    ("database_unavailable", "damaged"): (
        "数据库文件已损坏或不是本系统的数据库。请通知管理员从备份恢复（gridgov restore）。",
        "The database file is damaged or not a database. Ask the administrator to restore a "
        "backup (gridgov restore).",
    ),
    ("database_unavailable", "not_gridgov"): (
        "该数据库中没有本系统的数据（可能是空文件或其他程序的数据库）。请检查数据库设置或通知管理员。",
        "This database holds no gridgov data (an empty file or another program's database). "
        "Check the database setting or tell the administrator.",
    ),
    ("database_unavailable", "refused"): (
        "数据库服务器拒绝连接（用户名、密码或数据库名不对）。请检查数据库设置或通知管理员。",
        "The database server refused the connection (wrong user, password or database name). "
        "Check the database setting or tell the administrator.",
    ),
    ("database_unavailable", "trouble"): (
        "数据库出错，本次内容未保存（{driver}）。请稍后重试或通知管理员；" + _KEPT_ZH,
        "The database reported an error and nothing was saved ({driver}). Try again later or "
        "tell the administrator. " + _KEPT_EN,
    ),
}
