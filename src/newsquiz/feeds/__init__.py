"""News feeds (RSS and Atom) the user follows: the list and what each has given (`model`,
`file`), reading a feed (`parse`), turning its new items into decks (`update`), and the deck
tag that says which feed a deck came from (`tags`)."""
