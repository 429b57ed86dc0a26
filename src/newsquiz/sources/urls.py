"""What commands need to know about URLs before anything is fetched (no network imports:
every command module loads at start-up)."""

DEFAULT_TIMEOUT = 20.0


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))
