"""The source article a deck was made from."""

from datetime import date

from pydantic import BaseModel, ConfigDict


class Article(BaseModel):
    """A news article: metadata plus the plain text that evidence spans point into."""

    model_config = ConfigDict(extra="forbid")

    title: str
    author: str = ""
    outlet: str = ""
    published: date | None = None
    url: str = ""
    source_path: str = ""
    text: str = ""
