"""Engine, sessions, ORM tables and migrations. No Qt here."""
