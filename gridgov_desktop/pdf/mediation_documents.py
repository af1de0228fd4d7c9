"""The documents of a people's mediation case, as A4 portrait PDF bytes: the written agreement
(人民调解协议书), the record of an oral agreement (口头调解协议登记表), a session's record (人民调解
笔录), the notice of rights and duties (权利义务告知书), the intake form (受理登记表) and the case
file's checklist (卷宗目录). Plain data in (``services.mediation_types``), bytes out.

Each lives in a module of its kind (``pdf.mediation_agreement``, ``pdf.mediation_records``,
``pdf.mediation_forms``) on the shared page of ``pdf.mediation_common``; this module is the one the
services, the GUI and the command line import.
"""

from __future__ import annotations

from gridgov_desktop.pdf.mediation_agreement import render_agreement, render_oral_record
from gridgov_desktop.pdf.mediation_forms import render_checklist, render_intake_form
from gridgov_desktop.pdf.mediation_records import render_rights_notice, render_session_record

__all__ = [
    "render_agreement",
    "render_checklist",
    "render_intake_form",
    "render_oral_record",
    "render_rights_notice",
    "render_session_record",
]
