#!/usr/bin/env python3
"""Generate the newsmon publication-date / language benchmark.

    python bench/data/dating/build.py          # writes pages/*.html, manifest.jsonl, language.jsonl

Hand-written article texts live in ``src/articles_<lang>.py``; the markup
styles of the fictional outlets are in ``src/templates.py``.  Each article
record states which *case* it belongs to and, for the misleading cases,
where its true publication date is shown (``src``).  This script renders the
date signals that case allows -- and only those -- and checks that pages of
the strict cases carry no other full date.

Everything is deterministic: running the script twice gives identical files.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from calendar import monthrange
from datetime import datetime, timedelta, timezone
from html import escape as e
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

from src.locale_data import CAL_HEAD, UI, WEEKDAYS, fmt, month_year  # noqa: E402
from src.sites import SITES  # noqa: E402
from src.templates import TEMPLATES, _slug  # noqa: E402
from src import articles_de, articles_en, articles_fr, articles_es, articles_it, articles_nl, articles_xx  # noqa: E402
from src.language_items import LANGUAGE_ITEMS  # noqa: E402

UTC = timezone.utc

CASES = ["jsonld", "meta", "time-tag", "text-only", "url-only", "feed-only", "http-only",
         "copyright", "comments", "updated", "teasers", "archive", "future-event", "conflict", "nodate"]
# cases in which the page itself must not carry any full date outside the allowed signal
STRICT = {"jsonld", "meta", "url-only", "feed-only", "http-only", "nodate"}
DEFAULT_SRC = {"jsonld": ["jsonld"], "meta": ["meta"], "time-tag": ["time"], "text-only": ["text"],
               "url-only": [], "feed-only": [], "http-only": [], "nodate": []}

# site-wide footer habits and <html lang> values (some deliberately sloppy, as in the wild)
SITE_EXTRA = {
    "rheinblick": dict(copy_year=True, lang_attr="de", locale="de_DE", owner="Rheinblick Medien GmbH"),
    "tagesfunk": dict(copy_year=False, lang_attr="de", locale="de_DE"),
    "elbeanzeiger": dict(copy_year=True, lang_attr="de-de", locale="de_DE"),
    "wirtschaftsblick": dict(copy_year=False, lang_attr="de-DE", locale="de_DE"),
    "lindenau": dict(copy_year=False, lang_attr="de-DE", locale="de_DE"),
    "bergnotizen": dict(copy_year=True, lang_attr="de-DE", locale="de_DE"),
    "alpenwelle": dict(copy_year=False, lang_attr="de-AT", locale="de_AT"),
    "harbour": dict(copy_year=True, lang_attr="en-GB", locale="en_GB", owner="Harbour Media Ltd"),
    "ledger": dict(copy_year=True, lang_attr="en-US", locale="en_US"),
    "civicwire": dict(copy_year=False, lang_attr="en", locale="en_US"),
    "northfield": dict(copy_year=True, lang_attr="en", locale="en_US", owner="Northfield Post Media Co."),
    "byteletter": dict(copy_year=True, lang_attr="en", locale="en_GB", owner="Tessa Moorcroft"),
    "lakeshore": dict(copy_year=False, lang_attr="en-US", locale="en_US"),
    "ashby": dict(copy_year=False, lang_attr="en-GB", locale="en_GB"),
    "courrier": dict(copy_year=True, lang_attr="fr", locale="fr_FR"),
    "ouestmatin": dict(copy_year=False, lang_attr="fr-FR", locale="fr_FR"),
    "gazalpes": dict(copy_year=True, lang_attr="fr-FR", locale="fr_FR"),
    "infoloire": dict(copy_year=True, lang_attr=None, locale="fr_FR"),
    "tajo": dict(copy_year=True, lang_attr="es", locale="es_ES", owner="Ediciones del Tajo S.L."),
    "levante": dict(copy_year=False, lang_attr="es-ES", locale="es_ES"),
    "ebro": dict(copy_year=True, lang_attr="es-es", locale="es_ES"),
    # Ghost ships with lang="en" and many small sites never change it
    "sierranorte": dict(copy_year=True, lang_attr="en", locale="es_ES"),
    "lagunare": dict(copy_year=False, lang_attr="it", locale="it_IT"),
    "langhe": dict(copy_year=True, lang_attr="it-IT", locale="it_IT"),
    "padane": dict(copy_year=True, lang_attr="it", locale="it_IT"),
    "televalle": dict(copy_year=False, lang_attr="it", locale="it_IT"),
    "polderblad": dict(copy_year=False, lang_attr="nl", locale="nl_NL"),
    "scheldebode": dict(copy_year=True, lang_attr="nl-BE", locale="nl_BE"),
    "ravensloot": dict(copy_year=False, lang_attr="nl", locale="nl_NL"),
    "rivierenland": dict(copy_year=False, lang_attr="nl", locale="nl_NL"),
    "kurier": dict(copy_year=True, lang_attr="pl", locale="pl_PL"),
    "glospodgorza": dict(copy_year=True, lang_attr="pl-PL", locale="pl_PL"),
    "volzhskie": dict(copy_year=True, lang_attr=None, locale="ru_RU"),
    "uralobozr": dict(copy_year=True, lang_attr="ru-RU", locale="ru_RU"),
    "karpaty": dict(copy_year=True, lang_attr="uk", locale="uk_UA"),
    "prydnipro": dict(copy_year=False, lang_attr="uk", locale="uk_UA"),
}
CRAWL_YEAR = 2026  # the year the snapshot pages were "taken"


# ---------------------------------------------------------------------------
def h(s: str, n: int = 8) -> int:
    return int(hashlib.md5(s.encode()).hexdigest()[:n], 16)


def letters(s: str, n: int = 12) -> str:
    """letters-only hash (keeps digit runs that look like years out of file names)."""
    d = hashlib.sha1(s.encode()).digest()
    return "".join("abcdefghjkmnpqrstuvwxyz"[b % 23] for b in d[:n])


def parse_local(s: str | None, tz: str) -> datetime | None:
    if not s:
        return None
    for f in ("%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(s, f).replace(tzinfo=ZoneInfo(tz))
        except ValueError:
            pass
    raise ValueError(s)


def iso(dt: datetime, style: str = "offset") -> str:
    u = dt.astimezone(UTC)
    return {
        "offset": dt.isoformat(timespec="seconds"),
        "offset_ms": dt.isoformat(timespec="milliseconds"),
        "utc": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "ms": u.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "date": dt.strftime("%Y-%m-%d"),
        "naive": dt.strftime("%Y-%m-%d %H:%M:%S"),
        "compact": dt.strftime("%Y%m%d"),
        "minute": dt.strftime("%Y-%m-%dT%H:%M") + dt.strftime("%z")[:3] + ":" + dt.strftime("%z")[3:],
    }[style]


def http_date(dt: datetime) -> str:
    u = dt.astimezone(UTC)
    return u.strftime("%a, %d %b %Y %H:%M:%S GMT")


# ---------------------------------------------------------------------------
META_DEFAULT_FMT = {"article:published_time": "offset", "date": "offset", "pubdate": "offset",
                    "DC.date.issued": "date", "dcterms.created": "date", "parsely-pub-date": "utc",
                    "sailthru.date": "naive", "datePublished": "offset", "publish-date": "date",
                    "article.published": "offset", "cXenseParse:recs:publishtime": "offset"}


def meta_tags(a, pub, upd):
    name = a.get("meta", "article:published_time")
    style = a.get("meta_fmt", META_DEFAULT_FMT.get(name, "offset"))
    out = []
    if name.startswith("article:"):
        out.append(f'<meta property="{name}" content="{iso(pub, style)}">')
        if upd:
            out.append(f'<meta property="article:modified_time" content="{iso(upd, style)}">')
    elif name == "datePublished":
        out.append(f'<meta itemprop="datePublished" content="{iso(pub, style)}">')
        if upd:
            out.append(f'<meta itemprop="dateModified" content="{iso(upd, style)}">')
    else:
        out.append(f'<meta name="{name}" content="{iso(pub, style)}">')
        if upd:
            mod = {"DC.date.issued": "DC.date.modified", "date": "last-modified",
                   "parsely-pub-date": "parsely-updated-date"}.get(name, "lastmod")
            out.append(f'<meta name="{mod}" content="{iso(upd, style)}">')
    return out


def jsonld_block(a, c, pub, upd):
    s = c["site"]
    typ = a.get("ld_type", "NewsArticle")
    style = a.get("ld_fmt", "offset")
    art = {"@context": "https://schema.org", "@type": typ,
           "mainEntityOfPage": {"@type": "WebPage", "@id": c["url"]},
           "headline": c["title"], "description": c["description"],
           "image": [f"https://{s['domain']}{c['img']}"],
           "inLanguage": c["og_locale"].replace("_", "-")}
    if pub:
        art["datePublished"] = iso(pub, style)
        art["dateModified"] = iso(upd or pub, style)
    if c["author"]:
        art["author"] = [{"@type": "Person", "name": c["author"]}]
    art["publisher"] = {"@type": "Organization", "name": s["name"],
                        "logo": {"@type": "ImageObject", "url": f"https://{s['domain']}/logo.png"}}
    if a.get("ld_graph"):
        del art["@context"]
        art["@id"] = c["url"] + "#article"
        web = {"@type": "WebPage", "@id": c["url"], "url": c["url"], "name": c["title"],
               "isPartOf": {"@id": f"https://{s['domain']}/#website"}}
        site = {"@type": "WebSite", "@id": f"https://{s['domain']}/#website",
                "url": f"https://{s['domain']}/", "name": s["name"]}
        data = {"@context": "https://schema.org", "@graph": [art, web, site]}
    elif a.get("ld_list"):
        crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": c["ui"]["home"], "item": f"https://{s['domain']}/"},
            {"@type": "ListItem", "position": 2, "name": c["section"],
             "item": f"https://{s['domain']}/{_slug(c['section'])}/"}]}
        data = [art, crumbs]
    else:
        data = art
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False, indent=None if a.get("ld_compact", True) else 2)
            + "</script>")


def org_jsonld(c):
    s = c["site"]
    data = {"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": s["name"],
            "url": f"https://{s['domain']}/", "logo": f"https://{s['domain']}/logo.png"}
    return '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"


# ---------------------------------------------------------------------------
DATE_WRAP = {  # (class for the wrapper span, class for <time>)
    "bootstrap": ("article-date", ""), "broadcaster": (None, ""), "magazine": ("article__date", "article__time"),
    "typo3": (None, ""), "arc": (None, "b-date__published"), "drupal": ("node__date", ""),
    "ghost": (None, "gh-article-meta-date"), "amp": ("amp-date", ""), "legacy": (None, ""),
    "nextjs": ("ArticleHeader_date__t6GhB", ""), "substack": (None, ""), "wire": ("story-date", ""),
}


def date_fragment(a, c, pub, upd, kinds):
    """Build the visible date bit of the article header."""
    tpl, lang, ui = c["tpl"], c["lang"], c["ui"]
    style = a.get("style", "long")
    ustyle = a.get("ustyle", style)
    label = a.get("label", False)
    pieces = []

    def txt(dt, st, lab=None):
        t = fmt(lang, dt, st)
        return f"{lab} {t}" if lab else t

    if "time" in kinds:
        cls_pub = "entry-date published" if tpl == "wp" else DATE_WRAP.get(tpl, (None, ""))[1]
        attr = f' class="{cls_pub}"' if cls_pub else ""
        ip = ' itemprop="datePublished"' if tpl == "joomla" else ""
        tstyle = a.get("time_fmt", "offset")
        lab = ui["published"] if (label or upd) else None
        pieces.append(f'<time datetime="{iso(pub, tstyle)}"{attr}{ip}>{e(txt(pub, style, lab))}</time>')
        if upd and "noupdvisible" not in kinds:
            ucls = ' class="updated"' if tpl == "wp" else ""
            ip = ' itemprop="dateModified"' if tpl == "joomla" else ""
            pieces.append(f'<time datetime="{iso(upd, tstyle)}"{ucls}{ip}>{e(txt(upd, ustyle, ui["updated"]))}</time>')
    elif "text" in kinds:
        lab = ui["published"] if (label or upd) else None
        if style in ("stand", "publie"):
            lab = None
        pieces.append(f'<span class="{a.get("text_cls", "date")}">{e(txt(pub, style, lab))}</span>')
        if upd:
            pieces.append(f'<span class="{a.get("text_cls", "date")} date--updated">{e(txt(upd, ustyle, ui["updated"]))}</span>')
    elif "updtext" in kinds:  # only the update is visible; the publication date sits in metadata
        if ustyle == "stand":
            pieces.append(f'<span class="date">{e(fmt(lang, upd, "stand"))}</span>')
        else:
            pieces.append(f'<span class="date date--updated">{e(txt(upd, ustyle, ui["updated"]))}</span>')
    elif "updtime" in kinds:
        pieces.append(f'<time datetime="{iso(upd, a.get("time_fmt", "offset"))}" class="updated">'
                      f'{e(txt(upd, ustyle, ui["updated"]))}</time>')
    if not pieces:
        return ""
    inner = " · ".join(pieces) if tpl not in ("wp",) else "".join(pieces)
    if tpl == "wp":
        if "time" in kinds:
            return f'<span class="posted-on"><a href="{e(c["url"])}" rel="bookmark">{inner}</a></span>'
        return f'<span class="posted-on">{inner}</span>'
    if tpl == "joomla":
        return (f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
                f'{inner}</dd>')
    wrap = DATE_WRAP.get(tpl, (None, ""))[0]
    return f'<span class="{wrap}">{inner}</span>' if wrap else inner


# ---------------------------------------------------------------------------
def comments_html(a, c):
    if not a.get("comments"):
        return ""
    lang, ui, tpl, tz = c["lang"], c["ui"], c["tpl"], c["site"]["tz"]
    items = []
    style = a.get("comment_style", "wp" if tpl == "wp" else "text")
    for i, (name, when, text) in enumerate(a["comments"]):
        dt = parse_local(when, tz)
        cid = 1000 + h(a["id"] + str(i)) % 9000
        if style == "wp":
            items.append(
                f'<li id="comment-{cid}" class="comment {"even" if i % 2 == 0 else "odd"} thread-{"even" if i % 2 == 0 else "odd"} depth-1">'
                f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta">'
                f'<div class="comment-author vcard"><b class="fn">{e(name)}</b></div>'
                f'<div class="comment-metadata"><a href="{e(c["url"])}#comment-{cid}"><time datetime="{iso(dt)}">'
                f'{e(fmt(lang, dt, a.get("comment_fmt", "num_time")))}</time></a></div></footer>'
                f'<div class="comment-content"><p>{e(text)}</p></div>'
                f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}">{e(ui["reply"])}</a></div>'
                f'</article></li>')
        elif style == "time":
            items.append(
                f'<div class="comment" id="c{cid}"><div class="comment__header"><span class="comment__author">{e(name)}</span> '
                f'<time class="comment__date" datetime="{iso(dt, "utc")}">{e(fmt(lang, dt, a.get("comment_fmt", "num_time")))}</time></div>'
                f'<p class="comment__text">{e(text)}</p><button class="comment__reply">{e(ui["reply"])}</button></div>')
        else:
            items.append(
                f'<div class="comment" id="c{cid}"><p class="comment-meta"><strong>{e(name)}</strong> {e(ui["wrote"])} '
                f'<span class="comment-date">{e(fmt(lang, dt, a.get("comment_fmt", "num_time")))}</span>:</p>'
                f'<p class="comment-text">{e(text)}</p></div>')
    n = len(items)
    if style == "wp":
        return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{e(ui["comments"])} ({n})</h2>'
                f'<ol class="comment-list">{"".join(items)}</ol>'
                f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{e(ui["comment_prompt"])}</h3></div></div>')
    return (f'<section class="comments" id="comments"><h2 class="comments__title">{e(ui["comments"])} ({n})</h2>'
            + "\n".join(items)
            + f'<form class="comment-form"><label>{e(ui["comment_prompt"])}<textarea name="comment"></textarea></label></form></section>')


def teasers_html(a, c):
    if not a.get("teasers"):
        return ""
    lang, ui, tz = c["lang"], c["ui"], c["site"]["tz"]
    style = a.get("teaser_style", "text")
    title = ui["most_read"] if a.get("teaser_pos") == "sidebar" else ui["related"]
    lis = []
    for t_title, when, path in a["teasers"]:
        dt = parse_local(when, tz)
        if style == "time":
            d = f'<time class="teaser__date" datetime="{iso(dt, a.get("teaser_iso", "offset"))}">{e(fmt(lang, dt, a.get("teaser_fmt", "long")))}</time>'
        else:
            d = f'<span class="teaser__date">{e(fmt(lang, dt, a.get("teaser_fmt", "num")))}</span>'
        lis.append(f'<li class="teaser"><a class="teaser__link" href="{e(path)}"><span class="teaser__title">{e(t_title)}</span></a> {d}</li>')
    return (f'<section class="related-articles teaser-list" aria-label="{e(title)}"><h2 class="teaser-list__title">{e(title)}</h2>'
            f'<ul>{"".join(lis)}</ul></section>')


def archive_html(a, c):
    if not a.get("archive"):
        return ""
    arc = a["archive"]
    lang, ui, s = c["lang"], c["ui"], c["site"]
    y, m = map(int, arc["now"].split("-"))
    months = []
    yy, mm = y, m
    for _ in range(arc.get("n", 12)):
        months.append((yy, mm))
        mm -= 1
        if mm == 0:
            yy, mm = yy - 1, 12
    base = f"https://{s['domain']}"
    if c["tpl"] == "wp" or arc.get("wp"):
        # WordPress calendar + archive widgets
        first_wd, ndays = monthrange(y, m)
        post_days = {1 + (h(a["id"] + str(k)) % ndays) for k in range(arc.get("posts", 6))}
        heads = CAL_HEAD[lang].split()
        th = "".join(f'<th scope="col" aria-label="{e(WEEKDAYS[lang][i])}">{e(heads[i])}</th>' for i in range(7))
        cells = ['<td class="pad" colspan="%d">&nbsp;</td>' % first_wd] if first_wd else []
        rows, col = [], first_wd
        for d in range(1, ndays + 1):
            if d in post_days:
                dt = datetime(y, m, d)
                cells.append(f'<td><a href="{base}/{y}/{m:02d}/{d:02d}/" aria-label="{e(ui["posts_on"])} '
                             f'{e(fmt(lang, dt, "long"))}">{d}</a></td>')
            else:
                cells.append(f"<td>{d}</td>")
            col += 1
            if col == 7:
                rows.append("<tr>" + "".join(cells) + "</tr>")
                cells, col = [], 0
        if cells:
            rows.append("<tr>" + "".join(cells) + f'<td class="pad" colspan="{7 - col}">&nbsp;</td></tr>')
        py, pm = months[1]
        cal = (f'<section id="calendar-2" class="widget widget_calendar"><h2 class="widget-title">{e(ui["calendar"])}</h2>'
               f'<div id="calendar_wrap" class="calendar_wrap"><table id="wp-calendar" class="wp-calendar-table">'
               f'<caption>{e(month_year(lang, y, m))}</caption><thead><tr>{th}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
               f'<nav aria-label="Previous and next months" class="wp-calendar-nav"><span class="wp-calendar-nav-prev">'
               f'<a href="{base}/{py}/{pm:02d}/">&laquo; {e(month_year(lang, py, pm).split()[0][:3])}</a></span></nav></div></section>')
        lis = "".join(f'<li><a href="{base}/{yy}/{mm:02d}/">{e(month_year(lang, yy, mm))}</a>&nbsp;({3 + h(a["id"] + str(yy * 12 + mm)) % 19})</li>'
                      for yy, mm in months)
        arch = (f'<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">{e(ui["archive"])}</h2>'
                f'<nav aria-label="{e(ui["archive"])}"><ul>{lis}</ul></nav></section>')
        return (cal if arc.get("cal", True) else "") + arch
    # module-style archive list (Joomla / Drupal views / custom CMS)
    lis = "".join(f'<li class="archive-module__item"><a href="/archiv/{yy}/{mm:02d}">{e(month_year(lang, yy, mm))}</a></li>'
                  for yy, mm in months)
    return (f'<div class="moduletable archive-module"><h3 class="archive-module__title">{e(ui["archive"])}</h3>'
            f'<ul class="archive-module__list mod-articlesarchive">{lis}</ul></div>')


# ---------------------------------------------------------------------------
PLACEHOLDER = re.compile(r"\{([DU])(?::([a-z_]+))?\}")


def fill(text, lang, pub, upd, default_style):
    def rep(m):
        dt = pub if m.group(1) == "D" else upd
        return fmt(lang, dt, m.group(2) or default_style)
    return PLACEHOLDER.sub(rep, text)


def word_count(a):
    txt = " ".join([a["title"], a.get("lead", "")] + [p for p in a["paras"]])
    return len(re.findall(r"\w+", PLACEHOLDER.sub("x", txt)))


def render(a):
    site = dict(SITES[a["site"]])
    extra = SITE_EXTRA[a["site"]]
    lang = site["lang"]
    assert a["lang"] == lang, a["id"]
    tz = site["tz"]
    tpl = a.get("tpl", site["tpl"])
    case = a["case"]
    assert case in CASES, (a["id"], case)
    pub = parse_local(a.get("pub"), tz)
    upd = parse_local(a.get("upd"), tz)
    url = f"https://{site['domain']}{a['path']}"
    ui = UI[lang]
    src = a.get("src", DEFAULT_SRC.get(case))
    assert src is not None, f"{a['id']}: misleading case needs src"
    if isinstance(src, str):
        src = [src]

    style = a.get("style", "long")
    lead = e(fill(a.get("lead", ""), lang, pub, upd, style))
    paras = []
    for p in a["paras"]:
        paras.append(p if p.startswith("## ") else e(fill(p, lang, pub, upd, style)))
    desc_src = re.sub(r"<[^>]+>", "", fill(a.get("lead") or a["paras"][0], lang, pub, upd, style))
    description = desc_src if len(desc_src) <= 160 else desc_src[:157].rsplit(" ", 1)[0] + " …"

    wc = word_count(a)
    if extra["copy_year"]:
        owner = extra.get("owner", site["name"])
        copyright_ = f"© {CRAWL_YEAR} {e(owner)}. {e(ui['all_rights'])}."
    else:
        copyright_ = f"© {e(extra.get('owner', site['name']))}"
    if a.get("copyright"):
        copyright_ = e(a["copyright"])

    c = dict(
        lang=lang, lang_attr=a.get("lang_attr", extra["lang_attr"]), ui=ui, site=site, tpl=tpl,
        url=url, path=a["path"], title=a["title"], lead=lead, paras=paras, section=a.get("section", ""),
        author=a.get("author"), description=description, og_locale=extra["locale"],
        img=(f"/wp-content/uploads/{letters(a['id'], 10)}-1024x576.jpg" if tpl == "wp"
             else f"/media/images/{letters(a['id'])}.jpg"),
        caption=a.get("caption", ""), credit=a.get("credit", "privat"),
        post_id=10000 + h(a["id"]) % 80000, readtime=max(1, round(wc / 200)), wordcount=wc,
        head_extra="", date_html="", comments_html="", related_html="", sidebar_html="", copyright=copyright_,
        og=a.get("og", True),
    )

    head = []
    if "meta" in src:
        head += meta_tags(a, pub, None if "noupdmeta" in src else upd)
    if "jsonld" in src:
        head.append(jsonld_block(a, c, pub, None if "noupdld" in src else upd))
    elif a.get("ld_org"):
        head.append(org_jsonld(c))
    c["head_extra"] = "\n".join(head)
    kinds = set(src)
    c["date_html"] = date_fragment(a, c, pub, upd, kinds)
    c["comments_html"] = comments_html(a, c)
    teas = teasers_html(a, c)
    if a.get("teaser_pos") == "sidebar":
        c["sidebar_html"] = teas
    else:
        c["related_html"] = teas
    c["sidebar_html"] += archive_html(a, c)

    page = TEMPLATES[tpl](c)

    # ---- expected values -------------------------------------------------
    feed_date = None
    if a.get("feed"):
        if a["feed"] is True:
            fdt = pub + timedelta(minutes=a.get("feed_delay", 0))
        else:
            fdt = parse_local(a["feed"], tz)
        feed_date = iso(fdt, a.get("feed_fmt", "offset"))
    last_modified = None
    if a.get("lm"):
        lm_dt = pub + timedelta(minutes=a.get("lm_delay", 37)) if a["lm"] is True else parse_local(a["lm"], tz)
        last_modified = http_date(lm_dt)

    expected = pub.strftime("%Y-%m-%d") if pub and case != "nodate" else None
    if case == "http-only":
        expected = lm_dt.astimezone(UTC).strftime("%Y-%m-%d")
        assert expected == pub.strftime("%Y-%m-%d"), a["id"]
    expected_upd = upd.strftime("%Y-%m-%d") if upd and upd.date() != pub.date() else None
    rec = {"id": a["id"], "url": url, "language": lang, "case": case, "expected_published": expected,
           "expected_updated": expected_upd, "feed_date": feed_date, "last_modified": last_modified,
           "site": site["name"], "template": tpl, "date_source": sorted(set(src) - {"noupdmeta", "noupdld", "noupdvisible"})
           or (["url"] if case == "url-only" else ["feed"] if case == "feed-only" else ["http"] if case == "http-only" else [])}
    check(a, rec, page, pub, upd, src)
    return page, rec, wc


# ---------------------------------------------------------------------------
MONTH_WORDS = "|".join(sorted({w for lst in __import__("src.locale_data", fromlist=["x"]).MONTHS.values() for w in lst}
                              | {w for lst in __import__("src.locale_data", fromlist=["x"]).MONTHS_GEN.values() for w in lst}
                              | {"Sept", "Sep", "Okt", "mrt", "okt"}, key=len, reverse=True))
FULL_DATE = re.compile(
    r"\b(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b"      # ISO-ish
    r"|\b(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)?\d\d\b"     # d.m.y
    r"|/(?:19|20)\d\d/(?:0[1-9]|1[0-2])/"                                           # URL paths
    r"|\b(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b"                  # compact
    r"|\b\d{1,2}\.?\s+(?:de\s+)?(?:" + MONTH_WORDS + r")\.?\s+(?:de\s+)?(?:19|20)\d\d"  # 5. Mai 2024
    r"|(?:" + MONTH_WORDS + r")\.?\s+\d{1,2},?\s+(?:19|20)\d\d",                     # May 5, 2024
    re.IGNORECASE)


def check(a, rec, page, pub, upd, src):
    case = a["case"]
    # url dates only where the case wants them
    path_has_date = bool(re.search(r"/(19|20)\d\d[/-]?\d\d[/-]?\d\d", a["path"]) or re.search(r"/(19|20)\d{6}\b", a["path"]))
    if case == "url-only":
        assert path_has_date, a["id"]
        ymd = pub.strftime("%Y%m%d")
        assert re.sub(r"\D", "", a["path"]).find(ymd) >= 0, (a["id"], "url date != pub")
    elif case == "conflict":
        assert path_has_date and re.sub(r"\D", "", a["path"]).find(pub.strftime("%Y%m%d")) < 0, a["id"]
    else:
        assert not path_has_date, (a["id"], a["path"])
    if case == "nodate":
        assert not pub and not a.get("feed") and not a.get("lm"), a["id"]
    else:
        assert pub, a["id"]
        # metadata times chosen so the local and the UTC calendar day agree
        assert pub.astimezone(UTC).date() == pub.date(), (a["id"], "pub crosses midnight UTC")
        if upd:
            assert upd > pub and upd.astimezone(UTC).date() == upd.date(), a["id"]
    if case in ("feed-only",):
        assert a.get("feed"), a["id"]
    if a.get("feed") and a["feed"] is not True:
        assert a["feed"][:10] == a["pub"][:10], a["id"]
    if a.get("lm") and a["lm"] is not True:
        assert a["lm"] > (a.get("upd") or a["pub"]), (a["id"], "Last-Modified earlier than page")
    if case == "http-only":
        assert a.get("lm") and not a.get("feed"), a["id"]
    if "dateline" in src:
        assert any("{D" in p for p in a["paras"]), a["id"]
    if case == "updated":
        assert upd and upd.date() > pub.date(), a["id"]
    if case == "conflict":
        assert {"meta", "jsonld"} & set(src), a["id"]
    if case == "future-event":
        assert a.get("event"), a["id"]
        ev = datetime.strptime(a["event"], "%Y-%m-%d").date()
        assert ev > pub.date(), a["id"]
    if a.get("comments"):
        whens = [w for _, w, _ in a["comments"]]
        assert all(w > a["pub"] for w in whens) and max(whens)[:10] > a["pub"][:10], (a["id"], "comments")
    # strict cases: no full date anywhere except the allowed signal
    if case in STRICT:
        scrub = page
        if case == "url-only":
            scrub = scrub.replace(rec["url"], "URL")
        if case == "jsonld":
            scrub = re.sub(r'<script type="application/ld\+json">.*?</script>', "", scrub, flags=re.S)
        if case == "meta":
            scrub = re.sub(r"<meta (?:property|name|itemprop)=\"[^\"]+\" content=\"[^\"]*\">", "", scrub)
        m = FULL_DATE.search(re.sub(r"<script id=\"__NEXT_DATA__\".*?</script>", "", scrub, flags=re.S))
        assert not m, (a["id"], m and scrub[max(0, m.start() - 80):m.end() + 40])
    words = rec and word_count(a)
    assert 80 <= words <= 400, (a["id"], words)


def main():
    arts = (articles_de.ARTICLES + articles_en.ARTICLES + articles_fr.ARTICLES + articles_es.ARTICLES
            + articles_it.ARTICLES + articles_nl.ARTICLES + articles_xx.ARTICLES)
    ids = [a["id"] for a in arts]
    dup = {i for i in ids if ids.count(i) > 1}
    assert not dup, dup
    pages_dir = HERE / "pages"
    pages_dir.mkdir(exist_ok=True)
    for old in pages_dir.glob("*.html"):
        old.unlink()
    recs = []
    for a in arts:
        page, rec, wc = render(a)
        (pages_dir / f"{a['id']}.html").write_text(page, encoding="utf-8")
        recs.append(rec)
    with open(HERE / "manifest.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "language.jsonl", "w", encoding="utf-8") as f:
        for text, lang in LANGUAGE_ITEMS:
            assert 20 <= len(text) <= 400, text
            f.write(json.dumps({"text": text, "language": lang}, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    print(len(recs), "pages;", len(LANGUAGE_ITEMS), "language items")
    print("cases:", dict(Counter(r["case"] for r in recs)))
    print("languages:", dict(Counter(r["language"] for r in recs)))
    print("templates:", dict(Counter(r["template"] for r in recs)))
    print("years:", dict(sorted(Counter((r["expected_published"] or "none")[:4] for r in recs).items())))


if __name__ == "__main__":
    main()
