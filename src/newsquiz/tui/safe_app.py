"""The base of newsquiz's apps: notifications (file names, deck problems, save errors) show
control characters instead of sending them to the terminal, like all card text does."""

from textual.app import App
from textual.notifications import SeverityLevel

from newsquiz.printable import printable


class TerminalSafeApp(App[None]):
    """An app whose every notification goes through `printable`."""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        super().notify(
            printable(message),
            title=printable(title, one_line=True),
            severity=severity,
            timeout=timeout,
            markup=markup,
        )
