"""A page's title, site name and URL: trafilatura's own, for a fraction of its time."""

from __future__ import annotations

import pytest
import trafilatura

from dealwatch.ingest.html import _metadata, _page_metadata

BODY = ("<p>The council approved the new harbour plan on Tuesday after a long debate, the mayor "
        "said. Work on the quay is to start in spring and take two years.</p>")
PAGES = [
    # <title> alone, the outlet after a bar
    f"<html><head><title>Harbour plan approved | Coast Courier</title></head>"
    f"<body><article>{BODY}</article></body></html>",
    # Open Graph: site name and URL
    '<html><head><meta property="og:title" content="Harbour plan approved">'
    '<meta property="og:site_name" content="@coastcourier">'
    '<meta property="og:url" content="https://courier.example/harbour-plan">'
    f"</head><body>{BODY}</body></html>",
    # JSON-LD publisher, a canonical link, a site name in lower case
    '<html><head><link rel="canonical" href="https://www.courier.example/a/1">'
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Quay works '
    'to start", "publisher": {"@type": "Organization", "name": "coast courier"}}</script>'
    f"</head><body><h1>Quay works to start</h1>{BODY}</body></html>",
    # no site name at all: taken from the URL
    f"<html><head><title>Quay works</title></head><body>{BODY}</body></html>",
    # escaped twice, a soft hyphen and a zero-width space: cleaned as trafilatura cleans them
    '<html><head><meta property="og:title" content="Council&amp;#039;s quay &amp;quot;plan'
    '&amp;quot; - \u200bapproved"><meta property="og:site_name" content="Coast Cou\u00adrier">'
    f"</head><body>{BODY}</body></html>",
    # broken JSON-LD, a byline, tags and a licence trafilatura reads but dealwatch does not
    '<html><head><script type="application/ld+json">{"@type": "NewsArticle", </script>'
    '<meta name="author" content="Desk"><meta name="keywords" content="harbour, quay">'
    f'</head><body><a rel="license" href="https://licence.example">CC</a>{BODY}'
    "<footer>© 2019 Coast Courier</footer></body></html>",
]


@pytest.mark.parametrize("html", PAGES)
@pytest.mark.parametrize("url", [None, "https://courier.example/news/harbour"])
def test_title_site_and_url_are_trafilaturas(html: str, url: str | None) -> None:
    theirs = trafilatura.extract_metadata(html, default_url=url, extensive=False)
    ours = _page_metadata(html, url)
    assert ours is not None
    assert (ours.title, ours.sitename, ours.url) == (theirs.title, theirs.sitename, theirs.url)


def test_a_fragment_is_left_to_trafilatura_whole() -> None:
    svg = "<svg><title>Chart of the quay</title><text>1 2 3</text></svg>"
    assert _page_metadata(svg, None) is None
    theirs = _metadata(svg, None)
    try:
        expected = trafilatura.extract_metadata(svg, extensive=False)
    except AssertionError:
        expected = None
    assert (theirs is None) == (expected is None)
