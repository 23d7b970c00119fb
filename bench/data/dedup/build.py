"""Build the labelled dedup/story benchmark set ``articles.jsonl``.

The hand-written originals live in ``originals/*.txt`` (one record per article,
format documented in :func:`parse_originals`).  Syndicated copies are *derived*
here from those originals by a small set of deterministic edit operations
(verbatim republication, republisher disclaimers, changed headline/teaser,
light edits such as a sentence added/removed, a typo fixed, a paragraph moved,
a quote shortened or an "Update:" line).  Every copy gets ``duplicate_of`` =
its original and inherits the original's ``story``.

Run from anywhere::

    python bench/data/dedup/build.py          # writes articles.jsonl
    python bench/data/dedup/build.py --stats  # also prints counts

The output is deterministic (fixed shuffle seed, ids a001...).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORIGINALS_DIR = HERE / "originals"
OUT_PATH = HERE / "articles.jsonl"
SHUFFLE_SEED = 20250905

# --------------------------------------------------------------------------
# Outlets: name -> (domain, url style).  All outlets and domains are fictional.
# --------------------------------------------------------------------------
OUTLETS: dict[str, tuple[str, str]] = {
    # German-language originals
    "dna Deutsche Nachrichtenagentur": ("dna-nachrichten.de", "section_slug_id_html"),
    "Elbtaler Anzeiger": ("elbtaler-anzeiger.de", "article_id"),
    "Hauptstadt Echo": ("hauptstadt-echo.de", "section_slug"),
    "Mittelland Zeitung": ("mittelland-zeitung.de", "section_slug_id_html"),
    "Rheinischer Kurier": ("rheinischer-kurier.de", "date_slug"),
    "Finanzblick Online": ("finanzblick-online.de", "id_only"),
    "Alpenland Tagblatt": ("alpenland-tagblatt.de", "article_id"),
    "Bayern Depesche": ("bayern-depesche.de", "section_slug"),
    "Nordsee-Bote": ("nordsee-bote.de", "section_slug_id_html"),
    "Stadtanzeiger Rheinstadt": ("stadtanzeiger-rheinstadt.de", "article_id"),
    "Anstoß Magazin": ("anstoss-magazin.de", "section_slug"),
    "Nordhessen Nachrichten": ("nordhessen-nachrichten.de", "section_slug_id_html"),
    "Weserbergland Lokal": ("weserbergland-lokal.de", "date_slug"),
    "Börsenwelle": ("boersenwelle.net", "id_only"),
    "Wirtschaftsspiegel24": ("wirtschaftsspiegel24.de", "date_slug"),
    "Havelland Rundblick": ("havelland-rundblick.de", "section_slug"),
    "Donaustädter Zeitung": ("donaustaedter-zeitung.at", "section_slug_id_html"),
    # English-language originals
    "Meridian Press Wire": ("meridianwire.com", "date_slug"),
    "Brightwater Financial": ("brightwaterfinancial.com", "section_slug"),
    "The Harbour Ledger": ("harbourledger.com", "date_slug"),
    "Northgate Times": ("northgatetimes.co.uk", "id_only"),
    "Fenwick Gazette": ("fenwickgazette.co.uk", "section_slug_id_html"),
    "Pacific Evening Post": ("pacificeveningpost.com", "date_slug"),
    "Westbrook Courier": ("westbrookcourier.com", "section_slug"),
    "Eastbridge Evening Star": ("eastbridgestar.co.uk", "id_only"),
    "The Civic Record": ("civicrecord.org", "section_slug"),
    "Sciencia Today": ("scienciatoday.com", "section_slug"),
    "CoinPulse Daily": ("coinpulsedaily.io", "section_slug"),
    "Liffey Herald": ("liffeyherald.ie", "date_slug"),
    # French / Spanish / Italian originals
    "APC Agence Presse Continentale": ("apc-depeches.fr", "section_slug_id_html"),
    "Paris Matinal": ("parismatinal.fr", "date_slug"),
    "L'Écho de l'Ouest": ("echo-ouest.fr", "section_slug_id_html"),
    "Le Courrier du Rhône": ("courrierdurhone.fr", "article_id"),
    "La Voz del Pacífico": ("lavozdelpacifico.cl", "date_slug"),
    "El Heraldo Central": ("heraldocentral.es", "section_slug_id_html"),
    "El Norte Extremeño": ("elnorteextremeno.es", "section_slug"),
    "Crónica Mediterránea": ("cronicamediterranea.es", "date_slug"),
    "Madrid al Minuto": ("madridalminuto.es", "section_slug"),
    "Cronache di Levante": ("cronachedilevante.it", "section_slug_id_html"),
    "Gazzetta del Tirreno": ("gazzettadeltirreno.it", "date_slug"),
    "Il Quotidiano della Borsa": ("quotidianoborsa.it", "id_only"),
    "Eco delle Langhe": ("ecodellelanghe.it", "section_slug"),
    # Republishers / aggregators / partner papers (copies only)
    "Newsticker 24": ("newsticker24.de", "id_only"),
    "Nachrichten Kompakt": ("nachrichten-kompakt.de", "date_slug"),
    "Harzer Volksblatt": ("harzer-volksblatt.de", "article_id"),
    "Saar-Rundblick": ("saar-rundblick.de", "section_slug_id_html"),
    "Moselland Zeitung": ("moselland-zeitung.de", "section_slug"),
    "Aktien-Telegraph": ("aktien-telegraph.com", "id_only"),
    "Anleger-Insider": ("anleger-insider.net", "date_slug"),
    "Börsen-Radar 24": ("boersenradar24.de", "id_only"),
    "KryptoKompass": ("kryptokompass.de", "section_slug"),
    "Fußball Regional Ticker": ("fussball-regional-ticker.de", "id_only"),
    "Münchner Abendblick": ("muenchner-abendblick.de", "section_slug_id_html"),
    "DailyFeed Hub": ("dailyfeedhub.com", "id_only"),
    "Globe Reader": ("globereader.net", "date_slug"),
    "MarketWire Digest": ("marketwiredigest.com", "section_slug"),
    "Tokenwatch News": ("tokenwatch.news", "id_only"),
    "BiotechStreet": ("biotechstreet.com", "section_slug"),
    "Lakeside Tribune": ("lakesidetribune.com", "date_slug"),
    "Shore County Journal": ("shorecountyjournal.com", "section_slug"),
    "Essex Coastal News": ("essexcoastalnews.co.uk", "section_slug_id_html"),
    "Health Digest Weekly": ("healthdigestweekly.com", "section_slug"),
    "Le Petit Régional": ("lepetitregional.fr", "section_slug_id_html"),
    "Actu Provinces": ("actuprovinces.fr", "date_slug"),
    "Info Bourse Express": ("infobourse-express.fr", "id_only"),
    "Noticias al Instante": ("noticiasalinstante.com", "date_slug"),
    "Notizie Flash": ("notizieflash.it", "id_only"),
    "Riviera Notizie": ("rivieranotizie.it", "section_slug"),
}

# --------------------------------------------------------------------------
# Republisher disclaimers (verbatim formulations seen in the wild, incl. typos)
# --------------------------------------------------------------------------
DISCLAIMERS = {
    "de_haftung": (
        "Haftungsausschluss: Das Urheberrecht dieses Artikels liegt bei seinem "
        "ursprünglichen Autor. Der Zweck dieses Artikels besteht in der erneuten "
        "Veröffentlichung zu ausschließlich Informationszwecken und stellt keine "
        "Anlageberatung dar. Sollten dennoch Verstöße vorliegen, nehmen Sie bitte "
        "umgehend Kontakt mit uns auf. Korrektur Oder wir werden Maßnahmen zur "
        "Löschung ergreifen. Danke"
    ),
    "de_hinweis": (
        "Hinweis: Dieser Beitrag erschien zuerst bei {source}. Er dient "
        "ausschließlich Informationszwecken und stellt keine Anlageberatung oder "
        "Aufforderung zum Kauf oder Verkauf von Wertpapieren dar."
    ),
    "en_origin": (
        "Disclaimer: This article was originally published on {source} and does "
        "not constitute investment advice."
    ),
    "en_copyright": (
        "Disclaimer: The copyright of this article belongs to the original author. "
        "It is republished for informational purposes only and does not constitute "
        "investment advice. If there is any infringement, please contact us and we "
        "will remove it promptly."
    ),
    "fr_avertissement": (
        "Avertissement : cet article a été initialement publié par {source}. Il est "
        "republié à titre purement informatif et ne constitue pas un conseil en "
        "investissement."
    ),
}


# --------------------------------------------------------------------------
# Parsing the hand-written originals
# --------------------------------------------------------------------------
@dataclass
class Article:
    key: str
    story: str
    outlet: str
    lang: str
    published: datetime
    section: str
    title: str
    paragraphs: list[str]
    duplicate_of: str | None = None  # key of the original
    copy_kind: str | None = None
    copy_ops: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def parse_originals(path: Path) -> list[Article]:
    """Parse one originals file.

    A record starts with ``### <key>``, followed by ``field: value`` header lines
    (story, outlet, lang, published, section, title), one blank line and the
    body; paragraphs are separated by blank lines.  Lines starting with ``#``
    before the first record are comments.
    """
    records = re.split(r"^### ", path.read_text(encoding="utf-8"), flags=re.M)[1:]
    out = []
    for rec in records:
        head, _, body = rec.partition("\n\n")
        lines = head.split("\n")
        key = lines[0].strip()
        meta = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            meta[name.strip()] = value.strip()
        paragraphs = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
        missing = {"story", "outlet", "lang", "published", "section", "title"} - set(meta)
        if missing:
            raise ValueError(f"{path.name}:{key}: missing {sorted(missing)}")
        if meta["outlet"] not in OUTLETS:
            raise ValueError(f"{path.name}:{key}: unknown outlet {meta['outlet']!r}")
        out.append(
            Article(
                key=key,
                story=meta["story"],
                outlet=meta["outlet"],
                lang=meta["lang"],
                published=datetime.fromisoformat(meta["published"]),
                section=meta["section"],
                title=meta["title"],
                paragraphs=paragraphs,
            )
        )
    return out


# --------------------------------------------------------------------------
# Copy operations.  Each returns a new (title, paragraphs) pair; all of them
# assert that their anchor text exists, so a typo in a spec fails loudly.
# --------------------------------------------------------------------------
def _find_par(pars: list[str], needle: str) -> int:
    hits = [i for i, p in enumerate(pars) if needle in p]
    if len(hits) != 1:
        raise ValueError(f"anchor {needle[:60]!r} found in {len(hits)} paragraphs")
    return hits[0]


def op_replace(old: str, new: str):
    def apply(title, pars):
        i = _find_par(pars, old)
        pars = list(pars)
        pars[i] = pars[i].replace(old, new, 1)
        return title, pars

    apply.__name__ = "replace"
    return apply


def op_drop_sentence(sentence: str):
    def apply(title, pars):
        i = _find_par(pars, sentence)
        pars = list(pars)
        p = pars[i].replace(sentence, "", 1)
        pars[i] = re.sub(r"\s{2,}", " ", p).strip()
        if not pars[i]:
            del pars[i]
        return title, pars

    apply.__name__ = "drop_sentence"
    return apply


def op_insert_after(anchor: str, sentence: str):
    def apply(title, pars):
        i = _find_par(pars, anchor)
        pars = list(pars)
        pars[i] = pars[i].replace(anchor, anchor + " " + sentence, 1)
        return title, pars

    apply.__name__ = "add_sentence"
    return apply


def op_add_paragraph(text: str, position: str = "end", kind: str = "add_paragraph"):
    def apply(title, pars):
        pars = [text, *pars] if position == "start" else [*pars, text]
        return title, pars

    apply.__name__ = kind
    return apply


def op_drop_paragraph(needle: str):
    def apply(title, pars):
        i = _find_par(pars, needle)
        return title, pars[:i] + pars[i + 1 :]

    apply.__name__ = "drop_paragraph"
    return apply


def op_swap_paragraphs(i: int, j: int):
    def apply(title, pars):
        pars = list(pars)
        pars[i], pars[j] = pars[j], pars[i]
        return title, pars

    apply.__name__ = "reorder_paragraphs"
    return apply


def op_title(new_title: str):
    def apply(title, pars):
        return new_title, pars

    apply.__name__ = "new_headline"
    return apply


def op_teaser(teaser: str):
    return op_add_paragraph(teaser, "start", kind="teaser")


def op_update(line: str, position: str = "start"):
    return op_add_paragraph(line, position, kind="update_line")


def op_disclaimer(name: str, position: str = "end"):
    def apply(title, pars, source=None):
        text = DISCLAIMERS[name].format(source=source)
        pars = [text, *pars] if position == "start" else [*pars, text]
        return title, pars

    apply.__name__ = f"disclaimer_{position}"
    apply.needs_source = True
    return apply


# --------------------------------------------------------------------------
# Copy specifications: (original key, republishing outlet, delay, kind, ops)
# kind is one of: verbatim, disclaimer, headline, light_edit
# --------------------------------------------------------------------------
def mins(minutes: int) -> timedelta:
    return timedelta(minutes=minutes)


# fmt: off
COPIES = [
    # --- Bundestag / heating law (dna wire) ---
    ("geg-dna", "Newsticker 24", mins(25), "verbatim", []),
    ("geg-dna", "Harzer Volksblatt", mins(70), "headline", [
        op_title("Heizungsgesetz: Opposition kritisiert geplante Abkehr von der 65-Prozent-Regel"),
    ]),
    ("geg-dna", "Saar-Rundblick", mins(95), "light_edit", [
        op_drop_sentence(
            "Auch der Mieterbund hatte vor der Sitzung vor höheren Nebenkosten gewarnt."
        ),
        op_insert_after(
            "Der Entwurf wird nun in den Ausschüssen beraten.",
            "Die zweite und dritte Lesung ist für November vorgesehen.",
        ),
    ]),
    # --- pension debate: partner paper shortens a quote ---
    ("rente-hauptstadt", "Moselland Zeitung", mins(180), "light_edit", [
        op_drop_sentence(
            "„Wer jetzt nachverhandeln will, stellt die Verlässlichkeit der ganzen "
            "Koalition infrage.“"
        ),
        op_replace(
            "Der Koalitionsvertrag sei eindeutig, sagte Fraktionsvize Katrin Moll.",
            "Der Koalitionsvertrag sei eindeutig, wer jetzt nachverhandeln wolle, stelle "
            "die Koalition infrage, sagte Fraktionsvize Katrin Moll.",
        ),
    ]),
    # --- inflation August (dna wire + finance portal) ---
    ("infl08-dna", "Newsticker 24", mins(12), "verbatim", []),
    ("infl08-dna", "Nachrichten Kompakt", mins(41), "verbatim", []),
    ("infl08-dna", "Moselland Zeitung", mins(150), "headline", [
        op_title("Teuerung zieht wieder an: Lebensmittel und Dienstleistungen werden teurer"),
        op_teaser(
            "Butter, Schokolade, Pauschalreisen: Vieles ist teurer als vor einem Jahr. "
            "Nur Energie drückt die Rate."
        ),
    ]),
    ("infl08-finanzblick", "Aktien-Telegraph", mins(55), "disclaimer", [
        op_disclaimer("de_haftung"),
    ]),
    # --- inflation September ---
    ("infl09-dna", "Harzer Volksblatt", mins(30), "verbatim", []),
    ("infl09-dna", "Saar-Rundblick", mins(140), "light_edit", [
        op_update("Aktualisiert um 16.30 Uhr: Ergänzt um Angaben aus den Bundesländern."),
        op_swap_paragraphs(2, 3),
    ]),
    # --- storm (dna wire) ---
    ("sturm-dna", "Newsticker 24", mins(300), "light_edit", [
        op_update(
            "Update, 18.40 Uhr: Die Bahn hat den Fernverkehr zwischen Hamburg und "
            "Westerland am frühen Abend wieder aufgenommen.",
            "end",
        ),
    ]),
    ("sturm-dna", "Nachrichten Kompakt", mins(35), "verbatim", []),
    # --- football: aggregator fixes a typo ---
    ("fcr-lindenfels-anstoss", "Fußball Regional Ticker", mins(50), "light_edit", [
        op_replace("weitgehend wirkunglos", "weitgehend wirkungslos"),
    ]),
    # --- Kernbach plant closure ---
    ("kernbach-dna", "Saar-Rundblick", mins(65), "headline", [
        op_title("Aus für Hallstedt: Kernbach macht Werk dicht – 1.100 Jobs weg"),
    ]),
    ("kernbach-dna", "Newsticker 24", mins(18), "verbatim", []),
    ("kernbach-dna", "Moselland Zeitung", mins(210), "light_edit", [
        op_drop_sentence(
            "Der Konzern hatte im ersten Halbjahr einen Umsatzrückgang von neun Prozent "
            "verbucht."
        ),
        op_insert_after(
            "davon etwa 5.500 in Deutschland.",
            "Das Werk in Hallstedt war 1972 eröffnet worden.",
        ),
    ]),
    ("kernbach-finanzblick", "Anleger-Insider", mins(90), "disclaimer", [
        op_replace("ein bereinigtes Ebit-Marge", "eine bereinigte Ebit-Marge"),
        op_disclaimer("de_haftung"),
    ]),
    ("kernbach-meridian-en", "DailyFeed Hub", mins(20), "verbatim", []),
    # --- Solvaris insolvency (finance portals) ---
    ("solvaris-finanzblick", "Aktien-Telegraph", mins(45), "disclaimer", [
        op_disclaimer("de_haftung"),
    ]),
    ("solvaris-finanzblick", "Anleger-Insider", mins(130), "disclaimer", [
        op_disclaimer("de_hinweis", "start"),
    ]),
    ("solvaris-boersenwelle", "Börsen-Radar 24", mins(75), "disclaimer", [
        op_drop_sentence(
            "Der Handel mit der Aktie dürfte im Laufe des Verfahrens zudem in ein weniger "
            "reguliertes Segment verlagert werden."
        ),
        op_disclaimer("de_haftung"),
    ]),
    ("solvaris-elbtaler", "Mittelland Zeitung", mins(240), "headline", [
        op_title("Solarhersteller Solvaris insolvent: Sachsen bangt um seine Modulfertigung"),
    ]),
    # --- DAX record / DAX losses: same republisher, same disclaimer, different stories ---
    ("dax-rekord-finanzblick", "Aktien-Telegraph", mins(40), "disclaimer", [
        op_disclaimer("de_haftung"),
    ]),
    ("dax-rekord-boersenwelle", "Anleger-Insider", mins(60), "disclaimer", [
        op_disclaimer("de_hinweis"),
    ]),
    ("dax-minus-finanzblick", "Aktien-Telegraph", mins(38), "disclaimer", [
        op_disclaimer("de_haftung"),
    ]),
    # --- museum theft ---
    ("museum-dna", "Harzer Volksblatt", mins(22), "verbatim", []),
    ("museum-dna", "Nachrichten Kompakt", mins(85), "headline", [
        op_title("Goldschatz gestohlen: Einbrecher räumen Vitrine in Thüringer Museum aus"),
    ]),
    ("museum-meridian-en", "Globe Reader", mins(30), "verbatim", []),
    # --- Oktoberfest: partner paper trims ---
    ("wiesn-depesche", "Münchner Abendblick", mins(120), "light_edit", [
        op_drop_sentence("Das Ochsenbraterei-Team meldete 124 verzehrte Ochsen."),
        op_replace(
            "rund 6,5 Millionen Besucherinnen und Besucher", "rund 6,5 Millionen Besucher"
        ),
    ]),
    # --- ECB (German and French wire) ---
    ("bce-dna-de", "Newsticker 24", mins(15), "verbatim", []),
    ("bce-dna-de", "Aktien-Telegraph", mins(70), "disclaimer", [op_disclaimer("de_haftung")]),
    ("bce-apc-fr", "Le Petit Régional", mins(45), "verbatim", []),
    ("bce-apc-fr", "Info Bourse Express", mins(95), "disclaimer", [
        op_disclaimer("fr_avertissement"),
    ]),
    # --- Fed ---
    ("fed-meridian", "DailyFeed Hub", mins(10), "verbatim", []),
    ("fed-meridian", "MarketWire Digest", mins(35), "disclaimer", [
        op_disclaimer("en_copyright"),
    ]),
    ("fed-brightwater", "MarketWire Digest", mins(80), "disclaimer", [
        op_disclaimer("en_origin", "start"),
    ]),
    ("fed-meridian", "Lakeside Tribune", mins(240), "headline", [
        op_title("Federal Reserve trims rates, pencils in two more cuts this year"),
    ]),
    # --- BoE ---
    ("boe-northgate", "Globe Reader", mins(50), "headline", [
        op_title("Bank of England keeps Bank Rate at 4% in 7-2 vote"),
    ]),
    # --- earthquakes (both quakes get wire copies: copies of hard negatives) ---
    ("quake-chile-meridian", "Globe Reader", mins(25), "verbatim", []),
    ("quake-chile-meridian", "Shore County Journal", mins(180), "light_edit", [
        op_insert_after(
            "The U.S. Geological Survey put the magnitude at 6.3.",
            "Residents reported feeling the shaking as far south as Talca.",
        ),
    ]),
    ("quake-japan-meridian", "DailyFeed Hub", mins(15), "verbatim", []),
    ("sismo-vozpacifico-es", "Noticias al Instante", mins(60), "light_edit", [
        op_replace("Unas 90.000 clientes", "Unos 90.000 clientes"),
    ]),
    # --- Harwick port strike ---
    ("port-meridian", "Globe Reader", mins(160), "light_edit", [
        op_update("UPDATE: Adds comment from port operator in final paragraph."),
        op_add_paragraph(
            "Harwick International Terminals said contingency plans were in place to "
            "handle priority cargo, including medical supplies."
        ),
    ]),
    ("port-northgate", "Essex Coastal News", mins(200), "light_edit", [
        op_swap_paragraphs(3, 4),
        op_replace(
            "\"Our members keep this port running around the clock, and they are being "
            "asked to do more for less,\"",
            "\"Our members are being asked to do more for less,\"",
        ),
    ]),
    # --- Quillon layoffs ---
    ("quillon-meridian", "DailyFeed Hub", mins(8), "verbatim", []),
    ("quillon-meridian", "MarketWire Digest", mins(45), "disclaimer", [
        op_disclaimer("en_origin"),
    ]),
    ("quillon-meridian", "Lakeside Tribune", mins(300), "headline", [
        op_title("Quillon Systems slashes 4,000 jobs in AI pivot"),
        op_teaser("The software maker will redirect the savings to data centers."),
    ]),
    ("quillon-brightwater", "MarketWire Digest", mins(95), "disclaimer", [
        op_drop_sentence("Of 38 analysts covering Quillon, 24 rate it a buy."),
        op_disclaimer("en_copyright"),
    ]),
    # --- Alzheimer's drug ---
    ("drug-meridian", "Globe Reader", mins(20), "verbatim", []),
    ("drug-meridian", "MarketWire Digest", mins(55), "disclaimer", [
        op_disclaimer("en_origin"),
    ]),
    ("drug-brightwater", "BiotechStreet", mins(110), "disclaimer", [
        op_disclaimer("en_copyright", "start"),
    ]),
    ("drug-sciencia", "Health Digest Weekly", mins(1440), "light_edit", [
        op_drop_sentence("Whether patients and families notice that difference in daily "
                         "life is still debated."),
        op_insert_after(
            "Several are in late-stage trials.",
            "Results from the first of them are expected next year.",
        ),
    ]),
    # --- crypto hack ---
    ("lumenex-coinpulse", "Tokenwatch News", mins(30), "disclaimer", [
        op_disclaimer("en_copyright"),
    ]),
    ("lumenex-coinpulse", "KryptoKompass", mins(75), "disclaimer", [
        op_disclaimer("de_haftung"),
    ]),
    ("lumenex-coinpulse", "Globe Reader", mins(140), "headline", [
        op_title("Hackers drain $118M from Lumenex hot wallets; withdrawals frozen"),
    ]),
    # --- Dublin ATC outage ---
    ("atc-meridian", "DailyFeed Hub", mins(12), "verbatim", []),
    # --- Spain wildfire (English wire) ---
    ("fire-spain-meridian", "Globe Reader", mins(40), "verbatim", []),
    # --- SNCF strike, Lyon fire (French) ---
    ("greve-apc", "Le Petit Régional", mins(30), "verbatim", []),
    ("greve-apc", "Actu Provinces", mins(900), "light_edit", [
        op_update(
            "Mise à jour vendredi 9 h : la direction annonce que 60 % des TGV "
            "circuleront dimanche.",
        ),
        op_drop_sentence("La CGT-Cheminots ne s'est pas associée à l'appel."),
    ]),
    ("incendie-courrier", "Actu Provinces", mins(120), "headline", [
        op_title("Lyon : un entrepôt de 12 000 m² détruit par les flammes à Vénissieux"),
    ]),
    # --- Valencia rain, Liguria landslide ---
    ("dana-cronica-es", "Noticias al Instante", mins(70), "light_edit", [
        op_drop_sentence("No se han registrado heridos."),
        op_swap_paragraphs(2, 3),
    ]),
    ("frana-cronache-it", "Notizie Flash", mins(35), "verbatim", []),
    # --- heavier combined edits (still the same journalism) ---
    ("quake-japan-meridian", "Shore County Journal", mins(200), "light_edit", [
        op_title("Tsunami advisory lifted after 6.1 quake off Japan's Iwate coast"),
        op_drop_sentence(
            "Tohoku Electric Power said there were no abnormalities at its Onagawa "
            "nuclear plant, and East Japan Railway briefly halted some bullet train "
            "services for safety checks."
        ),
        op_insert_after(
            "There were no immediate reports of serious injuries or damage.",
            "Some bullet train services were briefly halted.",
        ),
        op_update("Updated at 0630 GMT: adds lifting of tsunami advisory to headline.", "start"),
    ]),
    ("frana-cronache-it", "Riviera Notizie", mins(260), "light_edit", [
        op_title("Moneglia, maxi frana sulla provinciale 523: tre frazioni isolate"),
        op_teaser("Centinaia di metri cubi di terra e roccia sulla carreggiata dopo le piogge."),
        op_drop_sentence("Per i prossimi giorni è previsto un miglioramento."),
    ]),
    ("hagel-alpenland", "Münchner Abendblick", mins(600), "light_edit", [
        op_drop_paragraph("Der Deutsche Wetterdienst hatte am Nachmittag"),
        op_update(
            "Update: Die Gemeinde Traunreut hat inzwischen eine Hotline für Betroffene "
            "eingerichtet.",
            "end",
        ),
    ]),
    ("sh-m6-lorry", "Globe Reader", mins(45), "light_edit", [
        op_replace("in the early hours", "at around 4am"),
    ]),
    # --- singletons and a very short item also get copies ---
    ("sh-a3-limburg", "Newsticker 24", mins(14), "verbatim", []),
    ("sg-rba", "MarketWire Digest", mins(50), "disclaimer", [op_disclaimer("en_origin")]),
    ("sg-sleep", "Globe Reader", mins(180), "verbatim", []),
    ("sg-zoo-elefant", "Nachrichten Kompakt", mins(100), "light_edit", [
        op_drop_sentence("Für die 24-jährige Thandi ist es das zweite Kalb."),
    ]),
]
# fmt: on


# --------------------------------------------------------------------------
# Hard negatives: groups of *different* stories that a naive topic/keyword
# matcher is likely to merge.  Written to hard_negatives.json for the harness.
# --------------------------------------------------------------------------
# fmt: off
HARD_NEGATIVES = [
    ("different Bundestag debates", [
        "de-bundestag-geg-2025-09-11", "de-bundestag-rente-2025-10-16",
        "de-bundestag-grundsicherung-2025-11-13"]),
    ("inflation releases: other month / other country", [
        "de-inflation-2025-08", "de-inflation-2025-09", "at-inflation-2025-08",
        "fr-inflation-2025-09"]),
    ("central-bank decisions within three weeks (Fed and BoE on consecutive days)", [
        "eu-ecb-rate-hold-2025-09-11", "us-fed-rate-cut-2025-09-17",
        "uk-boe-rate-hold-2025-09-18", "au-rba-rate-hold-2025-09-30"]),
    ("different earthquakes", [
        "cl-earthquake-valparaiso-2025-08-14", "jp-earthquake-iwate-2025-10-22",
        "gr-earthquake-crete-2025-09-02"]),
    ("different severe-weather events", [
        "de-hagel-chiemgau-2025-08-18", "de-sturm-nordsee-2025-10-03",
        "es-lluvias-valencia-2025-10-02"]),
    ("same club, different matches (same players, coach, stadium)", [
        "de-fussball-rheinstadt-kellerau-2025-09-13",
        "de-fussball-lindenfels-rheinstadt-2025-09-20",
        "de-fussball-rheinstadt-pokal-2025-08-17"]),
    ("stock-market days two days apart; copies carry the same republisher disclaimer", [
        "de-dax-rekord-2025-10-08", "de-dax-verluste-2025-10-10"]),
    ("different wildfires in the same month", [
        "us-wildfire-oregon-2025-08-09", "es-wildfire-extremadura-2025-08-20"]),
    ("different strikes / labour disputes", [
        "de-warnstreik-kassel-2025-10-07", "uk-harwick-port-strike-2025-09-09",
        "fr-greve-controleurs-sncf-2025-09-26", "es-huelga-taxis-madrid-2025-09-16",
        "uk-scotland-rail-strike-ballot-2025-10-14"]),
    ("different company crises (plant closure, insolvencies, layoffs)", [
        "de-kernbach-werksschliessung-2025-09-23", "de-solvaris-insolvenz-2025-09-02",
        "de-flughafen-insolvenz-2025-07-22", "us-quillon-layoffs-2025-09-24"]),
    ("very short items: motorway closures the same morning", [
        "de-kurz-a3-unfall-limburg-2025-09-04", "de-kurz-a1-unfall-remscheid-2025-09-04",
        "uk-short-m6-lorry-fire-2025-09-04"]),
    ("very short items: local power cuts the same evening", [
        "de-kurz-stromausfall-rheinstadt-2025-10-14",
        "uk-short-power-cut-eastbridge-2025-10-14"]),
    ("same town, different local stories", [
        "uk-eastbridge-housing-vote-2025-10-01", "uk-eastbridge-library-reopens-2025-09-06",
        "uk-short-power-cut-eastbridge-2025-10-14"]),
]
# fmt: on


# --------------------------------------------------------------------------
# URLs
# --------------------------------------------------------------------------
_TRANSLIT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"}
)


def slugify(text: str, max_words: int = 9) -> str:
    text = text.translate(_TRANSLIT)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words[:max_words])


def make_url(art: Article) -> str:
    domain, style = OUTLETS[art.outlet]
    h = int(hashlib.sha1(f"{art.outlet}|{art.key}".encode()).hexdigest(), 16)
    num = 100000 + h % 900000
    slug = slugify(art.title)
    d = art.published
    if style == "section_slug_id_html":
        return f"https://www.{domain}/{art.section}/{slug}-{num}.html"
    if style == "date_slug":
        return f"https://{domain}/{d:%Y/%m/%d}/{slug}/"
    if style == "section_slug":
        return f"https://www.{domain}/{art.section}/{slug}"
    if style == "id_only":
        return f"https://{domain}/news/{num}/{slug}"
    if style == "article_id":
        return f"https://www.{domain}/{art.section}/{slug}-art{num},{h % 9000 + 1000}"
    raise ValueError(style)


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------
def load_originals() -> list[Article]:
    arts = []
    for path in sorted(ORIGINALS_DIR.glob("*.txt")):
        arts.extend(parse_originals(path))
    keys = Counter(a.key for a in arts)
    dupes = [k for k, n in keys.items() if n > 1]
    if dupes:
        raise ValueError(f"duplicate keys: {dupes}")
    return arts


def make_copies(originals: dict[str, Article]) -> list[Article]:
    copies = []
    seen = Counter()
    for src_key, outlet, delay, kind, ops in COPIES:
        src = originals[src_key]
        if outlet not in OUTLETS:
            raise ValueError(f"unknown outlet {outlet!r}")
        title, pars = src.title, list(src.paragraphs)
        for op in ops:
            if getattr(op, "needs_source", False):
                title, pars = op(title, pars, source=src.outlet)
            else:
                title, pars = op(title, pars)
        seen[src_key] += 1
        copies.append(
            Article(
                key=f"{src_key}~copy{seen[src_key]}",
                story=src.story,
                outlet=outlet,
                lang=src.lang,
                published=src.published + delay,
                section=src.section,
                title=title,
                paragraphs=pars,
                duplicate_of=src_key,
                copy_kind=kind,
                copy_ops=[op.__name__ for op in ops] or ["verbatim"],
            )
        )
    return copies


def build() -> tuple[list[dict], list[Article]]:
    originals = load_originals()
    by_key = {a.key: a for a in originals}
    copies = make_copies(by_key)
    arts = originals + copies
    order = sorted(arts, key=lambda a: a.key)
    random.Random(SHUFFLE_SEED).shuffle(order)
    ids = {a.key: f"a{i:03d}" for i, a in enumerate(order, 1)}
    rows = []
    for a in order:
        rows.append(
            {
                "id": ids[a.key],
                "url": make_url(a),
                "outlet": a.outlet,
                "language": a.lang,
                "published": a.published.isoformat(),
                "title": a.title,
                "text": a.text,
                "duplicate_of": ids[a.duplicate_of] if a.duplicate_of else None,
                "story": a.story,
            }
        )
    urls = Counter(r["url"] for r in rows)
    if max(urls.values()) > 1:
        raise ValueError("duplicate URLs")
    return rows, order


def stats(rows: list[dict], arts: list[Article]) -> str:
    originals = [a for a in arts if not a.duplicate_of]
    copies = [a for a in arts if a.duplicate_of]
    stories = Counter(r["story"] for r in rows)
    orig_per_story = Counter(a.story for a in originals)
    multi = [s for s, n in orig_per_story.items() if n >= 2]
    single = [s for s, n in orig_per_story.items() if n == 1]
    cross_lang = [s for s in stories if len({a.lang for a in originals if a.story == s}) > 1]
    ops = Counter(op for a in copies for op in a.copy_ops)
    words = sorted(len(a.text.split()) for a in originals)
    lines = [
        f"articles: {len(rows)}",
        f"originals: {len(originals)}  copies: {len(copies)}",
        f"stories: {len(stories)}  (multi-outlet: {len(multi)}, single-original: "
        f"{len(single)}, cross-language: {len(cross_lang)})",
        f"languages (all): {dict(Counter(r['language'] for r in rows).most_common())}",
        f"languages (originals): {dict(Counter(a.lang for a in originals).most_common())}",
        f"copy kinds: {dict(Counter(a.copy_kind for a in copies).most_common())}",
        f"copy ops: {dict(ops.most_common())}",
        f"original word counts: min {words[0]}, median {words[len(words) // 2]}, max {words[-1]}",
        f"outlets: {len({r['outlet'] for r in rows})}",
    ]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stats", action="store_true", help="print counts")
    ap.add_argument("-o", "--output", type=Path, default=OUT_PATH)
    args = ap.parse_args()
    rows, arts = build()
    with args.output.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} articles to {args.output}")
    stories = {r["story"] for r in rows}
    for _, group in HARD_NEGATIVES:
        unknown = set(group) - stories
        if unknown:
            raise ValueError(f"unknown stories in HARD_NEGATIVES: {sorted(unknown)}")
    hn = [{"reason": reason, "stories": group} for reason, group in HARD_NEGATIVES]
    hn_path = args.output.with_name("hard_negatives.json")
    hn_path.write_text(json.dumps(hn, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(hn)} hard-negative groups to {hn_path}")
    if args.stats:
        print(stats(rows, arts))


if __name__ == "__main__":
    main()
