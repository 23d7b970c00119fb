"""Fourteen markup styles modelled on common news CMS / site generators.

Every template receives a context dict ``c`` (built in build.py) and returns
a full HTML document. Templates never emit dates of their own: all dates come
from the context fragments (``c['date_html']``, ``c['head_extra']``,
``c['comments_html']``, ``c['related_html']``, ``c['sidebar_html']``,
``c['copyright']``).
"""
from html import escape as e

from .sites import NAV


def _slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    out = "".join(ch if ch.isalnum() else "-" for ch in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-") or "section"


def head_common(c, title_sep=" | ", extra_css=()):
    s = c["site"]
    parts = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(c['title'])}{title_sep}{e(s['name'])}</title>",
        f'<meta name="description" content="{e(c["description"])}">',
        f'<link rel="canonical" href="{e(c["url"])}">',
    ]
    if c.get("og", True):
        parts += [
            f'<meta property="og:site_name" content="{e(s["name"])}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{e(c["title"])}">',
            f'<meta property="og:description" content="{e(c["description"])}">',
            f'<meta property="og:url" content="{e(c["url"])}">',
            f'<meta property="og:image" content="https://{s["domain"]}{c["img"]}">',
            f'<meta property="og:locale" content="{c["og_locale"]}">',
            '<meta name="twitter:card" content="summary_large_image">',
        ]
    for css in extra_css:
        parts.append(f'<link rel="stylesheet" href="{css}">')
    if c["head_extra"]:
        parts.append(c["head_extra"])
    return "\n".join(parts)


def html_open(c, extra=""):
    la = c.get("lang_attr")
    lang = f' lang="{la}"' if la else ""
    return f"<!DOCTYPE html>\n<html{lang}{extra}>"


def body_ps(c, cls=None, wrap=None):
    out = []
    for p in c["paras"]:
        if p.startswith("## "):
            out.append(f"<h2>{e(p[3:])}</h2>")
            continue
        if cls:
            out.append(f'<p class="{cls}">{p}</p>')
        else:
            out.append(f"<p>{p}</p>")
    return "\n".join(out)


def nav_items(c, fmt='<li><a href="/{slug}/">{name}</a></li>'):
    return "\n".join(fmt.format(slug=_slug(n), name=e(n)) for n in NAV[c["lang"]])


def byline_author(c):
    return f'{e(c["ui"]["by"])} <a href="/autor/{_slug(c["author"])}/" rel="author">{e(c["author"])}</a>' \
        if c["author"] else ""


# ---------------------------------------------------------------------------
def t_bootstrap(c):
    ui, s = c["ui"], c["site"]
    return f"""{html_open(c)}
<head>
{head_common(c, extra_css=("/assets/css/bootstrap.min.css", "/assets/css/site.css"))}
</head>
<body class="article-page">
<div id="cookie-consent" class="alert alert-light fixed-bottom mb-0" role="alert">{e(ui['cookie'])} <button class="btn btn-sm btn-primary">{e(ui['accept'])}</button></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary">
  <div class="container">
    <a class="navbar-brand" href="/"><img src="/assets/img/logo.svg" alt="{e(s['name'])}" height="32"></a>
    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-label="{e(ui['menu'])}"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse" id="mainNav">
      <ul class="navbar-nav me-auto">
{nav_items(c, '        <li class="nav-item"><a class="nav-link" href="/{slug}/">{name}</a></li>')}
      </ul>
      <form class="d-flex" action="/suche/"><input class="form-control form-control-sm" type="search" name="q" placeholder="{e(ui['search'])}"></form>
    </div>
  </div>
</nav>
<div class="container mt-3">
  <nav aria-label="breadcrumb"><ol class="breadcrumb">
    <li class="breadcrumb-item"><a href="/">{e(ui['home'])}</a></li>
    <li class="breadcrumb-item"><a href="/{_slug(c['section'])}/">{e(c['section'])}</a></li>
    <li class="breadcrumb-item active" aria-current="page">{e(c['title'])}</li>
  </ol></nav>
  <div class="row">
    <main class="col-lg-8">
      <article class="article-detail">
        <span class="badge bg-secondary text-uppercase">{e(c['section'])}</span>
        <h1 class="display-6 fw-bold mt-2">{e(c['title'])}</h1>
        <div class="article-meta text-muted small mb-3">{byline_author(c)}{' · ' if c['author'] and c['date_html'] else ''}{c['date_html']}</div>
        <figure class="figure w-100">
          <img class="figure-img img-fluid" src="{c['img']}" alt="">
          <figcaption class="figure-caption">{e(c['caption'])} {e(ui['photo'])}: {e(c['credit'])}</figcaption>
        </figure>
        <p class="lead">{c['lead']}</p>
        <div class="article-body">
{body_ps(c)}
        </div>
        <div class="share-bar my-4"><span>{e(ui['share'])}:</span> <a href="#" class="btn btn-outline-secondary btn-sm">Facebook</a> <a href="#" class="btn btn-outline-secondary btn-sm">WhatsApp</a> <a href="#" class="btn btn-outline-secondary btn-sm">E-Mail</a></div>
      </article>
{c['related_html']}
{c['comments_html']}
    </main>
    <aside class="col-lg-4">
{c['sidebar_html']}
      <div class="card bg-light mb-3"><div class="card-body"><p class="card-text">{e(ui['newsletter'])}</p><a href="/newsletter/" class="btn btn-primary">{e(ui['subscribe'])}</a></div></div>
      <div class="ad-slot text-center small text-muted">{e(ui['ads'])}</div>
    </aside>
  </div>
</div>
<footer class="bg-dark text-light py-4 mt-5">
  <div class="container">
    <ul class="list-inline"><li class="list-inline-item"><a href="/impressum/">{e(ui['imprint'])}</a></li><li class="list-inline-item"><a href="/datenschutz/">{e(ui['privacy'])}</a></li><li class="list-inline-item"><a href="/kontakt/">{e(ui['contact'])}</a></li></ul>
    <p class="small mb-0">{c['copyright']}</p>
  </div>
</footer>
<script src="/assets/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""


def t_broadcaster(c):
    ui, s = c["ui"], c["site"]
    paras = "\n".join(
        f'<h2 class="meldung__subhead">{e(p[3:])}</h2>' if p.startswith("## ")
        else f'<p class="textabsatz columns twelve  m-ten  m-offset-one l-eight l-offset-two">{p}</p>'
        for p in c["paras"])
    return f"""{html_open(c)}
<head>
{head_common(c, title_sep=" | ")}
<link rel="stylesheet" href="/res/assets/css/main.css">
</head>
<body>
<header class="header">
  <div class="header__inner"><a class="header__logo" href="/" title="{e(s['name'])}"><span class="sr-only">{e(s['name'])}</span></a>
  <nav class="header__navigation"><ul class="navigation__list">
{nav_items(c, '<li class="navigation__item"><a class="navigation__link" href="/{slug}/">{name}</a></li>')}
  </ul></nav></div>
</header>
<main class="content-wrapper">
  <div class="seitenkopf">
    <div class="seitenkopf__head">
      <h1 class="seitenkopf__headline">
        <span class="seitenkopf__topline">{e(c['section'])}</span>
        <span class="seitenkopf__headline--text">{e(c['title'])}</span>
      </h1>
      <p class="metatextline">{c['date_html']}</p>
    </div>
    <div class="seitenkopf__media"><img class="ts-image" src="{c['img']}" alt="{e(c['caption'])}"><p class="ts-image__caption">{e(c['caption'])} | {e(c['credit'])}</p></div>
  </div>
  <div class="columns twelve">
    <p class="textabsatz columns twelve  m-ten  m-offset-one l-eight l-offset-two"><strong>{c['lead']}</strong></p>
{paras}
    <div class="authorline__author columns twelve">{e(c['author'] or '')}</div>
    <div class="socialbuttons"><span>{e(ui['share'])}</span><a class="socialbutton socialbutton--mail" href="#">Mail</a><a class="socialbutton socialbutton--whatsapp" href="#">WhatsApp</a></div>
  </div>
{c['related_html']}
{c['sidebar_html']}
{c['comments_html']}
</main>
<footer class="footer">
  <ul class="footer__list"><li><a href="/impressum/">{e(ui['imprint'])}</a></li><li><a href="/datenschutz/">{e(ui['privacy'])}</a></li><li><a href="/kontakt/">{e(ui['contact'])}</a></li></ul>
  <p class="footer__copyright">{c['copyright']}</p>
</footer>
</body>
</html>
"""


def t_joomla(c):
    ui, s = c["ui"], c["site"]
    return f"""{html_open(c, ' dir="ltr"')}
<head>
<meta name="generator" content="Joomla! - Open Source Content Management">
{head_common(c, title_sep=" - ")}
<link href="/templates/cassiopeia/css/template.min.css" rel="stylesheet">
</head>
<body class="site com_content wrapper-static view-article layout-blog no-task itemid-112">
<header class="header container-header full-width">
  <div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="{e(s['name'])}">{e(s['name'])}</span></a><div class="site-description">{e(s['tagline'])}</div></div></div>
  <div class="grid-child container-nav"><ul class="mod-menu mod-list nav ">
{nav_items(c, '<li class="nav-item"><a href="/{slug}">{name}</a></li>')}
  </ul></div>
</header>
<div class="site-grid">
  <div class="grid-child container-component">
    <nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway">{e(ui['home'])}</a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/{_slug(c['section'])}" class="pathway">{e(c['section'])}</a></li></ol></nav>
    <main>
    <div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
      <meta itemprop="inLanguage" content="{c['lang']}">
      <div class="page-header"><h1 itemprop="headline">{e(c['title'])}</h1></div>
      <dl class="article-info text-muted">
        <dt class="article-info-term">{e(ui['details'])}</dt>
        <dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span><span itemprop="name">{e(c['author'] or s['name'])}</span></dd>
        <dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span><a href="/{_slug(c['section'])}" itemprop="genre">{e(c['section'])}</a></dd>
        {c['date_html']}
      </dl>
      <figure class="left item-image"><img src="{c['img']}" itemprop="image" alt="{e(c['caption'])}"></figure>
      <div itemprop="articleBody" class="com-content-article__body">
<p><strong>{c['lead']}</strong></p>
{body_ps(c)}
      </div>
      <ul class="pager pagenavigation"><li class="previous"><a class="hasTooltip btn btn-sm btn-secondary previous" href="#" rel="prev">‹ {e(ui['back'])}</a></li></ul>
    </div>
{c['related_html']}
{c['comments_html']}
    </main>
  </div>
  <div class="grid-child container-sidebar-right">
{c['sidebar_html']}
    <div class="sidebar-right card "><div class="card-body"><p>{e(ui['newsletter'])}</p></div></div>
  </div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-footer"><div class="footer1">{c['copyright']}</div><div class="footer2"><a href="/impressum">{e(ui['imprint'])}</a> · <a href="/datenschutz">{e(ui['privacy'])}</a></div></div></div></footer>
</body>
</html>
"""


def t_magazine(c):
    ui, s = c["ui"], c["site"]
    return f"""{html_open(c)}
<head>
{head_common(c, title_sep=" – ")}
<link rel="preload" href="/static/fonts/serif-display.woff2" as="font" crossorigin>
<link rel="stylesheet" href="/static/css/main.bundle.css">
</head>
<body class="page page--article">
<a class="skip-link" href="#main">Skip</a>
<header class="site-header">
  <div class="site-header__top"><a class="site-header__logo" href="/">{e(s['name'])}</a><span class="site-header__claim">{e(s['tagline'])}</span></div>
  <nav class="main-nav"><ul class="main-nav__list">
{nav_items(c, '<li class="main-nav__item"><a class="main-nav__link" href="/{slug}">{name}</a></li>')}
  </ul></nav>
</header>
<main id="main" class="main">
  <article class="article">
    <header class="article__header">
      <p class="article__kicker"><a href="/{_slug(c['section'])}">{e(c['section'])}</a></p>
      <h1 class="article__title">{e(c['title'])}</h1>
      <p class="article__lead">{c['lead']}</p>
      <div class="article__byline">
        <span class="byline__authors">{byline_author(c)}</span>
        {c['date_html']}
        <span class="article__readtime">{c['readtime']} {e(ui['minutes'])}</span>
      </div>
    </header>
    <figure class="article__figure"><picture><source srcset="{c['img'].replace('.jpg', '.webp')}" type="image/webp"><img src="{c['img']}" alt="{e(c['caption'])}" loading="eager"></picture><figcaption class="article__caption">{e(c['caption'])} <span class="article__credit">{e(ui['photo'])}: {e(c['credit'])}</span></figcaption></figure>
    <div class="article__body">
{body_ps(c, cls="article__paragraph")}
    </div>
    <footer class="article__footer"><div class="article__tags"><span>{e(ui['tags'])}:</span> <a class="tag" href="/thema/{_slug(c['section'])}">{e(c['section'])}</a></div></footer>
  </article>
{c['related_html']}
{c['comments_html']}
  <aside class="sidebar">
{c['sidebar_html']}
  </aside>
</main>
<footer class="site-footer"><nav class="site-footer__nav"><a href="/impressum">{e(ui['imprint'])}</a><a href="/datenschutz">{e(ui['privacy'])}</a><a href="/kontakt">{e(ui['contact'])}</a></nav><p class="site-footer__copy">{c['copyright']}</p></footer>
<script src="/static/js/main.bundle.js" defer></script>
</body>
</html>
"""


def t_typo3(c):
    ui, s = c["ui"], c["site"]
    return f"""{html_open(c)}
<head>
<meta name="generator" content="TYPO3 CMS">
{head_common(c, title_sep=": ")}
<link rel="stylesheet" href="/typo3conf/ext/sitepackage/Resources/Public/Css/main.css" media="all">
</head>
<body id="p412" class="layout-default">
<div class="page">
<header class="page-header">
  <a class="page-header__logo" href="/"><img src="/typo3conf/ext/sitepackage/Resources/Public/Images/wappen.svg" alt="{e(s['name'])}" width="60"> <span>{e(s['name'])}</span></a>
  <ul class="service-nav"><li><a href="/barrierefreiheit">{e(ui['easy'])}</a></li><li><a href="/kontakt">{e(ui['contact'])}</a></li></ul>
  <nav class="main-navigation"><ul>
    <li><a href="/rathaus/">{e(ui['town_hall'])}</a></li><li><a href="/service/">{e(ui['services'])}</a></li><li class="active"><a href="/aktuelles/">{e(s['tagline'])}</a></li>
  </ul></nav>
</header>
<div class="content-main">
<!--TYPO3SEARCH_begin-->
<div id="c1873" class="frame frame-default frame-type-news_newsdetail frame-layout-0">
<div class="news news-single">
  <div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
    <div class="news-list-date">{c['date_html']}</div>
    <div class="header"><h1 itemprop="headline">{e(c['title'])}</h1></div>
    <div class="teaser-text" itemprop="description"><p>{c['lead']}</p></div>
    <div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><img itemprop="image" src="{c['img']}" width="800" height="450" alt="{e(c['caption'])}"></div><p class="news-img-caption">{e(c['caption'])}</p></div></div>
    <div class="news-text-wrap" itemprop="articleBody">
{body_ps(c)}
    </div>
    <div class="news-related-wrap"><p>{e(ui['press_office'])}: {e(c['author'] or s['name'])}</p></div>
    <div class="news-backlink-wrap"><a href="/aktuelles/">&larr; {e(ui['home'])}</a></div>
  </div>
</div>
</div>
<!--TYPO3SEARCH_end-->
{c['related_html']}
{c['sidebar_html']}
{c['comments_html']}
</div>
<footer class="page-footer"><div class="page-footer__address">{e(s['name'])}</div><ul><li><a href="/impressum">{e(ui['imprint'])}</a></li><li><a href="/datenschutz">{e(ui['privacy'])}</a></li></ul><p>{c['copyright']}</p></footer>
</div>
</body>
</html>
"""


def t_wp(c):
    ui, s = c["ui"], c["site"]
    pid = c["post_id"]
    cat = _slug(c["section"])
    return f"""{html_open(c)}
<head>
{head_common(c, title_sep=" &#8211; ")}
<link rel='stylesheet' id='wp-block-library-css' href='https://{s['domain']}/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />
<link rel='stylesheet' id='theme-style-css' href='https://{s['domain']}/wp-content/themes/newsup/style.css?ver=6.6.2' media='all' />
<link rel="https://api.w.org/" href="https://{s['domain']}/wp-json/" />
<link rel="alternate" title="JSON" type="application/json" href="https://{s['domain']}/wp-json/wp/v2/posts/{pid}" />
<link rel='shortlink' href='https://{s['domain']}/?p={pid}' />
<meta name="generator" content="WordPress 6.6.2" />
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
  <div class="site-branding"><p class="site-title"><a href="https://{s['domain']}/" rel="home">{e(s['name'])}</a></p><p class="site-description">{e(s['tagline'])}</p></div>
  <nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">{e(ui['menu'])}</button>
    <div class="menu-hauptmenue-container"><ul id="primary-menu" class="menu">
{nav_items(c, '<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="https://' + s['domain'] + '/category/{slug}/">{name}</a></li>')}
    </ul></div>
  </nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{cat}">
  <header class="entry-header">
    <span class="cat-links"><a href="https://{s['domain']}/category/{cat}/" rel="category tag">{e(c['section'])}</a></span>
    <h1 class="entry-title">{e(c['title'])}</h1>
    <div class="entry-meta">{c['date_html']}<span class="byline"> <span class="author vcard"><a class="url fn n" href="https://{s['domain']}/author/{_slug(c['author'] or 'redaktion')}/">{e(c['author'] or s['name'])}</a></span></span></div>
  </header>
  <div class="post-thumbnail"><img width="1024" height="576" src="{c['img']}" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></div>
  <div class="entry-content">
<p><strong>{c['lead']}</strong></p>
{body_ps(c)}
  </div>
  <footer class="entry-footer"><span class="tags-links">{e(ui['tags'])}: <a href="https://{s['domain']}/tag/{cat}/" rel="tag">{e(c['section'])}</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://{s['domain']}/?p={pid - 7}" rel="prev">&larr;</a></div></div></nav>
{c['related_html']}
{c['comments_html']}
</main>
</div>
<aside id="secondary" class="widget-area">
  <section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://{s['domain']}/"><label><span class="screen-reader-text">{e(ui['search'])}</span><input type="search" class="search-field" name="s" /></label></form></section>
{c['sidebar_html']}
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">{c['copyright']} <span class="sep"> | </span> Theme: Newsup</div></footer>
</div>
<script src="https://{s['domain']}/wp-includes/js/comment-reply.min.js?ver=6.6.2" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
"""


def t_arc(c):
    ui, s = c["ui"], c["site"]
    paras = "\n".join(
        f'<h2 class="c-heading b-article-body__heading">{e(p[3:])}</h2>' if p.startswith("## ")
        else f'<p class="c-paragraph" data-el="text">{p}</p>' for p in c["paras"])
    return f"""{html_open(c)}
<head>
{head_common(c, title_sep=" | ")}
<link rel="preconnect" href="https://cloudfront-eu-central-1.images.arcpublishing.com">
<link rel="stylesheet" href="/pf/dist/css/default.css?d=842&amp;mxId=00000000">
</head>
<body>
<div id="fusion-app" class="layout-section">
  <header class="c-stack b-single-chain b-header-nav-chain">
    <div class="b-header-nav-chain__top-layout"><a class="b-header-nav-chain__logo" href="/"><img alt="{e(s['name'])}" src="/pf/resources/images/logo.svg?d=842"></a></div>
    <nav id="main-nav" class="b-header-nav-chain__nav" aria-label="Sections"><ul class="b-links-bar">
{nav_items(c, '<li class="b-links-bar__item"><a class="c-link" href="/{slug}/">{name}</a></li>')}
    </ul></nav>
  </header>
  <main class="b-right-rail">
    <div class="b-right-rail__main">
      <article class="b-article-body">
        <div class="c-overline b-overline"><a class="c-link" href="/{_slug(c['section'])}/">{e(c['section'])}</a></div>
        <h1 class="c-heading b-headline" data-qa="headline">{e(c['title'])}</h1>
        <h2 class="c-heading b-subheadline" data-qa="subheadline">{c['lead']}</h2>
        <div class="b-byline" data-qa="byline"><span class="c-attribution">{byline_author(c)}</span></div>
        <div class="b-date" data-qa="display-date">{c['date_html']}</div>
        <figure class="c-media-item b-lead-art"><img class="c-image" src="{c['img']}" alt="{e(c['caption'])}"><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">{e(c['caption'])}</span> <span class="c-media-item__credit">({e(c['credit'])})</span></figcaption></figure>
{paras}
        <div class="b-share-bar"><button class="c-button" aria-label="{e(ui['share'])}">{e(ui['share'])}</button></div>
      </article>
{c['related_html']}
{c['comments_html']}
    </div>
    <aside class="b-right-rail__rail">
{c['sidebar_html']}
      <div class="b-ad-block"><span class="c-ad-label">{e(ui['ads'])}</span><div id="arcad_right-rail-1" class="arcad"></div></div>
    </aside>
  </main>
  <footer class="b-footer"><div class="b-footer__links"><a href="/about/">{e(ui['imprint'])}</a><a href="/privacy/">{e(ui['privacy'])}</a></div><p class="b-footer__copyright">{c['copyright']}</p></footer>
</div>
<script src="/pf/dist/engine/react.js?d=842&amp;mxId=00000000" defer></script>
</body>
</html>
"""


def t_drupal(c):
    ui, s = c["ui"], c["site"]
    nid = c["post_id"]
    return f"""{html_open(c, ' dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#"')}
<head>
{head_common(c, title_sep=" | ")}
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<link rel="shortlink" href="https://{s['domain']}/node/{nid}">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq3f0a1b.css?delta=0&amp;language={c['lang']}&amp;theme=journal">
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
  <header role="banner" class="site-header">
    <div class="region region-header"><div id="block-journal-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/journal/logo.svg" alt="{e(s['name'])}"></a><div class="site-slogan">{e(s['tagline'])}</div></div></div>
    <div class="region region-primary-menu"><nav role="navigation" id="block-journal-main-menu" class="block block-menu navigation menu--main"><ul class="menu">
{nav_items(c, '<li class="menu-item"><a href="/{slug}" data-drupal-link-system-path="taxonomy/term/7">{name}</a></li>')}
    </ul></nav></div>
  </header>
  <main role="main">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
      <div class="region region-content">
        <article role="article" about="/node/{nid}" class="node node--type-article node--promoted node--view-mode-full">
          <div class="field field--name-field-rubrique field--type-entity-reference field--label-hidden field__item"><a href="/{_slug(c['section'])}" hreflang="{c['lang']}">{e(c['section'])}</a></div>
          <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{e(c['title'])}</span></h1>
          <footer class="node__meta">
            <div class="node__submitted">{byline_author(c)} {c['date_html']}</div>
          </footer>
          <div class="node__content">
            <div class="field field--name-field-chapo field--type-string-long field--label-hidden field__item"><p>{c['lead']}</p></div>
            <div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="{c['img']}" width="960" height="540" alt="{e(c['caption'])}"><div class="image-credit">{e(c['credit'])}</div></div>
            <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body_ps(c)}
            </div>
          </div>
        </article>
{c['related_html']}
{c['comments_html']}
      </div>
    </div>
    <aside class="layout-sidebar-second" role="complementary">
{c['sidebar_html']}
    </aside>
  </main>
  <footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav class="menu--footer"><ul class="menu"><li><a href="/mentions-legales">{e(ui['imprint'])}</a></li><li><a href="/privacy">{e(ui['privacy'])}</a></li></ul></nav><div class="footer-copyright">{c['copyright']}</div></div></footer>
</div>
</div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
</body>
</html>
"""


def t_ghost(c):
    ui, s = c["ui"], c["site"]
    tag = _slug(c["section"])
    return f"""{html_open(c)}
<head>
{head_common(c, title_sep=" - ")}
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8d2b4f1c07">
<meta name="generator" content="Ghost 5.96">
<link rel="alternate" type="application/rss+xml" title="{e(s['name'])}" href="https://{s['domain']}/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://{s['domain']}/" data-key="6f2c1e9d4b0a" data-api="https://{s['domain']}/ghost/api/content/" crossorigin="anonymous"></script>
</head>
<body class="post-template tag-{tag} is-head-left-logo has-serif-title">
<div class="gh-viewport">
<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer">
  <div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="https://{s['domain']}">{e(s['name'])}</a></div>
  <nav class="gh-navigation-menu"><ul class="nav">
{nav_items(c, '<li class="nav-{slug}"><a href="https://' + s['domain'] + '/tag/{slug}/">{name}</a></li>')}
  </ul></nav>
  <div class="gh-navigation-actions"><a class="gh-button" href="#/portal/signup" data-portal="signup">{e(ui['subscribe'])}</a></div></div>
</header>
<main class="gh-main">
  <article class="gh-article post tag-{tag}">
    <header class="gh-article-header gh-canvas">
      <a class="gh-article-tag" href="https://{s['domain']}/tag/{tag}/">{e(c['section'])}</a>
      <h1 class="gh-article-title is-title">{e(c['title'])}</h1>
      <p class="gh-article-excerpt is-body">{c['lead']}</p>
      <div class="gh-article-meta">
        <div class="gh-article-author-image instapaper_ignore"><a href="/author/{_slug(c['author'] or 'redaccion')}/"><img class="author-profile-image" src="/content/images/size/w160/author.jpg" alt="{e(c['author'] or '')}"></a></div>
        <div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/{_slug(c['author'] or 'redaccion')}/">{e(c['author'] or s['name'])}</a></h4>
          <div class="gh-article-meta-content">{c['date_html']}<span class="gh-article-meta-length"><span class="bull">—</span> {c['readtime']} {e(ui['minutes'])}</span></div>
        </div>
      </div>
      <figure class="gh-article-image"><img srcset="{c['img']} 1200w" sizes="(min-width: 1320px) 1200px, 92vw" src="{c['img']}" alt="{e(c['caption'])}"><figcaption><span style="white-space: pre-wrap;">{e(c['caption'])}</span></figcaption></figure>
    </header>
    <section class="gh-content gh-canvas is-body">
{body_ps(c)}
    </section>
  </article>
{c['related_html']}
{c['comments_html']}
{c['sidebar_html']}
</main>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">{e(s['name'])}</span><nav class="gh-footer-menu"><ul class="nav"><li><a href="/privacy/">{e(ui['privacy'])}</a></li><li><a href="/contact/">{e(ui['contact'])}</a></li></ul></nav><div class="gh-footer-copyright">{c['copyright']}. Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div></div></footer>
</div>
<script src="/assets/built/source.js?v=8d2b4f1c07"></script>
</body>
</html>
"""


def t_amp(c):
    ui, s = c["ui"], c["site"]
    la = c.get("lang_attr")
    lang = f' lang="{la}"' if la else ""
    return f"""<!doctype html>
<html ⚡{lang}>
<head>
{head_common(c, title_sep=" - ")}
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Georgia,serif;margin:0}}.amp-header{{background:#0b3d5c;color:#fff;padding:10px 16px}}.amp-article{{padding:0 16px}}.amp-meta{{color:#666;font-size:14px}}.amp-footer{{background:#eee;padding:16px;font-size:13px}}</style>
</head>
<body>
<header class="amp-header"><a href="https://{s['domain']}/" class="amp-logo">{e(s['name'])}</a></header>
<main class="amp-main">
  <article class="amp-article">
    <div class="amp-category"><a href="https://{s['domain']}/{_slug(c['section'])}/">{e(c['section'])}</a></div>
    <h1 class="amp-title">{e(c['title'])}</h1>
    <div class="amp-meta"><span class="amp-author">{e(c['author'] or '')}</span> {c['date_html']}</div>
    <amp-img src="{c['img']}" width="1200" height="675" layout="responsive" alt="{e(c['caption'])}"></amp-img>
    <p class="amp-lead"><strong>{c['lead']}</strong></p>
    <div class="amp-content">
{body_ps(c)}
    </div>
    <div class="amp-share"><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share></div>
  </article>
{c['related_html']}
{c['sidebar_html']}
{c['comments_html']}
</main>
<footer class="amp-footer"><a href="https://{s['domain']}/">{e(ui['home'])}</a> · <a href="https://{s['domain']}/privacy">{e(ui['privacy'])}</a><p>{c['copyright']}</p></footer>
</body>
</html>
"""


def t_legacy(c):
    ui, s = c["ui"], c["site"]
    la = c.get("lang_attr")
    lang = f' lang="{la}"' if la else ""
    paras = "\n".join(
        f'<p class="subtitle"><b>{e(p[3:])}</b></p>' if p.startswith("## ")
        else f'<p class="newstext">{p}</p>' for p in c["paras"])
    nav = "\n".join(f'<tr><td class="menu"><a href="/index.php?cat={i + 1}">{e(n)}</a></td></tr>'
                    for i, n in enumerate(NAV[c["lang"]]))
    desc = e(c["description"])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html{lang}>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(s['name'])} - {e(c['title'])}</title>
<meta name="description" content="{desc}">
<meta name="keywords" content="{e(c['section'])}, {e(s['name'])}">
<link rel="stylesheet" type="text/css" href="/css/style.css">
{c['head_extra']}
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3" class="head"><a href="/"><img src="/img/head_logo.gif" width="420" height="90" border="0" alt="{e(s['name'])}"></a><br><font size="2">{e(s['tagline'])}</font></td></tr>
<tr>
<td width="170" valign="top" class="leftcol">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
{nav}
</table>
{c['sidebar_html']}
</td>
<td width="600" valign="top" class="content">
<span class="rubric">{e(c['section'])}</span><br>
<h1 class="headline">{e(c['title'])}</h1>
<span class="newsdate">{c['date_html']}</span>
<p class="intro"><b>{c['lead']}</b></p>
<img src="{c['img']}" width="300" height="200" align="right" hspace="8" vspace="4" alt="">
{paras}
<p class="author"><i>{e(c['author'] or '')}</i></p>
<p><a href="javascript:window.print()">{e(ui['print'])}</a> | <a href="/index.php?page=recommend">E-Mail</a></p>
{c['related_html']}
{c['comments_html']}
</td>
<td width="210" valign="top" class="rightcol"><p class="banner">{e(ui['ads'])}</p></td>
</tr>
<tr><td colspan="3" class="foot" align="center"><font size="1">{c['copyright']} | <a href="/index.php?page=imprint">{e(ui['imprint'])}</a></font></td></tr>
</table>
</body>
</html>
"""


def t_nextjs(c):
    import json
    ui, s = c["ui"], c["site"]
    nd = {"props": {"pageProps": {"article": {"id": c["post_id"], "slug": c["path"].rstrip("/").split("/")[-1],
                                              "title": c["title"], "section": c["section"],
                                              "authors": [c["author"]] if c["author"] else [],
                                              "wordCount": c["wordcount"]}},
                    "__N_SSG": True},
          "page": "/[section]/[slug]", "query": {}, "buildId": "vK3dQe9s2LmT8aBx1rZ0p",
          "isFallback": False, "gsp": True, "scriptLoader": []}
    paras = "\n".join(
        f'<h2 class="ArticleBody_subhead__Qm2Ls">{e(p[3:])}</h2>' if p.startswith("## ")
        else f'<p class="ArticleBody_paragraph__dK9vX">{p}</p>' for p in c["paras"])
    return f"""{html_open(c)}
<head>
{head_common(c, title_sep=" | ")}
<meta name="next-head-count" content="18">
<link rel="preload" href="/_next/static/css/4c1f0e8b7a2d.css" as="style">
<link rel="stylesheet" href="/_next/static/css/4c1f0e8b7a2d.css" data-n-g="">
<noscript data-n-css=""></noscript>
<script defer src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js" nomodule=""></script>
</head>
<body>
<div id="__next">
<div class="Layout_wrapper__k3Fq1">
  <header class="Header_header__Rz7nT"><a class="Header_logo__aP0qw" href="/">{e(s['name'])}</a>
    <nav class="Header_nav__Ys2mB"><ul class="Header_list__hN8dE">
{nav_items(c, '<li><a class="Header_link__x9LpQ" href="/{slug}">{name}</a></li>')}
    </ul></nav>
  </header>
  <main class="Layout_main__Tb5cW">
    <article class="Article_article__3vWnG">
      <div class="ArticleHeader_header__Jm0vK">
        <a class="ArticleHeader_section__cX4tY" href="/{_slug(c['section'])}">{e(c['section'])}</a>
        <h1 class="ArticleHeader_title__x1Ab2">{e(c['title'])}</h1>
        <p class="ArticleHeader_dek__Ue7Rr">{c['lead']}</p>
        <div class="ArticleHeader_meta__Hn3pS"><span class="Byline_byline__r2KkD">{byline_author(c)}</span>{c['date_html']}</div>
      </div>
      <figure class="LeadImage_figure__pQ1sd"><img alt="{e(c['caption'])}" loading="lazy" width="1200" height="800" decoding="async" data-nimg="1" src="/_next/image?url=%2Fmedia%2F{c['img'].split('/')[-1]}&amp;w=1200&amp;q=75"><figcaption class="LeadImage_caption__aZ8wq">{e(c['caption'])} ({e(c['credit'])})</figcaption></figure>
      <div class="ArticleBody_body__Wl0bH">
{paras}
      </div>
    </article>
{c['related_html']}
{c['comments_html']}
{c['sidebar_html']}
  </main>
  <footer class="Footer_footer__vB2nM"><p>{c['copyright']}</p><a href="/privacy">{e(ui['privacy'])}</a></footer>
</div>
</div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(nd, ensure_ascii=False)}</script>
</body>
</html>
"""


def t_substack(c):
    ui, s = c["ui"], c["site"]
    return f"""{html_open(c)}
<head>
{head_common(c, title_sep=" - ")}
<link rel="stylesheet" type="text/css" href="https://substackcdn.com/bundle/theme/main.2d9f4a.css">
<link rel="alternate" type="application/rss+xml" href="https://{s['domain']}/feed" title="{e(s['name'])}">
</head>
<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><a class="navbar-title-link" href="/">{e(s['name'])}</a><div class="navbar-buttons"><a class="button primary subscribe-btn" href="/subscribe">{e(ui['subscribe'])}</a></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><div class="post-header">
  <h1 class="post-title published title-X77sOw">{e(c['title'])}</h1>
  <h3 class="subtitle subtitle-HEEcLo">{c['lead']}</h3>
  <div class="post-meta-row"><div class="profile-hover-card-target"><a href="/@{_slug(c['author'] or 'editor')}" class="pencraft pc-reset">{e(c['author'] or '')}</a></div>
    <div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">{c['date_html']}</div></div>
</div>
<div class="available-content"><div dir="auto" class="body markup">
{body_ps(c)}
<div class="subscription-widget-wrap"><p>{e(ui['newsletter'])}</p><a class="button primary" href="/subscribe">{e(ui['subscribe'])}</a></div>
</div></div>
{c['related_html']}
{c['comments_html']}
{c['sidebar_html']}
</div></div></div>
<div class="footer-wrap"><div class="footer"><div class="footer-copyright">{c['copyright']}</div><a href="/privacy">{e(ui['privacy'])}</a></div></div>
</div></div>
</body>
</html>
"""


def t_wire(c):
    ui, s = c["ui"], c["site"]
    return f"""{html_open(c)}
<head>
{head_common(c, title_sep=" — ")}
<link rel="stylesheet" href="/static/wire.css">
</head>
<body class="story-page">
<header class="masthead"><a href="/" class="masthead__name">{e(s['name'])}</a> <span class="masthead__tag">{e(s['tagline'])}</span>
<nav class="masthead__nav">{nav_items(c, '<a href="/topics/{slug}">{name}</a>')}</nav></header>
<div class="story">
  <div class="story-head">
    <p class="story-slug">{e(c['section'])}</p>
    <h1 class="story-headline">{e(c['title'])}</h1>
    <p class="story-byline">{byline_author(c)}<span class="story-byline__org">, {e(s['name'])}</span> {c['date_html']}</p>
  </div>
  <div class="story-body">
<p class="story-summary"><em>{c['lead']}</em></p>
{body_ps(c)}
    <p class="story-republish">This story may be republished free of charge under a Creative Commons license. <a href="/republish">Republish this story</a>.</p>
  </div>
{c['related_html']}
{c['comments_html']}
{c['sidebar_html']}
</div>
<footer class="site-foot"><a href="/about">{e(ui['imprint'])}</a> | <a href="/donate">Donate</a> | <span class="site-foot__copy">{c['copyright']}</span></footer>
</body>
</html>
"""


TEMPLATES = {
    "bootstrap": t_bootstrap, "broadcaster": t_broadcaster, "joomla": t_joomla, "magazine": t_magazine,
    "typo3": t_typo3, "wp": t_wp, "arc": t_arc, "drupal": t_drupal, "ghost": t_ghost, "amp": t_amp,
    "legacy": t_legacy, "nextjs": t_nextjs, "substack": t_substack, "wire": t_wire,
}
