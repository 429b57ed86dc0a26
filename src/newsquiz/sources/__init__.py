"""Articles from the web: fetching pages (`fetch`), and turning HTML into an `Article`
(`extract`) with its headline, author, outlet and publication date.

`extract` is pure (HTML in, `Article` out); `fetch` is the only module that opens sockets.
"""
