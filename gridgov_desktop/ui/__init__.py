"""The PySide6 desktop interface: widgets over ``services`` (never ORM objects or Sessions)."""
