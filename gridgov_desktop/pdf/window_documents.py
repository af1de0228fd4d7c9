"""The two documents of the one-stop service window, as PDF bytes: the acceptance receipt (受理回执)
and the one-time notice (一次性告知书). Plain data in (``services.service_types``), bytes out; A5
portrait by default, A4 portrait on request.

Each lives in its own module (``pdf.receipt``, ``pdf.notice``), on the shared page and pieces of
``pdf.window_layout`` and ``pdf.window_flowables``; this module is the one the services, the GUI and
the command line import.
"""

from __future__ import annotations

from gridgov_desktop.pdf.notice import render_notice
from gridgov_desktop.pdf.receipt import render_receipt
from gridgov_desktop.pdf.window_layout import PAGE_SIZES

__all__ = ["PAGE_SIZES", "render_notice", "render_receipt"]
