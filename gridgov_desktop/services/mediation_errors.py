"""Words for the codes the mediation services raise (merged into ``messages``).

Kept apart from the services themselves so that ``messages`` can load them without SQLAlchemy.
"""

from __future__ import annotations

# (code, detail) → (Chinese, English), in the form of messages.py's table.
MESSAGE_TEXTS: dict[tuple[str, str], tuple[str, str]] = {
    ("not_found", "mediation_case"): ("找不到调解案件：{key}。", "No mediation case {key}."),
    ("not_found", "journal_entry"): (
        "本案没有编号为 {key} 的记录。",
        "This case has no journal entry {key}.",
    ),
    ("not_found", "commitment"): ("找不到承诺事项：{key}。", "No promised reply {key}."),
    ("not_found", "follow_up"): ("找不到回访安排：{key}。", "No follow-up visit {key}."),
    ("not_found", "mediator_user"): ("没有用户名为 {key} 的用户。", "No user named {key}."),
    ("validation", "case_required"): ("请填写{what}。", "Please fill in the {what_en}."),
    ("validation", "case_too_long"): (
        "{what}过长（最多{maximum}字）。",
        "The {what_en} is too long (at most {maximum} characters).",
    ),
    ("validation", "registered_in_future"): (
        "登记日期不能晚于今天（{today}）。",
        "The registration date cannot be after today ({today}).",
    ),
    ("validation", "no_applicant"): (
        "至少需要一名申请人（当事人）。",
        "A case needs at least one applicant.",
    ),
    ("validation", "bad_party_sex"): (
        "当事人“{name}”的性别应为男或女。",
        "The sex of party “{name}” must be male or female.",
    ),
    ("validation", "resident_twice"): (
        "同一居民“{name}”在当事人中出现了两次。",
        "The resident “{name}” is listed twice among the parties.",
    ),
    ("validation", "not_a_mediator"): (
        "“{name}”不是在用的人民调解员账号，不能指派为调解员。",
        "“{name}” is not an active mediator account and cannot be assigned.",
    ),
    ("validation", "mediator_twice"): (
        "主办调解员不能同时作为协办调解员。",
        "The lead mediator cannot also be an assistant.",
    ),
    ("validation", "unknown_dispute_type"): (
        "纠纷类型不存在或已停用。",
        "That dispute type does not exist or is no longer in use.",
    ),
    ("validation", "dispute_type_exists"): (
        "纠纷类型“{name}”已存在。",
        "The dispute type “{name}” already exists.",
    ),
    ("validation", "case_move_not_allowed"): (
        "“{status}”的案件不能“{action}”。",
        "A case that is “{status}” cannot be moved to “{action}”.",
    ),
    ("validation", "agreement_kind_needed"): (
        "请选择书面协议或口头协议。",
        "Say whether the agreement is written or oral.",
    ),
    ("validation", "agreement_terms_needed"): (
        "书面协议须先保存协议内容（达成协议的内容）再登记达成协议。",
        "Save the agreement with its agreed terms before recording a written agreement.",
    ),
    ("validation", "oral_content_needed"): (
        "口头协议须记录协议内容（《人民调解法》第二十八条）。",
        "Record what was agreed orally (People's Mediation Law art. 28).",
    ),
    ("validation", "referral_needed"): (
        "调解不成时请选择引导去向（法院、仲裁或部门）。",
        "Say where the failed dispute was referred: court, arbitration or a department.",
    ),
    ("validation", "referral_name_needed"): (
        "请填写引导至的{where}名称。",
        "Name the {where_en} the parties were referred to.",
    ),
    ("validation", "follow_up_needed"): (
        "请先记录回访情况（或在说明中写明回访结果）。",
        "Record the follow-up visit first (or write what it found in the note).",
    ),
    ("validation", "file_items_missing"): (
        "卷宗缺少必备材料：{items}。请补齐，或写明缺少的原因后再结案。",
        "Required items of the case file are missing: {items}. Add them, or write why they "
        "are missing, then close.",
    ),
    ("validation", "date_before"): (
        "{what}（{day}）不能早于{before}（{before_day}）。",
        "The {what_en} ({day}) cannot be before the {before_en} ({before_day}).",
    ),
    ("validation", "extension_not_later"): (
        "延长后的期限须晚于现在的期限（{deadline}）。",
        "The extended deadline must be after the current one ({deadline}).",
    ),
    ("validation", "case_not_open"): (
        "案件已{status}，不能再延长调解期限。",
        "The case is already “{status}”: its deadline cannot be extended.",
    ),
    ("validation", "case_closed"): ("案件已结案归档，不能再修改。", "The case is closed and archived."),
    ("validation", "agreement_not_editable"): (
        "只有调解中或已达成协议的案件才能填写协议。",
        "An agreement can be written only while the case is in mediation or agreed.",
    ),
    ("validation", "no_outcome_yet"): (
        "案件还没有调解结果，不能安排回访。",
        "The case has no outcome yet: no follow-up visit can be scheduled.",
    ),
    ("validation", "already_done"): ("该事项已于 {day} 完成。", "This was already done on {day}."),
    ("validation", "copies_range"): (
        "协议份数应在1到20份之间。",
        "The number of copies must be between 1 and 20.",
    ),
    ("validation", "unknown_document"): (
        "没有这种文书：{kind}。",
        "No such document: {kind}.",
    ),
    ("validation", "no_agreement"): (
        "本案还没有填写调解协议。",
        "No agreement has been written for this case yet.",
    ),
    ("validation", "no_session_entry"): (
        "本案还没有调解会记录，无法打印调解笔录。",
        "The case has no mediation session in its journal: there is no record to print.",
    ),
    ("validation", "not_a_session"): (
        "记录 {key} 不是调解会记录。",
        "Entry {key} is not a mediation session.",
    ),
    ("validation", "not_a_case_number"): (
        "“{text}”不是案号。",
        "“{text}” is not a case number.",
    ),
}
