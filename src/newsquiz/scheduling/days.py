"""Study days roll over at a local hour (default 4 am), DST-safe; everything else stays UTC."""

from datetime import UTC, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsquiz.errors import NewsquizError


def local_zone(name: str | None = None) -> tzinfo:
    """The named IANA zone, or the system's local zone when no name is given."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise NewsquizError(f"settings: unknown time zone {name!r}") from None
    local = datetime.now().astimezone().tzinfo
    return local if local is not None else UTC


def day_start(now: datetime, zone: tzinfo, rollover_hour: int) -> datetime:
    """UTC instant at which the study day containing `now` began."""
    local = now.astimezone(zone)
    day = local.date() if local.hour >= rollover_hour else local.date() - timedelta(days=1)
    start = datetime.combine(day, time(rollover_hour), tzinfo=zone).astimezone(UTC)
    if start > now:  # a DST jump moved the local rollover past `now`
        start = datetime.combine(day - timedelta(days=1), time(rollover_hour), tzinfo=zone)
        start = start.astimezone(UTC)
    return start


def next_day_start(now: datetime, zone: tzinfo, rollover_hour: int) -> datetime:
    """UTC instant at which the next study day begins."""
    start_local = day_start(now, zone, rollover_hour).astimezone(zone)
    following = datetime.combine(
        start_local.date() + timedelta(days=1), time(rollover_hour), tzinfo=zone
    )
    return following.astimezone(UTC)
