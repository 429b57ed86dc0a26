"""The browser's command palette entries that act on every card the search found, as Anki's
browser acts on a selection: suspend, unsuspend, bury, unbury, forget (which asks first)."""

from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from newsquiz.card_actions import CardAction

if TYPE_CHECKING:
    from newsquiz.tui.screens.browser import BrowserScreen

VERBS = {
    CardAction.SUSPEND: "Suspend",
    CardAction.UNSUSPEND: "Unsuspend",
    CardAction.BURY: "Bury",
    CardAction.UNBURY: "Unbury",
    CardAction.FORGET: "Forget",
}


class FoundCardsCommands(Provider):
    """ "Suspend all 12 found cards" and the like, for the browser's current result."""

    def _commands(self) -> list[tuple[str, CardAction, str]]:
        screen: BrowserScreen = self.screen  # type: ignore[assignment]
        found = len(screen.table.rows)
        if not screen.loaded or not found:
            return []
        plural = "card" if found == 1 else "cards"
        return [
            (f"{verb} all {found:,} found {plural}", action, f"{verb} every card the search found")
            for action, verb in VERBS.items()
        ]

    async def discover(self) -> Hits:
        screen: BrowserScreen = self.screen  # type: ignore[assignment]
        for name, action, help_text in self._commands():
            yield DiscoveryHit(name, lambda a=action: screen.act_on_found(a), help=help_text)

    async def search(self, query: str) -> Hits:
        screen: BrowserScreen = self.screen  # type: ignore[assignment]
        matcher = self.matcher(query)
        for name, action, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(name),
                    lambda a=action: screen.act_on_found(a),
                    help=help_text,
                )
