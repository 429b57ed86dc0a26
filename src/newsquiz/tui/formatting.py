"""Plain-text formatting of times and durations for the screens (no Textual here)."""

from datetime import datetime, timedelta, tzinfo


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


def describe_interval(interval: timedelta) -> str:
    """An interval as Anki shows it on a rating button: '1m', '10m', '3h', '4d', '2.5mo', '1.2y'."""
    minutes = max(0.0, interval.total_seconds() / 60)
    if minutes < 60:
        return f"{max(1, round(minutes))}m"
    hours = minutes / 60
    if hours < 24:
        return f"{round(hours)}h"
    days = hours / 24
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}".removesuffix(".0") + "mo"
    return f"{days / 365:.1f}".removesuffix(".0") + "y"
