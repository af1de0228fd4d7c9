"""ReportLab documents: plain data in, PDF bytes out. No Qt, no Session.

The documents themselves arrive with the issues that need them (receipts, notices, registers).
"""
