"""gridgov_desktop: the service hall of a street office, on the desktop."""

__version__ = "0.1.0"
