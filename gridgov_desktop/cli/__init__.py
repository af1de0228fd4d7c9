"""The `gridgov` command line: the GUI launcher and the scripting interface for admins and tests.

Every command takes ``--db URL`` (else ``GRIDGOV_DATABASE_URL``, else the default SQLite file) and
``--lang``. Errors are one line on stderr and a non-zero exit status, never a traceback: unexpected
errors are written in full to a log file whose path the line names. Each command group lives in its
own module with a ``register(subparsers)`` function, listed in ``COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from gridgov_desktop import __version__
from gridgov_desktop.cli.common import EXIT_ERROR, CommandError, common_options
from gridgov_desktop.cli.run_commands import add_run_options, run_app
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.messages import describe_error

COMMAND_MODULES = (
    "run_commands",
    "db_commands",
    "demo_commands",
    "user_commands",
    "search_commands",
    "print_commands",
    "excel_commands",
    "calendar_commands",
    "receipt_commands",
    "catalogue_commands",
    "register_commands",
    "case_commands",
    "audit_commands",
    "backup_commands",
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    command: Callable[[argparse.Namespace], int] = getattr(args, "handler", run_app)
    lang = args.lang
    try:
        return command(args)
    except DomainError as error:
        _fail(describe_error(error, lang))
    except CommandError as error:
        _fail(str(error))
    except BrokenPipeError:
        # The reader went away (`gridgov search 张 | head`): nothing left to say, and no one to hear.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except KeyboardInterrupt:
        _fail("已取消。" if lang != "en" else "Cancelled.")
        return 130
    except Exception as error:
        log = _write_crash_log()
        _fail(
            f"内部错误：{type(error).__name__}: {error}（详情见 {log}）"
            if lang != "en"
            else f"Internal error: {type(error).__name__}: {error} (details in {log})"
        )
    return EXIT_ERROR


def _fail(message: str) -> None:
    print(f"gridgov: {message}", file=sys.stderr)


def _write_crash_log() -> Path:
    from platformdirs import user_log_path

    path = user_log_path("gridgov", appauthor=False, ensure_exists=True) / "cli-errors.log"
    with path.open("a", encoding="utf-8") as log:
        log.write(traceback.format_exc() + "\n")
    return path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gridgov",
        parents=[common_options()],
        description="gridgov: the street office's service hall.",
    )
    parser.add_argument("--version", action="version", version=f"gridgov {__version__}")
    parser.set_defaults(db=None, lang=None)
    add_run_options(parser)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        register: Callable[..., None] = importlib.import_module(f"gridgov_desktop.cli.{name}").register
        register(sub)
    return parser
