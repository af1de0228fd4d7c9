"""`gridgov db upgrade|current`: the schema."""

from __future__ import annotations

import argparse

from gridgov_desktop.cli.common import (
    EXIT_OK,
    CommandError,
    common_options,
    open_database,
    say,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    common = common_options()
    db = sub.add_parser("db", parents=[common], help="database schema")
    db_sub = db.add_subparsers(title="db commands", metavar="ACTION", required=True)
    upgrade = db_sub.add_parser("upgrade", parents=[common], help="apply pending migrations")
    upgrade.set_defaults(handler=_db_upgrade)
    current = db_sub.add_parser("current", parents=[common], help="show the schema revision")
    current.set_defaults(handler=_db_current)


def _db_upgrade(args: argparse.Namespace) -> int:
    from gridgov_desktop.db import migrate

    db = open_database(args, migrate_schema=False)
    if not migrate.is_up_to_date(db) and migrate.has_foreign_tables(db):
        raise CommandError(
            say(args, "该数据库不是 gridgov 数据库：", "not a gridgov database: ") + db.description
        )
    before = migrate.current_revision(db)
    reached = migrate.upgrade(db)
    if before == reached:
        print(
            say(
                args,
                f"数据库已是最新（{reached}）：{db.description}",
                f"database already up to date ({reached}): {db.description}",
            )
        )
    else:
        print(
            say(
                args,
                f"数据库已升级 {before or '（空）'} → {reached}：{db.description}",
                f"database upgraded {before or '(empty)'} → {reached}: {db.description}",
            )
        )
    return EXIT_OK


def _db_current(args: argparse.Namespace) -> int:
    from gridgov_desktop.db import migrate

    db = open_database(args, migrate_schema=False)
    revision = migrate.current_revision(db)
    state = "" if revision == migrate.HEAD_REVISION else say(args, "（需要升级）", " (upgrade pending)")
    print(f"{revision or '-'}{state}  {db.description}")
    return EXIT_OK
