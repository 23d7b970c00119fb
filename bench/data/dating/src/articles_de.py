"""German articles (hand-written, fictional places and people).

Keys: id, lang, site, case, pub/upd (local time of the outlet), path, title, lead,
paras (a "## " prefix marks a subheading; {D}/{U} are replaced by the formatted
publication/update date), src (where the true date is shown, misleading cases),
plus case-specific extras (comments, teasers, archive, event, feed, lm ...).
"""

ARTICLES = [
    # ------------------------------------------------------------------ jsonld
    dict(
        id="de-jsonld-1", feed=True, feed_delay=12, lang="de", site="wirtschaftsblick", case="jsonld", pub="2023-02-14 06:30",
        path="/unternehmen/maschinenbauer-fachkraefte-azubis-ausland", section="Unternehmen",
        author="Katrin Oberländer", ld_fmt="offset", caption="Ausbildungswerkstatt in Pforzheim", credit="Wirtschaftsblick",
        title="Maschinenbauer holen Azubis aus Vietnam und Marokko",
        lead="Weil sich im eigenen Landkreis kaum noch Bewerber finden, gehen immer mehr Familienbetriebe neue Wege. Ein Besuch bei einem Zulieferer, der es ausprobiert hat.",
        paras=[
            "Die Halle riecht nach Kühlschmierstoff, an der Fräsmaschine steht Nguyen Thi Lan und misst ein Werkstück nach. Die 21-Jährige ist eine von sechs Auszubildenden, die die Gebr. Hallmann GmbH im vergangenen Herbst aus Vietnam geholt hat. „Wir hatten zwei Jahre lang keine einzige Bewerbung für den Beruf Zerspanungsmechaniker“, sagt Geschäftsführer Tobias Hallmann.",
            "Der Betrieb mit 140 Beschäftigten liefert Präzisionsteile für die Medizintechnik. Mehr als ein Drittel der Belegschaft geht in den nächsten zehn Jahren in Rente. Ohne Nachwuchs, so Hallmann, könne man Aufträge schon bald nicht mehr annehmen.",
            "## Sprachkurs vor dem ersten Arbeitstag",
            "Bevor die jungen Leute anreisen, besuchen sie einen achtmonatigen Deutschkurs, den das Unternehmen gemeinsam mit zwei anderen Betrieben finanziert. Vor Ort kümmert sich eine Mitarbeiterin um Wohnungssuche, Behördengänge und Kontoeröffnung. Das koste Geld und Nerven, räumt Hallmann ein, lohne sich aber.",
            "Die Industrie- und Handelskammer beobachtet den Trend mit Interesse. Die Abbrecherquote sei bei gut vorbereiteten Programmen nicht höher als bei einheimischen Azubis, heißt es dort. Problematisch blieben die langen Wartezeiten auf Visa bei den Auslandsvertretungen.",
        ],
    ),
    dict(
        id="de-jsonld-2", lang="de", site="rheinblick", case="jsonld", pub="2020-06-18 09:10",
        path="/lokales/oberwinden-faehre-faehrt-wieder", section="Lokales", author="Jens Mauritz",
        ld_fmt="utc", ld_graph=True, caption="Die Fähre „St. Goar II“ am Anleger Oberwinden", credit="Jens Mauritz",
        title="Rheinfähre in Oberwinden fährt wieder nach Fahrplan",
        lead="Nach elf Wochen Zwangspause pendelt die Autofähre zwischen Oberwinden und Kestert wieder im Halbstundentakt. Pendler und Gastronomen sind erleichtert.",
        paras=[
            "Um kurz nach sechs Uhr legte die Fähre am Morgen zum ersten Mal wieder ab, an Bord drei Lieferwagen, ein Schulbus und eine Handvoll Radfahrer. Fährmann Rainer Kohl hatte die Pause genutzt, um den Motor überholen und die Rampe erneuern zu lassen.",
            "Der Betrieb war im Frühjahr eingestellt worden, nachdem der Pächter Insolvenz angemeldet hatte. Die Verbandsgemeinde sprang schließlich ein und gründete eine kleine Betriebsgesellschaft. Die Kosten teilen sich nun beide Rheinseiten.",
            "„Für uns war das existenziell“, sagt Marita Schell, die auf der anderen Seite ein Ausflugslokal betreibt. Ohne Fähre müssten Gäste aus dem Hunsrück einen Umweg von fast vierzig Kilometern fahren.",
            "Die Preise bleiben vorerst unverändert: Ein Auto kostet weiterhin 4,50 Euro, Fußgänger zahlen einen Euro. Ab dem Sommer soll es zudem eine Monatskarte für Berufspendler geben.",
        ],
    ),
    # ------------------------------------------------------------------ meta
    dict(
        id="de-meta-1", lang="de", site="alpenwelle", case="meta", pub="2022-01-27 07:05",
        meta="article:published_time", path="/nachrichten/tirol/lawinengefahr-stufe-vier-osttirol",
        section="Tirol", author="Redaktion Alpenwelle", caption="Neuschnee am Felbertauern", credit="Alpenwelle",
        title="Lawinenwarnstufe vier: Experten raten von Skitouren ab",
        lead="Nach ergiebigen Schneefällen gilt in weiten Teilen Osttirols große Lawinengefahr. Mehrere Straßen sind gesperrt.",
        paras=[
            "Bis zu achtzig Zentimeter Neuschnee sind in der Nacht in den Hohen Tauern gefallen, dazu kommt stürmischer Wind aus Nordwest. Der Lawinenwarndienst hat die Gefahr oberhalb von 1800 Metern deshalb auf Stufe vier der fünfteiligen Skala angehoben.",
            "„Spontane Lawinen sind jederzeit möglich, auch mittelgroße und große“, sagt Lawinenexperte Florian Ganzer. Wer abseits gesicherter Pisten unterwegs sei, gehe ein hohes Risiko ein. Auch erfahrene Tourengeher sollten in den kommenden Tagen verzichten.",
            "Die Landesstraße ins Defereggental ist seit dem frühen Morgen gesperrt, ebenso mehrere Gemeindestraßen in Seitentälern. Die Schulen in Sankt Jakob haben den Unterricht ausfallen lassen. Die Felbertauernstraße ist nur mit Schneeketten befahrbar.",
            "Ab Freitag soll sich die Lage langsam entspannen. Die Meteorologen erwarten dann Sonnenschein und deutlich tiefere Temperaturen.",
        ],
    ),
    dict(
        id="de-meta-2", lang="de", site="elbeanzeiger", case="meta", pub="2021-08-03 11:20",
        meta="date", path="/region/dannenberg/storchennachwuchs-rekord", section="Region",
        author="Henrike Paasch", caption="Ein Jungstorch auf dem Kirchturm von Gartow", credit="H. Paasch",
        title="So viele Jungstörche wie seit Jahrzehnten nicht",
        lead="Die Storchenbetreuer in der Elbtalaue zählen in diesem Sommer außergewöhnlich viele Jungvögel. Ein Grund ist das feuchte Frühjahr.",
        paras=[
            "Siebzig Brutpaare, 164 ausgeflogene Jungvögel: Die Bilanz, die Storchenbetreuer Gerd Wollenberg am Dienstag vorlegte, ist die beste seit Beginn seiner Aufzeichnungen. Im Durchschnitt haben die Paare damit mehr als zwei Junge großgezogen.",
            "Entscheidend sei das Wetter gewesen, erklärt Wollenberg. Nach den trockenen Vorjahren standen im Frühjahr viele Wiesen in der Aue unter Wasser. Dort fanden die Altvögel reichlich Frösche, Regenwürmer und Mäuse.",
            "Sorgen bereitet den Naturschützern dennoch der Zustand mancher Nester. Einige Horste auf alten Scheunendächern seien so schwer geworden, dass sie gesichert werden müssten. Die Gemeinden haben Unterstützung zugesagt.",
            "Die ersten Jungstörche sammeln sich bereits auf den Stoppelfeldern. In wenigen Wochen brechen sie in Richtung Afrika auf.",
        ],
    ),
    # ------------------------------------------------------------------ time-tag
    dict(
        id="de-time-1", lang="de", site="rheinblick", case="time-tag", pub="2024-11-07 16:45", style="long_time",
        path="/politik/kreistag-krankenhaus-boppard-entscheidung", section="Politik", author="Sabine Verhoeven",
        caption="Das Kreiskrankenhaus", credit="Archiv",
        title="Kreistag stimmt für Erhalt der Geburtsstation",
        lead="Nach monatelangem Streit bleibt die Geburtshilfe im Kreiskrankenhaus vorerst geöffnet. Der Landkreis übernimmt dafür das Defizit.",
        paras=[
            "Mit 31 zu 17 Stimmen hat der Kreistag am Donnerstagnachmittag beschlossen, die Geburtsstation mindestens zwei weitere Jahre zu betreiben. Der Landkreis gleicht dafür einen jährlichen Fehlbetrag von bis zu 1,8 Millionen Euro aus.",
            "Vor dem Sitzungssaal hatten sich rund zweihundert Menschen versammelt, viele mit Kinderwagen und Plakaten. Eine Bürgerinitiative hatte in wenigen Wochen mehr als zwölftausend Unterschriften gesammelt.",
            "Landrat Ulrich Benninghoff sprach von einer „Entscheidung mit Bauchschmerzen“. Ohne Hilfe des Landes sei das Defizit dauerhaft nicht zu stemmen. Die Opposition kritisierte, die Klinikleitung habe viel zu spät über die Finanzlage informiert.",
            "Die Geschäftsführung will nun zusätzliche Hebammen anwerben. Derzeit sind drei Stellen unbesetzt.",
        ],
    ),
    dict(
        id="de-time-2", lang="de", site="bergnotizen", case="time-tag", pub="2019-04-12 19:02",
        path="/wanderung-zum-felsenmeer-im-fruehling/", section="Ausflüge", author="Dorothea Brand",
        caption="Blick über das Felsenmeer", credit="D. Brand",
        title="Frühlingswanderung zum Felsenmeer: Tipps für Familien",
        lead="Kaum ist der Winter vorbei, zieht es Ausflügler wieder ins Felsenmeer bei Lautertal. Wir sind die Runde vom Parkplatz Reichenbach aus gegangen.",
        paras=[
            "Das Felsenmeer ist eines der beliebtesten Ausflugsziele im Odenwald, und das zu Recht: Tausende von Granitblöcken liegen hier übereinander, als hätte sie ein Riese den Hang hinuntergeworfen. Kinder können stundenlang über die Steine klettern.",
            "Wir empfehlen, früh zu kommen. Am Wochenende ist der Parkplatz ab zehn Uhr oft voll. Festes Schuhwerk ist Pflicht, bei Nässe werden die Felsen rutschig. Kinderwagen lässt man besser im Auto, eine Trage ist die bessere Wahl.",
            "Vom Infozentrum führt ein gut markierter Rundweg von etwa vier Kilometern bergauf zur Riesensäule, einem römischen Werkstück, das nie fertiggestellt wurde. Unterwegs erklären Schautafeln, wie die Römer hier Stein bearbeiteten.",
            "Zum Abschluss lohnt sich eine Einkehr im Kiosk am Fuß des Felsenmeers. Der Käsekuchen ist hausgemacht, der Kaffee leider nicht besonders.",
        ],
    ),
    # ------------------------------------------------------------------ text-only
    dict(
        id="de-text-1", lang="de", site="tagesfunk", case="text-only", pub="2025-09-05 14:12", style="stand",
        path="/inland/gesellschaft/bahn-sanierung-riedbahn-pendler-bilanz", section="Inland", author="Malte Quandt, tagesfunk",
        caption="Ein Regionalzug auf der sanierten Strecke", credit="tagesfunk",
        title="Ein Jahr nach der Sanierung: Pendler ziehen gemischte Bilanz",
        lead="Die Riedbahn zwischen Frankfurt und Mannheim war monatelang gesperrt. Seit der Wiedereröffnung fahren die Züge pünktlicher, doch nicht alle Versprechen wurden gehalten.",
        paras=[
            "Fünf Monate lang fuhren auf einer der wichtigsten Bahnstrecken Deutschlands keine Züge, Tausende Pendler mussten auf Busse umsteigen. Die Generalsanierung galt als Pilotprojekt für mehr als vierzig weitere Abschnitte im ganzen Land.",
            "Nach Angaben der Bahn hat sich die Pünktlichkeit im Nahverkehr auf der Strecke deutlich verbessert. Störungen an Weichen und Signalen seien um mehr als die Hälfte zurückgegangen. Fahrgastverbände bestätigen das im Grundsatz.",
            "Kritik gibt es an anderer Stelle: Mehrere Bahnhöfe sind noch immer nicht barrierefrei, obwohl das im Zuge der Arbeiten vorgesehen war. In Biblis etwa fehlt weiterhin ein Aufzug. „Für Rollstuhlfahrer hat sich nichts geändert“, sagt eine Sprecherin des Sozialverbands.",
            "Auch die Kosten sind höher ausgefallen als ursprünglich geplant. Der Bundesrechnungshof hat angekündigt, die Abrechnung zu prüfen.",
        ],
    ),
    dict(
        id="de-text-2", lang="de", site="lindenau", case="text-only", pub="2022-10-19 10:00", style="long", src="dateline",
        path="/aktuelles/pressemitteilungen/neue-buslinie-gewerbegebiet-nord", section="Pressemitteilungen",
        author="Pressestelle Stadt Lindenau", caption="Ein Elektrobus der Stadtwerke", credit="Stadtwerke Lindenau",
        title="Neue Buslinie 17 verbindet das Gewerbegebiet Nord",
        lead="Ab Montag fährt eine neue Buslinie im 20-Minuten-Takt vom Hauptbahnhof in das Gewerbegebiet Nord. Eingesetzt werden ausschließlich Elektrobusse.",
        paras=[
            "Lindenau, {D}. Die Stadtwerke Lindenau erweitern ihr Busnetz: Die neue Linie 17 verbindet den Hauptbahnhof über die Weststadt mit dem Gewerbegebiet Nord. Montags bis freitags fahren die Busse zwischen 5 und 20 Uhr alle zwanzig Minuten, am Samstag im Stundentakt.",
            "Im Gewerbegebiet arbeiten inzwischen mehr als 3.500 Menschen, bislang war es nur schlecht an den Nahverkehr angebunden. „Wir wollen, dass niemand mehr auf das Auto angewiesen ist, um zur Arbeit zu kommen“, sagt Oberbürgermeisterin Annette Roloff.",
            "Für die neue Linie wurden vier Elektrobusse angeschafft. Geladen werden sie nachts auf dem Betriebshof in der Lindenstraße. Das Land fördert die Anschaffung mit rund 1,2 Millionen Euro.",
            "Fahrpläne liegen im Kundencenter am Markt aus und sind in der App der Stadtwerke abrufbar.",
        ],
    ),
    # ------------------------------------------------------------------ url-only
    dict(
        id="de-url-1", lang="de", site="rheinblick", case="url-only", pub="2024-03-12 08:00",
        path="/lokales/2024/03/12/weinbergbrand-steillage-bacharach", section="Lokales", author="Jens Mauritz",
        caption="Verkohlte Rebstöcke in der Steillage", credit="Feuerwehr",
        title="Brand in Steillage: Winzer verliert Hunderte Rebstöcke",
        lead="Ein Feuer hat in der Nacht einen Teil eines Weinbergs oberhalb von Bacharach zerstört. Die Polizei ermittelt.",
        paras=[
            "Gegen zwei Uhr bemerkten Anwohner den Feuerschein am Hang und alarmierten die Feuerwehr. Die Einsatzkräfte mussten Schläuche mehrere hundert Meter die Steillage hinaufziehen, weil Fahrzeuge den Brandort nicht erreichen konnten.",
            "Nach Angaben des betroffenen Winzers Matthias Lorenz sind rund 600 Rebstöcke verbrannt, viele davon über vierzig Jahre alt. „Die kann man nicht einfach nachpflanzen. Bis ein neuer Stock vergleichbare Trauben trägt, vergehen Jahre“, sagte er.",
            "Wie das Feuer entstand, ist unklar. Weil es seit Tagen nicht geregnet hat, war das trockene Gras zwischen den Rebzeilen leicht entflammbar. Die Kriminalpolizei schließt Brandstiftung nicht aus und bittet Zeugen, sich zu melden.",
        ],
    ),
    dict(
        id="de-url-2", lang="de", site="wirtschaftsblick", case="url-only", pub="2021-09-15 12:00",
        path="/energie/20210915/solarpark-agri-pv-landwirte.html", section="Energie", author="Paul Reinartz",
        caption="Solarmodule über einem Kartoffelacker", credit="Wirtschaftsblick",
        title="Agri-Photovoltaik: Strom und Kartoffeln vom selben Acker",
        lead="Landwirte testen Solaranlagen, unter denen weiter geerntet werden kann. Das rechnet sich – wenn die Genehmigung nicht an der Bürokratie scheitert.",
        paras=[
            "Auf einem Acker bei Wetzlar stehen die Solarmodule auf fünf Meter hohen Stelzen. Darunter wachsen Kartoffeln, der Traktor passt problemlos zwischen die Pfeiler. Landwirt Jonas Brück hat die Anlage vor zwei Jahren gebaut und ist zufrieden.",
            "Im heißen Sommer, erzählt er, hätten die Pflanzen unter den Modulen sogar besser abgeschnitten als auf der offenen Fläche, weil der Boden weniger austrocknete. In nassen Jahren sei der Ertrag dagegen etwas geringer.",
            "Das größte Hindernis sei die Genehmigung gewesen. Weil Agri-Photovoltaik baurechtlich lange nicht vorgesehen war, musste Brück für seine Anlage einen eigenen Bebauungsplan beantragen. Das habe fast anderthalb Jahre gedauert.",
            "Der Bauernverband fordert deshalb einfachere Regeln. Branchenexperten sehen großes Potenzial, warnen aber davor, wertvolle Ackerflächen nur noch als Standort für Stromerzeugung zu betrachten.",
        ],
    ),
    # ------------------------------------------------------------------ feed-only
    dict(
        id="de-feed-1", lang="de", site="elbeanzeiger", case="feed-only", pub="2023-06-29 17:40", feed=True,
        path="/region/hitzacker/faehrhaus-wird-jugendherberge", section="Region", author="Henrike Paasch",
        caption="Das alte Fährhaus am Elbufer", credit="H. Paasch",
        title="Altes Fährhaus wird zur Jugendherberge umgebaut",
        lead="Jahrelang stand das denkmalgeschützte Gebäude am Elbufer leer. Jetzt hat ein Verein einen Käufer gefunden – und große Pläne.",
        paras=[
            "Die Fenster sind mit Brettern vernagelt, im Dach fehlen Ziegel: Dem alten Fährhaus sieht man die lange Leerstandszeit an. Doch das soll sich ändern. Der Verein „Jugend an der Elbe“ hat das Gebäude von der Stadt erworben und will darin eine kleine Herberge mit vierzig Betten einrichten.",
            "Geplant sind Mehrbettzimmer, ein Seminarraum und eine Werkstatt für Bootsbau-Kurse. Schulklassen und Jugendgruppen sollen hier Natur und Geschichte der Flusslandschaft kennenlernen. Die Kosten schätzt der Verein auf knapp drei Millionen Euro.",
            "Einen Großteil wollen die Initiatoren über Fördermittel finanzieren, den Rest über Spenden und Eigenleistung. „Wir haben schon zwanzig Freiwillige, die beim Entkernen mit anpacken“, sagt Vereinsvorsitzende Birte Hansen.",
            "Mit der Eröffnung rechnet der Verein frühestens in zwei Jahren. Der Denkmalschutz muss den Plänen noch zustimmen.",
        ],
    ),
    dict(
        id="de-feed-2", lm="2025-11-03 04:10", lang="de", site="bergnotizen", case="feed-only", pub="2025-01-22 20:15", feed=True,
        path="/die-letzte-dorfkneipe-von-gadernheim/", section="Menschen", author="Dorothea Brand",
        caption="Wirtin Gisela Kaffenberger hinter dem Tresen", credit="D. Brand",
        title="Die letzte Dorfkneipe von Gadernheim",
        lead="Seit 46 Jahren zapft Gisela Kaffenberger im „Grünen Baum“ das Bier. Ans Aufhören denkt sie nicht – obwohl es gute Gründe gäbe.",
        paras=[
            "Dienstagabend, kurz nach sieben: Am Stammtisch sitzen vier Männer und spielen Skat, an der Theke trinkt ein junges Paar Apfelwein. Mehr Gäste werden heute nicht kommen, das weiß Gisela Kaffenberger schon jetzt. „Früher war hier jeden Abend voll“, sagt sie.",
            "Früher, das war, als es in Gadernheim noch drei Wirtschaften gab, einen Metzger und eine Bäckerei. Geblieben ist nur der „Grüne Baum“. Die 71-Jährige führt ihn allein, seit ihr Mann gestorben ist. Die Küche hat sie vor ein paar Jahren zugemacht, es gibt nur noch Brezeln und Handkäs.",
            "Warum sie weitermacht? Kaffenberger überlegt kurz. „Wenn ich zumache, haben die Leute hier keinen Ort mehr, wo sie sich treffen.“ Der Gesangverein probt im Nebenzimmer, die Feuerwehr feiert hier ihre Jahreshauptversammlung.",
            "Einen Nachfolger gibt es nicht. Der Ortsbeirat überlegt, ob die Gemeinde das Haus irgendwann übernehmen könnte.",
        ],
    ),
    # ------------------------------------------------------------------ http-only
    dict(
        id="de-http-1", lang="de", site="alpenwelle", case="http-only", pub="2019-11-28 10:05", lm=True, lm_delay=25,
        path="/nachrichten/vorarlberg/skilifte-kleinwalsertal-saisonstart", section="Vorarlberg",
        author="Redaktion Alpenwelle", caption="Schneekanonen am Ifen", credit="Alpenwelle",
        title="Kleinwalsertal startet mit Kunstschnee in die Skisaison",
        lead="Die ersten Lifte im Kleinwalsertal laufen wieder. Naturschnee gibt es bislang allerdings kaum.",
        paras=[
            "Am Ifen und an der Kanzelwand drehen sich ab dem Wochenende die ersten Lifte. Möglich macht das der Kunstschnee, den die Bergbahnen in den vergangenen kalten Nächten produziert haben. Geöffnet sind zunächst sechs Pisten.",
            "Die Betreiber zeigen sich dennoch zufrieden. Die Buchungen für die Weihnachtsferien lägen über dem Niveau des Vorjahres, heißt es beim Tourismusverband. Besonders gefragt seien Ferienwohnungen für Familien.",
            "Naturschützer kritisieren den hohen Wasser- und Energieverbrauch der Beschneiung. Die Bergbahnen verweisen darauf, dass sie seit dem vergangenen Jahr Ökostrom beziehen und das Wasser aus eigenen Speicherteichen stammt.",
        ],
    ),
    # ------------------------------------------------------------------ copyright
    dict(
        id="de-copyright-1", lang="de", site="bergnotizen", case="copyright", pub="2021-06-14 18:30",
        src="text", style="long", label=True, copyright="© 2019-2025 Bergsträßer Notizen",
        path="/streuobstwiese-in-heppenheim-sucht-paten/", section="Natur", author="Dorothea Brand",
        caption="Alte Apfelbäume am Maiberg", credit="D. Brand",
        title="Streuobstwiese am Maiberg sucht Baumpaten",
        lead="Der Obst- und Gartenbauverein Heppenheim will 120 alte Hochstämme retten. Dafür braucht er Unterstützung aus der Bevölkerung.",
        paras=[
            "Viele der Apfel- und Birnbäume am Maiberg sind älter als achtzig Jahre. Sie wurden seit Jahrzehnten nicht mehr geschnitten, manche drohen unter der Last ihrer Äste auseinanderzubrechen. Der Verein hat die Wiese jetzt gepachtet und will sie wieder in Schuss bringen.",
            "Wer eine Patenschaft übernimmt, zahlt 30 Euro im Jahr und darf im Herbst die Früchte seines Baumes ernten. Außerdem lädt der Verein die Paten zu Schnittkursen ein. „Wir möchten, dass die Leute eine Beziehung zu den Bäumen aufbauen“, sagt Vorsitzender Klaus Rettig.",
            "Streuobstwiesen gehören zu den artenreichsten Lebensräumen in Mitteleuropa. Am Maiberg brüten unter anderem Steinkauz und Gartenrotschwanz. Die Naturschutzbehörde unterstützt das Projekt.",
            "Interessierte können sich beim Verein melden oder am Sonntag zum Wiesenrundgang kommen.",
        ],
    ),
    dict(
        id="de-copyright-2", lang="de", site="elbeanzeiger", case="copyright", pub="2020-02-11 13:45",
        src="text", style="num_time", label=True, copyright="© 2019–2025 Elbe-Anzeiger Verlags-GmbH & Co. KG",
        path="/region/luechow/kreismusikschule-neubau-gestoppt", section="Region", author="Ole Brandes",
        caption="Die alte Musikschule in der Drawehner Straße", credit="O. Brandes",
        title="Neubau der Kreismusikschule vorerst gestoppt",
        lead="Die Baukosten sind um fast eine Million Euro gestiegen. Der Kreisausschuss zieht die Notbremse.",
        paras=[
            "Eigentlich sollte im Frühjahr der erste Spatenstich erfolgen. Doch nach der Ausschreibung lagen die Angebote der Baufirmen deutlich über der Kalkulation. Statt 3,4 Millionen Euro würde der Neubau nun rund 4,3 Millionen kosten.",
            "Der Kreisausschuss hat das Vorhaben deshalb auf Eis gelegt. Die Verwaltung soll prüfen, ob sich das Gebäude kleiner planen lässt oder ob eine Sanierung des Altbaus günstiger wäre.",
            "An der Musikschule sorgt die Entscheidung für Enttäuschung. Rund 900 Schülerinnen und Schüler werden derzeit in einem Gebäude unterrichtet, in dem es durch das Dach regnet und die Heizung regelmäßig ausfällt. „Wir warten seit zehn Jahren“, sagt Schulleiterin Anke Reimers.",
            "Eine Entscheidung über das weitere Vorgehen soll vor der Sommerpause fallen.",
        ],
    ),
    # ------------------------------------------------------------------ comments
    dict(
        id="de-comments-1", lang="de", site="bergnotizen", case="comments", pub="2022-03-08 07:50",
        src="time", style="long", path="/warum-unser-bahnhof-keinen-fahrkartenautomaten-mehr-hat/",
        section="Verkehr", author="Dorothea Brand", caption="Der Bahnsteig in Bensheim-Auerbach", credit="D. Brand",
        title="Warum unser Bahnhof keinen Fahrkartenautomaten mehr hat",
        lead="Seit Wochen müssen Fahrgäste in Auerbach ihr Ticket im Zug oder per App kaufen. Wir haben nachgefragt, wie es dazu kam.",
        paras=[
            "Der Automat am Bahnhof Auerbach war schon häufiger kaputt, doch diesmal kam kein Techniker. Stattdessen wurde das Gerät eines Morgens abgebaut. Ein Zettel an der Wand verweist seitdem auf die App und den Ticketverkauf im Zug.",
            "Auf Nachfrage erklärt das Verkehrsunternehmen, der Automat sei wiederholt aufgebrochen worden. Eine Reparatur lohne sich bei den geringen Verkaufszahlen nicht. Die meisten Fahrgäste hätten ohnehin eine Zeitkarte.",
            "Für ältere Menschen ohne Smartphone ist das ein Problem. Im Zug kostet die Fahrkarte zwar nicht mehr, doch das Personal kommt nicht immer durch. „Ich habe Angst, dass man mich für einen Schwarzfahrer hält“, sagt eine Rentnerin, die jeden Donnerstag zum Arzt nach Darmstadt fährt.",
            "Der Ortsbeirat will das Thema in seiner nächsten Sitzung aufgreifen.",
        ],
        comments=[
            ("Heinz W.", "2022-03-08 21:14", "Das gleiche Problem haben wir in Zwingenberg. Ohne Handy kommt man nicht mehr weit."),
            ("Lena_K", "2022-03-10 09:03", "Man kann das Ticket übrigens auch am Telefon buchen, die Nummer steht auf dem Zettel."),
            ("Bernd Schäfer", "2022-04-02 18:47", "Update: Seit gestern steht ein neuer Automat am Gleis 1. Hat also doch etwas gebracht!"),
        ],
    ),
    dict(
        id="de-comments-2", lang="de", site="rheinblick", case="comments", pub="2023-07-21 15:30",
        src="text", style="num_time", path="/lokales/freibad-sankt-goar-schliesst-personalmangel",
        section="Lokales", author="Sabine Verhoeven", caption="Leere Liegewiese im Freibad", credit="S. Verhoeven",
        title="Mitten in den Ferien: Freibad schließt wegen Personalmangel",
        lead="Zwei Rettungsschwimmer sind krank, Ersatz gibt es nicht. Das Freibad bleibt deshalb an mehreren Tagen in der Woche geschlossen.",
        paras=[
            "Ausgerechnet bei dreißig Grad stehen Familien vor verschlossenen Toren: Das Freibad öffnet bis auf Weiteres nur noch von Freitag bis Sonntag. Ohne ausreichende Badeaufsicht dürfe man den Betrieb nicht aufrechterhalten, erklärt die Verbandsgemeinde.",
            "Schon vor Saisonbeginn war klar, dass das Personal knapp ist. Ausschreibungen blieben ohne Resonanz, auch Studierende fanden sich kaum. Nun fallen zwei von fünf Rettungsschwimmern krankheitsbedingt aus.",
            "Die DLRG-Ortsgruppe hat angeboten, an einzelnen Tagen auszuhelfen. Ob das rechtlich möglich ist, prüft die Verwaltung derzeit.",
            "Eltern reagieren verärgert. Viele können sich keinen Urlaub leisten und hatten fest mit dem Bad gerechnet.",
        ],
        comments=[
            ("M. Krämer", "2023-07-21 19:02", "Es ist doch jedes Jahr dasselbe. Man hätte im Winter ausbilden müssen."),
            ("Rettungsschwimmerin", "2023-07-22 08:41", "Bei dem Gehalt wundert mich gar nichts. Wir sind an Hitzetagen für 800 Leute verantwortlich."),
            ("Tom aus Werlau", "2023-08-03 12:15", "Inzwischen ist wieder täglich geöffnet, wir waren heute da."),
        ],
    ),
    # ------------------------------------------------------------------ updated
    dict(
        id="de-updated-1", feed=True, feed_delay=4, lang="de", site="tagesfunk", case="updated", pub="2024-06-02 06:15", upd="2024-06-03 17:40",
        src=["meta", "updtext"], ustyle="stand", path="/inland/hochwasser-bayern-donau-pegel-deiche",
        section="Inland", author="Lea Hörmann, BR",
        caption="Einsatzkräfte verstärken einen Deich", credit="tagesfunk",
        title="Hochwasser an der Donau: Deiche unter Druck",
        lead="Nach tagelangem Starkregen steigen die Pegel an Donau und Nebenflüssen weiter. In mehreren Landkreisen gilt der Katastrophenfall.",
        paras=[
            "In Teilen Schwabens und Oberbayerns sind die Pegelstände über Nacht weiter gestiegen. Feuerwehr, Technisches Hilfswerk und Bundeswehr sichern an zahlreichen Stellen die Deiche mit Sandsäcken. Mehrere Ortschaften wurden vorsorglich evakuiert.",
            "Besonders angespannt ist die Lage an kleineren Flüssen wie Zusam und Paar, wo Dämme an einzelnen Stellen durchweicht sind. Die Behörden bitten die Bevölkerung, Einsatzstellen zu meiden und keine Deiche zu betreten.",
            "## Bahnverkehr stark eingeschränkt",
            "Auch der Bahnverkehr ist betroffen: Zwischen Augsburg und Ulm fallen Fern- und Regionalzüge aus, weil Gleise unterspült wurden. Die Bahn empfiehlt, nicht notwendige Reisen zu verschieben.",
            "Der Deutsche Wetterdienst rechnet mit einem Nachlassen des Regens. Entwarnung geben die Hochwasserzentralen aber noch nicht, weil das Wasser aus den Alpen erst mit Verzögerung in der Donau ankommt.",
        ],
    ),
    dict(
        id="de-updated-2", lm="2025-03-20 11:31", lang="de", site="wirtschaftsblick", case="updated", pub="2025-03-18 09:00", upd="2025-03-20 11:25",
        src=["time"], style="long", path="/handel/drogeriekette-schliesst-filialen-kleinstaedte",
        section="Handel", author="Katrin Oberländer", caption="Eine Filiale in der Fußgängerzone", credit="Wirtschaftsblick",
        title="Drogeriekette schließt 60 Filialen in Kleinstädten",
        lead="Das Unternehmen konzentriert sich auf große Standorte und den Onlinehandel. Betroffen sind vor allem Orte mit weniger als 20.000 Einwohnern.",
        paras=[
            "Die Drogeriekette Fehling will bis Jahresende rund sechzig ihrer knapp 900 Filialen schließen. Das bestätigte ein Sprecher am Dienstag. Betroffen seien Standorte, die seit Jahren Verluste schreiben oder deren Mietverträge auslaufen.",
            "Die rund 400 Beschäftigten sollen Angebote in benachbarten Filialen erhalten. Betriebsbedingte Kündigungen schließt das Unternehmen nach eigenen Angaben weitgehend aus. Die Gewerkschaft zweifelt daran.",
            "Für viele Kleinstädte ist die Nachricht ein weiterer Schlag. Nach Bankfilialen und Postämtern verschwindet nun oft auch die letzte Drogerie aus der Innenstadt. Der Städtetag warnt vor einer Verödung der Ortskerne.",
            "Nachtrag: Inzwischen hat das Unternehmen eine Liste der betroffenen Standorte veröffentlicht. Mehrere Bürgermeister kündigten an, mit der Geschäftsführung über Alternativen sprechen zu wollen.",
        ],
    ),
    # ------------------------------------------------------------------ teasers
    dict(
        id="de-teasers-1", lang="de", site="tagesfunk", case="teasers", pub="2021-11-24 12:34",
        src="text", style="stand", path="/wissen/klima/waldzustandsbericht-fichten-kaefer",
        section="Wissen", author="Johanna Frei, tagesfunk", caption="Abgestorbene Fichten im Harz", credit="tagesfunk",
        title="Waldzustandsbericht: Nur jeder fünfte Baum ist gesund",
        lead="Trockenheit und Borkenkäfer setzen den Wäldern weiter zu. Besonders schlecht steht es um die Fichte.",
        paras=[
            "Der Zustand der Wälder in Deutschland bleibt kritisch. Nach dem neuen Waldzustandsbericht weisen rund achtzig Prozent der Bäume Schäden an ihren Kronen auf. Nur bei jedem fünften Baum stellten die Förster keine Verlichtung fest.",
            "Am stärksten betroffen ist die Fichte, die mit Trockenheit schlecht zurechtkommt und geschwächt leichte Beute für den Borkenkäfer ist. Aber auch Buchen und Eichen zeigen zunehmend Schäden.",
            "Die Bundesregierung will den Umbau zu klimastabilen Mischwäldern weiter fördern. Waldbesitzerverbände halten die Mittel für unzureichend. Vor allem kleine Privatwaldbesitzer könnten die Kosten für Aufforstung kaum tragen.",
        ],
        teasers=[
            ("Borkenkäfer: Warum der Harz so stark betroffen ist", "2021-08-30 16:20", "/wissen/klima/harz-borkenkaefer-fichtensterben"),
            ("Mischwald statt Monokultur – wie Förster umdenken", "2021-10-12 08:00", "/wissen/klima/mischwald-waldumbau-foerster"),
            ("Dürremonitor: Böden bis in tiefe Schichten trocken", "2021-12-02 10:45", "/wissen/klima/duerremonitor-boden-trocken"),
        ],
        teaser_fmt="num",
    ),
    dict(
        id="de-teasers-2", lang="de", site="elbeanzeiger", case="teasers", pub="2026-04-09 10:20",
        src="time", style="long", path="/sport/handball-elbtal-aufstieg-oberliga", section="Sport",
        author="Ole Brandes", caption="Jubel nach dem Schlusspfiff", credit="O. Brandes",
        title="HSG Elbtal feiert Aufstieg in die Oberliga",
        lead="Mit einem 31:27 gegen den Tabellenzweiten machen die Handballer aus Dannenberg den Aufstieg vorzeitig perfekt.",
        paras=[
            "Die Halle am Schulzentrum war mit 700 Zuschauern ausverkauft, als Rückraumspieler Mats Ohlendorf eine Minute vor Schluss zum vorentscheidenden 30:26 traf. Danach gab es auf den Rängen kein Halten mehr.",
            "Es ist der größte Erfolg der Vereinsgeschichte. Trainer Sven Lüders hatte die junge Mannschaft vor drei Jahren übernommen und konsequent auf Spieler aus der eigenen Jugend gesetzt. Acht Akteure im Kader stammen aus der Region.",
            "In der Oberliga warten deutlich längere Auswärtsfahrten und höhere Kosten. Der Verein sucht deshalb zusätzliche Sponsoren. „Wir wollen die Liga halten und dabei unseren Weg nicht verlassen“, sagte Lüders nach dem Spiel.",
        ],
        teasers=[
            ("Kreisliga: SV Gartow verliert Derby", "2026-04-12 19:30", "/sport/fussball-kreisliga-gartow-derby"),
            ("Neue Sporthalle: Baubeginn im Sommer", "2026-04-14 08:15", "/region/sporthalle-baubeginn"),
            ("Elbe-Marathon mit Teilnehmerrekord", "2026-04-19 17:05", "/sport/elbe-marathon-rekord"),
        ],
        teaser_pos="sidebar", teaser_fmt="num",
    ),
    # ------------------------------------------------------------------ archive
    dict(
        id="de-archive-1", lang="de", site="bergnotizen", case="archive", pub="2024-08-27 21:05",
        src="text", style="long", label=True, archive=dict(now="2026-11", n=14),
        path="/kerwe-in-reichenbach-ohne-karussell/", section="Feste", author="Dorothea Brand",
        caption="Der Festplatz in Reichenbach", credit="D. Brand",
        title="Kerwe in Reichenbach – diesmal ohne Karussell",
        lead="Weil der Schausteller abgesagt hat, fehlt bei der Kirchweih das Kinderkarussell. Die Kerweborsch haben improvisiert.",
        paras=[
            "Die Kerwe ist in Reichenbach das Ereignis des Jahres, und dazu gehörte immer das Kettenkarussell auf dem Festplatz. In diesem Jahr bleibt der Platz leer: Der Schausteller aus dem Ried hat sein Geschäft aus Altersgründen aufgegeben.",
            "Die Kerweborsch haben stattdessen eine Hüpfburg organisiert und bauen ein Bobbycar-Rennen auf. „Die Kinder sollen trotzdem ihren Spaß haben“, sagt Kerwevadder Lukas Arnold. Ein neues Karussell zu mieten, sei schlicht zu teuer gewesen.",
            "Ansonsten bleibt alles beim Alten: Am Samstag wird die Kerwe ausgegraben, am Sonntag zieht der Umzug durch den Ort, und am Montag gibt es den traditionellen Frühschoppen mit Kerweredd. Wer in diesem Jahr darin sein Fett wegbekommt, verraten die Borsch natürlich nicht.",
        ],
    ),
    # ------------------------------------------------------------------ future event
    dict(
        id="de-event-1", lang="de", site="lindenau", case="future-event", pub="2025-05-20 11:30", style="num",
        src="text", event="2025-06-14", path="/aktuelles/pressemitteilungen/stadtfest-programm-vorgestellt",
        section="Pressemitteilungen", author="Pressestelle Stadt Lindenau", caption="Das Stadtfest im Vorjahr", credit="Stadt Lindenau",
        title="Programm für das Lindenauer Stadtfest steht",
        lead="Drei Bühnen, ein Handwerkermarkt und erstmals ein Kinderflohmarkt: Die Stadt hat das Programm für das diesjährige Stadtfest vorgestellt.",
        paras=[
            "Das Lindenauer Stadtfest beginnt am Samstag, 14. Juni 2025, um 11 Uhr mit dem Fassanstich auf dem Marktplatz und endet am Sonntagabend mit einem Konzert der Stadtkapelle. Auf drei Bühnen treten mehr als zwanzig Bands und Gruppen aus der Region auf.",
            "Neu ist in diesem Jahr ein Kinderflohmarkt im Rosengarten. Standplätze sind kostenlos und können ab sofort im Bürgerbüro reserviert werden. Entlang der Kirchgasse präsentieren Handwerksbetriebe ihre Arbeit, vom Korbflechter bis zur Goldschmiedin.",
            "Während des Festes ist die Innenstadt für den Autoverkehr gesperrt. Die Stadtwerke setzen zusätzliche Busse ein, der Pendelverkehr vom Parkplatz am Sportpark ist kostenlos.",
            "„Das Stadtfest ist unsere große Visitenkarte“, sagt Oberbürgermeisterin Annette Roloff. Die Stadt rechnet mit bis zu 40.000 Besucherinnen und Besuchern.",
        ],
    ),
    # ------------------------------------------------------------------ conflict
    dict(
        id="de-conflict-1", lang="de", site="rheinblick", case="conflict", pub="2023-03-31 06:00",
        src=["meta", "time"], style="long", path="/wirtschaft/2023/03/29/brauerei-loreley-uebernahme",
        section="Wirtschaft", author="Jens Mauritz", caption="Sudhaus der Brauerei", credit="Brauerei",
        title="Familienbrauerei an der Loreley wird übernommen",
        lead="Nach 150 Jahren in Familienbesitz geht die Brauerei Weißer Turm an eine Genossenschaft aus dem Rheingau. Alle Arbeitsplätze sollen erhalten bleiben.",
        paras=[
            "Die Verträge sind unterschrieben: Die Rheingauer Braugenossenschaft übernimmt die Brauerei Weißer Turm mitsamt ihren 28 Beschäftigten. Über den Kaufpreis haben beide Seiten Stillschweigen vereinbart.",
            "Inhaber Konrad Weiß, der die Brauerei in fünfter Generation führt, hatte seit Jahren einen Nachfolger gesucht. Seine beiden Töchter haben andere Berufe gewählt. „Ich bin froh, dass das Bier hier gebraut wird und nicht irgendwo anders“, sagte er.",
            "Die Genossenschaft will in eine neue Abfüllanlage investieren und das Sortiment um alkoholfreie Biere erweitern. Der Name und die bekannten Etiketten bleiben erhalten.",
            "Auch die Brauereigaststätte soll weiter betrieben werden. Sie gilt als eines der beliebtesten Ausflugslokale am Mittelrhein.",
        ],
    ),
    dict(
        id="de-conflict-2", lang="de", site="alpenwelle", case="conflict", pub="2022-12-19 08:40",
        src=["jsonld"], ld_fmt="offset", path="/service/2019/12/05/winterreifen-pflicht-was-gilt",
        section="Service", author="Redaktion Alpenwelle", caption="Reifenwechsel in einer Werkstatt", credit="Alpenwelle",
        title="Winterausrüstung: Was Autofahrer in Österreich wissen müssen",
        lead="Die situative Winterreifenpflicht sorgt jedes Jahr für Fragen. Wir erklären, welche Regeln gelten und was bei Verstößen droht.",
        paras=[
            "In Österreich gilt von November bis April eine situative Winterreifenpflicht. Das bedeutet: Bei winterlichen Fahrbahnverhältnissen, also Schnee, Schneematsch oder Eis, müssen Pkw mit Winterreifen ausgerüstet sein. Alternativ sind Schneeketten auf mindestens zwei Antriebsrädern erlaubt, wenn die Fahrbahn durchgehend bedeckt ist.",
            "Die Profiltiefe muss bei Winterreifen mindestens vier Millimeter betragen, bei Sommerreifen 1,6 Millimeter. Wer bei winterlichen Bedingungen mit Sommerreifen erwischt wird, muss mit einer Strafe von bis zu 5.000 Euro rechnen, wenn andere Verkehrsteilnehmer gefährdet werden.",
            "Für Lkw gelten strengere Regeln: Sie müssen im genannten Zeitraum grundsätzlich Winterreifen aufziehen und Schneeketten mitführen. Auf vielen Passstraßen wird das bei Kontrollen gezielt überprüft.",
        ],
    ),
    # ------------------------------------------------------------------ nodate
    dict(
        id="de-nodate-1", lang="de", site="lindenau", case="nodate",
        path="/buergerservice/personalausweis-beantragen", section="Bürgerservice",
        author="Bürgerbüro Lindenau", caption="Das Bürgerbüro im Rathaus", credit="Stadt Lindenau",
        title="Personalausweis beantragen: Das müssen Sie mitbringen",
        lead="Einen neuen Personalausweis beantragen Sie persönlich im Bürgerbüro. Bitte vereinbaren Sie vorher online einen Termin.",
        paras=[
            "Den Antrag auf einen Personalausweis müssen Sie persönlich stellen, auch für Kinder ist die Anwesenheit erforderlich. Bringen Sie Ihren bisherigen Ausweis oder Reisepass mit, außerdem ein aktuelles biometrisches Passfoto. Bei Erstanträgen benötigen wir zusätzlich eine Geburtsurkunde.",
            "Seit einer Gesetzesänderung können Passfotos auch direkt im Bürgerbüro aufgenommen werden. Das Foto wird dann digital an die Bundesdruckerei übermittelt. Die Gebühr dafür beträgt sechs Euro.",
            "Ein Personalausweis kostet für Personen ab 24 Jahren 37 Euro, für Jüngere 22,80 Euro. Die Bearbeitung dauert in der Regel drei bis vier Wochen. Sie erhalten einen Brief mit Ihrer PIN, sobald der Ausweis abholbereit ist.",
            "Ist Ihr Ausweis verloren gegangen oder gestohlen worden, melden Sie dies bitte umgehend. Eine Verlustanzeige können Sie bei jedem Bürgerbüro oder bei der Polizei aufgeben.",
        ],
    ),
]
