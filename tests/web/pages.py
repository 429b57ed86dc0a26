"""Pages and feeds written for these tests (no real outlet's text): a news page with the
navigation, byline, share bar and comments real pages carry, a paywall stub, RSS and Atom."""

HEADLINE = "Larchmont Foods to buy Pemberton Dairy for $420m"
PARAGRAPHS = [
    "Larchmont Foods said on Tuesday it had agreed to buy Pemberton Dairy for $420m in cash, "
    "its biggest purchase since it listed in 2019.",
    "The deal values Pemberton at 14 times its earnings last year, chief executive Nadia "
    "Okafor told analysts on a call.",
    "Pemberton, which runs 38 farms in Wales and the west of England, made a profit of "
    "$30m on sales of $260m in 2025.",
    "Shares in Larchmont rose 6% to $52.40 in New York after the announcement, while the "
    "wider market fell 1%.",
    "Okafor said Larchmont expected to cut costs by $25m a year within three years by "
    "sharing lorries, warehouses and buyers between the two companies.",
    "The purchase still needs the approval of the Competition and Markets Authority, which "
    "is expected to rule by the end of September.",
]
PUBLISHED = "2026-03-17"

NAVIGATION = """
<nav class="site-nav"><ul>
<li><a href="/">Home</a></li><li><a href="/markets">Markets</a></li>
<li><a href="/companies">Companies</a></li><li><a href="/opinion">Opinion</a></li>
<li><a href="/newsletters">Sign up for our morning briefing</a></li>
</ul></nav>
"""
COMMENTS = """
<section id="comments" class="comments"><h2>Comments (2)</h2>
<div class="comment"><p class="comment-author">milkfan77</p>
<p>About time somebody bought them, the cheese has been awful for years.</p></div>
<div class="comment"><p class="comment-author">M. Smith</p>
<p>I sold my Larchmont shares last week, typical.</p></div>
</section>
"""


def news_page(headline: str = HEADLINE, paragraphs: list[str] = PARAGRAPHS) -> str:
    body = "\n".join(f"<p>{text}</p>" for text in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{headline} | The Ledger Gazette</title>
<meta property="og:site_name" content="The Ledger Gazette">
<meta property="og:title" content="{headline}">
<meta name="author" content="Rhys Calloway">
<meta property="article:published_time" content="{PUBLISHED}T07:30:00Z">
</head><body>
<header class="masthead"><a href="/">The Ledger Gazette</a></header>
{NAVIGATION}
<main><article>
<h1>{headline}</h1>
<p class="byline">By Rhys Calloway, Business reporter</p>
{body}
<div class="share">Share this article: Facebook Twitter Email</div>
</article>
<aside class="related"><h3>Most read</h3><ul>
<li><a href="/a">Ten cheeses you must try before you die</a></li>
<li><a href="/b">Why bond yields are climbing again</a></li></ul></aside>
{COMMENTS}
</main>
<footer><p>Copyright 2026 The Ledger Gazette. All rights reserved.</p>
<a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>"""


PAYWALL_PAGE = """<!DOCTYPE html>
<html><head><title>Larchmont's big bet on milk | The Ledger Gazette</title>
<script type="application/ld+json">{"@type": "NewsArticle", "isAccessibleForFree": false}
</script></head><body>
<article><h1>Larchmont's big bet on milk</h1>
<p>Larchmont Foods has agreed its biggest deal yet, a bet on dairy that investors are
still trying to understand.</p>
<div class="paywall"><p>Subscribe to continue reading. Already a subscriber? Sign in.</p></div>
</article></body></html>"""


def rss_feed(base: str, items: list[tuple[str, str]]) -> str:
    """An RSS 2.0 feed of (guid, path) items, each item a link to `base + path`."""
    entries = "\n".join(
        f"""<item><title>Story {guid}</title><link>{base}{path}</link>
<guid isPermaLink="false">{guid}</guid><pubDate>Tue, 17 Mar 2026 07:30:00 GMT</pubDate>
<description>Summary of story {guid}.</description></item>"""
        for guid, path in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Ledger Gazette: Companies</title>
<link>{base}/companies</link><description>Company news</description>
{entries}
</channel></rss>"""


def atom_feed(base: str, items: list[tuple[str, str]]) -> str:
    """An Atom feed of (id, path) entries."""
    entries = "\n".join(
        f"""<entry><title>Entry {entry_id}</title><id>{entry_id}</id>
<link rel="alternate" href="{base}{path}"/><updated>2026-03-18T08:00:00Z</updated>
<summary>Summary of entry {entry_id}.</summary></entry>"""
        for entry_id, path in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger Gazette: Markets</title>
<id>urn:ledger:markets</id><updated>2026-03-18T08:00:00Z</updated>
{entries}
</feed>"""


OTHER_HEADLINE = "Harrowgate Rail orders 40 trains from Kessler"
OTHER_PARAGRAPHS = [
    "Harrowgate Rail said on Wednesday it had ordered 40 electric trains from Kessler for "
    "$1.2bn, the largest order in the company's history.",
    "The trains will replace diesel units on the Harrowgate to Lindum line from 2028, "
    "finance director Priya Lomax said.",
    "Kessler, which employs 2,400 people at its plant in Derby, said the order would keep "
    "the factory busy until 2031.",
    "Harrowgate shares fell 2% to $8.15, as analysts worried about the cost of the deal.",
]
