"""Dialogs; each ``<name>_dialog.py`` pairs with ``forms/<name>_dialog.ui``."""
