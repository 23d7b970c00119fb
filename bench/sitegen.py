"""A generated news site for benchmarks and tests: many outlets, templates, feeds, sitemaps.

``generate_site(root, pages, seed)`` writes a static site of article pages of
50–150 KB each, the way real news sites weigh: navigation menus, teaser grids,
cookie banners, comment sections, inline scripts and SVG sprites around a few
kilobytes of article text. Six fictional outlets in five languages use five
templates that state their dates differently (JSON-LD, OpenGraph meta,
``<time>`` only, a JSON-LD ``@graph``, or only the running text). One outlet
republishes other outlets' articles with a disclaimer (exact copies of the
text). Every outlet has an RSS feed, and a sitemap index leads to one Google
News sitemap per outlet. The same seed gives the same site, byte for byte.
"""

from __future__ import annotations

import html
import json
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.prose import BANKS, headline, invented_name, paragraph, sentence, written_date

PAGE_BYTES = (50_000, 150_000)
NEWEST = datetime(2025, 9, 30, 18, 0, tzinfo=UTC)
WINDOW_DAYS = 60
COPY_SHARE = 0.06  # of all pages, republished by the syndicating outlet

DISCLAIMERS = {
    "de": "Haftungsausschluss: Das Urheberrecht dieses Artikels liegt bei seinem ursprünglichen "
    "Autor. Der Nachdruck dient allein der Information. Sollte eine Rechtsverletzung vorliegen, "
    "kontaktieren Sie uns bitte, wir werden den Beitrag umgehend löschen. Danke",
    "en": "This article was originally published on {origin} and is republished with permission. "
    "The copyright of this article belongs to its original author.",
}


@dataclass(frozen=True)
class Outlet:
    slug: str
    name: str
    language: str
    template: str
    sections: tuple[str, ...]
    dated_urls: bool  # /yyyy/mm/dd/ in article URLs


OUTLETS = (
    Outlet(
        "rheinblatt",
        "Rheinblatt",
        "de",
        "portal",
        ("politik", "wirtschaft", "kultur", "sport", "region", "wissen"),
        False,
    ),
    Outlet(
        "harbour-courier",
        "The Harbour Courier",
        "en",
        "broadsheet",
        ("news", "business", "politics", "culture", "sport", "opinion"),
        True,
    ),
    Outlet(
        "le-veilleur",
        "Le Veilleur",
        "fr",
        "magazine",
        ("politique", "economie", "societe", "culture", "sports", "monde"),
        True,
    ),
    Outlet(
        "el-mirador",
        "El Mirador Diario",
        "es",
        "graph",
        ("nacional", "economia", "cultura", "deportes", "local", "internacional"),
        False,
    ),
    Outlet(
        "il-faro",
        "Il Faro Quotidiano",
        "it",
        "portal",
        ("politica", "economia", "cultura", "sport", "cronaca", "esteri"),
        True,
    ),
    Outlet(
        "nordwire",
        "Nordwire Nachrichtenportal",
        "de",
        "syndicate",
        ("ticker", "finanzen", "welt"),
        False,
    ),
)
# Share of original articles per outlet (the syndicator only copies).
OUTLET_WEIGHTS = (0.26, 0.24, 0.18, 0.17, 0.15, 0.0)

UI = {
    "de": {
        "cookie": "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu "
        "personalisieren, Werbung anzuzeigen und die Nutzung unserer Website zu analysieren. "
        "Mit einem Klick auf „Alle akzeptieren“ stimmen Sie der Verarbeitung zu.",
        "accept": "Alle akzeptieren",
        "more": "Mehr zum Thema",
        "read": "Meistgelesen",
        "newsletter": "Der Newsletter am Morgen: die wichtigsten Nachrichten des Tages, "
        "kostenlos in Ihrem Postfach. Jetzt anmelden!",
        "by": "Von",
        "comments": "Kommentare",
        "published": "Veröffentlicht am",
    },
    "en": {
        "cookie": "We use cookies and similar technologies to personalise content, show "
        "advertising and analyse how our website is used. By clicking “Accept all” you agree.",
        "accept": "Accept all",
        "more": "More on this story",
        "read": "Most read",
        "newsletter": "The Morning Briefing: the day's most important stories, free in your "
        "inbox. Sign up now!",
        "by": "By",
        "comments": "Comments",
        "published": "Published on",
    },
    "fr": {
        "cookie": "Nous utilisons des cookies et des technologies similaires pour personnaliser "
        "les contenus, afficher des publicités et analyser l'utilisation de notre site.",
        "accept": "Tout accepter",
        "more": "Sur le même sujet",
        "read": "Les plus lus",
        "newsletter": "La lettre du matin : l'essentiel de l'actualité, gratuitement dans votre "
        "boîte mail. Inscrivez-vous !",
        "by": "Par",
        "comments": "Commentaires",
        "published": "Publié le",
    },
    "es": {
        "cookie": "Utilizamos cookies y tecnologías similares para personalizar el contenido, "
        "mostrar publicidad y analizar el uso de nuestra web.",
        "accept": "Aceptar todo",
        "more": "Más sobre este tema",
        "read": "Lo más leído",
        "newsletter": "El boletín de la mañana: las noticias más importantes del día, gratis en "
        "tu correo. ¡Suscríbete!",
        "by": "Por",
        "comments": "Comentarios",
        "published": "Publicado el",
    },
    "it": {
        "cookie": "Utilizziamo cookie e tecnologie simili per personalizzare i contenuti, "
        "mostrare pubblicità e analizzare l'uso del nostro sito.",
        "accept": "Accetta tutto",
        "more": "Leggi anche",
        "read": "I più letti",
        "newsletter": "La newsletter del mattino: le notizie più importanti della giornata, "
        "gratis nella tua casella. Iscriviti ora!",
        "by": "Di",
        "comments": "Commenti",
        "published": "Pubblicato il",
    },
}


@dataclass
class Article:
    """One generated article page and the facts a test can check it against."""

    path: str
    outlet: Outlet
    title: str
    description: str
    paragraphs: list[str]
    published: datetime
    language: str
    subheadings: list[str] = field(default_factory=list)  # one after every fifth paragraph
    copy_of: str | None = None  # path of the original, for republished copies


@dataclass
class Site:
    """What was generated: the pages, and where a crawl starts."""

    root: Path
    articles: list[Article] = field(default_factory=list)
    start_paths: list[str] = field(default_factory=list)

    def start_urls(self, base_url: str) -> list[str]:
        return [base_url.rstrip("/") + "/" + path for path in self.start_paths]


def generate_site(root: Path, pages: int, seed: int = 7) -> Site:
    """Write a site of ``pages`` article pages (plus feeds, sitemaps, home pages) under ``root``."""
    rng = random.Random(seed)
    site = Site(Path(root))
    for number in range(pages):
        site.articles.append(_new_article(site.articles, number, rng))
    for index, article in enumerate(site.articles):
        _write(site.root / article.path, _page(article, site.articles, random.Random(seed + index)))
    for outlet in OUTLETS:
        own = [a for a in site.articles if a.outlet is outlet]
        _write(site.root / outlet.slug / "feed.xml", _feed(outlet, own))
        _write(site.root / outlet.slug / "news-sitemap.xml", _news_sitemap(own))
        _write(site.root / outlet.slug / "index.html", _home(outlet, own))
        site.start_paths.append(f"{outlet.slug}/feed.xml")
    _write(site.root / "sitemap-index.xml", _sitemap_index())
    _write(site.root / "robots.txt", "User-agent: *\nDisallow: /private/\n")
    site.start_paths.insert(0, "sitemap-index.xml")
    return site


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")


def _new_article(earlier: list[Article], number: int, rng: random.Random) -> Article:
    published = NEWEST - timedelta(minutes=rng.randint(0, WINDOW_DAYS * 24 * 60))
    originals = [a for a in earlier if a.copy_of is None and a.language in DISCLAIMERS]
    if originals and rng.random() < COPY_SHARE:
        original = rng.choice(originals)
        outlet = OUTLETS[-1]
        published = original.published + timedelta(minutes=rng.randint(20, 600))
        path = _article_path(outlet, number, original.title, published, rng)
        return Article(
            path,
            outlet,
            original.title,
            original.description,
            list(original.paragraphs),
            published,
            original.language,
            list(original.subheadings),
            copy_of=original.path,
        )
    outlet = rng.choices(OUTLETS, OUTLET_WEIGHTS)[0]
    bank = BANKS[outlet.language]
    places = tuple(invented_name(rng) for _ in range(rng.randint(2, 4)))
    title = headline(bank, rng)
    description = sentence(bank, rng, places)
    paragraphs = [paragraph(bank, rng, places) for _ in range(rng.randint(6, 18))]
    path = _article_path(outlet, number, title, published, rng)
    subheadings = [headline(bank, rng) for _ in range(len(paragraphs) // 5)]
    return Article(
        path, outlet, title, description, paragraphs, published, outlet.language, subheadings
    )


def _article_path(
    outlet: Outlet, number: int, title: str, published: datetime, rng: random.Random
) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = "-".join(
        "".join(ch for ch in word.lower() if ch.isalnum()) for word in ascii_title.split()[:7]
    ).strip("-")
    section = rng.choice(outlet.sections)
    dated = f"{published:%Y/%m/%d}/" if outlet.dated_urls else ""
    return f"{outlet.slug}/{section}/{dated}{slug}-{1000 + number}.html"


# --- page parts ---------------------------------------------------------------

E = html.escape


def _nav(outlet: Outlet, rng: random.Random) -> str:
    bank = BANKS[outlet.language]
    items = []
    for section in outlet.sections:
        subs = "".join(
            f'<li class="nav__sub-item"><a class="nav__sub-link" '
            f'href="/{outlet.slug}/{section}/{k}/">{E(rng.choice(bank.objects)[:28])}</a></li>'
            for k in range(rng.randint(6, 10))
        )
        items.append(
            f'<li class="nav__item nav__item--has-children"><a class="nav__link" '
            f'href="/{outlet.slug}/{section}/">{section.capitalize()}</a>'
            f'<ul class="nav__sub" aria-hidden="true">{subs}</ul></li>'
        )
    return (
        f'<header class="site-header"><div class="site-header__bar"><a class="logo" '
        f'href="/{outlet.slug}/" aria-label="{E(outlet.name)}"><svg class="logo__svg" '
        f'viewBox="0 0 120 24"><use href="#logo"></use></svg></a>'
        f'<button class="menu-toggle" aria-expanded="false">Menu</button>'
        f'<form class="search" action="/{outlet.slug}/suche"><input type="search" name="q">'
        f"</form></div>"
        f'<nav class="nav" role="navigation"><ul class="nav__list">{"".join(items)}</ul></nav>'
        f"</header>"
    )


def _teaser(other: Article, rng: random.Random, css: str) -> str:
    width = rng.choice((320, 480, 640))
    return (
        f'<article class="{css}"><a class="{css}__link" href="/{other.path}">'
        f'<figure class="{css}__media"><img loading="lazy" width="{width}" '
        f'height="{width * 9 // 16}" src="/media/{rng.getrandbits(32):08x}-{width}.jpg" '
        f'srcset="/media/x-{width}.jpg 1x, /media/x-{width * 2}.jpg 2x" alt=""></figure>'
        f'<div class="{css}__body"><span class="{css}__kicker">'
        f"{E(other.outlet.sections[0].upper())}</span>"
        f'<h3 class="{css}__title">{E(other.title)}</h3>'
        f'<p class="{css}__text">{E(other.description)}</p></div></a></article>'
    )


def _teasers(article: Article, pool: list[Article], rng: random.Random, count: int) -> str:
    ui = UI[article.outlet.language]
    same = [a for a in pool if a.outlet is article.outlet and a is not article] or pool
    picks = [rng.choice(same) for _ in range(count)]
    return (
        f'<section class="teaser-grid" data-module="recommendations">'
        f'<h2 class="teaser-grid__title">{E(ui["more"])}</h2>'
        + "".join(_teaser(p, rng, "teaser") for p in picks)
        + "</section>"
    )


def _most_read(article: Article, pool: list[Article], rng: random.Random) -> str:
    ui = UI[article.outlet.language]
    picks = rng.sample(pool, min(10, len(pool)))
    entries = "".join(
        f'<li class="most-read__item"><span class="most-read__rank">{rank}</span>'
        f'<a href="/{p.path}">{E(p.title)}</a></li>'
        for rank, p in enumerate(picks, 1)
    )
    return (
        f'<aside class="most-read"><h2>{E(ui["read"])}</h2><ol class="most-read__list">'
        f"{entries}</ol></aside>"
    )


def _cookie_banner(language: str) -> str:
    ui = UI[language]
    return (
        f'<div id="consent" class="cmp-banner" role="dialog" aria-modal="true">'
        f'<p class="cmp-banner__text">{E(ui["cookie"])}</p>'
        f'<button class="cmp-banner__accept">{E(ui["accept"])}</button>'
        f'<button class="cmp-banner__settings">Settings</button></div>'
    )


def _newsletter(language: str) -> str:
    return (
        f'<div class="newsletter-box"><p>{E(UI[language]["newsletter"])}</p>'
        f'<form action="/newsletter" method="post"><input type="email" name="email" '
        f'placeholder="name@example.org"><button type="submit">OK</button></form></div>'
    )


def _footer(outlet: Outlet, rng: random.Random) -> str:
    links = "".join(
        f'<li><a href="/{outlet.slug}/{rng.choice(outlet.sections)}/archiv-{k}/">'
        f"{E(rng.choice(BANKS[outlet.language].objects)[:24])}</a></li>"
        for k in range(rng.randint(30, 50))
    )
    return (
        f'<footer class="site-footer"><ul class="site-footer__links">{links}</ul>'
        f'<p class="site-footer__legal">© 2025 {E(outlet.name)} · Impressum · Datenschutz · '
        f"AGB · Kontakt</p></footer>"
    )


def _comments(article: Article, rng: random.Random) -> str:
    bank = BANKS[article.outlet.language]
    entries = []
    for k in range(rng.randint(3, 12)):
        moment = article.published + timedelta(hours=rng.randint(1, 72))
        entries.append(
            f'<li class="comment" id="c{k}"><div class="comment__meta">'
            f'<span class="comment__author">user{rng.randint(100, 99999)}</span> '
            f'<time datetime="{moment.isoformat()}">{moment:%d.%m.%Y %H:%M}</time></div>'
            f'<p class="comment__text">{E(sentence(bank, rng))}</p></li>'
        )
    return (
        f'<section id="comments" class="comments"><h2>{E(UI[article.outlet.language]["comments"])}'
        f'</h2><ol class="comments__list">{"".join(entries)}</ol></section>'
    )


def _svg_sprite(rng: random.Random, icons: int) -> str:
    symbols = "".join(
        f'<symbol id="i{k}" viewBox="0 0 24 24"><path d="'
        + " ".join(f"L{rng.randint(0, 24)} {rng.randint(0, 24)}" for _ in range(rng.randint(8, 24)))
        + '"/></symbol>'
        for k in range(icons)
    )
    return f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none">{symbols}</svg>'


def _script_state(rng: random.Random, size: int) -> str:
    """An inline app-state script of about ``size`` bytes (ad slots, tracking, config)."""
    slots, length = [], 0
    while length < size:
        slot = {
            "id": f"ad-slot-{len(slots)}",
            "sizes": [[rng.choice((300, 728, 970)), rng.choice((90, 250, 600))]],
            "targeting": {
                "kw": [f"k{rng.randint(0, 9999)}" for _ in range(rng.randint(3, 8))],
                "pos": rng.choice(("top", "mid", "bottom", "sidebar")),
            },
            "lazy": rng.random() < 0.5,
            "hash": f"{rng.getrandbits(128):032x}",
        }
        text = json.dumps(slot, separators=(",", ":"))
        slots.append(text)
        length += len(text) + 1
    return (
        '<script>window.__APP_STATE__={"ads":['
        + ",".join(slots)
        + '],"consent":{"vendors":[1,2,3,4,5,6,7,8]}};</script>'
    )


def _tracking_scripts(rng: random.Random) -> str:
    return "".join(
        f'<script async src="https://cdn.tracker{k}.example/t.js?id={rng.getrandbits(40):x}">'
        f"</script>"
        for k in range(rng.randint(4, 9))
    ) + (
        "<script>(function(w,d){w.dataLayer=w.dataLayer||[];"
        "w.dataLayer.push({event:'pageview',ts:Date.now()});"
        "var s=d.createElement('script');s.async=true;s.src='/static/app.js';"
        "d.head.appendChild(s);})(window,document);</script>"
    )


def _style(rng: random.Random) -> str:
    rules = "".join(
        f".c{k}{{margin:{rng.randint(0, 32)}px;color:#{rng.getrandbits(24):06x}}}"
        for k in range(rng.randint(80, 200))
    )
    return f"<style>{rules}</style>"


# --- article bodies per template --------------------------------------------


def _body_paragraphs(article: Article, rng: random.Random, inline_teasers: str = "") -> str:
    """The article text as paragraphs with subheadings, and a copy's disclaimer at the end."""
    parts = []
    for number, text in enumerate(article.paragraphs):
        parts.append(f"<p>{E(text)}</p>")
        if number == 2 and inline_teasers:
            parts.append(inline_teasers)
        if number and number % 5 == 0:
            parts.append(f"<h2>{E(article.subheadings[number // 5 - 1])}</h2>")
    if article.copy_of:
        origin = article.copy_of.split("/", 1)[0]
        disclaimer = DISCLAIMERS[article.language].format(origin=origin)
        parts.append(f'<p class="disclaimer">{E(disclaimer)}</p>')
    return "".join(parts)


def _byline(article: Article, rng: random.Random) -> str:
    """A reporter's name: a first name and a surname from the language's people."""
    people = BANKS[article.language].people
    return f"{rng.choice(people).split()[-2]} {rng.choice(people).split()[-1]}"


def _jsonld(article: Article, author: str, graph: bool) -> str:
    news = {
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.description,
        "datePublished": article.published.isoformat(),
        "dateModified": (article.published + timedelta(hours=2)).isoformat(),
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": article.outlet.name},
        "inLanguage": article.outlet.language,
    }
    if graph:
        data = {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebPage", "name": article.title},
                {"@type": "BreadcrumbList", "itemListElement": []},
                news,
            ],
        }
    else:
        data = {"@context": "https://schema.org", **news}
    return (
        '<script type="application/ld+json">'
        + json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        + "</script>"
    )


def _head(article: Article, extra: str, rng: random.Random) -> str:
    return (
        f'<head><meta charset="utf-8"><title>{E(article.title)} | {E(article.outlet.name)}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="description" content="{E(article.description)}">'
        f'<meta property="og:title" content="{E(article.title)}">'
        f'<meta property="og:type" content="article">'
        f'<meta property="og:site_name" content="{E(article.outlet.name)}">'
        f'<link rel="canonical" href="/{article.path}">'
        f"{extra}{_style(rng)}{_tracking_scripts(rng)}</head>"
    )


def _portal(article: Article, pool: list[Article], rng: random.Random, teasers: int) -> str:
    author = _byline(article, rng)
    head = _head(article, _jsonld(article, author, graph=False), rng)
    ui = UI[article.outlet.language]
    inline = _teasers(article, pool, rng, 3)
    return (
        f'<!DOCTYPE html><html lang="{article.outlet.language}">{head}<body class="portal">'
        f"{_cookie_banner(article.outlet.language)}{_nav(article.outlet, rng)}"
        f'<nav class="breadcrumb"><a href="/{article.outlet.slug}/">Start</a> › '
        f'<a href="/{article.path.rsplit("/", 1)[0]}/">{E(article.path.split("/")[1])}</a></nav>'
        f'<main id="main"><article class="article"><header class="article__header">'
        f'<h1 class="article__title">{E(article.title)}</h1>'
        f'<p class="article__lead">{E(article.description)}</p>'
        f'<p class="article__byline">{E(ui["by"])} {E(author)}</p></header>'
        f'<figure class="article__image"><img src="/media/lead.jpg" alt=""><figcaption>'
        f"Foto: Agentur</figcaption></figure>"
        f'<div class="article__body">{_body_paragraphs(article, rng, inline)}</div></article>'
        f"{_newsletter(article.outlet.language)}{_teasers(article, pool, rng, teasers)}</main>"
        f"{_footer(article.outlet, rng)}"
    )


def _broadsheet(article: Article, pool: list[Article], rng: random.Random, teasers: int) -> str:
    author = _byline(article, rng)
    meta = (
        f'<meta property="article:published_time" content="{article.published.isoformat()}">'
        f'<meta name="author" content="{E(author)}">'
    )
    head = _head(article, meta, rng)
    return (
        f'<!DOCTYPE html><html lang="en-GB">{head}<body class="broadsheet">'
        f"{_nav(article.outlet, rng)}{_cookie_banner('en')}"
        f'<div class="layout"><main class="layout__main"><article itemscope>'
        f'<h1 itemprop="headline">{E(article.title)}</h1>'
        f'<div class="standfirst"><p>{E(article.description)}</p></div>'
        f'<address class="byline">By <a rel="author" href="/people/x">{E(author)}</a></address>'
        f'<div class="content__body" itemprop="articleBody">{_body_paragraphs(article, rng)}</div>'
        f"</article>{_comments(article, rng)}</main>"
        f'<aside class="layout__aside">{_most_read(article, pool, rng)}'
        f"{_newsletter('en')}</aside></div>{_teasers(article, pool, rng, teasers)}"
        f"{_footer(article.outlet, rng)}"
    )


def _magazine(article: Article, pool: list[Article], rng: random.Random, teasers: int) -> str:
    author = _byline(article, rng)
    head = _head(article, "", rng)
    return (
        f'<!DOCTYPE html><html lang="fr">{head}<body class="magazine">'
        f"{_svg_sprite(rng, rng.randint(20, 60))}{_nav(article.outlet, rng)}"
        f'<main><div class="article-wrapper"><h1>{E(article.title)}</h1>'
        f'<p class="chapo">{E(article.description)}</p><div class="meta">'
        f'<span class="author">Par {E(author)}</span> · '
        f'<time datetime="{article.published.isoformat()}">'
        f"{written_date(BANKS['fr'], *_day_month_year(article.published))}"
        f"</time></div>"
        f'<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">Mail</a></div>'
        f'<section class="article-body">{_body_paragraphs(article, rng)}</section></div>'
        f"{_teasers(article, pool, rng, teasers)}</main>{_footer(article.outlet, rng)}"
        f"{_cookie_banner('fr')}"
    )


def _graph(article: Article, pool: list[Article], rng: random.Random, teasers: int) -> str:
    author = _byline(article, rng)
    head = _head(
        article,
        _jsonld(article, author, graph=True) + f'<link rel="amphtml" href="/amp/{article.path}">',
        rng,
    )
    slots = "".join(
        f'<div class="ad-slot" id="div-gpt-ad-{k}" data-sizes="300x250,728x90"></div>'
        for k in range(rng.randint(4, 10))
    )
    ticker = "".join(
        f'<li><span class="hora">{rng.randint(7, 22)}:{rng.randint(0, 59):02d}</span> '
        f"{E(headline(BANKS['es'], rng))}</li>"
        for _ in range(rng.randint(5, 12))
    )
    return (
        f'<!DOCTYPE html><html lang="es">{head}<body class="graph">{_nav(article.outlet, rng)}'
        f'<div class="ad-slot" id="div-gpt-ad-top"></div>'
        f'<div class="ticker"><h2>Última hora</h2><ul>{ticker}</ul></div>'
        f'<main><article class="noticia"><h1>{E(article.title)}</h1>'
        f'<h2 class="entradilla">{E(article.description)}</h2>'
        f'<div class="firma">{E(author)}</div>'
        f'<div class="cuerpo">{_body_paragraphs(article, rng)}</div></article>{slots}'
        f"{_teasers(article, pool, rng, teasers)}</main>{_footer(article.outlet, rng)}"
        f"{_cookie_banner('es')}"
    )


def _syndicate(article: Article, pool: list[Article], rng: random.Random, teasers: int) -> str:
    language = article.language
    ui = UI[language]
    day = written_date(BANKS[language], *_day_month_year(article.published))
    head = _head(article, "", rng)
    return (
        f"<!DOCTYPE html><html>{head}<body>{_nav(article.outlet, rng)}"
        f'<div id="content"><header class="post-header"><h1 class="post-title">'
        f'{E(article.title)}</h1><div class="post-meta">{E(ui["published"])} {day}</div>'
        f'</header><article class="post-content">{_body_paragraphs(article, rng)}</article>'
        f"{_most_read(article, pool, rng)}{_teasers(article, pool, rng, teasers)}</div>"
        f"{_footer(article.outlet, rng)}"
    )


def _day_month_year(moment: datetime) -> tuple[int, int, int]:
    return moment.day, moment.month, moment.year


TEMPLATES: dict[str, Callable[[Article, list[Article], random.Random, int], str]] = {
    "portal": _portal,
    "broadsheet": _broadsheet,
    "magazine": _magazine,
    "graph": _graph,
    "syndicate": _syndicate,
}


def _page(article: Article, pool: list[Article], rng: random.Random) -> str:
    """The article's page, padded with teasers and an inline app state to its target size."""
    target = rng.randint(*PAGE_BYTES)
    render = TEMPLATES[article.outlet.template]
    teasers = rng.randint(12, 24)
    page = render(article, pool, random.Random(rng.random()), teasers)
    # Real pages carry about as much markup as script: grow the teaser grid first.
    while len(page.encode()) < target * 0.75 and teasers < 160:
        teasers += 12
        page = render(article, pool, random.Random(rng.random()), teasers)
    missing = max(2_000, target - len(page.encode()))
    return page + _script_state(rng, missing) + "</body></html>"


# --- feeds, sitemaps, home pages --------------------------------------------


def _feed(outlet: Outlet, articles: list[Article]) -> str:
    items = "".join(
        f"<item><title>{E(a.title)}</title><link>/{a.path}</link>"
        f'<guid isPermaLink="false">{a.path}</guid>'
        f"<pubDate>{a.published.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"
        f"<description>{E(a.description)}</description></item>"
        for a in sorted(articles, key=lambda a: a.published, reverse=True)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{E(outlet.name)}</title><link>/{outlet.slug}/</link>"
        f"<language>{outlet.language}</language>{items}</channel></rss>"
    )


def _news_sitemap(articles: list[Article]) -> str:
    entries = "".join(
        f"<url><loc>/{a.path}</loc><news:news><news:publication>"
        f"<news:name>{E(a.outlet.name)}</news:name>"
        f"<news:language>{a.outlet.language}</news:language></news:publication>"
        f"<news:publication_date>{a.published.isoformat()}</news:publication_date>"
        f"<news:title>{E(a.title)}</news:title></news:news></url>"
        for a in articles
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"{entries}</urlset>"
    )


def _sitemap_index() -> str:
    entries = "".join(
        f"<sitemap><loc>/{outlet.slug}/news-sitemap.xml</loc></sitemap>" for outlet in OUTLETS
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{entries}</sitemapindex>"
    )


def _home(outlet: Outlet, articles: list[Article]) -> str:
    latest = sorted(articles, key=lambda a: a.published, reverse=True)[:30]
    links = "".join(f'<li><a href="/{a.path}">{E(a.title)}</a></li>' for a in latest)
    return (
        f'<!DOCTYPE html><html lang="{outlet.language}"><head><meta charset="utf-8">'
        f"<title>{E(outlet.name)}</title></head><body><h1>{E(outlet.name)}</h1>"
        f"<ul>{links}</ul></body></html>"
    )
