"""Use cases: one transaction per call, plain frozen dataclasses out, typed errors raised.

Nothing here imports Qt (tests/services/test_no_qt.py guards it).
"""
