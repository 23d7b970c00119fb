"""Deterministic news prose in five languages, built from phrase banks.

Sentences are assembled from subject, verb, object and circumstance phrases of
one language, so that language detection, date search and boilerplate removal
see text that behaves like real reporting, while every article stays unique.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Bank:
    """The phrases of one language, and how its outlets quote and date."""

    subjects: tuple[str, ...]
    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    circumstances: tuple[str, ...]
    connectors: tuple[str, ...]
    quotes: tuple[str, ...]
    people: tuple[str, ...]
    said: str  # "{quote}", said {person}
    numbers: tuple[str, ...]  # with {n}
    months: tuple[str, ...]
    date_format: str  # with {day}, {month}, {year}
    place_preposition: str = "in"  # "in Kellbrück": where a statement happens


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.strip().split("|") if part.strip())


BANKS: dict[str, Bank] = {
    "de": Bank(
        subjects=_split("""
            Die Bundesregierung | Der Bürgermeister | Die Ministerin | Das Parlament |
            Die Opposition | Der Konzern | Die Gewerkschaft | Die Polizei | Der Verband |
            Die Kommission | Das Landgericht | Die Stadtverwaltung | Der Vorstand |
            Die Landesregierung | Ein Sprecher des Ministeriums | Die Feuerwehr |
            Die Forscher der Universität | Die Bürgerinitiative | Der Aufsichtsrat |
            Die Zentralbank | Die Aufsichtsbehörde | Der Stadtrat | Die Verbraucherzentrale |
            Die Staatsanwaltschaft | Der Betriebsrat | Die Koalition | Das Gesundheitsamt"""),
        verbs=_split("""
            kritisiert | fordert | plant | prüft | begrüßt | verteidigt | beschließt |
            unterstützt | verschiebt | bestätigt | erwartet | diskutiert | präsentiert |
            verlangt | untersucht | finanziert | bezweifelt | empfiehlt | ermöglicht"""),
        objects=_split("""
            neue Regeln für den Wohnungsbau | eine Reform der Pflegeversicherung |
            höhere Investitionen in die Schulen | den Ausbau der Radwege in der Innenstadt |
            strengere Kontrollen an den Grenzen | einen Plan zur Senkung der Energiepreise |
            die Schließung des alten Kraftwerks | mehr Personal für die Krankenhäuser |
            eine Entlastung für Familien mit kleinen Kindern | die Sanierung der Brücken |
            ein Verbot von Einwegverpackungen | längere Öffnungszeiten der Ämter |
            die Verlängerung der Straßenbahnlinie | einen Zuschuss für kleine Betriebe |
            die Digitalisierung der Verwaltung | den Bau eines neuen Hallenbads |
            eine unabhängige Untersuchung des Vorfalls | schärfere Auflagen für Vermieter"""),
        circumstances=_split("""
            am Dienstag | nach langen Verhandlungen | trotz heftiger Kritik |
            in einer Sitzung am späten Abend | seit mehreren Monaten | im kommenden Jahr |
            nach Angaben von Beobachtern | bereits zum zweiten Mal | ohne große Debatte |
            in einer schriftlichen Stellungnahme | vor dem Hintergrund steigender Kosten |
            nach einem Bericht der Lokalzeitung | zum Ärger vieler Anwohner |
            unter dem Druck der Straße | kurz vor der Sommerpause | mit knapper Mehrheit"""),
        connectors=_split("""
            Zugleich | Allerdings | Darüber hinaus | Unterdessen | Nach wie vor |
            Zuvor hatte es geheißen, dass | Kritiker bemängeln, dass | Fest steht, dass"""),
        quotes=_split("""
            Wir werden das sorgfältig prüfen | Das ist ein wichtiger Schritt für die Region |
            Die Menschen erwarten zu Recht schnelle Ergebnisse |
            Wir haben lange genug gewartet | Niemand kann das ernsthaft wollen |
            Die Lage ist ernst, aber beherrschbar | Wir stehen erst am Anfang"""),
        people=_split("""
            Bürgermeisterin Katrin Sommer | der Fraktionschef Thomas Brenner |
            Verbandssprecherin Julia Hartmann | Finanzminister Markus Lehner |
            Gewerkschaftschef Uwe Kranz | die Ökonomin Sabine Roth"""),
        said="„{quote}“, sagte {person}.",
        numbers=_split("""
            Die Kosten belaufen sich nach Schätzungen auf rund {n} Millionen Euro. |
            Betroffen sind demnach etwa {n} Haushalte in der Region. |
            Im vergangenen Jahr waren es noch {n} Fälle gewesen."""),
        months=_split(
            "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
        ),
        date_format="{day}. {month} {year}",
    ),
    "en": Bank(
        subjects=_split("""
            The government | The mayor | The health secretary | Parliament | The opposition |
            The company | The union | Police | The trade association | The commission |
            The high court | The city council | The board | A spokesperson for the ministry |
            The fire service | Researchers at the university | The residents' group |
            The central bank | The regulator | Consumer advocates | The prosecutors |
            The ruling coalition | The local health authority | Shareholders"""),
        verbs=_split("""
            criticised | called for | is planning | is reviewing | welcomed | defended |
            approved | backed | postponed | confirmed | expects | debated | unveiled |
            demanded | is investigating | agreed to fund | questioned | recommended"""),
        objects=_split("""
            new rules for housing construction | a reform of long-term care funding |
            higher investment in schools | the expansion of cycle lanes in the city centre |
            tighter checks at the border | a plan to cut energy bills |
            the closure of the old power station | more staff for hospitals |
            relief for families with young children | the repair of ageing bridges |
            a ban on single-use packaging | longer opening hours at public offices |
            the extension of the tram line | a grant for small businesses |
            the digitisation of public services | the construction of a new swimming pool |
            an independent inquiry into the incident | stricter obligations for landlords"""),
        circumstances=_split("""
            on Tuesday | after lengthy negotiations | despite fierce criticism |
            at a late-night session | for several months | next year |
            according to observers | for the second time | without much debate |
            in a written statement | amid rising costs | after a report in the local press |
            to the annoyance of many residents | under public pressure |
            shortly before the summer recess | by a narrow majority"""),
        connectors=_split("""
            At the same time, | However, | In addition, | Meanwhile, | Even so, |
            Earlier reports had suggested that | Critics argue that | What is clear is that"""),
        quotes=_split("""
            We will look at this very carefully | This is an important step for the region |
            People rightly expect quick results | We have waited long enough |
            Nobody can seriously want this | The situation is serious but manageable |
            We are only at the beginning"""),
        people=_split("""
            Mayor Katherine Summers | council leader Thomas Brennan |
            association spokeswoman Julia Hart | finance minister Mark Lee |
            union leader Ewan Crane | the economist Sarah Rowe"""),
        said='"{quote}," said {person}.',
        numbers=_split("""
            The cost is estimated at around {n} million pounds. |
            About {n} households in the area are affected. |
            Last year there were {n} such cases."""),
        months=_split(
            "January|February|March|April|May|June|July|August|September|October|November|December"
        ),
        date_format="{month} {day}, {year}",
    ),
    "fr": Bank(
        subjects=_split("""
            Le gouvernement | Le maire | La ministre de la Santé | L'Assemblée nationale |
            L'opposition | Le groupe industriel | Le syndicat | La police | La fédération |
            La commission | Le tribunal administratif | Le conseil municipal |
            Le conseil d'administration | Un porte-parole du ministère | Les pompiers |
            Les chercheurs de l'université | Le collectif d'habitants | La banque centrale |
            L'autorité de régulation | Les associations de consommateurs | Le parquet |
            La majorité | L'agence régionale de santé"""),
        verbs=_split("""
            critique | réclame | prépare | examine | salue | défend | adopte | soutient |
            reporte | confirme | attend | débat de | présente | exige | enquête sur |
            finance | met en doute | recommande"""),
        objects=_split("""
            de nouvelles règles pour la construction de logements |
            une réforme de la prise en charge de la dépendance |
            davantage d'investissements dans les écoles |
            l'extension des pistes cyclables du centre-ville |
            des contrôles renforcés aux frontières | un plan pour réduire les factures d'énergie |
            la fermeture de l'ancienne centrale | plus de personnel pour les hôpitaux |
            une aide aux familles avec de jeunes enfants | la rénovation des ponts |
            l'interdiction des emballages jetables | des horaires élargis dans les mairies |
            le prolongement de la ligne de tramway | une subvention pour les petites entreprises |
            la numérisation des services publics | la construction d'une nouvelle piscine |
            une enquête indépendante sur l'incident |
            des obligations plus strictes pour les bailleurs"""),
        circumstances=_split("""
            mardi | après de longues négociations | malgré de vives critiques |
            lors d'une séance tardive | depuis plusieurs mois | l'an prochain |
            selon plusieurs observateurs | pour la deuxième fois | sans véritable débat |
            dans un communiqué | sur fond de hausse des coûts |
            après un article de la presse locale | au grand dam des riverains |
            sous la pression de la rue | peu avant la pause estivale | à une courte majorité"""),
        connectors=_split("""
            Dans le même temps, | Toutefois, | Par ailleurs, | Entre-temps, | Pourtant, |
            Selon des informations antérieures, | Les détracteurs estiment que |
            Une chose est sûre :"""),
        quotes=_split("""
            Nous allons examiner cela avec attention | C'est une étape importante pour la région |
            Les habitants attendent à juste titre des résultats rapides |
            Nous avons assez attendu | Personne ne peut sérieusement vouloir cela |
            La situation est sérieuse mais maîtrisable | Nous n'en sommes qu'au début"""),
        people=_split("""
            la maire Catherine Sommier | le président du groupe Thomas Bernard |
            la porte-parole Julie Martin | le ministre des Finances Marc Lefèvre |
            le syndicaliste Hugo Crampon | l'économiste Sophie Roux"""),
        said="« {quote} », a déclaré {person}.",
        numbers=_split("""
            Le coût est estimé à environ {n} millions d'euros. |
            Quelque {n} foyers de la région seraient concernés. |
            L'an dernier, on comptait encore {n} cas."""),
        months=_split(
            "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
        ),
        date_format="{day} {month} {year}",
        place_preposition="à",
    ),
    "es": Bank(
        subjects=_split("""
            El Gobierno | El alcalde | La ministra de Sanidad | El Congreso | La oposición |
            La empresa | El sindicato | La policía | La patronal | La comisión |
            El tribunal superior | El ayuntamiento | El consejo de administración |
            Un portavoz del ministerio | Los bomberos | Los investigadores de la universidad |
            La asociación de vecinos | El banco central | El organismo regulador |
            Las organizaciones de consumidores | La fiscalía | La coalición de gobierno"""),
        verbs=_split("""
            critica | reclama | prepara | estudia | celebra | defiende | aprueba | respalda |
            aplaza | confirma | espera | debate | presenta | exige | investiga | financia |
            cuestiona | recomienda"""),
        objects=_split("""
            nuevas normas para la construcción de viviendas |
            una reforma del sistema de dependencia | más inversión en los colegios |
            la ampliación de los carriles bici del centro | controles más estrictos en la frontera |
            un plan para abaratar la factura de la luz | el cierre de la antigua central térmica |
            más personal para los hospitales | ayudas para las familias con hijos pequeños |
            la reparación de los puentes | la prohibición de los envases de un solo uso |
            un horario más amplio en las oficinas públicas |
            la prolongación de la línea de tranvía |
            una subvención para los pequeños comercios | la digitalización de la administración |
            la construcción de una nueva piscina municipal |
            una investigación independiente sobre el incidente"""),
        circumstances=_split("""
            este martes | tras largas negociaciones | pese a las duras críticas |
            en una sesión que se prolongó hasta la noche | desde hace varios meses |
            el próximo año | según varios observadores | por segunda vez | sin apenas debate |
            en un comunicado | ante el aumento de los costes |
            tras una información de la prensa local | para disgusto de muchos vecinos |
            bajo la presión de la calle | poco antes del verano | por una estrecha mayoría"""),
        connectors=_split("""
            Al mismo tiempo, | Sin embargo, | Además, | Mientras tanto, | Aun así, |
            Según informaciones anteriores, | Los críticos sostienen que |
            Lo que está claro es que"""),
        quotes=_split("""
            Lo vamos a estudiar con detenimiento | Es un paso importante para la región |
            Los ciudadanos esperan con razón resultados rápidos | Ya hemos esperado bastante |
            Nadie puede querer esto en serio | La situación es grave pero controlable |
            Estamos solo al principio"""),
        people=_split("""
            la alcaldesa Catalina Soler | el portavoz parlamentario Tomás Bermejo |
            la portavoz Julia Hernández | el ministro de Hacienda Marcos León |
            el dirigente sindical Hugo Crespo | la economista Sara Ruiz"""),
        said="«{quote}», afirmó {person}.",
        numbers=_split("""
            El coste se estima en unos {n} millones de euros. |
            Unos {n} hogares de la zona se verían afectados. |
            El año pasado se registraron {n} casos."""),
        months=_split(
            "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
        ),
        date_format="{day} de {month} de {year}",
        place_preposition="en",
    ),
    "it": Bank(
        subjects=_split("""
            Il governo | Il sindaco | La ministra della Salute | Il Parlamento |
            L'opposizione | L'azienda | Il sindacato | La polizia | L'associazione di categoria |
            La commissione | Il tribunale amministrativo | Il consiglio comunale |
            Il consiglio di amministrazione | Un portavoce del ministero | I vigili del fuoco |
            I ricercatori dell'università | Il comitato dei residenti | La banca centrale |
            L'autorità di vigilanza | Le associazioni dei consumatori | La procura |
            La maggioranza"""),
        verbs=_split("""
            critica | chiede | prepara | esamina | accoglie con favore | difende | approva |
            sostiene | rinvia | conferma | prevede | discute | presenta | pretende |
            indaga su | finanzia | mette in dubbio | raccomanda"""),
        objects=_split("""
            nuove regole per l'edilizia abitativa | una riforma dell'assistenza agli anziani |
            maggiori investimenti nelle scuole | l'ampliamento delle piste ciclabili del centro |
            controlli più severi alle frontiere | un piano per ridurre le bollette |
            la chiusura della vecchia centrale | più personale per gli ospedali |
            un sostegno alle famiglie con bambini piccoli | la ristrutturazione dei ponti |
            il divieto degli imballaggi monouso | orari più lunghi negli uffici pubblici |
            il prolungamento della linea del tram | un contributo per le piccole imprese |
            la digitalizzazione della pubblica amministrazione |
            la costruzione di una nuova piscina | un'indagine indipendente sull'incidente"""),
        circumstances=_split("""
            martedì | dopo lunghe trattative | nonostante le dure critiche |
            in una seduta notturna | da diversi mesi | il prossimo anno |
            secondo alcuni osservatori | per la seconda volta | senza un vero dibattito |
            in una nota | mentre i costi continuano a salire |
            dopo un articolo della stampa locale | tra le proteste dei residenti |
            sotto la pressione della piazza | poco prima della pausa estiva |
            con una maggioranza risicata"""),
        connectors=_split("""
            Allo stesso tempo, | Tuttavia, | Inoltre, | Nel frattempo, | Eppure, |
            Secondo indiscrezioni precedenti, | I critici sostengono che | Di certo c'è che"""),
        quotes=_split("""
            Lo esamineremo con attenzione | È un passo importante per il territorio |
            I cittadini si aspettano giustamente risultati rapidi | Abbiamo aspettato abbastanza |
            Nessuno può volerlo sul serio | La situazione è seria ma sotto controllo |
            Siamo solo all'inizio"""),
        people=_split("""
            la sindaca Caterina Sommaruga | il capogruppo Tommaso Bernardi |
            la portavoce Giulia Martini | il ministro dell'Economia Marco Leone |
            il sindacalista Ugo Crespi | l'economista Sara Rossi"""),
        said="«{quote}», ha dichiarato {person}.",
        numbers=_split("""
            Il costo è stimato in circa {n} milioni di euro. |
            Sarebbero coinvolte circa {n} famiglie della zona. |
            L'anno scorso i casi erano stati {n}."""),
        months=_split(
            "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|"
            "novembre|dicembre"
        ),
        date_format="{day} {month} {year}",
    ),
}


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


SYLLABLES = ("ka", "lo", "ven", "dra", "mi", "tor", "sel", "bru", "nik", "ha")
SYLLABLES += ("ster", "wal", "fen", "ro", "gi", "plat", "mur", "an", "del", "co")


def invented_name(rng: random.Random) -> str:
    """A place or company name of two or three syllables, e.g. "Venbrunik"."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def sentence(bank: Bank, rng: random.Random, places: tuple[str, ...] = ()) -> str:
    """One sentence of reporting: a statement, a quote, a figure or a linked clause, often
    placed in one of the article's own ``places`` (which keep unrelated articles apart, as the
    names of real reporting do)."""
    kind = rng.random()
    if kind < 0.15:
        return bank.said.format(quote=rng.choice(bank.quotes), person=rng.choice(bank.people))
    if kind < 0.25:
        return rng.choice(bank.numbers).format(n=rng.randint(3, 950))
    where = f" {bank.place_preposition} {rng.choice(places)}" if places else ""
    clause = (
        f"{rng.choice(bank.subjects)} {rng.choice(bank.verbs)} "
        f"{rng.choice(bank.objects)}{where} {rng.choice(bank.circumstances)}"
    )
    if kind < 0.45:
        connector = rng.choice(bank.connectors)
        lowered = clause[:1].lower() + clause[1:]
        clause = f"{connector} {lowered}"
    return _capitalise(clause) + "."


def paragraph(
    bank: Bank,
    rng: random.Random,
    places: tuple[str, ...] = (),
    sentences: tuple[int, int] = (2, 6),
) -> str:
    """A paragraph of a few sentences."""
    return " ".join(sentence(bank, rng, places) for _ in range(rng.randint(*sentences)))


def headline(bank: Bank, rng: random.Random) -> str:
    """A headline: who does what, without the trailing circumstance."""
    return _capitalise(
        f"{rng.choice(bank.subjects)} {rng.choice(bank.verbs)} {rng.choice(bank.objects)}"
    )


def written_date(bank: Bank, day: int, month: int, year: int) -> str:
    """A date the way the language writes it in running text."""
    return bank.date_format.format(day=day, month=bank.months[month - 1], year=year)
