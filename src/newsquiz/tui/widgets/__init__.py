"""Reusable pieces of the study app; card and article text is always rendered literally."""
