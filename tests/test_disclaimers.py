"""Republisher disclaimers: removed whole wherever they stand, and nothing of the article."""

import json

import pytest

from crawler.errors import ConfigError
from crawler.sources import load_sources
from pipelines.text.disclaimers import library_languages, strip_disclaimers
from pipelines.text.extraction import extract_article

# Per language: an article of three paragraphs and a disclaimer worded unlike the library's
# examples (the patterns must cover the family, not one text).
ARTICLES = {
    "de": (
        [
            "Der Goldpreis ist am Montag auf ein Rekordhoch gestiegen. Händler verwiesen auf "
            "die Unsicherheit an den Anleihemärkten und auf Käufe mehrerer Notenbanken.",
            "Eine Feinunze kostete zeitweise mehr als 2500 Dollar. Seit Jahresbeginn hat das "
            "Edelmetall damit rund ein Fünftel an Wert gewonnen.",
            "Analysten erwarten, dass die Nachfrage hoch bleibt, solange die Zinsen sinken und "
            "die geopolitischen Spannungen anhalten.",
        ],
        "Haftungsausschluss: Das Urheberrecht dieses Beitrags liegt beim ursprünglichen "
        "Verfasser. Die Veröffentlichung dient nur Informationszwecken und stellt keine "
        "Anlageberatung dar. Bei Verstößen kontaktieren Sie uns bitte, wir werden den Text "
        "umgehend löschen. Danke",
    ),
    "en": (
        [
            "Copper prices climbed to a two-year high on Monday as supply disruptions at "
            "several large mines in South America tightened the market.",
            "Benchmark futures in London rose 2.4 per cent, extending gains for a fourth "
            "consecutive session. Inventories in exchange warehouses fell again.",
            "Traders said demand from grid operators and carmakers remained strong despite a "
            "slowdown in construction activity.",
        ],
        "Disclaimer: This story first appeared on marketwatcher.example and is republished "
        "for information purposes only. It does not constitute financial advice. If you hold "
        "the copyright and object, contact us and we will remove it promptly. Thanks.",
    ),
    "fr": (
        [
            "Le prix du blé a reculé lundi sur le marché européen, pénalisé par des "
            "perspectives de récolte abondante en Russie et en Ukraine.",
            "La tonne pour livraison en décembre a perdu près de quatre euros, son plus bas "
            "niveau depuis le début du mois. Les volumes sont restés faibles.",
            "Les opérateurs surveillent désormais la météo en Australie, où la sécheresse "
            "menace une partie des semis.",
        ],
        "Avertissement : cet article a été initialement publié sur bourse-info.example. Il "
        "ne constitue pas un conseil en investissement. Pour toute réclamation, contactez-nous "
        "et nous le supprimerons. Merci.",
    ),
    "es": (
        [
            "El precio del aceite de oliva ha bajado por tercera semana consecutiva gracias a "
            "las lluvias de la primavera en Andalucía.",
            "Los productores esperan una cosecha superior a la del año pasado, aunque advierten "
            "de que los costes de la energía siguen siendo altos. Los precios bajan despacio.",
            "Las cooperativas calculan que el descenso llegará a los consumidores antes del "
            "verano.",
        ],
        "Aviso legal: este artículo fue publicado originalmente en mercados.example. No "
        "constituye asesoramiento financiero. Si usted es el titular de los derechos, "
        "contáctenos y procederemos a retirarlo. Gracias.",
    ),
    "it": (
        [
            "Il prezzo del gas in Europa è sceso lunedì ai minimi da due mesi, grazie agli "
            "stoccaggi quasi pieni e alle temperature miti.",
            "Il contratto di riferimento ad Amsterdam ha chiuso in calo del cinque per cento, "
            "dopo un avvio di settimana già debole. I volumi sono rimasti bassi.",
            "Gli operatori restano prudenti in vista dell'inverno e delle forniture dal Nord "
            "Africa.",
        ],
        "Avvertenza: questo articolo è stato pubblicato originariamente su borsa.example. Non "
        "costituisce consulenza finanziaria. Per segnalazioni contattateci e provvederemo a "
        "rimuoverlo. Grazie.",
    ),
    "nl": (
        [
            "De prijs van cacao is maandag opnieuw gestegen door zorgen over de oogst in "
            "Ivoorkust en Ghana.",
            "Een ton cacao kostete in Londen bijna tien procent meer dan een week eerder, "
            "meldden handelaren. De voorraden zijn laag.",
            "Chocolademakers waarschuwen dat hogere prijzen in de winkel onvermijdelijk zijn.",
        ],
        "Disclaimer: dit artikel verscheen eerder op beurs.example. Het vormt geen financieel "
        "advies. Bent u de rechthebbende, neem dan contact met ons op en wij verwijderen het. "
        "Bedankt.",
    ),
}
POSITIONS = ["start", "middle", "end"]
HEADLINE = "Commodities at a glance"


def page(paragraphs: list[str], lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>'
        "<nav><a href='/'>Home</a> <a href='/markets'>Markets</a></nav>"
        f"<article><h1>{HEADLINE}</h1>{body}</article><footer>© Example Media</footer>"
        "</body></html>"
    )


def placed(paragraphs: list[str], disclaimer: str, position: str) -> list[str]:
    at = {"start": 0, "middle": len(paragraphs) // 2 + 1, "end": len(paragraphs)}[position]
    return [*paragraphs[:at], disclaimer, *paragraphs[at:]]


def assert_only_article(text: str, paragraphs: list[str]) -> None:
    """The article's paragraphs are all there, whole, and nothing else is."""
    assert text.split("\n") == paragraphs


def test_the_library_covers_at_least_the_six_languages():
    assert set(library_languages()) >= set(ARTICLES)


@pytest.mark.parametrize("position", POSITIONS)
@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_a_disclaimer_paragraph_goes_whole_wherever_it_stands(lang, position):
    paragraphs, disclaimer = ARTICLES[lang]
    html = page(placed(paragraphs, disclaimer, position), lang)
    result = extract_article(html.encode(), f"https://{lang}.example/markets/1")
    assert_only_article(result.text, paragraphs)


@pytest.mark.parametrize("position", POSITIONS)
@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_a_disclaimer_inside_a_paragraph_goes_and_the_paragraph_stays(lang, position):
    paragraphs, disclaimer = ARTICLES[lang]
    first, second = paragraphs[1].split(". ", 1)
    inside = {
        "start": f"{disclaimer} {paragraphs[1]}",
        "middle": f"{first}. {disclaimer} {second}",
        "end": f"{paragraphs[1]} {disclaimer}",
    }[position]
    kept = strip_disclaimers([paragraphs[0], inside, paragraphs[2]])
    assert kept == paragraphs


def test_the_seed_disclaimer_goes_and_the_credit_line_stays():
    from tests.test_extract import SEED_000

    kept = strip_disclaimers(SEED_000.splitlines())
    assert kept[-1] == "Mit Informationen von Björn Blaschke, ARD-Studio Moskau, zzt. in Tiflis"
    assert not any("Urheberrecht" in p or "Löschung" in p for p in kept)


def test_article_sentences_that_only_resemble_a_disclaimer_stay():
    paragraphs = [
        "Thanks to the rally, the index closed at a record.",
        "The regulator said the fund's brochure did not constitute a prospectus.",
        "Danke sagte der Trainer nach dem Spiel allen Fans.",
    ]
    assert strip_disclaimers(paragraphs) == paragraphs


def test_a_source_s_own_disclaimer_pattern_is_used():
    paragraphs = ["Erster Absatz des Artikels.", "Ein Service der Nachrichtenagentur Nordticker."]
    assert strip_disclaimers(paragraphs) == paragraphs
    assert strip_disclaimers(paragraphs, ["Service der Nachrichtenagentur"]) == paragraphs[:1]


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [("Nachdruck (", "not a regular expression"), ("(?:x)?", "matches empty text")],
)
def test_a_bad_disclaimer_pattern_in_the_sources_file_is_refused_by_name(
    tmp_path, pattern, problem
):
    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[[sources]]\nname = "Ticker"\nfeeds = ["https://ticker.example/feed.xml"]\n'
        f"disclaimers = ['{pattern}']\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=rf"Ticker\): disclaimers: .*{problem}"):
        load_sources(sources)


# --- disclaimers recognised by what they are, in twelve languages ------------------------


def test_the_vocabulary_covers_twelve_languages():
    assert set(library_languages()) >= {
        "de", "en", "fr", "es", "it", "nl", "pt", "pl", "sv", "cs", "da", "ru",
    }  # fmt: skip


def test_the_labelled_set_loses_its_disclaimers_whole_and_keeps_every_decoy():
    from bench.disclaimers import SET, placed

    items = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line]
    articles = {i["lang"]: i["paragraphs"] for i in items if i["kind"] == "article"}
    missed, touched = [], []
    for item in items:
        if item["kind"] == "article":
            continue
        given = placed(articles[item["lang"]], item["text"], item["position"])
        kept = strip_disclaimers(given)
        if item["kind"] == "disclaimer" and kept != articles[item["lang"]]:
            missed.append(item["id"])
        if item["kind"] == "decoy" and kept != given:
            touched.append(item["id"])
    disclaimers = sum(item["kind"] == "disclaimer" for item in items)
    assert len(missed) <= 0.05 * disclaimers, missed
    assert touched == []


@pytest.mark.parametrize(
    "news",
    [
        "It first appeared in 2014 as a small gathering and now draws 30,000 visitors.",
        "The court ruled that the copyright of the photos stays with the photographer and "
        "ordered the paper to remove them.",
        '"This is not financial advice," the minister said of the bond figures.',
        "Hinweis: Die Polizei bittet Zeugen, sich unter der Nummer 110 zu melden.",
        "Der Autor des Gutachtens wies die Kritik zurück.",
        "Article 17 of the copyright directive obliges platforms to remove such content.",
    ],
)
def test_news_that_mentions_rights_sources_or_advice_stays(news):
    paragraphs = ["Erster Absatz.", news, "Letzter Absatz."]
    assert strip_disclaimers(paragraphs) == paragraphs


def test_a_label_paragraph_and_a_closing_go_with_the_disclaimer_between_them():
    paragraphs = [
        "The council approved the plan on Tuesday.",
        "Disclaimer:",
        "This post originally appeared on The Daily Ledger.",
        "Thanks.",
    ]
    assert strip_disclaimers(paragraphs) == paragraphs[:1]
