"""Qt item models over service calls: ids first, rows on demand."""
