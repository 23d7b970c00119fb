"""Fictional outlets: one entry per (template, language).

Several outlets share a template (= the same markup structure / CMS), the way
real CMS vendors serve many papers.  ``path`` is formatted with
slug, num, section, y, m, d.
"""

SITES = {
    # public broadcaster (tagesschau/NOS/franceinfo-like markup)
    ("broadcaster", "de"): dict(name="Nordfunk", domain="www.nordfunk.de", path="/nachrichten/{section}/{slug}-100.html"),
    ("broadcaster", "fr"): dict(name="Radio Atlantique Info", domain="www.radioatlantique-info.fr", path="/info/{section}/{slug}_{num}.html"),
    ("broadcaster", "nl"): dict(name="Omroep Delta", domain="nieuws.omroepdelta.nl", path="/artikel/{num}-{slug}"),
    # tabloid
    ("tabloid", "de"): dict(name="Blitz-Kurier", domain="www.blitz-kurier.de", path="/{section}/{slug}-{num}.bild.html"),
    ("tabloid", "en"): dict(name="The Daily Clarion", domain="www.dailyclarion.co.uk", path="/news/article-{num}/{slug}.html"),
    ("tabloid", "es"): dict(name="Diario Chispa", domain="www.diariochispa.es", path="/{section}/{slug}_{num}_102.html"),
    ("tabloid", "nl"): dict(name="Dagblad Flits", domain="www.flits.nl", path="/nieuws/{num}/{slug}"),
    # aggregator / republisher network (one WordPress-ish theme, many domains)
    ("republisher", "de"): dict(name="Börsen-Ticker Heute", domain="www.boersenticker-heute.de", path="/news/{num}.html"),
    ("republisher", "en"): dict(name="CoinPulse Hub", domain="www.coinpulse-hub.com", path="/news/{num}.html"),
    ("republisher", "fr"): dict(name="Actu Finance Express", domain="www.actufinance-express.fr", path="/news/{num}.html"),
    ("republisher", "es"): dict(name="Noticias Bolsa Hoy", domain="www.noticiasbolsahoy.com", path="/news/{num}.html"),
    ("republisher", "it"): dict(name="Notizie Mercati 24", domain="www.notiziemercati24.it", path="/news/{num}.html"),
    ("republisher", "nl"): dict(name="Beurs Vandaag Nieuws", domain="www.beursvandaag-nieuws.nl", path="/news/{num}.html"),
    # WordPress news sites
    ("wp", "de"): dict(name="Verwaltung Digital Nord", domain="www.verwaltung-digital-nord.de", path="/{y}/{m}/{d}/{slug}/", tagline="Nachrichten rund um E-Government im Norden"),
    ("wp", "en"): dict(name="Millbrook Gazette", domain="millbrookgazette.com", path="/{y}/{m}/{d}/{slug}/", tagline="Independent local news for Millbrook and the Vale"),
    ("wp", "fr"): dict(name="Le Petit Trégorrois", domain="lepetittregorrois.fr", path="/{y}/{m}/{d}/{slug}/", tagline="L'actualité du Trégor, au plus près de chez vous"),
    ("wp", "nl"): dict(name="Stadsblad Utrecht-Oost", domain="www.stadsblad-oost.nl", path="/{y}/{m}/{d}/{slug}/", tagline="Nieuws uit jouw wijk"),
    # regional paper on a TYPO3-like CMS
    ("regional", "de"): dict(name="Rheintal-Bote", domain="www.rheintal-bote.de", path="/lokales/{section}/artikel/{slug}-{num}"),
    ("regional", "it"): dict(name="L'Eco dell'Adige", domain="www.ecodelladige.it", path="/cronaca/{section}/{slug}-{num}"),
    ("regional", "nl"): dict(name="Achterhoeks Nieuwsblad", domain="www.achterhoeks-nieuwsblad.nl", path="/regio/{section}/{slug}-{num}"),
    ("regional", "pl"): dict(name="Gazeta Podgórska", domain="www.gazetapodgorska.pl", path="/wiadomosci/{section}/{slug},{num}"),
    # Blogger blogs
    ("blog", "en"): dict(name="Notes from the Fourth Floor", domain="fourthfloornotes.blogspot.com", path="/{y}/{m}/{slug}.html", about="A retired science teacher writing about gardens, towns and the odd bit of history."),
    ("blog", "en2"): dict(name="Harwick History Society", domain="harwickhistory.blogspot.com", path="/{y}/{m}/{slug}.html", about="News and stories from the Harwick & District History Society, founded 1971."),
    ("blog", "it"): dict(name="Lentamente – viaggi a piedi e in treno", domain="lentamenteviaggi.blogspot.com", path="/{y}/{m}/{slug}.html", about="Racconti di viaggi lenti, senza auto, in Italia e dintorni."),
    ("blog", "pl"): dict(name="Szlakiem z plecakiem", domain="szlakiemzplecakiem.blogspot.com", path="/{y}/{m}/{slug}.html", about="Góry, pociągi i schroniska – blog o wędrowaniu po Polsce."),
    # AMP pages
    ("amp", "de"): dict(name="Stadtanzeiger Mitte", domain="www.stadtanzeiger-mitte.de", path="/amp/{section}/{slug}-{num}.html"),
    ("amp", "en"): dict(name="Northern Courier", domain="www.northerncourier.co.uk", path="/news/{section}/{slug}-{num}.amp"),
    ("amp", "fr"): dict(name="Paris Quotidien", domain="www.parisquotidien.fr", path="/amp/{section}/{slug}-{num}"),
    ("amp", "es"): dict(name="La Voz del Levante", domain="www.lavozdellevante.es", path="/amp/{section}/{slug}-{num}.html"),
    ("amp", "it"): dict(name="Il Corriere del Tirreno", domain="www.corrieredeltirreno.it", path="/amp/{section}/{slug}-{num}"),
    # live blogs
    ("liveblog", "de"): dict(name="Hanse-Zeitung", domain="www.hanse-zeitung.de", path="/{section}/liveblog/{slug}-{num}"),
    ("liveblog", "en"): dict(name="Riverside Chronicle", domain="www.riversidechronicle.com", path="/live/{y}/{m}/{d}/{slug}"),
    ("liveblog", "fr"): dict(name="L'Écho Sportif", domain="www.echosportif.fr", path="/direct/{section}/{slug}-{num}"),
    ("liveblog", "it"): dict(name="Spettacoli Oggi", domain="www.spettacolioggi.it", path="/diretta/{slug}-{num}"),
    # photo galleries
    ("gallery", "de"): dict(name="Pfalz-Echo", domain="www.pfalz-echo.de", path="/bilder/{section}/{slug}-{num}.html", variant="divcaption"),
    ("gallery", "en"): dict(name="Highland Herald", domain="www.highlandherald.co.uk", path="/pictures/{slug}-{num}"),
    ("gallery", "fr"): dict(name="Lyon Matin", domain="www.lyonmatin.fr", path="/photos/{section}/{slug}-{num}"),
    ("gallery", "it"): dict(name="La Laguna Notizie", domain="www.lagunanotizie.it", path="/foto/{slug}-{num}"),
    ("gallery", "pt"): dict(name="Diário Alfacinha", domain="www.diarioalfacinha.pt", path="/fotogalerias/{slug}-{num}", variant="divcaption"),
    # wire service
    ("wire", "en"): dict(name="Meridian Wire", domain="www.meridianwire.com", path="/{section}/{slug}-{y}-{m}-{d}/", agency="Meridian"),
    ("wire", "es"): dict(name="Meridian Wire en español", domain="es.meridianwire.com", path="/{section}/{slug}-{y}-{m}-{d}/", agency="Meridian"),
    ("wire", "pt"): dict(name="Meridian Wire Portugal", domain="pt.meridianwire.com", path="/{section}/{slug}-{y}-{m}-{d}/", agency="Meridian"),
    # no semantic tags at all
    ("divsoup", "de"): dict(name="Leipziger Stadtnachrichten", domain="www.lpz-stadtnachrichten.de", path="/news.php?id={num}"),
    ("divsoup", "es"): dict(name="Madrid Al Día Digital", domain="www.madridaldiadigital.es", path="/noticia.php?id={num}&seccion={section}"),
    ("divsoup", "nl"): dict(name="Groninger Courant Online", domain="www.groningercourant-online.nl", path="/bericht.php?id={num}"),
    # legacy table layout
    ("legacy", "de"): dict(name="Heimatblatt Oberes Werratal", domain="www.heimatblatt-werratal.de", path="/artikel.php?id={num}&rubrik={section}"),
    ("legacy", "en"): dict(name="Port Elwyn Harbour News", domain="www.portelwyn-news.co.uk", path="/news/story.asp?id={num}"),
    ("legacy", "es"): dict(name="Crónica de la Costa", domain="www.cronicadelacosta.es", path="/noticias/ver.asp?id={num}"),
    ("legacy", "pl"): dict(name="Kurier Powiatowy", domain="www.kurierpowiatowy.pl", path="/artykul.php?id={num}"),
    # single-page-app magazine (Next.js, hashed class names, <article>)
    ("spa", "de"): dict(name="Quartal", domain="www.quartal-magazin.de", path="/{section}/{slug}"),
    ("spa", "en"): dict(name="The Long Haul", domain="www.thelonghaulmag.com", path="/features/{slug}"),
    ("spa", "nl"): dict(name="Het Nieuwe Weekblad", domain="www.nieuweweekblad.nl", path="/{section}/{slug}~b{num}"),
    # national portal (Le Monde / El País / Corriere-like)
    ("portal", "fr"): dict(name="Le Quotidien National", domain="www.lequotidien-national.fr", path="/{section}/article/{y}/{m}/{d}/{slug}_{num}_3244.html"),
    ("portal", "es"): dict(name="El Diario Peninsular", domain="www.diariopeninsular.es", path="/{section}/{y}-{m}-{d}/{slug}.html"),
    ("portal", "it"): dict(name="La Gazzetta Nazionale", domain="www.gazzettanazionale.it", path="/{section}/{y}/{m}/{d}/news/{slug}-{num}/"),
    ("portal", "pl"): dict(name="Dziennik Krajowy", domain="www.dziennikkrajowy.pl", path="/{section}/art{num},{slug}.html"),
    ("portal", "pt"): dict(name="Jornal do Tejo", domain="www.jornaldotejo.pt", path="/{section}/noticia/{slug}-{num}"),
}
