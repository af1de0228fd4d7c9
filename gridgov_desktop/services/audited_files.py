"""Files that leave the app with an audit entry: an export appears whole, and only with its entry.

The file is written beside its target first; the audit entry is recorded and the file moved into
place in one transaction. A failure anywhere leaves neither a file without its entry nor an entry
without its file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from gridgov_desktop.services.excel_errors import ExcelFileError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gridgov_desktop.db.engine import Database


def write_audited(
    db: Database,
    path: Path,
    write: Callable[[Path], None],
    record: Callable[[Session], None],
    *,
    suffix: str,
) -> None:
    """``write(temporary)`` beside ``path``, then ``record(session)`` and the move, together."""
    try:
        handle, name = tempfile.mkstemp(prefix=".gridgov-", suffix=suffix, dir=path.parent)
    except OSError as error:
        raise _unwritable(path, error) from error
    os.close(handle)
    temporary, moved = Path(name), False
    try:
        write(temporary)
        with db.session(write=True) as session:
            record(session)
            try:
                os.replace(temporary, path)
            except OSError as error:
                raise _unwritable(path, error) from error
            moved = True
    except BaseException:
        (path if moved else temporary).unlink(missing_ok=True)
        raise


def _unwritable(path: Path, error: OSError) -> ExcelFileError:
    return ExcelFileError("unwritable", name=str(path), reason=error.strerror or str(error))
