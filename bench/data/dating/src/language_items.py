"""Short-text language identification items (hand-written news sentences and headlines).

Includes deliberately hard items: headline-length strings, strings dominated by
proper nouns, and near-parallel pairs in closely related languages
(es/pt, ru/uk, cs/pl, nl/de).
"""

LANGUAGE_ITEMS = [
    # German
    ("Bundesrat billigt Reform der Grundsteuer", "de"),
    ("Die Polizei sucht nach einem Unbekannten, der am Abend in eine Apotheke in der Innenstadt eingebrochen ist. Zeugen werden gebeten, sich zu melden.", "de"),
    ("Nach dem Unwetter am Wochenende sind in mehreren Gemeinden des Landkreises noch immer Straßen gesperrt. Die Feuerwehr rückte mehr als zweihundert Mal aus.", "de"),
    ("Hertha verliert Derby in letzter Minute", "de"),
    ("Die Inflation ist im vergangenen Monat leicht gesunken, Lebensmittel bleiben aber deutlich teurer als vor einem Jahr.", "de"),
    ("Kita-Gebühren: Eltern klagen gegen Stadt", "de"),
    ("Wegen eines Oberleitungsschadens fallen zwischen Hamburg und Bremen bis zum Nachmittag zahlreiche Züge aus.", "de"),
    # English
    ("Council approves new cycle lanes on High Street", "en"),
    ("Firefighters spent more than six hours tackling a blaze at a recycling plant on the edge of town, and residents were told to keep their windows closed.", "en"),
    ("Fed holds rates steady, signals cuts later", "en"),
    ("The company said it would cut about 300 jobs as part of a restructuring plan, most of them in its European offices.", "en"),
    ("Local hero: teen saves toddler from river", "en"),
    ("Voters in the district will choose a new mayor next month after the incumbent announced she would not seek a third term.", "en"),
    ("Storm warning: trains cancelled across the north", "en"),
    # French
    ("Grève SNCF : le trafic très perturbé ce jeudi", "fr"),
    ("Le conseil municipal a adopté mardi soir le budget primitif, marqué par une hausse des dépenses consacrées à la rénovation des écoles.", "fr"),
    ("Un incendie s'est déclaré dans la nuit dans un entrepôt de la zone industrielle. Aucun blessé n'est à déplorer, mais les dégâts sont importants.", "fr"),
    ("Ligue 1 : Lens s'impose à Nantes", "fr"),
    ("Les prix de l'immobilier continuent de baisser dans la plupart des grandes villes, selon les notaires.", "fr"),
    ("Canicule : les piscines prises d'assaut", "fr"),
    ("Le gouvernement a présenté un plan pour lutter contre la pénurie de médecins dans les zones rurales.", "fr"),
    # Spanish
    ("El Gobierno aprueba la subida del salario mínimo", "es"),
    ("Los bomberos trabajaron durante toda la noche para extinguir el incendio declarado en una nave industrial a las afueras de la ciudad.", "es"),
    ("Detenido un hombre por robar en varias farmacias", "es"),
    ("La Agencia Estatal de Meteorología ha activado el aviso naranja por lluvias intensas en el litoral durante las próximas horas.", "es"),
    ("El Betis remonta y gana en casa", "es"),
    ("Los vecinos del barrio reclaman más frecuencias de autobús y la reapertura del centro de salud, cerrado desde hace dos años.", "es"),
    ("Sube el precio del aceite de oliva", "es"),
    # Italian
    ("Maltempo, scuole chiuse in tre comuni", "it"),
    ("Il consiglio comunale ha approvato ieri sera il nuovo piano del traffico, che prevede una zona a traffico limitato più ampia nel centro storico.", "it"),
    ("Incidente sulla statale, due feriti", "it"),
    ("I carabinieri hanno arrestato un uomo di 45 anni accusato di aver truffato diversi anziani fingendosi un tecnico del gas.", "it"),
    ("La Juve pareggia a Bergamo", "it"),
    ("Secondo l'Istat, l'occupazione è cresciuta nel secondo trimestre, soprattutto tra le donne e i giovani sotto i trent'anni.", "it"),
    # Dutch
    ("Kabinet trekt extra geld uit voor dijkversterking", "nl"),
    ("De brandweer heeft vannacht urenlang moeten blussen bij een grote brand in een loods op een industrieterrein. Niemand raakte gewond.", "nl"),
    ("Ajax wint met ruime cijfers van Twente", "nl"),
    ("Door een storing bij de NS reden er vanochtend tussen Utrecht en Amersfoort geen treinen. Reizigers werden met bussen vervoerd.", "nl"),
    ("Gemeente wil meer woningen voor starters", "nl"),
    ("De huizenprijzen zijn in het afgelopen kwartaal opnieuw gestegen, vooral in de grote steden en in de Randstad.", "nl"),
    # Polish
    ("Sejm przyjął ustawę o ochronie lokatorów", "pl"),
    ("Strażacy przez kilka godzin gasili pożar hali magazynowej na obrzeżach miasta. Nikt nie został ranny, ale straty są ogromne.", "pl"),
    ("Legia przegrywa u siebie z Rakowem", "pl"),
    ("Od przyszłego miesiąca bilety komunikacji miejskiej zdrożeją o złotówkę, zdecydowali radni po burzliwej dyskusji.", "pl"),
    ("Mróz i śnieg sparaliżowały drogi", "pl"),
    ("Według danych GUS inflacja w październiku spadła, ale ceny żywności wciąż rosną szybciej niż pensje.", "pl"),
    # Russian
    ("В городе открыли новую станцию метро", "ru"),
    ("Спасатели несколько часов тушили пожар на складе в промышленной зоне. Пострадавших нет, причины возгорания выясняются.", "ru"),
    ("«Зенит» обыграл «Спартак» в дерби", "ru"),
    ("С понедельника в городе изменится расписание пригородных электричек. Часть утренних рейсов перенесут на более раннее время.", "ru"),
    ("Цены на бензин снова выросли", "ru"),
    ("Депутаты городской думы одобрили проект бюджета на следующий год, увеличив расходы на ремонт школ и дорог.", "ru"),
    # Ukrainian
    ("У місті відкрили новий дитячий садок", "uk"),
    ("Рятувальники кілька годин гасили пожежу на складі в промисловій зоні. Постраждалих немає, причини займання встановлюють.", "uk"),
    ("«Динамо» перемогло у Львові", "uk"),
    ("З понеділка в місті зміниться розклад руху приміських електричок. Частину ранкових рейсів перенесуть на більш ранній час.", "uk"),
    ("Ціни на пальне знову зросли", "uk"),
    ("Депутати міської ради схвалили бюджет на наступний рік і збільшили видатки на ремонт шкіл та укриттів.", "uk"),
    # Portuguese
    ("Governo aprova aumento do salário mínimo", "pt"),
    ("Os bombeiros trabalharam durante toda a noite para apagar o incêndio que deflagrou num armazém nos arredores da cidade.", "pt"),
    ("Benfica vence em Braga e reforça liderança", "pt"),
    ("A Câmara Municipal anunciou que os transportes públicos serão gratuitos para estudantes a partir do próximo ano letivo.", "pt"),
    ("Preço do azeite volta a subir", "pt"),
    ("O Instituto Português do Mar e da Atmosfera colocou vários distritos sob aviso laranja devido à chuva forte.", "pt"),
    # Czech
    ("Vláda schválila zvýšení minimální mzdy", "cs"),
    ("Hasiči několik hodin likvidovali požár skladu na okraji města. Nikdo nebyl zraněn, škoda se odhaduje na miliony korun.", "cs"),
    ("Sparta porazila Slavii v derby", "cs"),
    ("Od příštího měsíce zdraží jízdenky městské hromadné dopravy, rozhodli zastupitelé po dlouhé debatě.", "cs"),
    ("Sníh ochromil dopravu na dálnici D1", "cs"),
    ("Podle Českého statistického úřadu inflace v říjnu zpomalila, ceny potravin ale dál rostou.", "cs"),
    # Swedish
    ("Regeringen vill sänka skatten på bensin", "sv"),
    ("Räddningstjänsten arbetade hela natten med att släcka branden i en lagerlokal utanför staden. Ingen skadades.", "sv"),
    ("AIK vann derbyt mot Djurgården", "sv"),
    ("Från och med nästa månad blir det dyrare att åka kollektivt i regionen, beslutade politikerna efter en lång debatt.", "sv"),
    ("Snöovädret orsakar kaos i trafiken", "sv"),
    ("Enligt Statistiska centralbyrån sjönk inflationen i oktober, men matpriserna fortsätter att stiga.", "sv"),
]
