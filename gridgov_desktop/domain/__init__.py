"""Value types, enumerations and validation rules of the domain. Imports neither Qt nor SQLAlchemy."""
