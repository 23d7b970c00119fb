"""Page furniture: generic rules, each with the article text it must leave alone."""

import pytest

from pipelines.text.furniture import strip_furniture

BODY = [
    "Nach heftigen Gewittern ist am Donnerstag eine Mure auf die Landesstraße abgegangen. "
    "Rund 300 Bewohner waren stundenlang von der Außenwelt abgeschnitten.",
    "Verletzt wurde nach ersten Informationen niemand. Mehrere Keller standen unter Wasser.",
    "Die Gemeinde hat eine Anlaufstelle für Betroffene eingerichtet.",
]
HEADLINE = "Mure verschüttet Landesstraße im Pinzgau"


def test_headline_and_kicker_repeated_at_the_top_go():
    lines = ["Unwetter", HEADLINE, "· Aktualisiert: · Red.", *BODY]
    assert strip_furniture(lines, [HEADLINE]) == BODY


def test_a_headline_repeated_after_the_body_goes_with_its_kicker_on_the_same_line():
    lines = [*BODY, f"Chronik {HEADLINE}"]
    assert strip_furniture(lines, [HEADLINE]) == BODY


def test_a_sentence_that_contains_the_headline_stays():
    sentence = f"{HEADLINE}, meldete die Polizei am Abend, und sperrte die Straße."
    assert strip_furniture([sentence, *BODY], [HEADLINE]) == [sentence, *BODY]


@pytest.mark.parametrize(
    "crumb",
    [
        "· Aktualisiert: · Red./Agenturen",
        "· Quelle: Börsenblick Redaktion · Lesezeit: 3 Min.",
        "Lesezeit: 4 Min.",
        "28. September 2025",
        "September 28, 2025",
        "05.09.2025, 11:30 Uhr",
        "October 11, 2025 9:00 AM · 6 photos",
    ],
)
def test_byline_and_dateline_crumbs_go(crumb):
    assert strip_furniture([crumb, *BODY]) == BODY


def test_live_blog_time_labels_and_source_lines_stay():
    lines = [*BODY[:1], "11:25 Uhr", "Fischmarkt überflutet", *BODY[1:], "Quelle: dpa"]
    assert strip_furniture(lines) == lines


def test_a_lead_image_caption_and_its_credit_go():
    lines = ["Ein Linienbus an einer Haltestelle in Hannover.", "Foto: dpa", *BODY]
    assert strip_furniture(lines) == BODY
    lines = ["Kremlchef Putin beim Wirtschaftsforum. Foto: Agentur/Archiv", *BODY]
    assert strip_furniture(lines) == BODY


def test_gallery_captions_stay_without_their_credits_and_counters():
    captions = [f"Bild {n}: Der Festumzug zieht durch die Innenstadt." for n in range(1, 5)]
    lines = [BODY[0]]
    for n, caption in enumerate(captions, 1):
        lines += [f"Bild {n} von 4", caption, "Foto: Pfalz-Echo/Ralf Kunz"]
    assert strip_furniture(lines) == [BODY[0], *captions]
    inline = [f"{c} Photograph: Ewan MacLeod" for c in captions]
    assert strip_furniture([BODY[0], *inline], gallery=True) == [BODY[0], *captions]


@pytest.mark.parametrize(
    "teaser",
    [
        "Mehr zum Thema: Bäckerei Wendling schließt ihre Türen",
        "LESEN SIE AUCH: Hitze-Alarm! Freibäder öffnen bis 22 Uhr",
        "READ MORE: Riverside mayoral election results",
        "À lire aussi : Grève à la SNCF ce week-end",
        "Lee también: Un terremoto sacude Granada",
        "Leggi anche: Piazza Affari chiude in rialzo",
        "Lees ook: Grote brand in loods bij Zwolle",
    ],
)
def test_inline_teasers_go(teaser):
    assert strip_furniture([BODY[0], teaser, *BODY[1:]]) == BODY


def test_a_teaser_box_goes_with_its_headlines():
    lines = [*BODY, "Weitere Artikel", "- Bäckerei schließt", "- Freibäder öffnen länger"]
    assert strip_furniture(lines) == BODY


@pytest.mark.parametrize(
    "pitch",
    [
        [
            "Qualitätsjournalismus hat seinen Wert. Lesen Sie alle Beiträge unbegrenzt – im "
            "ersten Monat um nur 1 Euro, danach jederzeit kündbar.",
            "Jetzt abonnieren",
        ],
        [
            "Newsletter! Nichts mehr verpassen: Melden Sie sich jetzt für unseren kostenlosen "
            "Newsletter an."
        ],
        [
            "The Evening Briefing",
            "Catch up on everything you need to know with our free "
            "evening newsletter, sent every weekday at 6pm.",
        ],
        ["Blijf op de hoogte", "Meld je aan voor onze wekelijkse nieuwsbrief."],
        [
            "We and our partners use cookies to personalise content. By clicking “Accept all” "
            "you consent to this processing."
        ],
    ],
)
def test_subscription_newsletter_and_cookie_pitches_go(pitch):
    assert strip_furniture([BODY[0], *pitch, *BODY[1:]]) == BODY


def test_an_article_about_a_newsletter_stays():
    lines = [
        "The company's newsletter reached 40,000 households last year, the council said.",
        *BODY,
    ]
    assert strip_furniture(lines) == lines


def test_a_broadcast_note_goes():
    note = "Über dieses Thema berichtete Nordfunk am 17.03.2025 in den Nachrichten."
    assert strip_furniture([*BODY, note]) == BODY


def test_a_pull_quote_repeating_a_sentence_of_the_body_goes():
    quote = "Rund 300 Bewohner waren stundenlang von der Außenwelt abgeschnitten."
    assert strip_furniture([BODY[0], quote, *BODY[1:]]) == BODY


def test_the_paragraph_above_a_closing_agency_credit_is_the_article_s_last():
    lines = [*BODY, "© dpa-infocom, dpa:250905-99-123456/3"]
    assert strip_furniture(lines)[: len(BODY)] == BODY


def test_section_leads_a_summary_repeats_are_no_pull_quotes():
    leads = [
        "Die Feuerwehr pumpte in der Nacht mehrere Keller im Ortskern aus.",
        "Der Bürgermeister kündigte Hilfen für betroffene Familien an.",
    ]
    summary = f"Das Wichtigste in Kürze: {leads[0]} {leads[1]}"
    lines = [summary, BODY[0], leads[0], BODY[1], leads[1], BODY[2]]
    assert strip_furniture(lines) == lines
