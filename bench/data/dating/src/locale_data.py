"""Localised date formatting and interface strings for the page templates.

Every visible date on a generated page is produced here, so the written
form always agrees with the manifest label.
"""
from datetime import datetime

MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień".split(),
    "ru": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(),
    "uk": "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень".split(),
}
# genitive forms ("5 września", "5 сентября", "5 вересня")
MONTHS_GEN = {
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
}
MONTHS_ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "en_ap": "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split(),
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "es": "ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic.".split(),
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
}
WEEKDAYS = {
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье".split(),
    "uk": "понеділок вівторок середа четвер пʼятниця субота неділя".split(),
}
CAL_HEAD = {
    "de": "Mo Di Mi Do Fr Sa So", "en": "M T W T F S S", "fr": "L M M J V S D",
    "es": "L M X J V S D", "it": "L M M G V S D", "nl": "M D W D V Z Z",
    "pl": "Pn Wt Śr Cz Pt So Nd", "ru": "Пн Вт Ср Чт Пт Сб Вс", "uk": "Пн Вт Ср Чт Пт Сб Нд",
}


def _en_time(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'}"


def fmt(lang: str, dt: datetime, style: str = "long") -> str:
    """Format *dt* (local, aware) the way outlets in *lang* write dates."""
    d, m, y = dt.day, dt.month, dt.year
    hm = f"{dt.hour:02d}:{dt.minute:02d}"
    M = MONTHS.get(lang)
    if lang == "de":
        return {
            "long": f"{d}. {M[m-1]} {y}",
            "long_time": f"{d}. {M[m-1]} {y}, {hm} Uhr",
            "num": f"{d:02d}.{m:02d}.{y}",
            "num_time": f"{d:02d}.{m:02d}.{y}, {hm} Uhr",
            "stand": f"Stand: {d:02d}.{m:02d}.{y} {hm} Uhr",
            "weekday": f"{WEEKDAYS['de'][dt.weekday()]}, {d}. {M[m-1]} {y}",
            "short": f"{d}.{m}.{y}",
            "abbr": f"{d}. {MONTHS_ABBR['de'][m-1]} {y}",
        }[style]
    if lang == "en":
        tzname = dt.tzname() or ""
        return {
            "ap": f"{MONTHS_ABBR['en_ap'][m-1]} {d}, {y}",
            "us_long": f"{M[m-1]} {d}, {y}",
            "us_long_time": f"{M[m-1]} {d}, {y} at {_en_time(dt)} {tzname}".strip(),
            "uk_long": f"{d} {M[m-1]} {y}",
            "uk_long_time": f"{d} {M[m-1]} {y}, {hm}",
            "guardian": f"{WEEKDAYS['en'][dt.weekday()][:3]} {d} {MONTHS_ABBR['en'][m-1]} {y} {dt.hour:02d}.{dt.minute:02d} {tzname}".strip(),
            "us_num": f"{m:02d}/{d:02d}/{y}",
            "weekday": f"{WEEKDAYS['en'][dt.weekday()]}, {M[m-1]} {d}, {y}",
            "long": f"{M[m-1]} {d}, {y}",
            "num_time": f"{M[m-1]} {d}, {y} at {dt.hour % 12 or 12}:{dt.minute:02d} {'am' if dt.hour < 12 else 'pm'}",
            "num": f"{m:02d}/{d:02d}/{y}",
        }[style]
    if lang == "fr":
        dd = "1er" if d == 1 else str(d)
        return {
            "long": f"{dd} {M[m-1]} {y}",
            "publie": f"Publié le {dd} {M[m-1]} {y} à {dt.hour:02d}h{dt.minute:02d}",
            "num_time": f"{d:02d}/{m:02d}/{y} à {dt.hour:02d}h{dt.minute:02d}",
            "num": f"{d:02d}/{m:02d}/{y}",
            "weekday": f"{WEEKDAYS['fr'][dt.weekday()]} {dd} {M[m-1]} {y}",
        }[style]
    if lang == "es":
        return {
            "long": f"{d} de {M[m-1]} de {y}",
            "num_time": f"{d:02d}/{m:02d}/{y} - {hm}",
            "num": f"{d:02d}/{m:02d}/{y}",
            "weekday": f"{WEEKDAYS['es'][dt.weekday()]}, {d} de {M[m-1]} de {y}",
            "abbr_time": f"{d} {MONTHS_ABBR['es'][m-1]} {y} {hm}",
        }[style]
    if lang == "it":
        return {
            "long": f"{d} {M[m-1]} {y}",
            "num_time": f"{d:02d}/{m:02d}/{y} ore {hm}",
            "num": f"{d:02d}/{m:02d}/{y}",
            "weekday": f"{WEEKDAYS['it'][dt.weekday()]} {d} {M[m-1]} {y}",
            "long_time": f"{d} {M[m-1]} {y} alle {hm}",
        }[style]
    if lang == "nl":
        return {
            "long": f"{d} {M[m-1]} {y}",
            "num_time": f"{d:02d}-{m:02d}-{y}, {hm}",
            "weekday": f"{WEEKDAYS['nl'][dt.weekday()]} {d} {M[m-1]} {y}",
            "short": f"{d} {MONTHS_ABBR['nl'][m-1]} {y}",
            "short_time": f"{d} {MONTHS_ABBR['nl'][m-1]} {y} om {hm}",
        }[style]
    if lang in ("pl", "ru", "uk"):
        G = MONTHS_GEN[lang]
        year_word = {"pl": "r.", "ru": "г.", "uk": "р."}[lang]
        return {
            "long": f"{d} {G[m-1]} {y}",
            "long_y": f"{d} {G[m-1]} {y} {year_word}",
            "long_time": f"{d} {G[m-1]} {y}, {hm}",
            "num_time": f"{d:02d}.{m:02d}.{y}, {hm}" if lang == "pl" else f"{d:02d}.{m:02d}.{y} {hm}",
            "num": f"{d:02d}.{m:02d}.{y}",
            "weekday": f"{WEEKDAYS[lang][dt.weekday()]}, {d} {G[m-1]} {y} {year_word}",
        }[style]
    raise KeyError(lang)


def month_year(lang: str, y: int, m: int) -> str:
    name = MONTHS[lang][m - 1]
    if lang in ("de", "en", "pl", "ru", "uk"):
        name = name[0].upper() + name[1:]
    return f"{name} {y}"


UI = {
    "de": dict(print="Druckversion", back="Zurück", details="Details", press_office="Pressestelle", town_hall="Rathaus & Politik", services="Bürgerservice", easy="Leichte Sprache", posts_on="Beiträge veröffentlicht am",
               home="Startseite", by="Von", related="Mehr zum Thema", comments="Kommentare",
               reply="Antworten", archive="Archiv", calendar="Kalender", share="Teilen",
               newsletter="Die wichtigsten Nachrichten aus der Region – jeden Morgen in Ihrem Postfach.",
               subscribe="Newsletter abonnieren", imprint="Impressum", privacy="Datenschutz",
               contact="Kontakt", read_more="Weiterlesen", published="Veröffentlicht am",
               updated="Aktualisiert am", most_read="Meistgelesen", photo="Foto",
               cookie="Wir verwenden Cookies, um unser Angebot für Sie zu verbessern.", accept="Akzeptieren",
               search="Suche", menu="Menü", wrote="schrieb", comment_prompt="Schreiben Sie einen Kommentar",
               audio="Artikel anhören", minutes="Min. Lesezeit", tags="Schlagworte", ads="Anzeige",
               all_rights="Alle Rechte vorbehalten"),
    "en": dict(print="Print", back="Back", details="Details", press_office="Press office", town_hall="Your council", services="Services", easy="Accessibility", posts_on="Posts published on",
               home="Home", by="By", related="Related stories", comments="Comments", reply="Reply",
               archive="Archives", calendar="Calendar", share="Share",
               newsletter="Get the day's top stories delivered to your inbox every morning.",
               subscribe="Sign up", imprint="About us", privacy="Privacy policy", contact="Contact",
               read_more="Read more", published="Published", updated="Updated", most_read="Most read",
               photo="Photo", cookie="We use cookies to improve your experience on our site.",
               accept="Accept", search="Search", menu="Menu", wrote="said", comment_prompt="Leave a comment",
               audio="Listen to this article", minutes="min read", tags="Topics", ads="Advertisement",
               all_rights="All rights reserved"),
    "fr": dict(print="Imprimer", back="Retour", details="Détails", press_office="Service de presse", town_hall="Mairie", services="Démarches", easy="Accessibilité", posts_on="Publications du",
               home="Accueil", by="Par", related="À lire aussi", comments="Commentaires", reply="Répondre",
               archive="Archives", calendar="Calendrier", share="Partager",
               newsletter="Recevez chaque matin l'essentiel de l'actualité régionale.",
               subscribe="Je m'inscris", imprint="Mentions légales", privacy="Politique de confidentialité",
               contact="Nous contacter", read_more="Lire la suite", published="Publié le",
               updated="Mis à jour le", most_read="Les plus lus", photo="Photo",
               cookie="Nous utilisons des cookies pour améliorer votre expérience.", accept="Accepter",
               search="Rechercher", menu="Menu", wrote="a écrit", comment_prompt="Laisser un commentaire",
               audio="Écouter cet article", minutes="min de lecture", tags="Mots-clés", ads="Publicité",
               all_rights="Tous droits réservés"),
    "es": dict(print="Imprimir", back="Anterior", details="Detalles", press_office="Gabinete de prensa", town_hall="Ayuntamiento", services="Trámites", easy="Accesibilidad", posts_on="Entradas publicadas el",
               home="Portada", by="Por", related="Noticias relacionadas", comments="Comentarios",
               reply="Responder", archive="Archivo", calendar="Calendario", share="Compartir",
               newsletter="Recibe cada mañana las noticias más importantes de tu provincia.",
               subscribe="Suscríbete", imprint="Aviso legal", privacy="Política de privacidad",
               contact="Contacto", read_more="Leer más", published="Publicado el",
               updated="Actualizado el", most_read="Lo más leído", photo="Foto",
               cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
               accept="Aceptar", search="Buscar", menu="Menú", wrote="escribió",
               comment_prompt="Deja tu comentario", audio="Escuchar noticia", minutes="min de lectura",
               tags="Temas", ads="Publicidad", all_rights="Todos los derechos reservados"),
    "it": dict(print="Stampa", back="Indietro", details="Dettagli", press_office="Ufficio stampa", town_hall="Comune", services="Servizi", easy="Accessibilità", posts_on="Articoli pubblicati il",
               home="Home", by="di", related="Potrebbe interessarti", comments="Commenti", reply="Rispondi",
               archive="Archivio", calendar="Calendario", share="Condividi",
               newsletter="Ricevi ogni mattina le notizie più importanti del territorio.",
               subscribe="Iscriviti", imprint="Note legali", privacy="Informativa privacy",
               contact="Contatti", read_more="Leggi tutto", published="Pubblicato il",
               updated="Aggiornato il", most_read="I più letti", photo="Foto",
               cookie="Questo sito utilizza cookie tecnici e di profilazione.", accept="Accetta",
               search="Cerca", menu="Menu", wrote="ha scritto", comment_prompt="Lascia un commento",
               audio="Ascolta l'articolo", minutes="min di lettura", tags="Argomenti", ads="Pubblicità",
               all_rights="Tutti i diritti riservati"),
    "nl": dict(print="Afdrukken", back="Terug", details="Details", press_office="Team Communicatie", town_hall="Bestuur & organisatie", services="Producten & diensten", easy="Toegankelijkheid", posts_on="Berichten gepubliceerd op",
               home="Home", by="Door", related="Meer over dit onderwerp", comments="Reacties",
               reply="Reageer", archive="Archief", calendar="Kalender", share="Delen",
               newsletter="Elke ochtend het belangrijkste nieuws uit de regio in je mailbox.",
               subscribe="Aanmelden", imprint="Colofon", privacy="Privacyverklaring", contact="Contact",
               read_more="Lees verder", published="Gepubliceerd op", updated="Bijgewerkt op",
               most_read="Meest gelezen", photo="Foto",
               cookie="Wij gebruiken cookies om onze website te verbeteren.", accept="Akkoord",
               search="Zoeken", menu="Menu", wrote="schreef", comment_prompt="Plaats een reactie",
               audio="Lees voor", minutes="min leestijd", tags="Onderwerpen", ads="Advertentie",
               all_rights="Alle rechten voorbehouden"),
    "pl": dict(print="Drukuj", back="Wstecz", details="Szczegóły", press_office="Biuro prasowe", town_hall="Urząd", services="Sprawy urzędowe", easy="Dostępność", posts_on="Wpisy opublikowane",
               home="Strona główna", by="Autor:", related="Czytaj także", comments="Komentarze",
               reply="Odpowiedz", archive="Archiwum", calendar="Kalendarz", share="Udostępnij",
               newsletter="Najważniejsze wiadomości z regionu codziennie rano na Twoją skrzynkę.",
               subscribe="Zapisz się", imprint="Redakcja", privacy="Polityka prywatności",
               contact="Kontakt", read_more="Czytaj więcej", published="Opublikowano",
               updated="Aktualizacja", most_read="Najczęściej czytane", photo="Fot.",
               cookie="Używamy plików cookies, aby ułatwić korzystanie z serwisu.", accept="Akceptuję",
               search="Szukaj", menu="Menu", wrote="napisał(a)", comment_prompt="Dodaj komentarz",
               audio="Posłuchaj artykułu", minutes="min czytania", tags="Tagi", ads="Reklama",
               all_rights="Wszelkie prawa zastrzeżone"),
    "ru": dict(print="Версия для печати", back="Назад", details="Подробности", press_office="Пресс-служба", town_hall="Администрация", services="Услуги", easy="Доступность", posts_on="Записи, опубликованные",
               home="Главная", by="Автор:", related="Читайте также", comments="Комментарии",
               reply="Ответить", archive="Архив", calendar="Календарь", share="Поделиться",
               newsletter="Главные новости региона каждое утро на вашей почте.",
               subscribe="Подписаться", imprint="Редакция", privacy="Политика конфиденциальности",
               contact="Контакты", read_more="Читать далее", published="Опубликовано",
               updated="Обновлено", most_read="Самое читаемое", photo="Фото",
               cookie="Мы используем файлы cookie для улучшения работы сайта.", accept="Принять",
               search="Поиск", menu="Меню", wrote="пишет", comment_prompt="Оставить комментарий",
               audio="Слушать", minutes="мин чтения", tags="Теги", ads="Реклама",
               all_rights="Все права защищены"),
    "uk": dict(print="Друк", back="Назад", details="Деталі", press_office="Пресслужба", town_hall="Громада", services="Послуги", easy="Доступність", posts_on="Записи, опубліковані",
               home="Головна", by="Автор:", related="Читайте також", comments="Коментарі",
               reply="Відповісти", archive="Архів", calendar="Календар", share="Поділитися",
               newsletter="Головні новини краю щоранку у вашій поштовій скриньці.",
               subscribe="Підписатися", imprint="Редакція", privacy="Політика конфіденційності",
               contact="Контакти", read_more="Читати далі", published="Опубліковано",
               updated="Оновлено", most_read="Найпопулярніше", photo="Фото",
               cookie="Ми використовуємо файли cookie, щоб покращити роботу сайту.", accept="Прийняти",
               search="Пошук", menu="Меню", wrote="пише", comment_prompt="Залишити коментар",
               audio="Слухати", minutes="хв читання", tags="Теги", ads="Реклама",
               all_rights="Усі права захищено"),
}
