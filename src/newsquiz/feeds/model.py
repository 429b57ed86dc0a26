"""The feeds a user follows and what each has given: pydantic, no I/O."""

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

FEED_NAME_PATTERN = r"^[a-z0-9][a-z0-9-]{0,39}$"


class Feed(BaseModel):
    """One followed feed. `seen` maps each item's key (GUID, else link) to the deck id made
    from it ("" for an item skipped over the per-update limit): an item in it is never
    fetched again. The validators are kept only after an update with no failed item, so a
    304 never hides an item that still has to be retried."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=FEED_NAME_PATTERN)
    url: str
    title: str = ""
    added: datetime
    updated: datetime | None = None
    etag: str | None = None
    last_modified: str | None = None
    seen: dict[str, str] = Field(default_factory=dict)


class FeedList(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = 1
    feeds: list[Feed] = Field(default_factory=list)

    def find(self, name_or_url: str) -> Feed | None:
        for feed in self.feeds:
            if name_or_url in (feed.name, feed.url):
                return feed
        return None
