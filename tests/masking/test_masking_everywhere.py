"""No document or export shows a full ID number or a resident's full phone by default (DOMAIN.md,
"Privacy"; issue 6, "Masking").

The hall of ``masking_data`` is built once; then every PDF and .xlsx the application makes, and the
command line's printed output, is generated with default options and read back as text (pypdf,
openpyxl, stdout). The full numbers searched for are read from the database, and the kinds of
document are read from the application (the register enums, the command line's own parser), so a new
register, document or command that is not generated here fails the coverage tests instead of being
silently missed. Output only: SQLite is enough.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from masking_data import (  # type: ignore[import-not-found]
    CODE,
    PERIOD,
    ROLE_PHONE,
    TODAY,
    Hall,
    file_text,
    leaks,
    pdf_text,
    xlsx_text,
)

from gridgov_desktop.cli import _parser, main
from gridgov_desktop.db.engine import Database

# Outputs, by name, as text: filled by the module's fixture, checked by the tests.
Outputs = dict[str, str]


# --- reading outputs back -------------------------------------------------------------------------


def assert_masked(outputs: Outputs, secrets: dict[str, str]) -> None:
    found = {name: hits for name, text in outputs.items() if (hits := leaks(text, secrets))}
    assert found == {}, found


def run(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> str:
    code = main([*args, "--db", db.url])
    out, err = capsys.readouterr()
    assert code == 0, (args, err)
    return out + err


def subcommands(*path: str) -> set[str]:
    """The subcommands the command line offers under ``path`` (read from its parser)."""
    parser: argparse.ArgumentParser = _parser()
    for name in (*path, None):
        actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if name is None:
            return set(actions[0].choices) if actions else set()
        parser = actions[0].choices[name]
    raise AssertionError("unreachable")


def option_choices(command: tuple[str, ...], option: str) -> tuple[str, ...]:
    parser: argparse.ArgumentParser = _parser()
    for name in command:
        actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        parser = actions[0].choices[name]
    action = next(a for a in parser._actions if option in a.option_strings)
    assert action.choices is not None
    return tuple(action.choices)


# --- the test data is what the tests think it is ------------------------------------------------


def test_the_full_numbers_are_searchable_when_printed(hall: Hall, secrets: dict[str, str]) -> None:
    """The check itself finds a full number however it is split, and passes masked ones."""
    number = hall.desk.street.ids["张三明"]
    spaced = f"{number[:6]} {number[6:14]}\n{number[14:]}".lower()
    assert leaks(spaced, secrets) and leaks("电话：138 1234-5678", secrets)
    assert not leaks(f"{number[:6]}********{number[14:]}　138****5678", secrets)


# --- the services and the PDF layouts (what the GUI prints) -----------------------------------------


def test_resident_registers_and_the_contact_sheet(
    hall: Hall, secrets: dict[str, str], tmp_path: Path
) -> None:
    from gridgov_desktop.pdf.resident_registers import register_pdf
    from gridgov_desktop.services.registers import RegisterKind, resident_register, roles_register

    db, admin = hall.desk.db, hall.desk.admin
    outputs: Outputs = {}
    for kind in RegisterKind:
        if kind is RegisterKind.ROLES:
            data = roles_register(db, admin, today=TODAY)
        else:
            data = resident_register(db, admin, kind=kind, today=TODAY)
        outputs[f"register {kind.value}"] = pdf_text(register_pdf(data))
    assert set(outputs) == {f"register {kind.value}" for kind in RegisterKind}
    assert hall.desk.street.ids["张三明"][:6] in outputs["register residents_by_building"]
    # The contact sheet prints the staff's work phones in full, by design (registers.roles_register).
    assert ROLE_PHONE in outputs["register roles"]
    assert_masked(outputs, secrets)


def test_resident_export(hall: Hall, secrets: dict[str, str], tmp_path: Path) -> None:
    from gridgov_desktop.services.resident_export import export_residents

    path = tmp_path / "居民.xlsx"
    export_residents(hall.desk.db, hall.desk.admin, path, node_id=None)
    text = xlsx_text(path)
    assert "张三明" in text
    assert_masked({"resident export": text}, secrets)


def test_receipts_and_the_one_time_notice(hall: Hall, secrets: dict[str, str]) -> None:
    from gridgov_desktop.pdf.window_documents import PAGE_SIZES, render_receipt
    from gridgov_desktop.services.service_requests import print_receipt

    outputs: Outputs = {"one-time notice": pdf_text(hall.notice_pdf)}
    for number in hall.receipts:
        document = print_receipt(hall.desk.db, hall.desk.front, number)
        for size in PAGE_SIZES:
            outputs[f"receipt {number} {size}"] = pdf_text(render_receipt(document, page_size=size))
    assert "单田芳" in outputs["one-time notice"]
    assert_masked(outputs, secrets)


def test_service_registers_statistics_and_worklists(
    hall: Hall, secrets: dict[str, str], tmp_path: Path
) -> None:
    from gridgov_desktop.pdf.service_registers import register_pdf, worklist_pdf
    from gridgov_desktop.services.service_register_sheets import sheet_for, worklist_sheet
    from gridgov_desktop.services.service_register_types import Grouping, ServiceRegisterKind
    from gridgov_desktop.services.service_register_xlsx import write_register_xlsx
    from gridgov_desktop.services.service_registers import (
        overdue_register,
        rating_register,
        service_register,
    )
    from gridgov_desktop.services.service_statistics import service_statistics
    from gridgov_desktop.services.worklists import Worklist, worklist

    db, actor = hall.desk.db, hall.desk.front
    start, end = PERIOD
    registers = {
        **{
            f"services by {grouping.value}": service_register(
                db, actor, start, end, grouping=grouping, today=TODAY
            )
            for grouping in Grouping
        },
        "overdue": overdue_register(db, actor, at=TODAY, date_from=start),
        "ratings": rating_register(db, actor, start, end, today=TODAY),
        "statistics": service_statistics(db, actor, start, end, today=TODAY),
    }
    outputs: Outputs = {}
    kinds = set()
    for name, register in registers.items():
        sheet = sheet_for(register)
        kinds.add(sheet.kind)
        outputs[f"{name} pdf"] = pdf_text(register_pdf(register))
        path = tmp_path / f"{name}.xlsx"
        write_register_xlsx(sheet, path)
        outputs[f"{name} xlsx"] = xlsx_text(path)
    for kind in Worklist:
        rows = worklist(db, actor, kind, today=TODAY)
        outputs[f"worklist {kind.value} pdf"] = pdf_text(
            worklist_pdf(rows, kind.label_zh, "全厅", "东风街道办事处", today=TODAY)
        )
        path = tmp_path / f"worklist {kind.value}.xlsx"
        write_register_xlsx(worklist_sheet(rows, kind.label_zh, "全厅", "东风街道办事处", TODAY), path)
        outputs[f"worklist {kind.value} xlsx"] = xlsx_text(path)
        kinds.add(ServiceRegisterKind.WORKLIST)
    assert kinds == set(ServiceRegisterKind)
    # The registers have rows: the overdue request, the bad rating with its rectification.
    assert hall.receipts[0] in outputs["overdue pdf"] and hall.receipts[2] in outputs["ratings pdf"]
    assert_masked(outputs, secrets)


def test_case_documents(hall: Hall, secrets: dict[str, str]) -> None:
    from gridgov_desktop.services.mediation_documents_data import DOCUMENT_KINDS, case_document

    db, lead = hall.desk.db, hall.desk.lead
    outputs: Outputs = {}
    for case in hall.cases:
        for kind in DOCUMENT_KINDS:
            if kind in ("agreement", "oral") and case.agreement is None:
                continue
            if kind == "record" and case is not hall.cases[0]:
                continue
            outputs[f"{case.summary.number} {kind}"] = pdf_text(
                case_document(db, lead, case.summary.id, kind)
            )
    first = hall.cases[0].summary.number
    assert {name.rsplit(" ", 1)[1] for name in outputs if name.startswith(first)} == set(DOCUMENT_KINDS)
    assert "王五" in outputs[f"{first} agreement"]
    assert_masked(outputs, secrets)


def test_case_registers_and_statistics(hall: Hall, secrets: dict[str, str], tmp_path: Path) -> None:
    from gridgov_desktop.pdf.mediation_registers import case_register_pdf, case_statistics_pdf
    from gridgov_desktop.services.mediation_register_sheets import (
        case_register_sheet,
        case_statistics_sheet,
    )
    from gridgov_desktop.services.mediation_register_types import CaseRegisterKind
    from gridgov_desktop.services.mediation_registers import case_register, case_statistics
    from gridgov_desktop.services.service_register_xlsx import write_register_xlsx

    db, head = hall.desk.db, hall.desk.head
    register = case_register(db, head, *PERIOD)
    statistics = case_statistics(db, head, *PERIOD)
    outputs: Outputs = {
        CaseRegisterKind.CASES.value: pdf_text(case_register_pdf(register)),
        CaseRegisterKind.CASE_STATISTICS.value: pdf_text(case_statistics_pdf(statistics)),
    }
    for kind, sheet in (
        (CaseRegisterKind.CASES, case_register_sheet(register)),
        (CaseRegisterKind.CASE_STATISTICS, case_statistics_sheet(statistics)),
    ):
        path = tmp_path / f"{kind.value}.xlsx"
        write_register_xlsx(sheet, path)
        outputs[f"{kind.value} xlsx"] = xlsx_text(path)
    assert {name.split(" ")[0] for name in outputs} == {kind.value for kind in CaseRegisterKind}
    assert "欧阳娜娜" in outputs[CaseRegisterKind.CASES.value]
    assert_masked(outputs, secrets)


# --- the command line ------------------------------------------------------------------------------

# Commands whose output holds no personal data of the residents: management, import (reads a
# file), templates (empty), calendar and catalogue. A command added to the tool must be put either
# here or in a test below.
NO_PERSONAL_OUTPUT = {
    "run", "db", "demo", "user", "import", "template", "calendar", "catalogue", "audit", "backup",
    "restore",
}  # fmt: skip
CHECKED_HERE = {"search", "print", "export", "receipt", "register", "case"}


def test_every_command_is_checked_or_known_to_print_no_personal_data() -> None:
    unknown = subcommands() - NO_PERSONAL_OUTPUT - CHECKED_HERE
    assert unknown == set(), f"commands not checked for masking: {unknown}"


def test_search_prints_masked_numbers(
    capsys: pytest.CaptureFixture[str], hall: Hall, secrets: dict[str, str]
) -> None:
    db = hall.desk.db
    ids = hall.desk.street.ids
    queries = [*ids.values(), "张", "欧阳", "13812345678", ids["张三明"][-4:]]
    outputs: Outputs = {}
    for query in queries:
        for extra in ((), ("--json",)):
            out = run(capsys, db, "search", query, *extra)
            outputs[f"search {query} {extra}"] = out
    assert "张三明" in outputs["search 张 ()"]
    json.loads(outputs["search 张 ('--json',)"])
    assert_masked(outputs, secrets)


def test_receipt_commands(
    capsys: pytest.CaptureFixture[str], hall: Hall, secrets: dict[str, str], tmp_path: Path
) -> None:
    db = hall.desk.db
    ids = hall.desk.street.ids
    outputs: Outputs = {}
    for number in hall.receipts:
        outputs[f"show {number}"] = run(capsys, db, "receipt", "show", number)
        outputs[f"show {number} json"] = run(capsys, db, "receipt", "show", number, "--json")
        path = tmp_path / f"{number}.pdf"
        outputs[f"print {number}"] = run(capsys, db, "receipt", "print", number, "-o", str(path))
        outputs[f"print {number} pdf"] = file_text(path)
    issued = tmp_path / "issued.pdf"
    out = run(capsys, db, "receipt", "issue", "--resident", ids["李𠇔"], "--service", CODE,
              "-o", str(issued))  # fmt: skip
    outputs["issue"], outputs["issue pdf"] = out, file_text(issued)
    notice = tmp_path / "notice.pdf"
    out = run(capsys, db, "receipt", "notice", "--resident", ids["张小明"], "--service", CODE,
              "-o", str(notice))  # fmt: skip
    outputs["notice"], outputs["notice pdf"] = out, file_text(notice)
    assert "张三明" in outputs[f"show {hall.receipts[0]}"]
    covered = {"show", "print", "issue", "notice", "advance"}  # advance: checked in show's history
    assert subcommands("receipt") <= covered
    assert_masked(outputs, secrets)


def test_case_commands(
    capsys: pytest.CaptureFixture[str], hall: Hall, secrets: dict[str, str], tmp_path: Path
) -> None:
    db = hall.desk.db
    outputs: Outputs = {"list": run(capsys, db, "case", "list")}
    for case in hall.cases:
        number = case.summary.number
        outputs[f"show {number}"] = run(capsys, db, "case", "show", number)
        outputs[f"show {number} json"] = run(capsys, db, "case", "show", number, "--json")
    first = hall.cases[0].summary.number
    documents = option_choices(("case", "print"), "--document")
    for document in documents:
        path = tmp_path / f"{document}.pdf"
        run(capsys, db, "case", "print", first, "--document", document, "-o", str(path))
        outputs[f"print {document}"] = file_text(path)
    assert "王五" in outputs[f"show {first}"] and "王律师" in outputs[f"show {first} json"]
    assert_masked(outputs, secrets)


def test_register_print_and_export_commands(
    capsys: pytest.CaptureFixture[str], hall: Hall, secrets: dict[str, str], tmp_path: Path
) -> None:
    db = hall.desk.db
    period = ("--from", PERIOD[0].isoformat(), "--to", PERIOD[1].isoformat())
    per_register: dict[str, tuple[str, ...]] = {
        "services": period, "ratings": period, "stats": period, "cases": period,
        "case-stats": period, "overdue": ("--at", TODAY.isoformat()),
    }  # fmt: skip
    assert set(per_register) == subcommands("register")
    outputs: Outputs = {}
    for register, options in per_register.items():
        for suffix in (".pdf", ".xlsx"):
            path = tmp_path / f"{register}{suffix}"
            run(capsys, db, "register", register, *options, "-o", str(path))
            outputs[f"register {register}{suffix}"] = file_text(path)
    outputs["register stats table"] = run(capsys, db, "register", "stats", *period)
    outputs["register case-stats table"] = run(capsys, db, "register", "case-stats", *period)
    printing: dict[str, tuple[str, ...]] = {"residents": ("--by", "building"), "roles": ()}
    assert set(printing) == subcommands("print")
    for register, options in printing.items():
        path = tmp_path / f"print-{register}.pdf"
        run(capsys, db, "print", register, *options, "-o", str(path))
        outputs[f"print {register}"] = file_text(path)
    path = tmp_path / "print-households.pdf"
    run(capsys, db, "print", "residents", "--by", "household", "-o", str(path))
    outputs["print households"] = file_text(path)
    assert subcommands("export") == {"residents"}
    path = tmp_path / "export.xlsx"
    outputs["export residents"] = run(capsys, db, "export", "residents", "-o", str(path))
    outputs["export residents xlsx"] = file_text(path)
    assert "欧阳娜娜" in outputs["export residents xlsx"]
    assert_masked(outputs, secrets)
