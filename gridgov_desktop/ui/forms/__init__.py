"""GENERATED Designer forms: ``forms/<name>.ui`` compiled by ``scripts/build-ui`` into ``ui_<name>.py``.

Do not edit the ``ui_*.py`` files; change the ``.ui`` file (Qt Designer: ``.venv/bin/pyside6-designer``)
and run ``scripts/build-ui``. ``tests/ui/test_forms_fresh.py`` fails when they differ.
"""
