"""A calendar heatmap of reviews per day: one column per week, one row per weekday."""

from datetime import date, timedelta

from rich.text import Text
from textual.widget import Widget

LEVELS = ("#2d333b", "#0e4429", "#006d32", "#26a641", "#39d353")
DAY_LABELS = ("Mon", "   ", "Wed", "   ", "Fri", "   ", "Sun")


def intensity(count: int, peak: int) -> int:
    """0 for no reviews, else 1..4 by share of the busiest day."""
    if count <= 0 or peak <= 0:
        return 0
    return min(4, 1 + (4 * count - 1) // peak)


def heatmap_text(counts: dict[date, int], today: date, weeks: int) -> Text:
    """`weeks` columns ending with the week of `today`; future days left blank."""
    last_monday = today - timedelta(days=today.weekday())
    first_monday = last_monday - timedelta(weeks=weeks - 1)
    peak = max((n for day, n in counts.items() if first_monday <= day <= today), default=0)
    lines = []
    for weekday in range(7):
        line = Text(DAY_LABELS[weekday] + " ", style="dim")
        for week in range(weeks):
            day = first_monday + timedelta(weeks=week, days=weekday)
            if day > today:
                line.append(" ")
            else:
                line.append("■", style=LEVELS[intensity(counts.get(day, 0), peak)])
        lines.append(line)
    return Text("\n").join(lines)


class Heatmap(Widget):
    """Reviews per day over the last year (as many weeks as fit the width, up to 53)."""

    DEFAULT_CSS = "Heatmap { height: 7; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.counts: dict[date, int] = {}
        self.today: date | None = None

    def show(self, counts: dict[date, int], today: date) -> None:
        self.counts, self.today = counts, today
        self.refresh()

    def render(self) -> Text:
        if self.today is None:
            return Text("")
        weeks = max(1, min(53, self.size.width - 4))
        return heatmap_text(self.counts, self.today, weeks)
