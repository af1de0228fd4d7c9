"""`gridgov user …` as an administrator uses it at a terminal: Chinese one-liners, exit codes, no
tracebacks, and the same rules as the Users dialog (the services enforce them)."""

from __future__ import annotations

import io

import pytest

from gridgov_desktop.cli import main
from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import NodeKind, UserRole
from gridgov_desktop.domain.errors import AccountLocked, AuthenticationFailed
from gridgov_desktop.services import accounts, org, users
from gridgov_desktop.services.actor import SYSTEM

PASSWORD = "window-1-pass"


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db: Database,
    *args: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main([*args, "--db", db.url])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@pytest.fixture
def accounts_made(db: Database) -> None:
    users.add_user(db, SYSTEM, "admin", PASSWORD, UserRole.ADMIN, "王主任")
    users.add_user(db, SYSTEM, "clerk", PASSWORD, UserRole.FRONT_DESK, "李窗口")
    users.add_user(db, SYSTEM, "grid1", PASSWORD, UserRole.GRID_WORKER, "赵网格")


@pytest.mark.usefixtures("accounts_made")
def test_list_reset_passwd_and_unlock(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: Database
) -> None:
    for _ in range(users.MAX_FAILED_LOGINS):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            users.authenticate(db, "clerk", "wrong")
    code, out, _ = run(capsys, monkeypatch, db, "user", "list")
    lines = {line.split("\t")[0]: line.split("\t") for line in out.splitlines()}
    assert code == 0 and list(lines) == ["admin", "clerk", "grid1"]
    assert lines["clerk"][1:3] == ["李窗口", "窗口人员"] and "锁定至" in lines["clerk"][3]
    assert lines["admin"][4] == "最近登录 从未登录"

    code, out, _ = run(capsys, monkeypatch, db, "user", "unlock", "clerk")
    assert code == 0 and out == "已解除 clerk 的锁定。\n"
    assert users.authenticate(db, "clerk", PASSWORD)

    code, out, _ = run(
        capsys, monkeypatch, db, "user", "reset-password", "CLERK", "--password-stdin",
        stdin="temp-pass-2026\n",
    )  # fmt: skip
    assert code == 0 and "下次登录时须修改密码" in out
    assert users.authenticate(db, "clerk", "temp-pass-2026").must_change_password
    _, out, _ = run(capsys, monkeypatch, db, "user", "list")
    assert "须修改密码" in out

    code, _, err = run(
        capsys, monkeypatch, db, "user", "passwd", "clerk", "--password-stdin",
        stdin="not-the-old-1\nnew-pass-2026\n",
    )  # fmt: skip
    assert (code, err) == (1, "gridgov: 原密码不正确。\n")
    code, out, _ = run(
        capsys, monkeypatch, db, "user", "passwd", "clerk", "--password-stdin",
        stdin="temp-pass-2026\nnew-pass-2026\n",
    )  # fmt: skip
    assert code == 0 and out == "clerk 的密码已修改。\n"
    assert not users.authenticate(db, "clerk", "new-pass-2026").must_change_password

    code, _, err = run(capsys, monkeypatch, db, "user", "passwd", "clerk", "--password-stdin")
    assert code == 1 and "两行" in err


@pytest.mark.usefixtures("accounts_made")
def test_disable_enable_role_and_the_last_administrator(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: Database
) -> None:
    code, out, _ = run(capsys, monkeypatch, db, "user", "disable", "clerk")
    assert code == 0 and out == "已停用 clerk。\n"
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, "clerk", PASSWORD)
    code, out, _ = run(capsys, monkeypatch, db, "user", "enable", "clerk")
    assert code == 0 and out == "已启用 clerk。\n"
    code, out, _ = run(capsys, monkeypatch, db, "user", "role", "clerk", "mediator")
    assert code == 0 and out == "clerk 的角色已改为调解员。\n"
    code, _, err = run(capsys, monkeypatch, db, "user", "disable", "admin")
    assert code == 1 and err.startswith("gridgov: 这是最后一个启用的管理员账号")
    code, _, err = run(capsys, monkeypatch, db, "user", "role", "admin", "head")
    assert code == 1 and "最后一个" in err
    code, _, err = run(capsys, monkeypatch, db, "user", "unlock", "nobody")
    assert (code, err) == (1, "gridgov: 找不到用户：nobody。\n")
    monkeypatch.setattr("sys.stdin", io.StringIO())
    with pytest.raises(SystemExit) as usage:
        main(["user", "role", "clerk", "king", "--db", db.url])
    assert usage.value.code == 2


@pytest.mark.usefixtures("accounts_made")
def test_grids_by_path_or_id(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: Database
) -> None:
    street = org.create_node(db, SYSTEM, None, NodeKind.STREET, "东风街道")
    community = org.create_node(db, SYSTEM, street.id, NodeKind.COMMUNITY, "幸福社区")
    grid1 = org.create_node(db, SYSTEM, community.id, NodeKind.GRID, "第一网格")
    grid2 = org.create_node(db, SYSTEM, community.id, NodeKind.GRID, "第二网格")
    compound = org.create_node(db, SYSTEM, grid1.id, NodeKind.COMPOUND, "幸福里小区")

    code, out, _ = run(capsys, monkeypatch, db, "user", "grids", "grid1")
    assert code == 0 and out == "grid1 未分配网格。\n"
    code, out, _ = run(
        capsys, monkeypatch, db, "user", "grids", "grid1",
        "--grid", "幸福社区/第一网格", "--grid", str(grid2.id),
    )  # fmt: skip
    assert code == 0 and out == "grid1 负责的网格：第一网格、第二网格\n"
    assert accounts.user_grids(db, accounts.find_user(db, SYSTEM, "grid1").id) == sorted(
        [grid1.id, grid2.id]
    )
    code, _, err = run(capsys, monkeypatch, db, "user", "grids", "grid1", "--grid", str(compound.id))
    assert code == 1 and "只能分配网格一级的节点" in err
    code, _, err = run(capsys, monkeypatch, db, "user", "grids", "clerk", "--grid", "第一网格")
    assert (code, err) == (1, "gridgov: 只能为网格员分配网格。\n")
    code, _, err = run(capsys, monkeypatch, db, "user", "grids", "grid1", "--grid", "不存在的网格")
    assert code == 1 and "找不到节点" in err
    code, out, _ = run(capsys, monkeypatch, db, "user", "grids", "grid1", "--grid", "")
    assert code == 0 and out == "grid1 未分配网格。\n"


@pytest.mark.usefixtures("accounts_made")
def test_english_messages(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: Database
) -> None:
    code, out, _ = run(capsys, monkeypatch, db, "user", "list", "--lang", "en")
    assert code == 0 and "front desk\tactive\tlast login never logged in" in out
    code, _, err = run(capsys, monkeypatch, db, "user", "disable", "admin", "--lang", "en")
    assert code == 1 and "last active administrator" in err
