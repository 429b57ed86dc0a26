"""Storage: deck files (YAML) and the progress store (TinyDB plus a review journal)."""
