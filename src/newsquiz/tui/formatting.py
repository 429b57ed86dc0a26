"""Plain-text formatting of times and durations for the screens (no Textual here)."""

from datetime import datetime, tzinfo


def describe_due(when: datetime | None, now: datetime, zone: tzinfo) -> str:
    """'now', 'in 8 min (14:32)', 'in 3 h (Wed 09:00)' or 'in 4 days (Sun 29 Nov)'."""
    if when is None:
        return "nothing scheduled"
    seconds = (when - now).total_seconds()
    local = when.astimezone(zone)
    if seconds <= 0:
        return "now"
    if seconds < 3600:
        return f"in {max(1, round(seconds / 60))} min ({local:%H:%M})"
    if seconds < 36 * 3600:
        return f"in {round(seconds / 3600)} h ({local:%a %H:%M})"
    return f"in {round(seconds / 86400)} days ({local:%a %d %b})"


def describe_duration(milliseconds: int) -> str:
    """'42 s', '3 min 5 s', '1 h 2 min'."""
    seconds = max(0, milliseconds // 1000)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"
