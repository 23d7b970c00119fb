"""The extract pipeline: clean text and metadata out of pages and text fixtures."""

import asyncio
import subprocess
import sys
import textwrap
import time

import pytest
from scrapy.exceptions import DropItem
from trafilatura import load_html
from trafilatura.metadata import JSON_MINIFY, Document, extract_meta_json

from crawler.items import ArticleItem
from crawler.spiders.news import NewsSpider
from pipelines.extract import ExtractPipeline
from pipelines.text.disclaimers import strip_disclaimers
from pipelines.text.extraction import (
    _json_ld_metadata,
    _minified_json,
    extract_article,
    extract_text_document,
    join_pages,
)
from tests.conftest import ROOT, SEEDS, project_crawler

SEED_000 = (SEEDS / "000_4ff62c2f2672f3f6.txt").read_text(encoding="utf-8")
SEED_002 = (SEEDS / "002_a49ea989e3a13d76.txt").read_text(encoding="utf-8")
DISCLAIMER = SEED_000.splitlines()[-1]


def page(body: str, head: str = "") -> str:
    return (
        f'<html lang="de"><head><meta charset="utf-8">{head}</head><body>'
        f"<nav><a href='/'>Start</a> <a href='/politik'>Politik</a></nav>"
        f"<article>{body}</article><footer>© Beispielverlag</footer></body></html>"
    )


PARAGRAPHS = [line for line in SEED_000.splitlines() if not line.startswith("Haftungs")]


def test_seed_000_text_fixture_loses_its_disclaimer_and_keeps_its_credit():
    text, published = extract_text_document(SEED_000)
    assert "Haftungsausschluss" not in text
    assert "Urheberrecht dieses Artikels" not in text
    assert text.startswith("26 Staaten sind bereit")
    assert text.endswith("Mit Informationen von Björn Blaschke, ARD-Studio Moskau, zzt. in Tiflis")
    assert published is None


def test_seed_002_date_marker_is_split_off():
    text, published = extract_text_document(SEED_002)
    assert published.date().isoformat() == "2025-09-05"
    assert text.startswith("Nach den erneuten Beratungen")
    assert "date 2025" not in text


def test_disclaimer_inside_a_paragraph_keeps_the_text_before_it():
    kept = strip_disclaimers(["Kiew lehnt dies ab. " + DISCLAIMER, "Zweiter Absatz."])
    assert kept == ["Kiew lehnt dies ab.", "Zweiter Absatz."]


def test_html_page_with_disclaimer_yields_article_text_and_metadata():
    head = (
        '<title>Putin warnt</title><meta property="og:site_name" content="Börsenblick">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2025-09-05T16:45:00+02:00", "headline": "Putin warnt"}</script>'
        '<link rel="canonical" href="https://boersenblick.example/n/4711.html">'
    )
    html = page("".join(f"<p>{p}</p>" for p in [*PARAGRAPHS, DISCLAIMER]), head)
    result = extract_article(html.encode("utf-8"), "https://boersenblick.example/n/4711.html?x=1")
    assert result.reason is None
    assert "Haftungsausschluss" not in result.text
    assert result.text.rstrip().endswith("zzt. in Tiflis")
    assert "Start" not in result.text.split("\n")[0]
    assert result.site_name == "Börsenblick"
    assert result.published.isoformat() == "2025-09-05T16:45:00+02:00"
    assert result.date_source == "jsonld"
    assert result.canonical_url == "https://boersenblick.example/n/4711.html"
    assert result.language_hint == "de"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty document"),
        (b"   \n ", "empty document"),
        (b"<html><body><nav>Menu</nav></body></html>", "text too short (4 characters)"),
    ],
)
def test_pages_without_text_say_why(body, reason):
    assert extract_article(body, "https://x.example/a").reason == reason


def test_undecodable_bytes_do_not_crash():
    garbage = bytes(range(256)) * 200
    result = extract_article(garbage, "https://x.example/bin")
    assert isinstance(result.text, str)


def test_pipeline_drops_a_page_without_text_and_counts_it():
    crawler = project_crawler()
    pipeline = ExtractPipeline.from_crawler(crawler)
    with pytest.raises(DropItem, match=r"https://x\.example/empty"):
        asyncio.run(pipeline.process_item(ArticleItem(url="https://x.example/empty", body=b"")))
    assert crawler.stats.get_value("newsmon/no_text/empty document") == 1


def test_pipeline_fills_the_item_and_releases_the_raw_page():
    item = ArticleItem(url="file:///seeds/002.txt", body=SEED_002.encode(), content_type="text")
    asyncio.run(ExtractPipeline.from_crawler(project_crawler()).process_item(item))
    assert item.body is None
    assert item.text.startswith("Nach den erneuten Beratungen")
    assert item.text_date.date().isoformat() == "2025-09-05"


# --- the fixture site's leaks, fixed ---------------------------------------------------------

ALPENPOST = SEEDS / "site/alpenpost/politik/2025/09/05/putin-warnt-vor-westlichen-truppen.html"
NORTHBRIDGE = (
    SEEDS / "site/northbridge/technology/2025/09/03/kestrel-semiconductor-delays-chip-plant.html"
)
BOERSENBLICK = (
    SEEDS / "site/boersenblick/nachrichten/putin-truppen-ukraine-legitimes-ziel-4711.html"
)


def fixture_text(path) -> str:
    result = extract_article(path.read_bytes(), path.as_uri())
    assert result.reason is None
    return result.text


def test_alpenpost_loses_kicker_headline_dateline_caption_and_subscription_box():
    text = fixture_text(ALPENPOST)
    assert text.startswith("Nach den erneuten Beratungen der Ukraine-Verbündeten")
    assert text.endswith("verlängert sich aber wegen des Kriegsrechts.")
    for leak in (
        "Ukraine-Krieg",
        "Aktualisiert",
        "Foto: Agentur",
        "Qualitätsjournalismus",
        "Jetzt abonnieren",
        "Kremlchef Putin beim Wirtschaftsforum",
    ):
        assert leak not in text
    # Its subheadings and the seed's text stay.
    assert 'Kreml-Sprecher: "Gefahr für uns"' in text.splitlines()


def test_northbridge_loses_kicker_and_headline():
    text = fixture_text(NORTHBRIDGE)
    assert text.startswith("Kestrel Semiconductor has pushed back the opening")
    assert "Semiconductors\n" not in text


def test_boersenblick_loses_its_byline_crumbs_and_disclaimer_and_keeps_the_credit():
    text = fixture_text(BOERSENBLICK)
    assert text.startswith("26 Staaten sind bereit")
    assert "Lesezeit" not in text and "Haftungsausschluss" not in text
    assert text.endswith("Mit Informationen von Björn Blaschke, ARD-Studio Moskau, zzt. in Tiflis")


# --- metadata ------------------------------------------------------------------------------


def test_metadata_fields():
    result = extract_article(ALPENPOST.read_bytes(), "https://alpenpost.example/p/1.html")
    assert result.title == "Putin warnt vor westlichen Truppen in der Ukraine"
    assert result.site_name == "Alpenpost"
    assert result.description.startswith("Nach dem Treffen der „Koalition der Willigen“")
    assert result.updated.isoformat() == "2025-09-05T13:05:00+02:00"
    assert (
        result.canonical_url
        == "https://alpenpost.example/p/putin-warnt-vor-westlichen-truppen.html"
    )
    assert result.image == "https://alpenpost.example/media/wladiwostok-forum.svg"
    assert {"Putin", "Koalition der Willigen"} <= set(result.tags)
    assert result.language_hint == "de"


def test_language_hint_from_og_locale_when_html_has_no_lang():
    html = page("<p>" + PARAGRAPHS[1] + "</p>").replace(' lang="de"', "")
    html = html.replace("<head>", '<head><meta property="og:locale" content="fr_FR">')
    assert extract_article(html).language_hint == "fr"


# --- charsets --------------------------------------------------------------------------------

UMLAUTS = "Grüße aus Köln: Die Straße ist gesperrt, äußerst ärgerlich für alle Pendler heute."


def test_the_http_charset_wins_over_the_meta_tag():
    html = page(f"<p>{UMLAUTS}</p>").replace('charset="utf-8"', 'charset="iso-8859-1"')
    assert UMLAUTS in extract_article(html.encode("cp1252"), None, "cp1252").text


def test_the_meta_charset_is_used_when_the_response_declares_none():
    html = page(f"<p>{UMLAUTS}</p>").replace('charset="utf-8"', 'charset="iso-8859-1"')
    assert UMLAUTS in extract_article(html.encode("iso-8859-1")).text


def test_undeclared_single_byte_text_is_detected():
    html = page(f"<p>{UMLAUTS} {UMLAUTS}</p>").replace('<meta charset="utf-8">', "")
    assert UMLAUTS in extract_article(html.encode("cp1252")).text


def test_utf8_declared_as_latin1_is_read_as_utf8():
    html = page(f"<p>{UMLAUTS}</p>").replace('charset="utf-8"', 'charset="iso-8859-1"')
    assert UMLAUTS in extract_article(html.encode("utf-8"), None, "iso-8859-1").text


def test_broken_bytes_in_a_utf8_page_do_not_crash():
    html = page(f"<p>{UMLAUTS}</p><p>{PARAGRAPHS[1]}</p>").encode() + b"\xff\xfe\x80 broken"
    result = extract_article(html, None, "utf-8")
    assert PARAGRAPHS[1] in result.text


# --- bad input: a reason, in bounded time, never an exception --------------------------------


def test_binary_data_says_so():
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 100
    assert extract_article(png, "https://x.example/a.png").reason == "binary data, not an HTML page"


def test_markup_nested_ten_thousand_levels_deep_gives_a_reason():
    deep = "<html><body>" + "<div>" * 10_000 + "<p>Tief.</p>" + "</div>" * 10_000 + "</body></html>"
    started = time.perf_counter()
    result = extract_article(deep)
    assert time.perf_counter() - started < 30
    assert result.reason == "no article text found: markup nested deeper than 255 levels"


def test_an_article_before_deeply_nested_markup_is_still_found():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:6])
    html = page(body + "<div>" * 10_000 + "x" + "</div>" * 10_000)
    assert PARAGRAPHS[1] in extract_article(html).text


def test_a_20_mb_page_is_refused_in_bounded_time_and_memory():
    # In a child process, so that its peak memory can be measured.
    code = textwrap.dedent(
        """
        import resource, time
        from pipelines.text.extraction import extract_article
        row = "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 20 + "</p>"
        html = ("<html><body>" + row * (20_000_000 // len(row)) + "</body></html>").encode()
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        result = extract_article(html, "https://x.example/huge")
        print(result.reason)
        print(time.perf_counter() - started)
        print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024)
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    reason, seconds, megabytes = run.stdout.splitlines()
    assert reason.startswith("page too large: 20.0 million characters")
    assert float(seconds) < 10
    assert float(megabytes) < 300


def test_a_page_that_is_mostly_script_still_gives_its_article():
    script = "<script>var state = " + '{"k": "' + "x" * 3_000_000 + '"};</script>'
    html = page("".join(f"<p>{p}</p>" for p in PARAGRAPHS[:4]) + script)
    result = extract_article(html.encode())
    assert PARAGRAPHS[1] in result.text and "var state" not in result.text


def test_when_trafilatura_finds_nothing_the_json_ld_article_body_is_used():
    body = " ".join(PARAGRAPHS[:5]).replace('"', "'")
    html = (
        '<html lang="de"><head><script type="application/ld+json">{"@type": "NewsArticle", '
        f'"headline": "Putin warnt", "articleBody": "{body}"}}</script></head>'
        '<body><div id="app"></div></body></html>'
    )
    result = extract_article(html)
    assert result.reason is None and PARAGRAPHS[1].replace('"', "'") in result.text


# --- page types ------------------------------------------------------------------------------


def test_an_amp_page():
    html = (
        '<!doctype html><html ⚡ lang="de"><head><meta charset="utf-8">'
        '<link rel="canonical" href="https://x.example/artikel.html">'
        "<title>Putin warnt</title></head><body><amp-consent id='c'><div>Wir verwenden "
        "Cookies. Akzeptieren Sie alle Cookies?</div></amp-consent><article><h1>Putin warnt</h1>"
        '<amp-img src="a.jpg" width="800" height="450" layout="responsive"></amp-img>'
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:4])
        + '<amp-ad type="doubleclick" width="300" height="250"></amp-ad></article></body></html>'
    )
    result = extract_article(html, "https://x.example/amp/artikel.html")
    assert result.text.split("\n") == PARAGRAPHS[:4]
    assert result.canonical_url == "https://x.example/artikel.html"


def test_a_table_layout_page_gives_its_article_cell_only():
    cell = "<br><br>".join(PARAGRAPHS[:4])
    nav = "".join(f"<tr><td><a href='/{n}'>» Rubrik {n}</a></td></tr>" for n in range(8))
    html = (
        '<html><head><meta charset="utf-8"><title>Heimatblatt</title></head><body>'
        f"<table><tr><td><table>{nav}</table></td><td><table><tr><td>{cell}</td></tr>"
        "<tr><td><a href='javascript:print()'>Drucken</a> | <a href='/'>Zurück</a></td></tr>"
        "</table></td></tr></table></body></html>"
    )
    text = extract_article(html).text
    assert text.split("\n") == PARAGRAPHS[:4]


@pytest.mark.parametrize(
    "linked", ["<a href='{href}'><h3>{title}</h3></a>", "<h3><a href='{href}'>{title}</a></h3>"]
)
def test_a_list_of_teaser_cards_goes_with_its_heading(linked):
    # Their leads come from other articles: left in, they make unrelated articles look alike.
    cards = "".join(
        "<li><article>" + linked.format(href=f"/a/{n}.html", title=f"Andere Schlagzeile {n}")
        + f"<p>{PARAGRAPHS[n % 4][:120]} und der Anfang eines anderen Artikels Nummer {n}.</p>"
        "<time>3 h</time></article></li>"
        for n in range(6)
    )  # fmt: skip
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:3])
    html = page(body + f"<section><h2>Mehr aus der Region</h2><ul>{cards}</ul></section>")
    assert extract_article(html).text.split("\n") == PARAGRAPHS[:3]


def test_a_blog_that_lists_its_post_with_a_linked_title_keeps_it():
    # The post's permalink headline in a list item as long as an article: no teaser card.
    posts = [PARAGRAPHS[0:3], PARAGRAPHS[5:8]]  # over 100 words each
    items = "".join(
        f"<li><h2><a href='/post-{n}.html'>Beitrag {n}</a></h2>"
        + "".join(f"<p>{p}</p>" for p in post) + "</li>"
        for n, post in enumerate(posts)
    )  # fmt: skip
    text = extract_article(page(f"<ul>{items}</ul>")).text
    assert all(paragraph[:60] in text for post in posts for paragraph in post)


def test_one_card_with_two_linked_headings_is_not_a_list_of_teasers():
    card = (
        "<li><h4><a href='/thema'>Thema</a></h4><h3><a href='/a.html'>Andere Schlagzeile</a></h3>"
        "<p>Ein kurzer Anriss eines anderen Artikels.</p></li>"
    )
    listing = f"<ul>{card}<li>{PARAGRAPHS[3]}</li></ul>"
    text = extract_article(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS[:3]) + listing)).text
    assert PARAGRAPHS[3] in text


def test_a_list_in_the_article_with_plain_links_stays():
    items = [f"Punkt {n}: {PARAGRAPHS[n][:80]}" for n in range(3)]
    listing = "".join(f"<li><a href='/q/{n}'>Quelle</a> {i}</li>" for n, i in enumerate(items))
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:3])
    html = page(body + f"<h3>Das Wichtigste</h3><ul>{listing}</ul>")
    text = extract_article(html).text
    assert all(item.split(": ", 1)[1][:40] in text for item in items)


def test_a_newsletter_sign_up_box_in_the_body_goes():
    box = (
        "<div class='box'><h3>Immer informiert</h3><p>Die wichtigsten Nachrichten am Morgen, "
        "direkt aus der Redaktion.</p><form><input type='email' name='EMAIL'>"
        "<input type='submit' value='Los'></form></div>"
    )
    html = page("".join(f"<p>{p}</p>" for p in PARAGRAPHS[:3]) + box)
    assert extract_article(html).text.split("\n") == PARAGRAPHS[:3]


def test_a_photo_gallery_keeps_its_captions():
    slides = "".join(
        f"<figure><img src='{n}.jpg'><figcaption><span>Bild {n} von 4</span><p>{p}</p>"
        "<span>Foto: Agentur</span></figcaption></figure>"
        for n, p in enumerate(PARAGRAPHS[1:5], 1)
    )
    html = page(f"<p>{PARAGRAPHS[0]}</p>{slides}")
    assert extract_article(html).text.split("\n") == PARAGRAPHS[:5]


def test_a_standfirst_outside_the_body_comes_back():
    lead, rest = PARAGRAPHS[0], PARAGRAPHS[1:5]
    html = (
        '<html lang="de"><head><meta charset="utf-8">'
        f'<meta name="description" content="{lead[:120]}"><title>Putin warnt</title></head>'
        f"<body><header><h1>Putin warnt</h1><p class='lead'>{lead}</p></header>"
        "<nav><a href='/'>Start</a></nav><article>"
        + "".join(f"<p>{p}</p>" for p in rest)
        + "</article></body></html>"
    )
    assert extract_article(html).text.split("\n") == [lead, *rest]


def test_pages_of_one_article_are_joined_without_repeats():
    first = extract_article(page("".join(f"<p>{p}</p>" for p in PARAGRAPHS[:4])))
    second = extract_article(
        page("".join(f"<p>{p}</p>" for p in [PARAGRAPHS[0], *PARAGRAPHS[4:8]]))
    )
    joined = join_pages(first, [second])
    assert joined.text.split("\n") == PARAGRAPHS[:8]
    assert joined.title == first.title and joined.reason is None


# --- the pipeline ----------------------------------------------------------------------------


def test_the_pipeline_applies_a_source_s_own_disclaimer_patterns(tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[[sources]]\nname = "Ticker"\nfeeds = ["https://ticker.example/feed.xml"]\n'
        "disclaimers = ['Ein Dienst der Nachrichtenagentur Nordticker']\n",
        encoding="utf-8",
    )
    crawler = project_crawler(NewsSpider)
    crawler.spider = NewsSpider.from_crawler(crawler, sources=str(sources))
    pipeline = ExtractPipeline.from_crawler(crawler)
    pipeline.open_spider()
    note = "Ein Dienst der Nachrichtenagentur Nordticker für ihre Kunden."
    body = page("".join(f"<p>{p}</p>" for p in [*PARAGRAPHS[:3], note])).encode()
    item = asyncio.run(
        pipeline.process_item(
            ArticleItem(url="https://ticker.example/1.html", body=body, source="Ticker")
        )
    )
    assert item.text.split("\n") == PARAGRAPHS[:3]
    other = asyncio.run(
        pipeline.process_item(
            ArticleItem(url="https://other.example/1.html", body=body, source="Other")
        )
    )
    assert note in other.text


def test_the_pipeline_joins_the_following_pages(tmp_path):
    pipeline = ExtractPipeline.from_crawler(project_crawler())
    first = page("".join(f"<p>{p}</p>" for p in PARAGRAPHS[:3])).encode()
    second = page("".join(f"<p>{p}</p>" for p in PARAGRAPHS[3:6])).encode()
    item = ArticleItem(
        url="https://x.example/a",
        body=first,
        next_pages=[("https://x.example/a?p=2", second, None)],
    )
    asyncio.run(pipeline.process_item(item))
    assert item.text.split("\n") == PARAGRAPHS[:6]
    assert item.next_pages == [] and item.body is None


def test_latin1_bytes_declared_as_utf8_are_detected():
    html = page(f"<p>{UMLAUTS}</p>" * 3)
    assert UMLAUTS in extract_article(html.encode("latin-1"), None, "utf-8").text


def test_millions_of_unclosed_comments_and_scripts_take_bounded_time():
    for opener in ("<!--", "<script>"):
        html = ("<html><body><p>" + PARAGRAPHS[1] + "</p>" + opener * 2_000_000).encode()
        started = time.perf_counter()
        result = extract_article(html)
        assert time.perf_counter() - started < 30
        assert result.reason or result.text


@pytest.mark.parametrize(
    "text",
    [
        '{\n  "@type": "NewsArticle",\n\t"headline": "Zwei  Leer  zeichen"\n}',
        '{"a": "ein \\"zitiertes\\" Wort", "b" :\u00a0[ 1 ,\u2003 2 ] }',
        '{"offen": "kein Ende \n  hier',
        '{"a": "x\\\\" , "b": "\\\\"}  ',
        '"" \x1c "" \\ "\\',
        "",
    ],
)
def test_json_ld_is_minified_as_trafilatura_minifies_it(text):
    assert _minified_json(text) == JSON_MINIFY.sub(r"\1", text)


def test_json_ld_metadata_as_trafilatura_reads_it():
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org",\n'
        '  "@type": "NewsArticle", "headline": "Der  Titel",\n'
        '  "author": [{"@type": "Person", "name": "Anna Beispiel"}],\n'
        '  "publisher": {"@type": "Organization", "name": "Börsenblick"}}</script>'
        '<script type="application/ld+json">{"@type": "WebPage", "name": "kaputt", </script>'
    )
    tree = load_html(page("<p>Text</p>", head))
    ours = _json_ld_metadata(tree, Document())
    theirs = extract_meta_json(tree, Document())
    fields = ("title", "author", "sitename", "description", "categories", "tags", "pagetype")
    assert [getattr(ours, f) for f in fields] == [getattr(theirs, f) for f in fields]
    assert (ours.title, ours.author, ours.sitename) == ("Der Titel", "Anna Beispiel", "Börsenblick")


def test_image_markdown_whose_alt_text_spans_lines_leaves_no_trace():
    from pipelines.text.extraction import _article_paragraphs

    def finder(tree, url, gallery):
        return 'Erster Absatz.\n![Ein Bild,\nzweizeilig](https://x.example/a.jpg "Titel")\nZweiter.'

    assert _article_paragraphs(None, None, True, [finder]) == ["Erster Absatz.", "Zweiter."]


def test_a_description_the_page_does_not_show_is_no_standfirst():
    description = "Ein Satz aus der Beschreibung, der auf der Seite nur versteckt steht, und mehr."
    hidden = f'<div style="display:none"><p>{description}</p></div>'
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:3])
    markup = page(hidden + body, head=f'<meta name="description" content="{description}">')
    assert description not in extract_article(markup, "https://x.example/a").text


@pytest.mark.parametrize(
    "wrapper",
    [
        "<nav><a href='/'>Start</a> <a href='/politik'>Politik</a><div>{body}</div>",  # unclosed
        "<aside class='paywall-content'>{body}</aside>",
        "<footer><div>{body}</div><a href='/impressum'>Impressum</a></footer>",
    ],
)
def test_prose_inside_navigation_asides_or_footers_is_still_found(wrapper):
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:4])
    html = (
        '<html lang="de"><head><title>Putin warnt</title></head><body>'
        "<nav><a href='/'>Start</a> <a href='/welt'>Welt</a></nav>"
        + wrapper.format(body=body)
        + "</body></html>"
    )
    result = extract_article(html)
    assert result.reason is None and PARAGRAPHS[1] in result.text
