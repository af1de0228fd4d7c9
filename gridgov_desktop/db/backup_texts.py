"""Backups and restores: the error they raise, and its words (merged by ``messages``)."""

from __future__ import annotations

from typing import Any

from gridgov_desktop.domain.errors import DomainError


class BackupError(DomainError):
    """A backup could not be made, or a file cannot be restored; ``detail`` says which case.

    Nothing was changed when it is raised: the current database is untouched and no half-written
    file is left behind.
    """

    code = "backup"
    template = "backup: {detail} {path}"

    def __init__(self, detail: str, **args: Any) -> None:
        super().__init__(detail, **args)


MESSAGE_TEXTS: dict[tuple[str, str], tuple[str, str]] = {
    ("backup", ""): ("备份或恢复失败：{path}", "Backup or restore failed: {path}"),
    ("backup", "not_found"): ("找不到备份文件：{path}", "No such backup file: {path}"),
    ("backup", "unreadable"): (
        "无法读取或写入文件：{path}（{reason}）",
        "Cannot read or write the file: {path} ({reason})",
    ),
    ("backup", "not_sqlite"): (
        "该文件不是 SQLite 数据库备份，已拒绝恢复：{path}",
        "Not an SQLite database backup, refused: {path}",
    ),
    ("backup", "corrupt"): (
        "备份文件已损坏（完整性检查未通过：{reason}），已拒绝恢复：{path}",
        "The backup is damaged (integrity check failed: {reason}), refused: {path}",
    ),
    ("backup", "not_gridgov"): (
        "该文件不是 gridgov 数据库备份，已拒绝恢复：{path}",
        "Not a gridgov database backup, refused: {path}",
    ),
    ("backup", "newer_schema"): (
        "该备份来自更新版本的程序（数据库版本 {revision}），请先升级本程序：{path}",
        "The backup comes from a newer version of the program (schema {revision}); "
        "upgrade this program first: {path}",
    ),
    ("backup", "not_pg_dump"): (
        "该文件不是 pg_dump 自定义格式的 gridgov 备份，已拒绝恢复：{path}",
        "Not a gridgov pg_dump backup (custom format), refused: {path}",
    ),
    ("backup", "wrong_backend"): (
        "该备份属于另一种数据库（{kind}），不能恢复到当前数据库：{path}",
        "The backup is of another kind of database ({kind}) and cannot be restored here: {path}",
    ),
    ("backup", "in_use"): (
        "数据库正被其他连接使用，无法恢复。请先在所有窗口关闭本程序，再重试：{path}",
        "The database is in use by another connection. Close the app at every desk, "
        "then try again: {path}",
    ),
    ("backup", "needs_passphrase"): (
        "该备份已加密，请提供口令：{path}",
        "The backup is encrypted: give its passphrase: {path}",
    ),
    ("backup", "wrong_passphrase"): (
        "口令错误，或加密备份已被改动或截断，已拒绝：{path}",
        "Wrong passphrase, or the encrypted backup was altered or cut short; refused: {path}",
    ),
    ("backup", "unknown_format"): (
        "该加密备份的格式版本（{version}）无法识别，请升级本程序：{path}",
        "Unknown format version ({version}) of the encrypted backup; upgrade this program: {path}",
    ),
    ("backup", "check_failed"): (
        "备份未通过校验，已删除，原数据库未改动（{reason}）：{path}",
        "The backup failed its check and was removed; the database is unchanged ({reason}): {path}",
    ),
    ("backup", "copy_failed"): (
        "无法备份数据库（{reason}）：{path}",
        "Cannot back up the database ({reason}): {path}",
    ),
    ("backup", "no_database"): (
        "没有可备份的数据库文件：{path}",
        "There is no database file to back up: {path}",
    ),
    ("backup", "memory_database"): (
        "内存数据库无法备份。",
        "An in-memory database cannot be backed up.",
    ),
    ("backup", "pg_tool_missing"): (
        "找不到 PostgreSQL 工具 {tool}。请安装与服务器相同主版本的客户端"
        "（Debian/Ubuntu：apt-get install postgresql-client；Windows：随 PostgreSQL 安装包提供），"
        "或设置 GRIDGOV_PG_BIN 为其所在文件夹。",
        "The PostgreSQL tool {tool} was not found. Install the client of the server's major version "
        "(Debian/Ubuntu: apt-get install postgresql-client; Windows: part of the PostgreSQL "
        "installer), or set GRIDGOV_PG_BIN to its folder.",
    ),
    ("backup", "pg_tool_failed"): (
        "{tool} 执行失败：{reason}",
        "{tool} failed: {reason}",
    ),
}
