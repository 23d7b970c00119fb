#!/usr/bin/env python3
"""Build the newsmon article-extraction benchmark set.

Inputs (hand-written):
  src/<lang>.txt   article texts + per-page metadata (see README.md for the format)
  ui.py            per-language page chrome and boilerplate pools
  sites.py         fictional outlets (template x language)

Outputs (committed, read by the benchmark):
  pages/<id>.html  the rendered page, in its declared encoding
  truth/<id>.txt   the ground-truth article text (UTF-8)
  manifest.jsonl   one JSON object per page

Re-running is deterministic.  Usage:  python build.py
"""
import html
import json
import random
import re
import unicodedata
import zlib
from pathlib import Path

from sites import SITES
from ui import MONTHS, UI, fmt_date

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

# --------------------------------------------------------------------------
# source parsing
# --------------------------------------------------------------------------


def slugify(s, n=9):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return "-".join(s.split("-")[:n])


def num_for(pid, digits=6):
    """Deterministic pseudo article/post number with exactly `digits` digits."""
    h = zlib.crc32(pid.encode()) * 4294967311 + zlib.crc32(pid[::-1].encode() + b"#")
    lo = 10 ** (digits - 1)
    return str(lo + h % (9 * lo))


class Page:
    pass


def parse_blocks(body):
    items, comments = [], []
    for block in re.split(r"\n\s*\n", body.strip()):
        lines = [l.rstrip() for l in block.strip().split("\n")]
        first = lines[0]
        if first.startswith("## "):
            items.append(["h", first[3:].strip()])
        elif first.startswith("@credit "):
            items.append(["credit", " ".join([first[8:]] + lines[1:]).strip()])
        elif first.startswith("@pullquote "):
            items.append(["pullquote", " ".join([first[11:]] + lines[1:]).strip()])
        elif first.startswith("@entry "):
            time, _, title = first[7:].partition("|")
            paras = [" ".join(lines[1:]).strip()] if len(lines) > 1 else []
            items.append(["entry", time.strip(), title.strip(), paras])
        elif first.startswith("@photo "):
            items.append(["photo", first[7:].strip(), " ".join(lines[1:]).strip()])
        elif first.startswith("@comment "):
            name, date, text = [x.strip() for x in first[9:].split("|", 2)]
            text = " ".join([text] + lines[1:]).strip()
            comments.append((name, date, text))
        elif first.startswith("> "):
            items.append(["quote", " ".join(l.lstrip("> ") for l in lines).strip()])
        elif all(l.startswith("- ") for l in lines):
            items.append(["list", [l[2:].strip() for l in lines]])
        else:
            text = " ".join(lines).strip()
            if items and items[-1][0] == "entry":
                items[-1][3].append(text)
            else:
                items.append(["p", text])
    return items, comments


def load_sources():
    pages = []
    for f in sorted(SRC.glob("*.txt")):
        lang = f.stem
        raw = f.read_text(encoding="utf-8")
        for chunk in re.split(r"^=== ", raw, flags=re.M)[1:]:
            head, _, body = chunk.partition("\n---\n")
            hl = head.strip().split("\n")
            p = Page()
            p.id = hl[0].strip()
            p.lang = lang
            meta = {}
            for line in hl[1:]:
                k, _, v = line.partition(":")
                meta[k.strip()] = v.strip()
            p.meta = meta
            p.template = meta["template"]
            p.title = meta["title"]
            p.date = meta.get("date", "2025-03-14 09:00")
            p.author = meta.get("author", "")
            p.section = meta.get("section", "")
            p.kicker = meta.get("kicker", "")
            p.place = meta.get("place", "").split()
            p.encoding = meta.get("encoding", "utf-8")
            p.image = meta.get("image", "")
            p.site_key = meta.get("site", lang)
            p.items, p.comments = parse_blocks(body)
            pages.append(p)
    return pages


# --------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------

LINK_RE = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
BOLD_RE = re.compile(r"\*\*(.+?)\*\*")


def esc(s):
    # like most CMS output: &, <, > and double quotes escaped, apostrophes left alone
    return html.escape(s, quote=False).replace('"', "&quot;")


def inline(s):
    """source inline markup -> HTML"""
    out, pos = [], 0
    for m in LINK_RE.finditer(s):
        out.append(esc(s[pos:m.start()]))
        out.append(f'<a href="{esc(m.group(2))}">{esc(m.group(1))}</a>')
        pos = m.end()
    out.append(esc(s[pos:]))
    return BOLD_RE.sub(r"<strong>\1</strong>", "".join(out))


def plain(s):
    s = LINK_RE.sub(r"\1", s)
    return BOLD_RE.sub(r"\1", s)


def page_order(items):
    """Items in the order a reader sees them: live blogs show the newest entry first."""
    intro = []
    for it in items:
        if it[0] == "entry":
            break
        intro.append(it)
    rest = items[len(intro):]
    if rest and all(it[0] == "entry" for it in rest):
        return intro + list(reversed(rest))
    return list(items)


def truth_text(p):
    paras = []
    for it in page_order(p.items):
        k = it[0]
        if k in ("p", "h", "credit", "quote"):
            paras.append(plain(it[1]))
        elif k == "list":
            paras.append("\n".join(plain(x) for x in it[1]))
        elif k == "entry":
            head = it[1] + ("\n" + plain(it[2]) if it[2] else "")
            paras.append(head)
            paras.extend(plain(x) for x in it[3])
        elif k == "photo":
            paras.append(plain(it[2]))
        # pullquote: duplicate of body text -> not in truth
    return "\n\n".join(paras) + "\n"


def word_count(p):
    return len(re.findall(r"\w+", truth_text(p)))


# --------------------------------------------------------------------------
# boilerplate insertion
# --------------------------------------------------------------------------


def insert_boilerplate(p, all_pages):
    ui = UI[p.lang]
    rng = random.Random(p.id)
    content = list(p.items)
    n = len(content)
    ins = []  # (position, order, item)
    tcount = 0
    for order, tok in enumerate(p.place):
        what, _, where = tok.partition("@")
        if where == "start":
            pos = 0
        elif where == "end":
            pos = n
        elif where == "middle":
            pos = n // 2
        else:
            pos = int(where)
        if what.startswith("disclaimer"):
            var = int(what[10:] or 0)
            text = ui["disclaimers"][var].format(src=rng.choice(ui["src_sites"]))
            item = ["disclaimer", text, where]
        elif what == "teaser":
            label = ui["teaser_labels"][tcount % len(ui["teaser_labels"])]
            tcount += 1
            links = rng.sample(p.related[:4], k=1 if rng.random() < 0.6 else 2)
            item = ["teaser", label, links]
        elif what == "newsletter":
            item = ["newsletter", ui["newsletter"][rng.randrange(len(ui["newsletter"]))]]
        else:
            raise ValueError(tok)
        ins.append((pos, order, item))
    ins.sort(key=lambda x: (x[0], x[1]))
    out, j = [], 0
    for i in range(n + 1):
        while j < len(ins) and ins[j][0] == i:
            out.append(ins[j][2])
            j += 1
        if i < n:
            out.append(content[i])
    p.render_items = out


# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------


def ld_json(p, typ="NewsArticle"):
    d = {
        "@context": "https://schema.org",
        "@type": typ,
        "headline": p.title,
        "datePublished": p.date.replace(" ", "T") + ":00+01:00",
        "mainEntityOfPage": p.url,
        "inLanguage": p.lang,
        "publisher": {"@type": "Organization", "name": p.site["name"]},
    }
    if p.author:
        d["author"] = [{"@type": "Person", "name": a.strip()} for a in p.author.split(",")]
    return '<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False) + "</script>"


def description(p):
    for it in p.items:
        if it[0] == "p":
            t = plain(it[1])
            m = re.match(r"(.+?[.!?])(\s|$)", t)
            return (m.group(1) if m else t)[:220]
    return p.title


def img_url(p, i=0, w=1200):
    return f"https://{p.site['domain'].replace('www.', 'img.', 1) if p.site['domain'].startswith('www.') else p.site['domain']}/images/{num_for(p.id + str(i), 8)}/{w}x675/{slugify(p.title, 5)}.jpg"


class Template:
    name = ""
    charset_meta = True

    def __init__(self, p):
        self.p = p
        self.ui = UI[p.lang]
        self.rng = random.Random("tpl" + p.id)

    # --- body items (override per template) ---
    def p_(self, t):
        return f"<p>{inline(t)}</p>"

    def h_(self, t):
        return f"<h2>{esc(t)}</h2>"

    def credit_(self, t):
        return f"<p><em>{inline(t)}</em></p>"

    def quote_(self, t):
        return f"<blockquote><p>{inline(t)}</p></blockquote>"

    def pullquote_(self, t):
        return f'<blockquote class="pullquote">{esc(t)}</blockquote>'

    def list_(self, items):
        return "<ul>" + "".join(f"<li>{inline(x)}</li>" for x in items) + "</ul>"

    def disclaimer_(self, t, where):
        return f"<p>{esc(t)}</p>"

    def teaser_(self, label, links):
        return "".join(f'<p><strong>{esc(label)}:</strong> <a href="{esc(u)}">{esc(t)}</a></p>' for t, u in links)

    def newsletter_(self, nl):
        h, t, b = nl
        return f'<div class="newsletter"><h3>{esc(h)}</h3><p>{esc(t)}</p><form><input type="email" placeholder="{esc(self.ui["email"])}"><button>{esc(b)}</button></form></div>'

    def entry_(self, time, title, paras):
        raise NotImplementedError

    def photo_(self, credit, caption, i, n):
        raise NotImplementedError

    def body(self, first_lead=None):
        out = []
        first_p = True
        for it in self.p.render_items:
            k = it[0]
            if k == "p":
                if first_p and first_lead:
                    out.append(first_lead(it[1]))
                else:
                    out.append(self.p_(it[1]))
                first_p = False
            elif k == "h":
                out.append(self.h_(it[1]))
            elif k == "credit":
                out.append(self.credit_(it[1]))
            elif k == "quote":
                out.append(self.quote_(it[1]))
            elif k == "pullquote":
                out.append(self.pullquote_(it[1]))
            elif k == "list":
                out.append(self.list_(it[1]))
            elif k == "disclaimer":
                out.append(self.disclaimer_(it[1], it[2]))
            elif k == "teaser":
                out.append(self.teaser_(it[1], it[2]))
            elif k == "newsletter":
                out.append(self.newsletter_(it[1]))
            elif k == "entry":
                out.append(self.entry_(it[1], it[2], it[3]))
            elif k == "photo":
                photos = [x for x in self.p.render_items if x[0] == "photo"]
                out.append(self.photo_(it[1], it[2], photos.index(it) + 1, len(photos)))
        return "\n".join(out)

    # --- shared chrome ---
    def share_links(self, cls="share"):
        base = esc(self.p.url)
        hrefs = {
            0: f"https://www.facebook.com/sharer/sharer.php?u={base}",
            1: f"https://x.com/intent/post?url={base}",
            2: f"https://api.whatsapp.com/send?text={base}",
            3: f"mailto:?subject={esc(self.p.title)}&amp;body={base}",
            4: "#",
        }
        return "".join(
            f'<a class="{cls}__{slugify(s)}" href="{hrefs[i]}" rel="noopener" target="_blank">{esc(s)}</a>'
            for i, s in enumerate(self.ui["share_items"])
        )

    def related_links(self, k=4, start=0):
        return self.p.related[start:start + k]

    def tags(self):
        words = [self.p.section.capitalize()] if self.p.section else []
        words += [w for w in re.findall(r"\w{6,}", self.p.title)][:3]
        return words

    def head(self, extra=""):
        p = self.p
        cs = f'<meta charset="{p.encoding}">' if self.charset_meta else ""
        return f"""<head>
{cs}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p.title)} | {esc(p.site['name'])}</title>
<meta name="description" content="{esc(description(p))}">
<link rel="canonical" href="{esc(p.url)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(p.title)}">
<meta property="og:url" content="{esc(p.url)}">
<meta property="og:image" content="{esc(img_url(p))}">
<meta property="og:site_name" content="{esc(p.site['name'])}">
<meta name="twitter:card" content="summary_large_image">
{ld_json(p)}
{extra}
</head>"""


# ---------------------------------------------------------------- broadcaster
class Broadcaster(Template):
    name = "broadcaster"
    COL = "columns twelve m-ten m-offset-one l-eight l-offset-two"

    def p_(self, t):
        return f'<p class="textabsatz {self.COL}">{inline(t)}</p>'

    def h_(self, t):
        return f'<h2 class="meldung__subhead {self.COL}">{esc(t)}</h2>'

    def credit_(self, t):
        return f'<p class="textabsatz {self.COL}"><em>{inline(t)}</em></p>'

    def list_(self, items):
        return f'<ul class="liste {self.COL}">' + "".join(f'<li class="liste__item">{inline(x)}</li>' for x in items) + "</ul>"

    def teaser_(self, label, links):
        t, u = links[0]
        return f"""<div class="teaser-xs {self.COL}" data-teaser="inline">
  <a class="teaser-xs__link" href="{esc(u)}">
    <div class="teaser-xs__image"><img src="{esc(img_url(self.p, 7, 320))}" alt="" loading="lazy"></div>
    <div class="teaser-xs__content"><span class="teaser-xs__topline">{esc(label)}</span>
    <span class="teaser-xs__headline">{esc(t)}</span></div>
  </a>
</div>"""

    def newsletter_(self, nl):
        h, t, b = nl
        return f'<div class="infobox {self.COL}"><strong class="infobox__title">{esc(h)}</strong><p class="infobox__text">{esc(t)} <a href="/newsletter">{esc(b)}</a></p></div>'

    def render(self):
        p, ui = self.p, self.ui
        nav = "".join(f'<li class="navigation__item"><a href="/{slugify(n)}/">{esc(n)}</a></li>' for n in ui["nav"])
        rel = "".join(
            f'<div class="teaser teaser--small"><a class="teaser__link" href="{esc(u)}"><span class="teaser__headline">{esc(t)}</span></a></div>'
            for t, u in self.related_links(4, 1))
        lead = lambda t: f'<p class="textabsatz {self.COL}"><strong>{inline(t)}</strong></p>'
        sendung = ui["sendung"].format(site=p.site["name"], date=fmt_date(p.lang, p.date, False))
        tags = "".join(f'<li><a class="tag-btn tag-btn--light-grey" href="/thema/{slugify(t)}/">{esc(t)}</a></li>' for t in self.tags())
        fig = ""
        if p.image:
            fig = f"""<div class="absatzbild {self.COL}"><div class="absatzbild__media"><img src="{esc(img_url(p))}" alt="{esc(p.image)}"></div>
<div class="absatzbild__info"><p class="absatzbild__info__text">{esc(p.image)}</p><span class="absatzbild__info__copyright">{esc(ui['photo'])}: dpa</span></div></div>"""
        return f"""<!DOCTYPE html>
<html lang="{p.lang}" class="no-js">
{self.head('<link rel="stylesheet" href="/resources/css/main.css?v=8.41.2">')}
<body class="page-article">
<div id="cmp-layer" class="consent-layer" role="dialog" aria-modal="true">
 <div class="consent-layer__inner"><h2 class="consent-layer__title">{esc(ui['cookie_title'])}</h2>
 <p class="consent-layer__text">{esc(ui['cookie_text'])}</p>
 <button class="consent-layer__btn consent-layer__btn--accept">{esc(ui['cookie_accept'])}</button> <button class="consent-layer__btn">{esc(ui['cookie_settings'])}</button></div>
</div>
<a class="skiplink" href="#content">Navigation überspringen</a>
<header class="header" id="header">
 <div class="header__wrapper"><a class="header__logo" href="/" title="{esc(p.site['name'])}"><img src="/res/assets/image/logo.svg" alt="{esc(p.site['name'])}"></a>
 <nav class="navigation" aria-label="Hauptnavigation"><ul class="navigation__list">{nav}</ul></nav>
 <button class="header__search-btn">{esc(ui['search'])}</button></div>
</header>
<main id="content" class="content-wrapper">
<div class="seitenkopf">
 <div class="seitenkopf__data {self.COL}">
  <h1 class="seitenkopf__headline"><span class="seitenkopf__topline">{esc(p.kicker or p.section)}</span> <span class="seitenkopf__headline--text">{esc(p.title)}</span></h1>
  <p class="metatextline">{esc(ui['stand'])}: {esc(fmt_date(p.lang, p.date))}</p>
 </div>
</div>
<article class="container content-wrapper__group">
{fig}
{self.body(first_lead=lead)}
<div class="sendungsbezug {self.COL}"><div class="sendungsbezug__text">{esc(sendung)}</div></div>
<div class="tag-btn-wrapper {self.COL}"><h2 class="tag-btn-wrapper__title">{esc(ui['tags'])}</h2><ul class="taglist">{tags}</ul></div>
<div class="social-bar {self.COL}"><span class="social-bar__label">{esc(ui['share'])}</span>{self.share_links('social-bar')}</div>
</article>
<section class="teasergroup"><h2 class="teasergroup__title">{esc(ui['more'])}</h2>{rel}</section>
</main>
<footer class="footer"><ul class="footer__list">{''.join(f'<li><a href="/{slugify(x)}/">{esc(x)}</a></li>' for x in ui['footer'])}</ul>
<p class="footer__copyright">© {p.site['name']} 2025. {esc(ui['rights'])}</p></footer>
<script src="/resources/js/main.js?v=8.41.2" defer></script>
</body>
</html>
"""


# ---------------------------------------------------------------- tabloid
class Tabloid(Template):
    name = "tabloid"

    def h_(self, t):
        return f'<h2 class="crossheading">{esc(t)}</h2>'

    def teaser_(self, label, links):
        return "".join(f'<p><strong>{esc(label.upper())}: <a href="{esc(u)}">{esc(t)}</a></strong></p>' for t, u in links)

    def newsletter_(self, nl):
        h, t, b = nl
        return f'<p><strong>{esc(h)}!</strong> {esc(t)} <a href="/newsletter/">{esc(b)}</a></p>'

    def credit_(self, t):
        return f"<p><i>{inline(t)}</i></p>"

    def body(self, first_lead=None):
        parts = super().body(first_lead).split("\n")
        # ad slots between paragraphs, as tabloids do
        out = []
        for i, x in enumerate(parts):
            out.append(x)
            if i in (1, 4):
                out.append(f'<div class="ad-slot ad-slot--inarticle" id="ad-inarticle-{i}" data-ad-format="mrec"><span class="ad-slot__label">{esc(self.ui["ad"])}</span></div>')
        return "\n".join(out)

    def render(self):
        p, ui = self.p, self.ui
        nav = " ".join(f'<a class="nav__link" href="/{slugify(n)}/">{esc(n)}</a>' for n in ui["nav"])
        lead = lambda t: f'<p class="article-body__intro"><b>{inline(t)}</b></p>'
        rel = "".join(f'<li class="related__item"><a href="{esc(u)}"><img src="{esc(img_url(p, 3 + i, 300))}" alt=""><span>{esc(t)}</span></a></li>'
                      for i, (t, u) in enumerate(self.related_links(4)))
        comments = ""
        if p.comments:
            lis = "".join(
                f'<li class="comment"><div class="comment__head"><span class="comment__user">{esc(n)}</span> <span class="comment__time">{esc(d)}</span></div>'
                f'<div class="comment__text">{esc(t)}</div><div class="comment__actions"><button>{esc(ui["reply"])}</button> <button class="comment__like">👍 {self.rng.randint(0, 80)}</button></div></li>'
                for n, d, t in p.comments)
            comments = f"""<section class="comments" id="comments"><h3 class="comments__title">{esc(ui['comments'])} ({len(p.comments)})</h3>
<p class="comments__rules">{esc(ui['comment_rules'])}</p><ul class="comments__list">{lis}</ul>
<button class="comments__more">{esc(ui['write_comment'])}</button></section>"""
        authors = f'<div class="authors">{esc(ui["by"])} <span class="authors__name">{esc(p.author)}</span></div>' if p.author else ""
        return f"""<!DOCTYPE html>
<html lang="{p.lang}">
{self.head('<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","paywall":"free"});</script>')}
<body>
<div id="sp_message_container_711"><div class="message-container"><p class="message-text">{esc(ui['cookie_text'])}</p><button title="{esc(ui['cookie_accept'])}">{esc(ui['cookie_accept'])}</button><button>{esc(ui['cookie_settings'])}</button></div></div>
<div class="page-wrapper">
<header class="hdr"><a class="hdr__logo" href="/">{esc(p.site['name'])}</a><nav class="nav">{nav}</nav><a class="hdr__abo" href="/abo/">{esc(ui['subscribe'])}</a></header>
<div class="ad-billboard" id="ad-billboard"><span class="ad-label">{esc(ui['ad'])}</span></div>
<article class="article-view" data-id="{num_for(p.id)}">
 <header class="article-header">
  <span class="kicker">{esc(p.kicker)}</span>
  <h1 class="headline">{esc(p.title)}</h1>
  {authors}
  <time class="datetime" datetime="{p.date.replace(' ', 'T')}">{esc(fmt_date(p.lang, p.date))}</time>
 </header>
 <div class="share-bar share-bar--top">{self.share_links('share-bar')}</div>
 <figure class="article-figure"><img src="{esc(img_url(p))}" alt="{esc(p.title)}"><figcaption class="article-figure__caption">{esc(p.image)} <span class="article-figure__credit">{esc(ui['photo'])}: privat</span></figcaption></figure>
 <div class="article-body">
{self.body(first_lead=lead)}
 </div>
 <div class="article-footer"><div class="share-bar share-bar--bottom"><span>{esc(ui['share'])}</span>{self.share_links('share-bar')}</div></div>
</article>
{comments}
<section class="related"><h2 class="related__title">{esc(ui['related'])}</h2><ul>{rel}</ul></section>
<footer class="ftr"><nav>{' | '.join(f'<a href="/{slugify(x)}/">{esc(x)}</a>' for x in ui['footer'])}</nav><p>© 2025 {esc(p.site['name'])} GmbH</p></footer>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------- republisher
class Republisher(Template):
    name = "republisher"

    def disclaimer_(self, t, where):
        style = self.rng.choice([
            lambda t: f"<p>{esc(t)}</p>",
            lambda t: f'<p><span style="color: #808080; font-size: 12px;">{esc(t)}</span></p>',
            lambda t: "<p><strong>" + esc(t.split(":", 1)[0]) + ":</strong>" + esc(t.split(":", 1)[1]) + "</p>" if ":" in t[:40] else f"<p><em>{esc(t)}</em></p>",
        ])
        return style(t)

    def h_(self, t):
        return f"<h3>{esc(t)}</h3>"

    def render(self):
        p, ui = self.p, self.ui
        nav = "".join(f'<li class="menu-item"><a href="/category/{slugify(n)}/">{esc(n)}</a></li>' for n in ui["nav"][:6])
        rel = self.related_links(6)
        hot = "".join(f'<li><span class="num">{i + 1}</span><a href="{esc(u)}">{esc(t)}</a></li>' for i, (t, u) in enumerate(rel[:5]))
        relp = "".join(f'<div class="col-md-4 rp-item"><a href="{esc(u)}"><img src="{esc(img_url(p, 9 + i, 240))}" alt=""><h4>{esc(t)}</h4></a></div>' for i, (t, u) in enumerate(rel[1:4]))
        src = self.rng.choice(ui["src_sites"])
        views = f"{self.rng.randint(2, 40) / 10:.1f}k"
        prev_t, prev_u = rel[-1]
        next_t, next_u = rel[-2]
        return f"""<!DOCTYPE html>
<html lang="{p.lang}">
{self.head('<link rel="stylesheet" href="/wp-content/themes/newsup/css/bootstrap.css"><link rel="stylesheet" href="/wp-content/themes/newsup/style.css">')}
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="container"><div class="row">
 <div class="col-md-4 navbar-header"><a class="navbar-brand" href="/">{esc(p.site['name'])}</a></div>
 <div class="col-md-8"><ul id="menu-main" class="nav navbar-nav">{nav}</ul></div>
</div></div></header>
<div class="container breadcrumbs"><a href="/">{esc(ui['nav'][0])}</a> » <a href="/category/{slugify(p.section)}/">{esc(p.section)}</a> » <span>{esc(p.title)}</span></div>
<div class="container"><div class="row">
<div class="col-md-8">
<div class="post-detail">
 <h1 class="post-title">{esc(p.title)}</h1>
 <div class="post-meta"><span class="date"><i class="fa fa-clock-o"></i> {esc(fmt_date(p.lang, p.date))}</span> <span class="views"><i class="fa fa-eye"></i> {views} {esc(ui['views'])}</span> <span class="source">{esc(ui['source'])}: {esc(src)}</span></div>
 <div class="post-thumb"><img src="{esc(img_url(p))}" alt="{esc(p.title)}" class="img-responsive wp-post-image"></div>
 <div class="post-content">
{self.body()}
 </div>
 <div class="post-tags">{esc(ui['tags'])}: {', '.join(f'<a href="/tag/{slugify(t)}/">{esc(t)}</a>' for t in self.tags())}</div>
 <div class="post-share">{self.share_links('post-share')}</div>
 <div class="post-nav row"><div class="col-xs-6 prev"><span>{esc(ui['prev_post'])}</span><a href="{esc(prev_u)}">{esc(prev_t)}</a></div><div class="col-xs-6 next"><span>{esc(ui['next_post'])}</span><a href="{esc(next_u)}">{esc(next_t)}</a></div></div>
</div>
<div class="related-posts"><h3 class="rp-title">{esc(ui['related'])}</h3><div class="row">{relp}</div></div>
</div>
<div class="col-md-4 sidebar"><div class="widget widget-hot"><h3 class="widget-title">{esc(ui['hot'])}</h3><ul>{hot}</ul></div>
<div class="widget widget-ad"><span>{esc(ui['ad'])}</span></div></div>
</div></div>
<footer class="site-footer"><div class="container"><p>Copyright © 2025 {esc(p.site['name'])}. {esc(ui['rights'])} | {' | '.join(esc(x) for x in ui['footer'][:3])}</p></div></footer>
</div>
<script>var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.example-analytics.com/hm.js?3f9a";document.head.appendChild(hm);}})();</script>
</body>
</html>
"""


# ---------------------------------------------------------------- WordPress news site
class WordPress(Template):
    name = "wp"

    def h_(self, t):
        return f'<h2 class="wp-block-heading">{esc(t)}</h2>'

    def list_(self, items):
        return '<ul class="wp-block-list">' + "".join(f"<li>{inline(x)}</li>" for x in items) + "</ul>"

    def quote_(self, t):
        return f'<blockquote class="wp-block-quote"><p>{inline(t)}</p></blockquote>'

    def teaser_(self, label, links):
        if len(links) == 1:
            t, u = links[0]
            return f'<p><strong>{esc(label)}:</strong> <a href="{esc(u)}">{esc(t)}</a></p>'
        lis = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in links)
        return f'<div class="wp-block-group is-style-related"><div class="wp-block-group__inner-container"><p><strong>{esc(label)}:</strong></p><ul class="wp-block-list">{lis}</ul></div></div>'

    def newsletter_(self, nl):
        h, t, b = nl
        return f"""<div class="wp-block-group has-pale-cyan-blue-background-color has-background"><div class="wp-block-group__inner-container">
<h3 class="wp-block-heading">{esc(h)}</h3>
<p>{esc(t)}</p>
<form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-112" method="post" data-id="112"><div class="mc4wp-form-fields"><p><input type="email" name="EMAIL" placeholder="{esc(self.ui['email'])}" required></p><p><input type="submit" value="{esc(b)}"></p></div></form>
</div></div>"""

    def render(self):
        p, ui = self.p, self.ui
        pid = num_for(p.id, 4)
        nav = "".join(f'<li id="menu-item-{i + 10}" class="menu-item menu-item-type-taxonomy"><a href="/category/{slugify(n)}/">{esc(n)}</a></li>' for i, n in enumerate(ui["nav"][:6]))
        jp = "".join(f'<div class="jp-relatedposts-post jp-relatedposts-post{i}" data-post-format="false"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{esc(u)}">{esc(t)}</a></h4><p class="jp-relatedposts-post-date">{esc(fmt_date(p.lang, p.date, False))}</p></div>'
                     for i, (t, u) in enumerate(self.related_links(3)))
        recent = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in self.related_links(5, 1))
        comments = ""
        if p.comments:
            lis = []
            for i, (n, d, t) in enumerate(p.comments):
                cid = int(pid) * 10 + i
                lis.append(f"""<li id="comment-{cid}" class="comment {'even' if i % 2 == 0 else 'odd alt'} thread-{'even' if i % 2 == 0 else 'odd'} depth-1">
<article id="div-comment-{cid}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/{num_for(n, 8)}?s=32&amp;d=mm&amp;r=g" class="avatar avatar-32 photo" height="32" width="32"><b class="fn">{esc(n)}</b> <span class="says">{esc(ui['says'])}</span></div>
<div class="comment-metadata"><a href="{esc(p.url)}#comment-{cid}"><time datetime="2025">{esc(d)}</time></a></div></footer>
<div class="comment-content"><p>{esc(t)}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}" data-commentid="{cid}">{esc(ui['reply'])}</a></div>
</article></li>""")
            comments = f"""<div id="comments" class="comments-area">
<h2 class="comments-title">{len(p.comments)} {esc(ui['comments'])} – “{esc(p.title)}”</h2>
<ol class="comment-list">{''.join(lis)}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{esc(ui['write_comment'])}</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">{esc(ui['comment_rules'])}</p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{esc(ui['write_comment'])}"></p></form></div>
</div>"""
        author = f'<span class="byline"> {esc(ui["by"])} <span class="author vcard"><a class="url fn n" href="/author/{slugify(p.author)}/">{esc(p.author)}</a></span></span>' if p.author else ""
        return f"""<!DOCTYPE html>
<html lang="{p.lang}">
{self.head('<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1" media="all"><link rel="stylesheet" id="jetpack_css-css" href="/wp-content/plugins/jetpack/css/jetpack.css?ver=14.1" media="all"><meta name="generator" content="WordPress 6.7.1">')}
<body class="post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header">
 <div class="site-branding"><p class="site-title"><a href="/" rel="home">{esc(p.site['name'])}</a></p><p class="site-description">{esc(p.site.get('tagline', ''))}</p></div>
 <nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button><div class="menu-main-container"><ul id="primary-menu" class="menu">{nav}</ul></div></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{slugify(p.section)}">
<header class="entry-header">
<h1 class="entry-title">{esc(p.title)}</h1>
<div class="entry-meta"><span class="posted-on"><a href="{esc(p.url)}" rel="bookmark"><time class="entry-date published" datetime="{p.date.replace(' ', 'T')}:00+01:00">{esc(fmt_date(p.lang, p.date, False))}</time></a></span>{author}</div>
</header>
<div class="post-thumbnail"><img width="1200" height="675" src="{esc(img_url(p))}" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async"></div>
<div class="entry-content">
{self.body()}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">{esc(ui['share'])}:</h3><div class="sd-content"><ul><li>{'</li><li>'.join(self.share_links('share').split('</a>')[:-1])}</a></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{esc(ui['related'])}</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-minimal">{jp}</div></div>
</div>
<footer class="entry-footer"><span class="cat-links"><a href="/category/{slugify(p.section)}/" rel="category tag">{esc(p.section)}</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="{esc(self.p.related[-1][1])}" rel="prev"><span class="nav-subtitle">{esc(ui['prev_post'])}</span> <span class="nav-title">{esc(self.p.related[-1][0])}</span></a></div></div></nav>
{comments}
</main></div>
<aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">{esc(ui['search'])}</span><input type="search" class="search-field" name="s"></label><input type="submit" class="search-submit" value="{esc(ui['search'])}"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">{esc(ui['more'])}</h2><ul>{recent}</ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2025 {esc(p.site['name'])} · Proudly powered by <a href="https://wordpress.org/">WordPress</a> · {' · '.join(esc(x) for x in ui['footer'][:3])}</div></footer>
</div>
<script src="/wp-includes/js/comment-reply.min.js?ver=6.7.1" id="comment-reply-js" async></script>
</body>
</html>
"""


# ---------------------------------------------------------------- regional paper (TYPO3 tx_news)
class Regional(Template):
    name = "regional"

    def h_(self, t):
        return f"<p><b>{esc(t)}</b></p>"

    def teaser_(self, label, links):
        return "".join(f'<p>{esc(label)}: <a href="{esc(u)}" class="internal-link">{esc(t)}</a></p>' for t, u in links)

    def newsletter_(self, nl):
        h, t, b = nl
        return f'<p><i>{esc(h)}: {esc(t)}</i> <a href="/service/newsletter/" class="internal-link">{esc(b)}</a></p>'

    def render(self):
        p, ui = self.p, self.ui
        items = p.render_items
        lead = items[0][1] if items and items[0][0] == "p" else None
        nav = "".join(f'<li class="mainnav__item"><a href="/{slugify(n)}/">{esc(n)}</a></li>' for n in ui["nav"])
        rel = "".join(f'<li><a href="{esc(u)}"><span class="news-related-title">{esc(t)}</span></a></li>' for t, u in self.related_links(3))
        most = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in self.related_links(4, 1))
        comments = ""
        if p.comments:
            cs = "".join(f'<div class="tx-comments-comment"><div class="tx-comments-comment-head"><span class="tx-comments-author">{esc(n)}</span> <span class="tx-comments-date">{esc(d)}</span></div><div class="tx-comments-comment-content">{esc(t)}</div></div>' for n, d, t in p.comments)
            comments = f'<div class="tx-comments"><div class="tx-comments-count">{len(p.comments)} {esc(ui["comments"])}</div><div class="tx-comments-comments">{cs}</div><div class="tx-comments-form"><p>{esc(ui["comment_rules"])}</p><textarea name="tx_comments_pi1[content]"></textarea><input type="submit" value="{esc(ui["write_comment"])}"></div></div>'
        # TYPO3 tx_news: the first paragraph lives in the separate teaser field
        teaser_text = f'<div class="teaser-text" itemprop="description"><p>{inline(lead)}</p></div>' if lead else ""
        p.render_items = items[1:] if lead is not None else items
        body = self.body()
        p.render_items = items
        author = f'<span class="news-list-author" itemprop="author">{esc(ui["by"])} {esc(p.author)}</span>' if p.author else ""
        weather = {"de": "Wetter", "it": "Meteo", "nl": "Weer", "pl": "Pogoda"}.get(p.lang, "Weather")
        return f"""<!DOCTYPE html>
<html lang="{p.lang}">
{self.head('<meta name="generator" content="TYPO3 CMS"><link rel="stylesheet" href="/typo3temp/assets/compressed/merged-4c1e1b7.css" media="all">')}
<body id="p{num_for(p.id, 3)}" class="page-{num_for(p.id, 3)} pagelevel-3">
<div class="cookie-hint" id="cookie-hint"><p>{esc(ui['cookie_text'])}</p><a class="cookie-hint__ok" href="#">{esc(ui['cookie_accept'])}</a></div>
<div class="page">
<div id="header"><div class="topbar"><span class="topbar__date">{esc(fmt_date(p.lang, p.date, False))}</span> <span class="topbar__weather">{weather}: 14°C</span> <a href="/epaper/">E-Paper</a> <a href="/abo/">{esc(ui['subscribe'])}</a></div>
<a href="/" class="logo"><img src="/fileadmin/templates/img/logo.png" alt="{esc(p.site['name'])}"></a>
<ul class="mainnav">{nav}</ul></div>
<div id="main"><div class="col-main">
<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h3 class="news-list-category">{esc(p.section.capitalize())}</h3><h1 itemprop="headline">{esc(p.title)}</h1></div>
<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{p.date[:10]}">{esc(fmt_date(p.lang, p.date))}</time></span> {author}</p></div>
{teaser_text}
<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><img src="{esc(img_url(p))}" width="760" height="428" alt=""></div><p class="news-img-caption">{esc(p.image)} ({esc(ui['photo'])}: {esc(p.author.split(' ')[-1] if p.author else p.site['name'])})</p></div></div>
<div class="news-text-wrap" itemprop="articleBody">
{body}
</div>
<div class="news-related-wrap"><div class="news-related news-related-news"><h4>{esc(ui['related'])}</h4><ul>{rel}</ul></div></div>
<div class="social-share">{self.share_links('social-share')}</div>
<div class="news-backlink-wrap"><a href="/lokales/">{esc(ui['back'])}</a></div>
</div></div>
{comments}
</div>
<div class="col-side"><div class="box box--mostread"><h4>{esc(ui['mostread'])}</h4><ol>{most}</ol></div><div class="box box--ad">{esc(ui['ad'])}</div></div>
</div>
<div id="footer"><ul>{''.join(f'<li><a href="/{slugify(x)}/">{esc(x)}</a></li>' for x in ui['footer'])}</ul><p>© 2025 {esc(p.site['name'])}</p></div>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------- Blogger blog
class Blog(Template):
    name = "blog"

    def body(self, first_lead=None):
        out = []
        for it in self.p.render_items:
            k = it[0]
            if k == "p":
                out.append(inline(it[1]))
            elif k == "h":
                out.append(f"<b>{esc(it[1])}</b>")
            elif k == "credit":
                out.append(f"<i>{inline(it[1])}</i>")
            elif k == "quote":
                out.append(f'<blockquote class="tr_bq">{inline(it[1])}</blockquote>')
            elif k == "list":
                out.append("<ul>" + "".join(f"<li>{inline(x)}</li>" for x in it[1]) + "</ul>")
            elif k == "teaser":
                out.append(" ".join(f'{esc(it[1])}: <a href="{esc(u)}">{esc(t)}</a>' for t, u in it[2]))
            elif k == "newsletter":
                h, t, b = it[1]
                out.append(f"<i>{esc(t)}</i>")
            elif k == "disclaimer":
                out.append(f"<small>{esc(it[1])}</small>")
        html_ = "<br /><br />".join(x for x in out)
        # an image block the way the Blogger editor inserts it, after the first paragraph
        img = f'<div class="separator" style="clear: both; text-align: center;"><a href="{esc(img_url(self.p))}" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="900" data-original-width="1600" height="225" src="{esc(img_url(self.p, 0, 400))}" width="400" /></a></div>'
        parts = html_.split("<br /><br />", 1)
        return parts[0] + "<br />" + img + "<br />" + (parts[1] if len(parts) > 1 else "")

    def render(self):
        p, ui = self.p, self.ui
        pid = num_for(p.id, 19)
        d = p.date
        y, m = d[:4], d[5:7]
        hh, mm = (int(x) for x in d[11:16].split(":"))
        tlabel = f"{hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}" if p.lang == "en" else d[11:16]
        posted = {"en": "Posted by", "it": "Pubblicato da", "pl": "Opublikowane przez"}.get(p.lang, "Posted by")
        at = {"en": "at", "it": "alle", "pl": "o"}.get(p.lang, "at")
        labels = {"en": "Labels", "it": "Etichette", "pl": "Etykiety"}.get(p.lang, "Labels")
        newer = {"en": ("Newer Post", "Older Post", "Home"), "it": ("Post più recente", "Post più vecchio", "Home page"), "pl": ("Nowszy post", "Starszy post", "Strona główna")}[p.lang]
        subscribe = {"en": "Subscribe to: Post Comments (Atom)", "it": "Iscriviti a: Commenti sul post (Atom)", "pl": "Subskrybuj: Komentarze do posta (Atom)"}[p.lang]
        post_comment = {"en": "Post a Comment", "it": "Posta un commento", "pl": "Prześlij komentarz"}[p.lang]
        about = {"en": "About Me", "it": "Chi sono", "pl": "O mnie"}[p.lang]
        archive = {"en": "Blog Archive", "it": "Archivio blog", "pl": "Archiwum bloga"}[p.lang]
        popular = {"en": "Popular Posts", "it": "Post più popolari", "pl": "Popularne posty"}[p.lang]
        comments_html = ""
        if p.comments:
            lis = "".join(f"""<li class="comment" id="c{num_for(n + t, 19)}"><div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" alt=""/></div><div class="comment-block"><div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/{num_for(n, 12)}" rel="nofollow">{esc(n)}</a></cite><span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="{esc(p.url)}?showComment={num_for(t, 13)}#c{num_for(n + t, 19)}">{esc(d_)}</a></span></div><p class="comment-content">{esc(t)}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="{num_for(n + t, 19)}">{esc(ui['reply'])}</a><span class="item-control blog-admin blog-admin pid-{num_for(n, 9)}"><a target="_self" href="https://www.blogger.com/comment/delete/{num_for(p.id, 12)}/{num_for(t, 19)}">Delete</a></span></span></div><div class="comment-replies"></div><div class="comment-replybox-single" id="c{num_for(n + t, 19)}-ce"></div></li>"""
                          for n, d_, t in p.comments)
            comments_html = f"""<div class="comments threaded" id="comments"><a name="comments"></a><h4>{len(p.comments)} {esc(ui['comments'].lower())}:</h4>
<div class="comments-content"><div id="comment-holder"><div class="comment-thread toplevel-thread"><ol id="top-ra">{lis}</ol></div></div></div>
<p class="comment-footer"><div class="comment-form"><a name="comment-form"></a><p></p><a href="https://www.blogger.com/comment/frame/{num_for(p.id, 12)}" id="comment-editor-src"></a><iframe allowtransparency="true" class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor" name="comment-editor" src="" width="100%"></iframe></div></p>
</div>"""
        else:
            comments_html = f'<div class="comments" id="comments"><a name="comments"></a><h4>{esc(ui["comments"])}</h4><p class="comment-footer"><a href="#">{esc(post_comment)}</a></p></div>'
        archive_html = f'<ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">▼&nbsp;</span></a><a class="post-count-link" href="/{y}/">{y}</a> <span class="post-count" dir="ltr">(14)</span><ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="/{y}/{m}/">{MONTHS[p.lang][int(m) - 1]}</a> <span class="post-count" dir="ltr">(3)</span></li></ul></li><li class="archivedate collapsed"><a class="post-count-link" href="/{int(y) - 1}/">{int(y) - 1}</a> <span class="post-count" dir="ltr">(31)</span></li></ul>'
        pop = "".join(f'<li><div class="item-title"><a href="{esc(u)}">{esc(t)}</a></div></li>' for t, u in self.related_links(3))
        labels_list = ", ".join(f'<a href="https://{p.site["domain"]}/search/label/{esc(t)}" rel="tag">{esc(t)}</a>' for t in self.tags()[:2])
        return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='{p.lang}' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
{self.head('<meta content="blogger" name="generator"/><link rel="alternate" type="application/atom+xml" title="' + esc(p.site['name']) + ' - Atom" href="https://' + p.site['domain'] + '/feeds/posts/default" />')}
<body class='loading variant-simplysimple'>
<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><iframe src="https://www.blogger.com/navbar.g?targetBlogID={num_for(p.id, 18)}" height="30px" width="100%" frameborder="0"></iframe></div></div>
<div class='body-fauxcolumns'></div>
<div class='content'><div class='content-outer'>
<header><div class='header-outer'><div class='header-inner'><div class='Header section' id='header'><div class='widget Header' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://{p.site['domain']}/'>{esc(p.site['name'])}</a></h1></div><div class='descriptionwrapper'><p class='description'><span>{esc(p.site.get('about', ''))}</span></p></div></div></div></div></div></div></header>
<div class='main-outer'><div class='main-inner columns-fix-sidebar'>
<div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'>
<div class='blog-posts hfeed'>
<div class="date-outer"><h2 class='date-header'><span>{esc(fmt_date(p.lang, p.date, False))}</span></h2>
<div class="date-posts"><div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='{esc(img_url(p))}' itemprop='image_url'/>
<a name='{pid}'></a>
<h3 class='post-title entry-title' itemprop='name'>{esc(p.title)}</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{pid}' itemprop='description articleBody'>
{self.body()}
<div style='clear: both;'></div>
</div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>{esc(posted)} <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><span itemprop='name'>{esc(p.author)}</span></span></span> <span class='post-timestamp'>{esc(at)} <a class='timestamp-link' href='{esc(p.url)}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{d[:10]}T{d[11:16]}:00+01:00'>{tlabel}</abbr></a></span> <span class='post-comment-link'></span> <span class='post-icons'><span class='item-control blog-admin pid-{num_for(p.id, 9)}'><a href='https://www.blogger.com/post-edit.g?blogID={num_for(p.id, 18)}&postID={pid}' title='Edit Post'><img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/></a></span></span>
<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID={num_for(p.id, 18)}&postID={pid}&target=email' target='_blank' title='Email This'><span class='share-button-link-text'>Email This</span></a><a class='goog-inline-block share-button sb-blog' href='https://www.blogger.com/share-post.g?blogID={num_for(p.id, 18)}&postID={pid}&target=blog' target='_blank' title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a><a class='goog-inline-block share-button sb-twitter' href='#' title='Share to X'><span class='share-button-link-text'>Share to X</span></a><a class='goog-inline-block share-button sb-facebook' href='#' title='Share to Facebook'><span class='share-button-link-text'>Share to Facebook</span></a><a class='goog-inline-block share-button sb-pinterest' href='#' title='Share to Pinterest'><span class='share-button-link-text'>Share to Pinterest</span></a></div></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>{esc(labels)}: {labels_list}</span></div></div>
</div>
{comments_html}
</div></div></div>
</div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{esc(self.p.related[0][1])}' title='{esc(newer[0])}'>{esc(newer[0])}</a></span> <span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{esc(self.p.related[1][1])}' title='{esc(newer[1])}'>{esc(newer[1])}</a></span> <a class='home-link' href='https://{p.site['domain']}/'>{esc(newer[2])}</a></div>
<div class='clear'></div>
<div class='post-feeds'><div class='feed-links'>{esc(subscribe)}</div></div>
</div></div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
<div class='widget Profile' id='Profile1'><h2>{esc(about)}</h2><div class='widget-content'><dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/{num_for(p.author, 12)}' rel='author'>{esc(p.author)}</a></dt><dd class='profile-textblock'>{esc(p.site.get('about', ''))}</dd></dl></div></div>
<div class='widget PopularPosts' id='PopularPosts1'><h2>{esc(popular)}</h2><div class='widget-content popular-posts'><ul>{pop}</ul></div></div>
<div class='widget BlogArchive' id='BlogArchive1'><h2>{esc(archive)}</h2><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'>{archive_html}</div></div></div></div>
</div></aside></div></div>
</div></div>
<footer><div class='footer-outer'><div class='foot section' id='footer-1'><div class='widget Attribution' id='Attribution1'><div class='widget-content' style='text-align: center;'>Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></div></footer>
</div></div>
</body>
</html>
"""


# ---------------------------------------------------------------- AMP
class Amp(Template):
    name = "amp"

    def h_(self, t):
        return f'<h2 class="amp-article-subhead">{esc(t)}</h2>'

    def teaser_(self, label, links):
        # the AMP converter keeps the inline "read also" paragraphs of the desktop body
        return "".join(f'<p><strong>{esc(label)}:</strong> <a href="{esc(u)}">{esc(t)}</a></p>' for t, u in links)

    def newsletter_(self, nl):
        h, t, b = nl
        return f'<div class="amp-newsletter-box"><p class="amp-newsletter-box__title">{esc(h)}</p><p>{esc(t)}</p><a class="amp-newsletter-box__btn" href="/newsletter/">{esc(b)}</a></div>'

    def body(self, first_lead=None):
        parts = super().body(first_lead).split("\n")
        if len(parts) > 3:
            parts.insert(2, f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/21800000/{slugify(self.p.site["name"])}/amp/article_mrec" data-multi-size="300x600" data-multi-size-validation="false" layout="fixed"><div placeholder>{esc(self.ui["ad"])}</div><div fallback></div></amp-ad>')
        return "\n".join(parts)

    def render(self):
        p, ui = self.p, self.ui
        canonical = p.url.replace("/amp/", "/").replace(".amp", ".html")
        nav = "".join(f'<li><a href="/{slugify(n)}/">{esc(n)}</a></li>' for n in ui["nav"])
        rel = "".join(f'<li class="amp-related__item"><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in self.related_links(4))
        fbapp = ' data-param-app_id="1234567890"'
        shares = "".join(f'<amp-social-share type="{t}" width="40" height="40"{fbapp if t == "facebook" else ""}></amp-social-share>' for t in ("facebook", "twitter", "whatsapp", "email"))
        author = f'<p class="amp-byline">{esc(ui["by"])} {esc(p.author)} · <time datetime="{p.date.replace(" ", "T")}">{esc(fmt_date(p.lang, p.date))}</time></p>'
        ld = ld_json(p)
        return f"""<!doctype html>
<html ⚡ lang="{p.lang}">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>{esc(p.title)} - {esc(p.site['name'])}</title>
<link rel="canonical" href="{esc(canonical)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="{esc(description(p))}">
{ld}
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@-webkit-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Georgia,serif;margin:0}}.amp-header{{background:#0b2d4f;color:#fff;padding:10px}}.amp-article{{padding:0 16px}}.amp-article-body p{{font-size:18px;line-height:1.55}}.amp-inline-teaser{{border-left:4px solid #0b2d4f;padding:6px 10px;margin:16px 0}}</style>
</head>
<body>
<amp-analytics type="googleanalytics" config="https://amp.example-analytics.com/config.json"><script type="application/json">{{"vars":{{"account":"UA-1234567-1"}},"triggers":{{"trackPageview":{{"on":"visible","request":"pageview"}}}}}}</script></amp-analytics>
<amp-consent id="consent" layout="nodisplay"><script type="application/json">{{"consentInstanceId":"cmp","checkConsentHref":"https://consent.example.com/check","promptUI":"consent-ui"}}</script>
<div id="consent-ui" class="consent-ui"><p>{esc(ui['cookie_text'])}</p><button on="tap:consent.accept">{esc(ui['cookie_accept'])}</button><button on="tap:consent.reject">{esc(ui['cookie_settings'])}</button></div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul class="amp-sidebar-nav">{nav}</ul></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle" class="amp-header__burger" aria-label="Menu">☰</button> <a href="/" class="amp-header__logo">{esc(p.site['name'])}</a></header>
<main>
<article class="amp-article">
<div class="amp-article-header"><p class="amp-kicker">{esc(p.kicker or p.section)}</p><h1 class="amp-title">{esc(p.title)}</h1>{author}</div>
<amp-img src="{esc(img_url(p))}" width="1200" height="675" layout="responsive" alt="{esc(p.image)}"></amp-img>
<div class="amp-article-body">
{self.body()}
</div>
<div class="amp-share">{shares}</div>
</article>
<section class="amp-related"><h2>{esc(ui['related'])}</h2><ul>{rel}</ul></section>
</main>
<footer class="amp-footer"><a href="{esc(canonical)}">{esc(ui['amp_full'])}</a> · {' · '.join(f'<a href="/{slugify(x)}/">{esc(x)}</a>' for x in ui['footer'][:3])}<p>© 2025 {esc(p.site['name'])}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- live blog
class LiveBlog(Template):
    name = "liveblog"

    def entry_(self, time, title, paras):
        self._n = getattr(self, "_n", 0) + 1
        n = self._n
        authors = [a.strip() for a in self.p.author.split(",")] or [""]
        a = authors[n % len(authors)]
        t = f'<h3 class="lb-post__title">{esc(title)}</h3>' if title else ""
        ps = "".join(f"<p>{inline(x)}</p>" for x in paras)
        ad = f'<div class="lb-ad" data-slot="live_{n}"><span>{esc(self.ui["ad"])}</span></div>' if n % 4 == 0 else ""
        return f"""<div class="lb-post" id="post-{num_for(self.p.id + str(n), 7)}" data-pinned="false">
 <div class="lb-post__meta"><time class="lb-post__time">{esc(time)}</time> <span class="lb-post__author">{esc(a)}</span></div>
 <div class="lb-post__body">{t}{ps}</div>
 <div class="lb-post__actions"><button class="lb-share" data-url="{esc(self.p.url)}#post-{num_for(self.p.id + str(n), 7)}">{esc(self.ui['share'])}</button></div>
</div>{ad}"""

    def render(self):
        p, ui = self.p, self.ui
        items = p.render_items
        intro = []
        for it in items:
            if it[0] == "entry":
                break
            intro.append(it)
        # newest entry first, as live blogs display them (see page_order)
        entries = page_order(items)[len(intro):]
        p.render_items = intro
        intro_html = self.body()
        p.render_items = entries
        feed = self.body()
        p.render_items = items
        nav = "".join(f'<a href="/{slugify(n)}/">{esc(n)}</a>' for n in ui["nav"])
        rel = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in self.related_links(3))
        return f"""<!DOCTYPE html>
<html lang="{p.lang}">
{self.head(ld_json(p, 'LiveBlogPosting'))}
<body class="template-liveblog">
<div class="cmp-banner" id="cmp-banner"><div class="cmp-banner__text"><strong>{esc(ui['cookie_title'])}</strong> {esc(ui['cookie_text'])}</div><div class="cmp-banner__buttons"><button>{esc(ui['cookie_accept'])}</button><button>{esc(ui['cookie_settings'])}</button></div></div>
<header class="site-head"><a class="site-head__logo" href="/">{esc(p.site['name'])}</a><nav class="site-head__nav">{nav}</nav></header>
<main id="main">
<div class="lb-page">
 <header class="lb-header">
  <span class="lb-badge">{esc(ui['live'])}</span>
  <h1 class="lb-header__title">{esc(p.title)}</h1>
  <div class="lb-meta">{esc(ui['updated'])}: {esc(fmt_date(p.lang, p.date))}</div>
 </header>
 <div class="lb-intro">
{intro_html}
 </div>
 <div class="lb-controls"><button class="lb-controls__order">{esc(ui['newest'])}</button> <button class="lb-controls__refresh">{esc(ui['refresh'])}</button></div>
 <div class="lb-feed" data-liveblog-id="{num_for(p.id, 8)}">
{feed}
 </div>
 <button class="lb-loadmore">{esc(ui['load_more'])}</button>
 <div class="lb-share-bar">{self.share_links('lb-share-bar')}</div>
</div>
<aside class="rail"><h2>{esc(ui['more'])}</h2><ul>{rel}</ul></aside>
</main>
<footer class="site-foot">{' · '.join(f'<a href="/{slugify(x)}/">{esc(x)}</a>' for x in ui['footer'])}<p>© 2025 {esc(p.site['name'])}. {esc(ui['rights'])}</p></footer>
<script src="/static/liveblog/poll.js" defer></script>
</body>
</html>
"""


# ---------------------------------------------------------------- photo gallery
class Gallery(Template):
    name = "gallery"

    def photo_(self, credit, caption, i, n):
        if self.p.site.get("variant") == "divcaption":
            # older gallery module: no <figure>, caption is a plain text block under the image
            return f"""<div class="bildstrecke__item" id="bild-{i}">
 <div class="bildstrecke__bild"><img src="{esc(img_url(self.p, i, 1600))}" alt="" width="1600" height="900" loading="{'eager' if i == 1 else 'lazy'}"></div>
 <div class="bildstrecke__text"><span class="bildstrecke__zaehler">{esc(self.ui['gallery_n'].format(i=i, n=n))}</span>
  <p>{inline(caption)}</p>
  <p class="bildstrecke__quelle">{esc(credit)}</p></div>
</div>"""
        return f"""<div class="gallery__slide" data-index="{i}">
 <figure class="gallery__figure">
  <picture><source type="image/webp" srcset="{esc(img_url(self.p, i, 1600)).replace('.jpg', '.webp')}"><img src="{esc(img_url(self.p, i, 1600))}" alt="{esc(plain(caption)[:90])}" loading="{'eager' if i == 1 else 'lazy'}"></picture>
  <figcaption class="gallery__caption"><span class="gallery__counter">{esc(self.ui['gallery_n'].format(i=i, n=n))}</span>
   <p class="gallery__text">{inline(caption)}</p>
   <span class="gallery__credit">{esc(credit)}</span></figcaption>
 </figure>
</div>"""

    def render(self):
        p, ui = self.p, self.ui
        items = p.render_items
        intro = [it for it in items if it[0] != "photo"]
        photos = [it for it in items if it[0] == "photo"]
        p.render_items = intro
        intro_html = self.body(first_lead=lambda t: f'<p class="gallery-intro">{inline(t)}</p>')
        p.render_items = items
        slides = "\n".join(self.photo_(c, t, i + 1, len(photos)) for i, (_, c, t) in enumerate(photos))
        nav = "".join(f'<li><a href="/{slugify(n)}/">{esc(n)}</a></li>' for n in ui["nav"])
        more = "".join(f'<li class="more-galleries__item"><a href="{esc(u)}"><img src="{esc(img_url(p, 20 + i, 320))}" alt=""><span>{esc(t)}</span></a></li>' for i, (t, u) in enumerate(self.related_links(4)))
        return f"""<!DOCTYPE html>
<html lang="{p.lang}">
{self.head(ld_json(p, 'ImageGallery'))}
<body class="page-gallery">
<div id="consent-banner" class="privacy-banner"><p>{esc(ui['cookie_text'])}</p><button class="privacy-banner__accept">{esc(ui['cookie_accept'])}</button></div>
<header class="masthead"><a href="/" class="masthead__logo">{esc(p.site['name'])}</a><nav><ul class="masthead__nav">{nav}</ul></nav></header>
<main class="gallery-page">
 <header class="gallery-header">
  <p class="gallery-header__kicker">{esc(p.kicker or p.section)}</p>
  <h1 class="gallery-header__title">{esc(p.title)}</h1>
  <p class="gallery-header__meta"><span>{esc(fmt_date(p.lang, p.date))}</span> · <span class="gallery-count">{esc(ui['pics'].format(n=len(photos)))}</span></p>
 </header>
 <div class="gallery-intro-wrap">
{intro_html}
 </div>
 <div class="gallery" data-gallery-id="{num_for(p.id, 7)}">
{slides}
 </div>
 <div class="gallery__nav"><button class="gallery__prev">{esc(ui['prev'])}</button> <button class="gallery__next">{esc(ui['next'])}</button></div>
 <div class="share-box">{self.share_links('share-box')}</div>
 <section class="more-galleries"><h2>{esc(ui['more_galleries'])}</h2><ul>{more}</ul></section>
</main>
<footer class="page-footer"><ul>{''.join(f'<li><a href="/{slugify(x)}/">{esc(x)}</a></li>' for x in ui['footer'])}</ul><p>© 2025 {esc(p.site['name'])}</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- wire service
class Wire(Template):
    name = "wire"

    def __init__(self, p):
        super().__init__(p)
        self._i = 0

    def _pi(self):
        self._i += 1
        return self._i - 1

    def p_(self, t):
        return f'<div data-testid="paragraph-{self._pi()}" class="text__text article-body__paragraph">{inline(t)}</div>'

    def h_(self, t):
        return f'<h2 data-testid="Heading" class="text__heading article-body__heading">{esc(t)}</h2>'

    def list_(self, items):
        return '<ul class="article-body__list">' + "".join(f'<li data-testid="paragraph-{self._pi()}" class="text__text">{inline(x)}</li>' for x in items) + "</ul>"

    def credit_(self, t):
        return f'<p class="sign-off-text article-body__sign-off">{inline(t)}</p>'

    def newsletter_(self, nl):
        h, t, b = nl
        return f'<div data-testid="paragraph-{self._pi()}" class="text__text article-body__paragraph">{esc(t)} <a data-testid="Link" href="https://{self.p.site["domain"]}/newsletters/">{esc(b)}</a>.</div>'

    def render(self):
        p, ui = self.p, self.ui
        trust = {"en": "Our Standards: The Meridian Trust Principles.", "es": "Nuestras normas: Los principios de confianza de Meridian.", "pt": "Nossos padrões: Os Princípios de Confiança da Meridian."}[p.lang]
        read_next = {"en": "Read Next", "es": "Lo siguiente", "pt": "Leia a seguir"}[p.lang]
        nav = "".join(f'<li><a data-testid="NavLink" href="/{slugify(n)}/">{esc(n)}</a></li>' for n in ui["nav"][1:])
        rn = "".join(f'<li class="story-card"><a data-testid="Heading" href="{esc(u)}">{esc(t)}</a><time>{esc(fmt_date(p.lang, p.date, False))}</time></li>' for t, u in self.related_links(4))
        conj = {"en": " and ", "es": " y ", "pt": " e "}.get(p.lang, ", ")
        authors = conj.join(f'<a rel="author" href="/authors/{slugify(a)}/">{esc(a.strip())}</a>' for a in p.author.split(",")) if p.author else ""
        body = self.body()
        return f"""<!DOCTYPE html>
<html lang="{p.lang}">
{self.head('<link rel="preload" as="script" href="/pf/dist/engine/react.js?d=1421">')}
<body>
<div id="fusion-app" class="fusion-app">
<div class="regular-article-layout">
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div id="onetrust-policy"><p id="onetrust-policy-text">{esc(ui['cookie_text'])}</p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">{esc(ui['cookie_accept'])}</button><button id="onetrust-pc-btn-handler">{esc(ui['cookie_settings'])}</button></div></div></div>
<header class="site-header__header"><a href="/" aria-label="{esc(p.site['name'])}" class="site-header__logo">{esc(p.site['name'])}</a><nav aria-label="Main navigation"><ul class="site-header__nav">{nav}</ul></nav><a class="site-header__button" href="/account/register/">{esc(ui['login'])}</a></header>
<main id="main-content" class="regular-article-layout__main">
<article class="article__container" data-testid="Article">
 <div class="article-header__heading">
  <nav aria-label="Tags" class="article-header__tags"><ul><li><a data-testid="Link" href="/{slugify(p.section)}/">{esc(p.section)}</a></li></ul></nav>
  <h1 data-testid="Heading" class="text__heading_2 article-header__title">{esc(p.title)}</h1>
 </div>
 <div class="article-header__info"><div class="info-content__author-date"><div data-testid="AuthorByline" class="byline">{esc(ui['by'])} {authors}</div><time datetime="{p.date.replace(' ', 'T')}:00Z" class="date-line"><span class="date-line__date">{esc(fmt_date(p.lang, p.date))} GMT+1</span></time></div>
 <div class="article-header__toolbar"><button aria-label="Save">Save</button><div class="share-button">{self.share_links('share')}</div></div></div>
 <div class="article-body__container">
  <div data-testid="ArticleBody" class="article-body__content">
{body}
   <div class="article-body__trust"><a href="/info-pages/trust-principles/" data-testid="Link">{esc(trust)}</a></div>
  </div>
 </div>
 <div class="read-next-panel"><h2>{esc(read_next)}</h2><ul>{rn}</ul></div>
</article>
</main>
<footer class="site-footer"><ul>{''.join(f'<li><a href="/info-pages/{slugify(x)}/">{esc(x)}</a></li>' for x in ui['footer'])}</ul><p>All quotes delayed a minimum of 15 minutes. © 2025 {esc(p.site['name'])}. {esc(ui['rights'])}</p></footer>
</div></div>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="meridian";Fusion.contextPath="/pf";Fusion.deployment="1421";</script>
</body>
</html>
"""


# ---------------------------------------------------------------- no semantic tags at all
class DivSoup(Template):
    name = "divsoup"

    def body(self, first_lead=None):
        out = []
        first_p = True
        for it in self.p.render_items:
            k = it[0]
            if k == "p":
                if first_p:
                    out.append(f'<div class="lead">{inline(it[1])}</div>')
                else:
                    out.append(f"{inline(it[1])}<br><br>")
                first_p = False
            elif k == "h":
                out.append(f'<div class="zw">{esc(it[1])}</div>')
            elif k == "credit":
                out.append(f'<div class="q">{inline(it[1])}</div>')
            elif k == "quote":
                out.append(f'<div class="zitat">{inline(it[1])}</div>')
            elif k == "list":
                out.append("".join(f"• {inline(x)}<br>" for x in it[1]) + "<br>")
            elif k == "teaser":
                out.append("".join(f'<div class="inl"><span class="inl-lbl">{esc(it[1])}:</span> <a href="{esc(u)}">{esc(t)}</a></div>' for t, u in it[2]))
            elif k == "newsletter":
                h, t, b = it[1]
                out.append(f'<div class="nlbox"><div class="nlbox-h">{esc(h)}</div><div class="nlbox-t">{esc(t)}</div><div class="nlbox-f"><input type="text" name="email" value="" placeholder="{esc(self.ui["email"])}"> <a href="#" class="btn">{esc(b)}</a></div></div>')
            elif k == "disclaimer":
                out.append(f'<div class="hinweis">{esc(it[1])}</div>')
        return "\n".join(out)

    def render(self):
        p, ui = self.p, self.ui
        nav = " | ".join(f'<a href="/{slugify(n)}.php">{esc(n)}</a>' for n in ui["nav"])
        rel = "<br>".join(f'<a href="{esc(u)}">» {esc(t)}</a>' for t, u in self.related_links(4))
        side = "".join(f'<div class="sb-item"><a href="{esc(u)}">{esc(t)}</a></div>' for t, u in self.related_links(4, 1))
        comments = ""
        if p.comments:
            cs = "".join(f'<div class="kom"><div class="kom-k"><b>{esc(n)}</b> {esc(d)}</div><div class="kom-t">{esc(t)}</div></div>' for n, d, t in p.comments)
            comments = f'<div class="komm"><div class="komm-h">{esc(ui["comments"])} ({len(p.comments)})</div>{cs}<div class="komm-f">{esc(ui["comment_rules"])}</div></div>'
        cap = f'<div class="cap">{esc(p.image)} · {esc(ui["photo"])}: {esc(p.site["name"])}</div>' if p.image else ""
        return f"""<!DOCTYPE html>
<html lang="{p.lang}">
{self.head('<link rel="stylesheet" type="text/css" href="/css/style.css?20190412">')}
<body>
<div id="cookiebox" style="position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:10px;z-index:999">{esc(ui['cookie_text'])} <a href="#" onclick="cc();return false;" style="color:#ff0">{esc(ui['cookie_accept'])}</a></div>
<div id="wrap">
<div id="top"><div class="logo"><a href="/"><img src="/img/logo.gif" alt="{esc(p.site['name'])}" width="320" height="60"></a></div><div class="datum">{esc(fmt_date(p.lang, p.date, False))}</div></div>
<div id="menu">{nav}</div>
<div id="cnt">
<div class="l">
<div class="pfad"><a href="/">{esc(ui['nav'][0])}</a> &gt; <a href="/{slugify(p.section)}.php">{esc(p.section)}</a></div>
<div class="rub">{esc(p.kicker or p.section)}</div>
<div class="ttl">{esc(p.title)}</div>
<div class="dt">{esc(fmt_date(p.lang, p.date))}{(' | ' + esc(p.author)) if p.author else ''}</div>
<div class="img"><img src="{esc(img_url(p, 0, 600))}" width="600" alt="">{cap}</div>
<div class="txt">
{self.body()}
</div>
<div class="shr">{esc(ui['share'])}: {self.share_links('shr')}</div>
<div class="rel"><div class="rt">{esc(ui['more'])}</div>{rel}</div>
{comments}
</div>
<div class="r"><div class="sb-h">{esc(ui['mostread'])}</div>{side}<div class="sb-ad">{esc(ui['ad'])}<br><img src="/ads/banner_300x250.gif" width="300" height="250" alt=""></div></div>
<div class="clr"></div>
</div>
<div id="ftr">{' | '.join(f'<a href="/{slugify(x)}.php">{esc(x)}</a>' for x in ui['footer'])}<br>© 2025 {esc(p.site['name'])}</div>
</div>
<script type="text/javascript">function cc(){{document.getElementById('cookiebox').style.display='none';document.cookie='cc=1;path=/;max-age=31536000';}}</script>
</body>
</html>
"""


# ---------------------------------------------------------------- legacy table layout
class Legacy(Template):
    name = "legacy"
    charset_meta = False

    def body(self, first_lead=None):
        out = []
        for it in self.p.render_items:
            k = it[0]
            if k == "p":
                out.append(inline(it[1]))
            elif k == "h":
                out.append(f"<B>{esc(it[1])}</B>")
            elif k == "credit":
                out.append(f"<I>{inline(it[1])}</I>")
            elif k == "quote":
                out.append(f"<I>{inline(it[1])}</I>")
            elif k == "list":
                out.append("<BR>".join(f"- {inline(x)}" for x in it[1]))
            elif k == "teaser":
                out.append(" ".join(f'{esc(it[1])}: <A HREF="{esc(u)}">{esc(t)}</A>' for t, u in it[2]))
            elif k == "newsletter":
                out.append(f"<I>{esc(it[1][1])}</I>")
        return "<BR><BR>\n".join(out)

    def render(self):
        p, ui = self.p, self.ui
        nav = "\n".join(f'<TR><TD class="nav"><A HREF="/{slugify(n)}.php" class="nav">&raquo; {esc(n)}</A></TD></TR>' for n in ui["nav"])
        visitors = {"de": "Besucher", "en": "Visitors", "es": "Visitantes", "pl": "Odwiedzin"}[p.lang]
        pub = {"de": "Veröffentlicht am", "en": "Posted on", "es": "Publicado el", "pl": "Dodano"}[p.lang]
        news = "".join(f'<TR><TD><FONT SIZE="1" FACE="Verdana, Arial"><A HREF="{esc(u)}">{esc(t)}</A></FONT></TD></TR>' for t, u in self.related_links(4))
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset={p.encoding}">
<TITLE>{esc(p.site['name'])} - {esc(p.title)}</TITLE>
<META NAME="keywords" CONTENT="{esc(', '.join(self.tags()))}">
<META NAME="description" CONTENT="{esc(description(p))}">
<LINK REL="stylesheet" TYPE="text/css" HREF="/styles.css">
<SCRIPT LANGUAGE="JavaScript" SRC="/js/menu.js"></SCRIPT>
</HEAD>
<BODY BGCOLOR="#FFFFFF" TOPMARGIN="0" LEFTMARGIN="0" MARGINWIDTH="0" MARGINHEIGHT="0">
<TABLE WIDTH="780" BORDER="0" CELLPADDING="0" CELLSPACING="0" ALIGN="center">
<TR><TD COLSPAN="3"><IMG SRC="/img/kopf.jpg" WIDTH="780" HEIGHT="110" ALT="{esc(p.site['name'])}" BORDER="0"></TD></TR>
<TR><TD COLSPAN="3" BGCOLOR="#003366" HEIGHT="4"><IMG SRC="/img/pix.gif" WIDTH="1" HEIGHT="4"></TD></TR>
<TR>
<TD WIDTH="150" VALIGN="top" BGCOLOR="#E8EEF4">
<TABLE WIDTH="150" BORDER="0" CELLPADDING="4" CELLSPACING="0">
{nav}
<TR><TD>&nbsp;</TD></TR>
<TR><TD><FONT SIZE="1" FACE="Verdana, Arial">{esc(ui['search'])}:</FONT><BR><FORM ACTION="/suche.php" METHOD="get"><INPUT TYPE="text" NAME="q" SIZE="12"></FORM></TD></TR>
</TABLE>
</TD>
<TD WIDTH="470" VALIGN="top">
<TABLE WIDTH="100%" BORDER="0" CELLPADDING="8" CELLSPACING="0">
<TR><TD><FONT SIZE="1" FACE="Verdana, Arial" COLOR="#666666"><A HREF="/">{esc(ui['nav'][0])}</A> &gt; {esc(p.section)}</FONT></TD></TR>
<TR><TD><FONT FACE="Verdana, Arial" SIZE="4" COLOR="#003366"><B>{esc(p.title)}</B></FONT><BR>
<FONT SIZE="1" FACE="Verdana, Arial" COLOR="#666666">{esc(pub)} {esc(fmt_date(p.lang, p.date, False))}{(' &middot; ' + esc(p.author)) if p.author else ''}</FONT></TD></TR>
<TR><TD CLASS="text"><FONT FACE="Verdana, Arial" SIZE="2">
{self.body()}
</FONT></TD></TR>
<TR><TD><FONT SIZE="1" FACE="Verdana, Arial"><A HREF="javascript:window.print()">{esc(ui['print'])}</A> | <A HREF="/empfehlen.php?id={num_for(p.id)}">{esc(ui['send'])}</A> | <A HREF="javascript:history.back()">{esc(ui['prev'])}</A></FONT></TD></TR>
</TABLE>
</TD>
<TD WIDTH="160" VALIGN="top" BGCOLOR="#F4F4F4">
<TABLE WIDTH="160" BORDER="0" CELLPADDING="4" CELLSPACING="0">
<TR><TD BGCOLOR="#003366"><FONT SIZE="1" FACE="Verdana, Arial" COLOR="#FFFFFF"><B>{esc(ui['more'])}</B></FONT></TD></TR>
{news}
</TABLE>
</TD>
</TR>
<TR><TD COLSPAN="3" ALIGN="center" BGCOLOR="#E8EEF4"><FONT SIZE="1" FACE="Verdana, Arial">&copy; 2004-2025 {esc(p.site['name'])} | {' | '.join(f'<A HREF="/{slugify(x)}.php">{esc(x)}</A>' for x in ui['footer'][:3])} | {visitors}: {int(num_for(p.id, 7)) + 1000000}</FONT></TD></TR>
</TABLE>
</BODY>
</HTML>
"""


# ---------------------------------------------------------------- Next.js magazine
class Spa(Template):
    name = "spa"

    def _c(self, comp, el):
        return f"{comp}_{el}__{num_for(comp + el, 8)[:5].translate(str.maketrans('0123456789', 'aBcDeFgHiJ'))}"

    def p_(self, t):
        return f'<p class="{self._c("Paragraph", "p")}">{inline(t)}</p>'

    def h_(self, t):
        return f'<h2 class="{self._c("Heading", "h2")}">{esc(t)}</h2>'

    def credit_(self, t):
        return f'<p class="{self._c("Paragraph", "p")} {self._c("Paragraph", "note")}"><em>{inline(t)}</em></p>'

    def pullquote_(self, t):
        return f'<figure class="{self._c("PullQuote", "figure")}"><blockquote class="{self._c("PullQuote", "quote")}">{esc(t)}</blockquote></figure>'

    def newsletter_(self, nl):
        h, t, b = nl
        return f'<aside class="{self._c("NewsletterInline", "wrapper")}"><p class="{self._c("NewsletterInline", "title")}">{esc(h)}</p><p class="{self._c("NewsletterInline", "text")}">{esc(t)}</p><form class="{self._c("NewsletterInline", "form")}"><input type="email" placeholder="{esc(self.ui["email"])}" aria-label="{esc(self.ui["email"])}"><button type="submit">{esc(b)}</button></form></aside>'

    def teaser_(self, label, links):
        t, u = links[0]
        return f'<p class="{self._c("Paragraph", "p")}"><strong>{esc(label)}:</strong> <a href="{esc(u)}">{esc(t)}</a></p>'

    def render(self):
        p, ui = self.p, self.ui
        items = p.render_items
        standfirst = items[0][1] if items[0][0] == "p" else ""
        p.render_items = items[1:] if standfirst else items
        body = self.body()
        p.render_items = items
        wc = word_count(p)
        nav = "".join(f'<li class="{self._c("Nav", "item")}"><a href="/{slugify(n)}">{esc(n)}</a></li>' for n in ui["nav"])
        rec = "".join(f'<li class="{self._c("Recirc", "card")}"><a href="{esc(u)}"><div class="{self._c("Recirc", "img")}"><img src="{esc(img_url(p, 30 + i, 400))}" alt=""></div><h3 class="{self._c("Recirc", "title")}">{esc(t)}</h3></a></li>' for i, (t, u) in enumerate(self.related_links(3)))
        nd = json.dumps({"props": {"pageProps": {"article": {"id": num_for(p.id), "headline": p.title, "standfirst": plain(standfirst)[:200], "section": p.section, "wordCount": wc, "author": p.author, "published": p.date}, "ads": {"enabled": True}}, "__N_SSP": True}, "page": "/[section]/[slug]", "query": {"section": p.section, "slug": slugify(p.title)}, "buildId": "k3Hq9vXo1pL2", "isFallback": False, "gssp": True, "locale": p.lang}, ensure_ascii=False)
        return f"""<!DOCTYPE html><html lang="{p.lang}">{self.head('<link rel="preload" href="/_next/static/css/4a7e1f2c9d.css" as="style"><link rel="stylesheet" href="/_next/static/css/4a7e1f2c9d.css" data-n-g=""><noscript data-n-css=""></noscript>')}<body><div id="__next"><div class="{self._c("Layout", "root")}"><div class="{self._c("ConsentBanner", "root")}" role="dialog"><p>{esc(ui['cookie_text'])}</p><div><button>{esc(ui['cookie_accept'])}</button><button>{esc(ui['cookie_settings'])}</button></div></div><header class="{self._c("Header", "header")}"><a class="{self._c("Header", "logo")}" href="/">{esc(p.site['name'])}</a><nav class="{self._c("Nav", "nav")}"><ul class="{self._c("Nav", "list")}">{nav}</ul></nav><a class="{self._c("Header", "cta")}" href="/subscribe">{esc(ui['subscribe'])}</a></header><main class="{self._c("Layout", "main")}"><article class="{self._c("Article", "article")}"><div class="{self._c("ArticleHeader", "header")}"><span class="{self._c("ArticleHeader", "kicker")}">{esc(p.kicker or p.section)}</span><h1 class="{self._c("ArticleHeader", "headline")}">{esc(p.title)}</h1><p class="{self._c("ArticleHeader", "standfirst")}">{inline(standfirst)}</p><div class="{self._c("Byline", "byline")}"><span>{esc(ui['by'])} <a href="/authors/{slugify(p.author)}">{esc(p.author)}</a></span><span class="{self._c("Byline", "meta")}">{esc(fmt_date(p.lang, p.date, False))} · {esc(ui['reading'].format(n=max(2, wc // 200)))}</span></div></div><figure class="{self._c("HeroImage", "figure")}"><img alt="" src="{esc(img_url(p))}" srcset="{esc(img_url(p, 0, 640))} 640w, {esc(img_url(p))} 1200w" sizes="100vw" decoding="async"><figcaption class="{self._c("HeroImage", "caption")}">{esc(p.image)}</figcaption></figure><div class="{self._c("ArticleBody", "body")}"><div class="{self._c("RichText", "richText")}">
{body}
</div></div><div class="{self._c("ArticleFooter", "footer")}"><div class="{self._c("ShareTools", "root")}">{self.share_links('share')}</div><ul class="{self._c("Tags", "list")}">{''.join(f'<li><a href="/tag/{slugify(t)}">{esc(t)}</a></li>' for t in self.tags())}</ul></div></article><section class="{self._c("Recirc", "section")}"><h2 class="{self._c("Recirc", "heading")}">{esc(ui['more'])}</h2><ul class="{self._c("Recirc", "list")}">{rec}</ul></section></main><footer class="{self._c("Footer", "footer")}"><ul>{''.join(f'<li><a href="/{slugify(x)}">{esc(x)}</a></li>' for x in ui['footer'])}</ul><p>© 2025 {esc(p.site['name'])}</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">{nd}</script><script src="/_next/static/chunks/webpack-6b2f0a.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64a.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-9ad1.js" defer=""></script></body></html>
"""


# ---------------------------------------------------------------- national portal
class Portal(Template):
    name = "portal"

    def p_(self, t):
        return f'<p class="article__paragraph">{inline(t)}</p>'

    def h_(self, t):
        return f'<h2 class="article__sub-title">{esc(t)}</h2>'

    def credit_(self, t):
        return f'<p class="article__paragraph article__paragraph--signature"><em>{inline(t)}</em></p>'

    def list_(self, items):
        return '<ul class="article__list">' + "".join(f'<li class="article__list-item">{inline(x)}</li>' for x in items) + "</ul>"

    def teaser_(self, label, links):
        if self.rng.random() < 0.5:
            t, u = links[0]
            return f'<section class="catcher catcher--inline"><span class="catcher__label">{esc(label)}</span> <a class="catcher__title" href="{esc(u)}">{esc(t)}</a></section>'
        return "".join(f'<p class="article__paragraph"><strong>{esc(label)} :</strong> <a href="{esc(u)}">{esc(t)}</a></p>' if self.p.lang == "fr" else f'<p class="article__paragraph"><strong>{esc(label)}:</strong> <a href="{esc(u)}">{esc(t)}</a></p>' for t, u in links)

    def newsletter_(self, nl):
        h, t, b = nl
        return f'<div class="inread inread--newsletter" data-inread="newsletter"><p class="inread__title">{esc(h)}</p><p class="inread__desc">{esc(t)}</p><a class="inread__button btn btn--premium" href="/newsletters/">{esc(b)}</a></div>'

    def render(self):
        p, ui = self.p, self.ui
        items = p.render_items
        desc = items[0][1] if items[0][0] == "p" else ""
        p.render_items = items[1:] if desc else items
        body = self.body()
        p.render_items = items
        nav = "".join(f'<li class="Nav__item"><a class="Nav__link" href="/{slugify(n)}/">{esc(n)}</a></li>' for n in ui["nav"])
        rel = "".join(f'<div class="teaser teaser--inline-picture"><a class="teaser__link" href="{esc(u)}"><picture class="teaser__media"><img src="{esc(img_url(p, 40 + i, 320))}" alt=""></picture><h3 class="teaser__title">{esc(t)}</h3></a></div>' for i, (t, u) in enumerate(self.related_links(4)))
        most = "".join(f'<li class="mostread__item"><span class="mostread__rank">{i + 1}</span><a href="{esc(u)}">{esc(t)}</a></li>' for i, (t, u) in enumerate(self.related_links(5, 1)))
        comments = ""
        if p.comments:
            cs = "".join(f'<div class="comment" data-comment-id="{num_for(n + t, 8)}"><p class="comment__author">{esc(n)} <span class="comment__date">{esc(d)}</span></p><p class="comment__content">{esc(t)}</p><p class="comment__actions"><a href="#">{esc(ui["reply"])}</a></p></div>' for n, d, t in p.comments)
            comments = f'<section class="comments" id="comments"><h2 class="comments__title">{esc(ui["comments"])} ({len(p.comments)})</h2><p class="comments__rules">{esc(ui["comment_rules"])}</p>{cs}</section>'
        by = f'<span class="meta__author">{esc(ui["by"])} <a class="article__author-link" href="/signataires/{slugify(p.author)}/">{esc(p.author)}</a></span>' if p.author else ""
        return f"""<!DOCTYPE html>
<html lang="{p.lang}">
{self.head('<link rel="preconnect" href="https://img.example-cdn.net"><link rel="stylesheet" href="/bucket/css/article.4f1a.css"><script>window.__tcfapi=window.__tcfapi||function(){};</script>')}
<body class="article-page">
<div id="didomi-host" aria-hidden="false"><div class="didomi-popup-container"><div class="didomi-popup-notice"><h1 class="didomi-popup-notice-title">{esc(ui['cookie_title'])}</h1><p class="didomi-popup-notice-text">{esc(ui['cookie_text'])}</p><div class="didomi-buttons"><button id="didomi-notice-agree-button">{esc(ui['cookie_accept'])}</button><button id="didomi-notice-disagree-button">{esc(ui['cookie_settings'])}</button></div></div></div></div>
<header class="Header"><div class="Header__top"><span class="Header__date">{esc(fmt_date(p.lang, p.date, False))}</span><a class="Header__subscribe" href="/abonnement/">{esc(ui['subscribe'])}</a><a class="Header__login" href="/connexion/">{esc(ui['login'])}</a></div>
<a class="Header__logo" href="/">{esc(p.site['name'])}</a><nav class="Nav"><ul class="Nav__list">{nav}</ul></nav></header>
<main id="main" class="zone zone--article">
<section class="article article--content">
 <header class="article__header">
  <ul class="breadcrumb"><li class="breadcrumb__parent"><a href="/">{esc(ui['nav'][0])}</a></li><li class="breadcrumb__parent"><a href="/{slugify(p.section)}/">{esc(p.section.capitalize())}</a></li></ul>
  <h1 class="article__title">{esc(p.title)}</h1>
  <p class="article__desc">{inline(desc)}</p>
  <section class="meta meta__publisher">{by} <span class="meta__date">{esc(ui['published'])} {esc(fmt_date(p.lang, p.date))}</span> <span class="meta__reading-time">{esc(ui['reading'].format(n=max(2, word_count(p) // 200)))}</span></section>
 </header>
 <section class="article__wrapper">
  <figure class="article__media"><img src="{esc(img_url(p))}" alt="{esc(p.image)}"><figcaption class="article__legend">{esc(p.image)} <span class="article__credit">{esc(p.site['name'])}</span></figcaption></figure>
  <article class="article__content" itemprop="articleBody">
{body}
  </article>
  <footer class="article__footer"><div class="article__tags">{''.join(f'<a class="tag" href="/{slugify(t)}/">{esc(t)}</a>' for t in self.tags())}</div><div class="article__share">{self.share_links('article__share')}</div></footer>
  {comments}
 </section>
 <section class="aside-related"><h2 class="aside-related__title">{esc(ui['related'])}</h2>{rel}</section>
</section>
<aside class="aside aside--mostread"><h2>{esc(ui['mostread'])}</h2><ol>{most}</ol><div class="dfp-slot dfp-slot--aside" data-format="halfpage">{esc(ui['ad'])}</div></aside>
</main>
<footer class="Footer"><ul class="Footer__links">{''.join(f'<li><a href="/{slugify(x)}/">{esc(x)}</a></li>' for x in ui['footer'])}</ul><p class="Footer__copyright">© {esc(p.site['name'])} 2025 – {esc(ui['rights'])}</p></footer>
<script src="/bucket/js/article.4f1a.js" async></script>
</body>
</html>
"""


TEMPLATES = {c.name: c for c in (Broadcaster, Tabloid, Republisher, WordPress, Regional, Blog, Amp,
                                  LiveBlog, Gallery, Wire, DivSoup, Legacy, Spa, Portal)}

# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------


def kinds_for(p):
    k = []
    has = lambda kind: any(it[0] == kind for it in p.items)
    if has("entry"):
        k.append("liveblog")
    elif has("photo"):
        k.append("gallery")
    else:
        k.append("article")
    for tok in p.place:
        what, _, where = tok.partition("@")
        if what.startswith("disclaimer"):
            k.append("disclaimer-" + where)
        elif what in ("teaser", "newsletter"):
            k.append(what)
    if p.comments:
        k.append("comments")
    if p.meta.get("short") == "yes":
        k.append("short")
    if p.template == "amp":
        k.append("amp")
    if p.encoding.lower() != "utf-8":
        k.append("encoding")
    out = []
    for x in k:
        if x not in out:
            out.append(x)
    return out


def main():
    pages = load_sources()
    ids = [p.id for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for p in pages:
        p.site = SITES[(p.template, p.site_key)]
        y, m, d = p.date[:10].split("-")
        path = p.site["path"].format(slug=slugify(p.title), num=num_for(p.id),
                                     section=slugify(p.section) or "news", y=y, m=m, d=d)
        p.url = "https://" + p.site["domain"] + path
    by_lang = {}
    for p in pages:
        by_lang.setdefault(p.lang, []).append(p)
    for p in pages:
        rng = random.Random("rel" + p.id)
        base = "https://" + p.site["domain"]
        # teasers/related boxes link within the same outlet: other stories of the set, re-homed
        others = [(o.title, f"{base}/{slugify(o.section) or 'news'}/{slugify(o.title)}-{num_for(o.id + p.id)}")
                  for o in by_lang[p.lang] if o is not p]
        rng.shuffle(others)
        extra = [(t, f"{base}/{slugify(p.section) or 'news'}/{slugify(t)}-{num_for(t)}") for t in UI[p.lang]["extra"]]
        rng.shuffle(extra)
        p.related = others[:4] + extra + others[4:]
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "truth").mkdir(exist_ok=True)
    for old in list((HERE / "pages").glob("*.html")) + list((HERE / "truth").glob("*.txt")):
        old.unlink()
    manifest = []
    for p in pages:
        insert_boilerplate(p, pages)
        tpl = TEMPLATES[p.template](p)
        doc = tpl.render()
        data = doc.encode(p.encoding, errors="xmlcharrefreplace")
        (HERE / "pages" / f"{p.id}.html").write_bytes(data)
        (HERE / "truth" / f"{p.id}.txt").write_text(truth_text(p), encoding="utf-8")
        manifest.append({"id": p.id, "url": p.url, "language": p.lang, "template": p.template,
                         "kinds": kinds_for(p), "title": p.title})
    with open(HERE / "manifest.jsonl", "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print(f"wrote {len(manifest)} pages")
    return pages, manifest


if __name__ == "__main__":
    main()
