"""The core imports no Qt: the services run headless (command line, tests, a future server)."""

from __future__ import annotations

import subprocess
import sys


def test_services_and_cli_load_no_pyside6() -> None:
    code = (
        "import sys, gridgov_desktop.services.search, gridgov_desktop.services.residents, "
        "gridgov_desktop.services.office, gridgov_desktop.services.users, gridgov_desktop.cli, "
        "gridgov_desktop.db.migrate, gridgov_desktop.pdf\n"
        "qt = ('PySide6', 'shiboken6', 'qt_material')\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in qt]\n"
        "print(','.join(loaded))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
