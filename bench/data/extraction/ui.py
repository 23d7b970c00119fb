"""Per-language interface strings and boilerplate pools for the page templates.

Everything in here is *page chrome* or *republisher/teaser/newsletter
boilerplate*: none of it ever appears in a ground-truth file.
"""

MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


def fmt_date(lang, dt, with_time=True):
    """dt is 'YYYY-MM-DD HH:MM'."""
    d, _, t = dt.partition(" ")
    y, m, dd = d.split("-")
    m_i, d_i = int(m), int(dd)
    mon = MONTHS[lang][m_i - 1]
    t = t or "09:00"
    if lang == "de":
        s = f"{dd}.{m}.{y}"
        return f"{s}, {t} Uhr" if with_time else s
    if lang == "en":
        hh, mm = (int(x) for x in t.split(":"))
        ampm = "AM" if hh < 12 else "PM"
        h12 = hh % 12 or 12
        s = f"{mon} {d_i}, {y}"
        return f"{s} {h12}:{mm:02d} {ampm}" if with_time else s
    if lang == "fr":
        s = f"{d_i} {mon} {y}"
        return f"{s} à {t.replace(':', 'h')}" if with_time else s
    if lang in ("es", "pt"):
        s = f"{d_i} de {mon} de {y}"
        return f"{s}, {t}" if with_time else s
    s = f"{d_i} {mon} {y}"
    return f"{s}, {t}" if with_time else s


UI = {}

UI["de"] = dict(
    nav=["Startseite", "Politik", "Wirtschaft", "Regional", "Sport", "Kultur", "Wissen", "Panorama"],
    cookie_title="Wir respektieren Ihre Privatsphäre",
    cookie_text="Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren, Funktionen für soziale Medien anbieten zu können und die Zugriffe auf unsere Website zu analysieren. Mit einem Klick auf „Alle akzeptieren“ stimmen Sie der Verarbeitung zu. Ihre Einwilligung können Sie jederzeit über die Datenschutz-Einstellungen am Ende der Seite widerrufen.",
    cookie_accept="Alle akzeptieren", cookie_settings="Einstellungen verwalten",
    share="Teilen", share_items=["Facebook", "X", "WhatsApp", "E-Mail", "Link kopieren"],
    related="Das könnte Sie auch interessieren", mostread="Meistgelesen", more="Weitere Artikel",
    ad="Anzeige",
    teaser_labels=["Mehr zum Thema", "Lesen Sie auch", "Auch interessant"],
    newsletter=[
        ("Newsletter", "Nichts mehr verpassen: Melden Sie sich jetzt für unseren kostenlosen Newsletter an und erhalten Sie jeden Morgen die wichtigsten Nachrichten des Tages direkt in Ihr Postfach.", "Jetzt anmelden"),
        ("Der Abend-Überblick", "Sie wollen wissen, was heute wichtig war? Unser Newsletter fasst die Themen des Tages jeden Abend um 18 Uhr für Sie zusammen – kostenlos und jederzeit kündbar.", "Kostenlos abonnieren"),
        ("Immer informiert", "Folgen Sie unserem WhatsApp-Kanal und erhalten Sie Eilmeldungen und die wichtigsten Geschichten aus Ihrer Region sofort auf Ihr Smartphone.", "Jetzt folgen"),
    ],
    email="Ihre E-Mail-Adresse",
    comments="Kommentare", reply="Antworten", write_comment="Kommentar schreiben",
    comment_rules="Bitte beachten Sie unsere Netiquette. Kommentare werden vor der Freischaltung von der Redaktion geprüft.",
    says="schreibt:", by="Von", published="Veröffentlicht", updated="Aktualisiert", stand="Stand",
    footer=["Impressum", "Datenschutz", "Kontakt", "AGB", "Barrierefreiheit", "Cookie-Einstellungen"],
    rights="Alle Rechte vorbehalten.", tags="Schlagwörter", search="Suche", login="Anmelden",
    subscribe="Abo", gallery_n="Bild {i} von {n}", prev="Zurück", next="Weiter", pics="{n} Bilder",
    more_galleries="Weitere Bildergalerien", live="LIVE", newest="Neueste zuerst",
    load_more="Ältere Einträge laden", refresh="Aktualisieren", top="Nach oben",
    reading="{n} Min. Lesezeit", photo="Foto", print="Drucken", send="Artikel versenden",
    amp_full="Zur vollständigen Version", prev_post="Vorheriger Artikel", next_post="Nächster Artikel",
    source="Quelle", views="Aufrufe", hot="Top-Nachrichten", sendung="Über dieses Thema berichtete {site} am {date} in den Nachrichten.",
    back="Zurück zur Übersicht", app="Jetzt die App herunterladen",
    disclaimers=[
        "Haftungsausschluss: Das Urheberrecht dieses Artikels liegt bei seinem ursprünglichen Autor. Der Zweck dieses Artikels besteht in der erneuten Veröffentlichung zu ausschließlich Informationszwecken und stellt keine Anlageberatung dar. Sollten dennoch Verstöße vorliegen, nehmen Sie bitte umgehend Kontakt mit uns auf. Korrektur Oder wir werden Maßnahmen zur Löschung ergreifen. Danke",
        "Dieser Artikel wurde ursprünglich auf {src} veröffentlicht. Die hier dargestellten Inhalte dienen ausschließlich Informationszwecken und stellen keine Anlageberatung oder Aufforderung zum Kauf oder Verkauf von Wertpapieren dar.",
        "Hinweis: Dieser Beitrag wurde automatisch aus einer externen Quelle übernommen. Sollten Sie der Meinung sein, dass Ihre Rechte verletzt werden, kontaktieren Sie uns bitte per E-Mail – wir werden den Inhalt umgehend löschen.",
    ],
    src_sites=["finanzblick-online.de", "Börsenbrief Süd", "marktecho.de"],
    extra=[
        "Wetter: Nach dem Regen kommt der Frühling zurück",
        "Bundesliga: Trainerwechsel nach drei Niederlagen in Folge",
        "Neue Grundsteuer: Was Eigentümer jetzt wissen müssen",
        "Rente: Diese Änderungen gelten ab Juli",
        "Polizei sucht Zeugen nach Einbruchsserie",
        "Stadtwerke erhöhen Fernwärmepreise",
    ],
)

UI["en"] = dict(
    nav=["Home", "News", "Politics", "Business", "Sport", "Culture", "Science", "Opinion"],
    cookie_title="We value your privacy",
    cookie_text="We and our partners use cookies and similar technologies to store and access information on your device, to personalise content and ads, to provide social media features and to analyse our traffic. By clicking “Accept all” you consent to this processing. You can change your preferences or withdraw your consent at any time via the Privacy settings link in the footer.",
    cookie_accept="Accept all", cookie_settings="Manage preferences",
    share="Share", share_items=["Facebook", "X", "WhatsApp", "Email", "Copy link"],
    related="You may also like", mostread="Most read", more="More stories", ad="Advertisement",
    teaser_labels=["Read more", "Related", "Read more"],
    newsletter=[
        ("Sign up to our newsletter", "Get the day's top stories delivered straight to your inbox every morning. It's free, and you can unsubscribe at any time.", "Sign up"),
        ("The Evening Briefing", "Catch up on everything you need to know with our free evening newsletter, sent every weekday at 6pm.", "Subscribe"),
        ("Don't miss a story", "Join more than 40,000 readers who get our weekly roundup of local news, events and what's on.", "Join now"),
    ],
    email="Enter your email address",
    comments="Comments", reply="Reply", write_comment="Leave a comment",
    comment_rules="Comments are moderated. Please read our community guidelines before posting.",
    says="says:", by="By", published="Published", updated="Updated", stand="Last updated",
    footer=["About us", "Contact", "Privacy policy", "Terms of use", "Accessibility", "Cookie settings"],
    rights="All rights reserved.", tags="Topics", search="Search", login="Sign in",
    subscribe="Subscribe", gallery_n="Image {i} of {n}", prev="Previous", next="Next", pics="{n} photos",
    more_galleries="More galleries", live="LIVE", newest="Newest first",
    load_more="Load older posts", refresh="Refresh", top="Back to top",
    reading="{n} min read", photo="Photo", print="Print", send="Email this story",
    amp_full="View full site", prev_post="Previous article", next_post="Next article",
    source="Source", views="views", hot="Trending now", sendung="This story was broadcast by {site} on {date}.",
    back="Back to news", app="Download our app",
    disclaimers=[
        "Disclaimer: The copyright of this article belongs to the original author. It is reposted for informational purposes only and does not constitute investment advice. If there is any infringement, please contact us immediately and we will take measures to delete it. Thank you.",
        "This article was originally published on {src}. The views expressed are those of the author and do not constitute investment advice. Readers should do their own research before making any investment decisions.",
        "Note: This content was republished from a third-party source. If you are the copyright holder and believe your rights have been violated, please contact us and we will take measures to delete the content within 24 hours.",
    ],
    src_sites=["blockbeat-insider.com", "The Market Ledger", "chipwatch.io"],
    extra=[
        "Weather warning issued as Storm Hester approaches",
        "Council tax to rise by 4.99% from April",
        "Police appeal after bus stop vandalised for third time",
        "Local bakery wins national sourdough award",
        "Five things to do this weekend",
        "Hospital waiting lists fall for second month",
    ],
)

UI["fr"] = dict(
    nav=["Accueil", "International", "Politique", "Société", "Économie", "Planète", "Sport", "Culture"],
    cookie_title="Le respect de votre vie privée est notre priorité",
    cookie_text="Nous et nos partenaires utilisons des cookies et des technologies similaires pour stocker et accéder à des informations sur votre appareil, afin de personnaliser les contenus et les publicités, de proposer des fonctionnalités de réseaux sociaux et de mesurer notre audience. En cliquant sur « Accepter et fermer », vous consentez à ces traitements. Vous pouvez modifier vos choix à tout moment via le lien « Paramètres des cookies ».",
    cookie_accept="Accepter et fermer", cookie_settings="Continuer sans accepter",
    share="Partager", share_items=["Facebook", "X", "WhatsApp", "E-mail", "Copier le lien"],
    related="Sur le même sujet", mostread="Les plus lus", more="Nos autres articles", ad="Publicité",
    teaser_labels=["À lire aussi", "Lire aussi", "À lire aussi"],
    newsletter=[
        ("Newsletter « La Matinale »", "Chaque matin, retrouvez l'essentiel de l'actualité sélectionné par la rédaction, directement dans votre boîte mail.", "S'inscrire"),
        ("Recevez notre newsletter", "Inscrivez-vous gratuitement et recevez chaque soir le récapitulatif des informations de la journée.", "Je m'inscris"),
        ("Restez informé", "Suivez toute l'actualité de votre région grâce à notre lettre d'information hebdomadaire gratuite.", "Je m'abonne"),
    ],
    email="Votre adresse e-mail",
    comments="Commentaires", reply="Répondre", write_comment="Laisser un commentaire",
    comment_rules="Les commentaires sont modérés. Merci de respecter notre charte de modération.",
    says="dit :", by="Par", published="Publié le", updated="Mis à jour le", stand="Mis à jour",
    footer=["Mentions légales", "Politique de confidentialité", "Contact", "CGU", "Accessibilité", "Paramètres des cookies"],
    rights="Tous droits réservés.", tags="Mots-clés", search="Rechercher", login="Se connecter",
    subscribe="S'abonner", gallery_n="Photo {i} sur {n}", prev="Précédente", next="Suivante", pics="{n} photos",
    more_galleries="Nos autres diaporamas", live="EN DIRECT", newest="Plus récents d'abord",
    load_more="Afficher les messages précédents", refresh="Actualiser", top="Haut de page",
    reading="Lecture {n} min.", photo="Photo", print="Imprimer", send="Envoyer par e-mail",
    amp_full="Voir la version complète", prev_post="Article précédent", next_post="Article suivant",
    source="Source", views="vues", hot="À la une", sendung="Ce sujet a été diffusé sur {site} le {date}.",
    back="Retour à l'accueil", app="Téléchargez notre application",
    disclaimers=[
        "Avertissement : les droits d'auteur de cet article appartiennent à son auteur original. Cet article est republié à des fins d'information uniquement et ne constitue pas un conseil en investissement. En cas d'atteinte à vos droits, veuillez nous contacter et nous prendrons les mesures nécessaires pour le supprimer. Merci.",
        "Cet article a été initialement publié sur {src}. Les informations qu'il contient ne constituent en aucun cas un conseil en investissement.",
        "Clause de non-responsabilité : ce contenu provient d'une source tierce. Si vous estimez qu'il porte atteinte à vos droits, contactez-nous et nous le supprimerons dans les plus brefs délais.",
    ],
    src_sites=["boursorama-actus.fr", "La Lettre des Marchés", "investir-express.fr"],
    extra=[
        "Météo : des orages attendus sur le sud-est ce week-end",
        "Impôts : la date limite de déclaration approche",
        "Ligue 1 : Rennes s'impose dans le derby breton",
        "Logement : les loyers encadrés dans trois nouvelles villes",
        "Santé : la campagne de vaccination prolongée",
        "Bac 2025 : les sujets de philosophie dévoilés",
    ],
)

UI["es"] = dict(
    nav=["Portada", "España", "Internacional", "Economía", "Sociedad", "Deportes", "Cultura", "Opinión"],
    cookie_title="Tu privacidad es importante para nosotros",
    cookie_text="Nosotros y nuestros socios utilizamos cookies y tecnologías similares para almacenar y acceder a información en tu dispositivo, personalizar contenidos y anuncios, ofrecer funciones de redes sociales y analizar el tráfico. Al hacer clic en «Aceptar y continuar» consientes este tratamiento. Puedes cambiar tu configuración en cualquier momento desde la página de política de cookies.",
    cookie_accept="Aceptar y continuar", cookie_settings="Configurar",
    share="Compartir", share_items=["Facebook", "X", "WhatsApp", "Correo", "Copiar enlace"],
    related="Noticias relacionadas", mostread="Lo más leído", more="Más noticias", ad="Publicidad",
    teaser_labels=["Lee también", "Te puede interesar", "Lee también"],
    newsletter=[
        ("Boletín diario", "Recibe cada mañana en tu correo las noticias más importantes del día, seleccionadas por nuestra redacción.", "Suscribirme"),
        ("Apúntate a nuestra newsletter", "Todas las tardes, un resumen con lo que tienes que saber. Es gratis y puedes darte de baja cuando quieras.", "Apuntarme"),
        ("No te pierdas nada", "Únete a nuestro canal de WhatsApp y recibe las últimas noticias directamente en tu móvil.", "Unirme"),
    ],
    email="Tu correo electrónico",
    comments="Comentarios", reply="Responder", write_comment="Escribe un comentario",
    comment_rules="Los comentarios están moderados. Consulta nuestras normas de participación.",
    says="dice:", by="Por", published="Publicado", updated="Actualizado", stand="Actualizado",
    footer=["Aviso legal", "Política de privacidad", "Política de cookies", "Contacto", "Publicidad", "Accesibilidad"],
    rights="Todos los derechos reservados.", tags="Temas", search="Buscar", login="Iniciar sesión",
    subscribe="Suscríbete", gallery_n="Foto {i} de {n}", prev="Anterior", next="Siguiente", pics="{n} fotos",
    more_galleries="Más galerías", live="EN DIRECTO", newest="Más recientes primero",
    load_more="Cargar entradas anteriores", refresh="Actualizar", top="Volver arriba",
    reading="{n} min de lectura", photo="Foto", print="Imprimir", send="Enviar por correo",
    amp_full="Ver versión completa", prev_post="Artículo anterior", next_post="Artículo siguiente",
    source="Fuente", views="visitas", hot="Lo último", sendung="Esta información se emitió en {site} el {date}.",
    back="Volver a portada", app="Descarga nuestra app",
    disclaimers=[
        "Descargo de responsabilidad: los derechos de autor de este artículo pertenecen a su autor original. Este artículo se reproduce únicamente con fines informativos y no constituye asesoramiento de inversión. Si existe alguna infracción, póngase en contacto con nosotros y tomaremos medidas para eliminarlo. Gracias.",
        "Este artículo fue publicado originalmente en {src}. La información aquí contenida no constituye una recomendación de inversión.",
        "Aviso: este contenido ha sido reproducido de una fuente externa. Si usted es el titular de los derechos y considera que se han vulnerado, contáctenos y procederemos a retirarlo de inmediato.",
    ],
    src_sites=["bolsamania-hoy.es", "El Inversor Diario", "mercadosyvalores.es"],
    extra=[
        "La Aemet prevé lluvias intensas en el Cantábrico",
        "El precio de la luz baja un 12% este fin de semana",
        "Sánchez y los sindicatos firman la subida del salario mínimo",
        "El Sevilla cae en casa y complica su permanencia",
        "Así será la nueva tarjeta sanitaria digital",
        "Detenido un hombre por estafar a ancianos en Valencia",
    ],
)

UI["it"] = dict(
    nav=["Home", "Cronaca", "Politica", "Economia", "Esteri", "Sport", "Cultura", "Spettacoli"],
    cookie_title="Questo sito utilizza cookie",
    cookie_text="Noi e i nostri partner utilizziamo cookie e tecnologie simili per archiviare e accedere a informazioni sul tuo dispositivo, personalizzare contenuti e annunci, fornire funzionalità dei social media e analizzare il nostro traffico. Cliccando su «Accetta» acconsenti a tali attività. Puoi modificare le tue preferenze in qualsiasi momento dalla pagina Privacy.",
    cookie_accept="Accetta", cookie_settings="Rifiuta e personalizza",
    share="Condividi", share_items=["Facebook", "X", "WhatsApp", "Email", "Copia link"],
    related="Articoli correlati", mostread="I più letti", more="Altre notizie", ad="Pubblicità",
    teaser_labels=["Leggi anche", "Potrebbe interessarti", "Leggi anche"],
    newsletter=[
        ("La newsletter del mattino", "Ogni mattina le notizie più importanti selezionate dalla redazione, direttamente nella tua casella di posta.", "Iscriviti"),
        ("Resta aggiornato", "Iscriviti gratuitamente alla nostra newsletter serale e ricevi il riepilogo della giornata.", "Iscriviti ora"),
        ("Seguici su WhatsApp", "Le ultime notizie della tua città in tempo reale: unisciti al nostro canale WhatsApp.", "Unisciti"),
    ],
    email="Il tuo indirizzo email",
    comments="Commenti", reply="Rispondi", write_comment="Lascia un commento",
    comment_rules="I commenti sono moderati. Leggi le regole della community prima di scrivere.",
    says="ha scritto:", by="di", published="Pubblicato il", updated="Aggiornato il", stand="Aggiornato",
    footer=["Chi siamo", "Contatti", "Privacy", "Cookie policy", "Note legali", "Pubblicità"],
    rights="Tutti i diritti riservati.", tags="Argomenti", search="Cerca", login="Accedi",
    subscribe="Abbonati", gallery_n="Foto {i} di {n}", prev="Precedente", next="Successiva", pics="{n} foto",
    more_galleries="Altre gallery", live="DIRETTA", newest="Dal più recente",
    load_more="Carica aggiornamenti precedenti", refresh="Aggiorna", top="Torna su",
    reading="Tempo di lettura: {n} min", photo="Foto", print="Stampa", send="Invia per email",
    amp_full="Vai alla versione completa", prev_post="Articolo precedente", next_post="Articolo successivo",
    source="Fonte", views="visualizzazioni", hot="In evidenza", sendung="Servizio andato in onda su {site} il {date}.",
    back="Torna alla home", app="Scarica la nostra app",
    disclaimers=[
        "Disclaimer: il copyright di questo articolo appartiene all'autore originale. L'articolo è ripubblicato a solo scopo informativo e non costituisce una consulenza in materia di investimenti. In caso di violazione, vi preghiamo di contattarci e provvederemo a rimuoverlo. Grazie.",
        "Questo articolo è stato originariamente pubblicato su {src}. Le informazioni contenute non costituiscono consulenza finanziaria.",
        "Esclusione di responsabilità: contenuto ripreso da fonte terza. Se ritenete che violi i vostri diritti, contattateci e lo elimineremo al più presto.",
    ],
    src_sites=["borsaitaliana-news.it", "Il Foglio dei Mercati", "finanzaoggi.it"],
    extra=[
        "Meteo, weekend di sole su tutta la penisola",
        "Serie A, il Bologna vince in rimonta",
        "Bollette, da aprile cala il prezzo del gas",
        "Scuola, ecco il calendario degli esami di maturità",
        "Roma, chiude per lavori la stazione Termini della metro A",
        "Pensioni, cosa cambia con la nuova rivalutazione",
    ],
)

UI["nl"] = dict(
    nav=["Home", "Binnenland", "Buitenland", "Politiek", "Economie", "Regio", "Sport", "Cultuur"],
    cookie_title="Wij gebruiken cookies",
    cookie_text="Wij en onze partners gebruiken cookies en vergelijkbare technieken om informatie op je apparaat op te slaan en te lezen, om content en advertenties te personaliseren, om functies voor sociale media te bieden en om ons verkeer te analyseren. Door op ‘Akkoord’ te klikken, geef je toestemming. Je kunt je keuze altijd aanpassen via ‘Cookie-instellingen’ onderaan de pagina.",
    cookie_accept="Akkoord", cookie_settings="Instellingen aanpassen",
    share="Delen", share_items=["Facebook", "X", "WhatsApp", "E-mail", "Kopieer link"],
    related="Gerelateerde artikelen", mostread="Meest gelezen", more="Meer nieuws", ad="Advertentie",
    teaser_labels=["Lees ook", "Lees ook", "Meer over dit onderwerp"],
    newsletter=[
        ("Nieuwsbrief", "Ontvang elke ochtend het belangrijkste nieuws van de dag gratis in je mailbox.", "Aanmelden"),
        ("Blijf op de hoogte", "Meld je aan voor onze wekelijkse nieuwsbrief met het beste uit de regio.", "Schrijf je in"),
        ("Volg ons op WhatsApp", "Krijg het laatste nieuws direct op je telefoon via ons WhatsApp-kanaal.", "Volgen"),
    ],
    email="Je e-mailadres",
    comments="Reacties", reply="Reageer", write_comment="Plaats een reactie",
    comment_rules="Reacties worden gemodereerd. Lees eerst onze huisregels.",
    says="schreef:", by="Door", published="Gepubliceerd", updated="Bijgewerkt", stand="Bijgewerkt",
    footer=["Over ons", "Contact", "Privacybeleid", "Cookiebeleid", "Colofon", "Adverteren"],
    rights="Alle rechten voorbehouden.", tags="Onderwerpen", search="Zoeken", login="Inloggen",
    subscribe="Abonneren", gallery_n="Foto {i} van {n}", prev="Vorige", next="Volgende", pics="{n} foto's",
    more_galleries="Meer fotoseries", live="LIVE", newest="Nieuwste eerst",
    load_more="Oudere berichten laden", refresh="Vernieuwen", top="Naar boven",
    reading="{n} min leestijd", photo="Foto", print="Printen", send="Mail dit artikel",
    amp_full="Bekijk de volledige versie", prev_post="Vorig artikel", next_post="Volgend artikel",
    source="Bron", views="keer gelezen", hot="Net binnen", sendung="Dit onderwerp was te zien bij {site} op {date}.",
    back="Terug naar nieuws", app="Download onze app",
    disclaimers=[
        "Disclaimer: Het auteursrecht van dit artikel berust bij de oorspronkelijke auteur. Dit artikel is uitsluitend ter informatie opnieuw gepubliceerd en vormt geen beleggingsadvies. Mocht er sprake zijn van een inbreuk, neem dan contact met ons op en wij zullen maatregelen nemen om het te verwijderen. Dank u.",
        "Dit artikel verscheen oorspronkelijk op {src}. De inhoud is uitsluitend informatief en vormt geen beleggingsadvies.",
        "Let op: deze inhoud is overgenomen van een externe bron. Bent u de rechthebbende en meent u dat uw rechten zijn geschonden, neem dan contact met ons op; wij verwijderen het bericht zo snel mogelijk.",
    ],
    src_sites=["beursplein-nieuws.nl", "De Beleggersbrief", "aandelenradar.nl"],
    extra=[
        "KNMI waarschuwt voor gladheid in het noorden",
        "Zorgpremie stijgt volgend jaar met 8 euro per maand",
        "Ajax verliest opnieuw punten in Eredivisie",
        "Woningcorporaties bouwen minder dan afgesproken",
        "Treinverkeer rond Utrecht weekend gestremd",
        "Politie zoekt getuigen van overval op tankstation",
    ],
)

UI["pl"] = dict(
    nav=["Strona główna", "Kraj", "Świat", "Gospodarka", "Region", "Sport", "Kultura", "Opinie"],
    cookie_title="Szanujemy Twoją prywatność",
    cookie_text="Wraz z naszymi partnerami używamy plików cookie i podobnych technologii, aby przechowywać informacje na Twoim urządzeniu i uzyskiwać do nich dostęp, personalizować treści i reklamy, udostępniać funkcje mediów społecznościowych oraz analizować ruch. Klikając „Akceptuję”, wyrażasz zgodę na przetwarzanie. Zgodę możesz wycofać w każdej chwili w ustawieniach prywatności.",
    cookie_accept="Akceptuję", cookie_settings="Ustawienia",
    share="Udostępnij", share_items=["Facebook", "X", "WhatsApp", "E-mail", "Kopiuj link"],
    related="Zobacz także", mostread="Najczęściej czytane", more="Więcej wiadomości", ad="Reklama",
    teaser_labels=["Czytaj też", "Czytaj także", "Czytaj też"],
    newsletter=[
        ("Newsletter", "Zapisz się na nasz bezpłatny newsletter i codziennie rano otrzymuj najważniejsze wiadomości dnia.", "Zapisz się"),
        ("Bądź na bieżąco", "Najważniejsze informacje z regionu raz w tygodniu prosto na Twoją skrzynkę.", "Zapisuję się"),
        ("Obserwuj nas", "Dołącz do naszego kanału na WhatsAppie i otrzymuj pilne wiadomości od razu na telefon.", "Dołącz"),
    ],
    email="Twój adres e-mail",
    comments="Komentarze", reply="Odpowiedz", write_comment="Dodaj komentarz",
    comment_rules="Komentarze są moderowane. Zapoznaj się z regulaminem przed dodaniem wpisu.",
    says="napisał(a):", by="Autor:", published="Opublikowano", updated="Aktualizacja", stand="Aktualizacja",
    footer=["O nas", "Kontakt", "Polityka prywatności", "Regulamin", "Reklama", "Ustawienia cookies"],
    rights="Wszelkie prawa zastrzeżone.", tags="Tematy", search="Szukaj", login="Zaloguj się",
    subscribe="Subskrybuj", gallery_n="Zdjęcie {i} z {n}", prev="Poprzednie", next="Następne", pics="{n} zdjęć",
    more_galleries="Więcej galerii", live="NA ŻYWO", newest="Najnowsze najpierw",
    load_more="Wczytaj starsze wpisy", refresh="Odśwież", top="Do góry",
    reading="Czas czytania: {n} min", photo="Fot.", print="Drukuj", send="Wyślij e-mailem",
    amp_full="Zobacz pełną wersję", prev_post="Poprzedni artykuł", next_post="Następny artykuł",
    source="Źródło", views="wyświetleń", hot="Na czasie", sendung="Materiał wyemitowano w {site} {date}.",
    back="Powrót", app="Pobierz naszą aplikację",
    disclaimers=[
        "Zastrzeżenie: prawa autorskie do tego artykułu należą do jego pierwotnego autora. Artykuł został ponownie opublikowany wyłącznie w celach informacyjnych i nie stanowi porady inwestycyjnej. W przypadku naruszenia praw prosimy o kontakt – podejmiemy kroki w celu usunięcia treści. Dziękujemy.",
        "Artykuł pierwotnie ukazał się w serwisie {src}. Treść ma charakter wyłącznie informacyjny i nie stanowi rekomendacji inwestycyjnej.",
        "Uwaga: treść pochodzi z zewnętrznego źródła. Jeśli jesteś właścicielem praw i uważasz, że zostały naruszone, skontaktuj się z nami, a niezwłocznie ją usuniemy.",
    ],
    src_sites=["gieldowe-wiesci.pl", "Biuletyn Inwestora", "rynki24.pl"],
    extra=[
        "IMGW ostrzega przed burzami na południu kraju",
        "Ceny paliw znów w górę. Ile zapłacimy za litr?",
        "Legia wygrywa w doliczonym czasie gry",
        "Nowe zasady wydawania recept od lipca",
        "Remont dworca potrwa dłużej niż planowano",
        "Policja szuka świadków wypadku na obwodnicy",
    ],
)

UI["pt"] = dict(
    nav=["Início", "País", "Mundo", "Economia", "Sociedade", "Desporto", "Cultura", "Opinião"],
    cookie_title="A sua privacidade é importante para nós",
    cookie_text="Nós e os nossos parceiros utilizamos cookies e tecnologias semelhantes para armazenar e aceder a informações no seu dispositivo, personalizar conteúdos e anúncios, disponibilizar funcionalidades das redes sociais e analisar o nosso tráfego. Ao clicar em «Aceitar», está a consentir este tratamento. Pode alterar as suas preferências a qualquer momento na página de política de cookies.",
    cookie_accept="Aceitar", cookie_settings="Gerir preferências",
    share="Partilhar", share_items=["Facebook", "X", "WhatsApp", "E-mail", "Copiar ligação"],
    related="Artigos relacionados", mostread="Mais lidas", more="Mais notícias", ad="Publicidade",
    teaser_labels=["Leia também", "Leia também", "Veja também"],
    newsletter=[
        ("Newsletter diária", "Receba todas as manhãs, no seu e-mail, as notícias mais importantes do dia escolhidas pela nossa redação.", "Subscrever"),
        ("Fique a par de tudo", "Subscreva gratuitamente a nossa newsletter e receba ao fim da tarde um resumo da atualidade.", "Quero subscrever"),
        ("Siga-nos no WhatsApp", "As últimas notícias de Lisboa e do país diretamente no seu telemóvel.", "Seguir"),
    ],
    email="O seu e-mail",
    comments="Comentários", reply="Responder", write_comment="Deixe um comentário",
    comment_rules="Os comentários são moderados. Consulte as regras de participação.",
    says="escreveu:", by="Por", published="Publicado a", updated="Atualizado a", stand="Atualizado",
    footer=["Sobre nós", "Contactos", "Política de privacidade", "Termos de utilização", "Publicidade", "Definições de cookies"],
    rights="Todos os direitos reservados.", tags="Temas", search="Pesquisar", login="Entrar",
    subscribe="Assinar", gallery_n="Foto {i} de {n}", prev="Anterior", next="Seguinte", pics="{n} fotos",
    more_galleries="Mais fotogalerias", live="EM DIRETO", newest="Mais recentes primeiro",
    load_more="Carregar mais", refresh="Atualizar", top="Voltar ao topo",
    reading="{n} min de leitura", photo="Foto", print="Imprimir", send="Enviar por e-mail",
    amp_full="Ver versão completa", prev_post="Artigo anterior", next_post="Artigo seguinte",
    source="Fonte", views="visualizações", hot="Última hora", sendung="Reportagem emitida na {site} a {date}.",
    back="Voltar ao início", app="Descarregue a nossa app",
    disclaimers=[
        "Aviso legal: os direitos de autor deste artigo pertencem ao seu autor original. Este artigo é republicado apenas para fins informativos e não constitui aconselhamento de investimento. Em caso de infração, contacte-nos e tomaremos medidas para o eliminar. Obrigado.",
        "Este artigo foi publicado originalmente em {src}. A informação aqui contida não constitui recomendação de investimento.",
        "Nota: este conteúdo foi reproduzido de uma fonte externa. Se é o titular dos direitos e considera que foram violados, contacte-nos e procederemos à sua remoção.",
    ],
    src_sites=["mercados-hoje.pt", "O Investidor", "bolsa24.pt"],
    extra=[
        "IPMA coloca oito distritos sob aviso amarelo",
        "Preço dos combustíveis volta a subir na segunda-feira",
        "Benfica vence e isola-se na liderança",
        "Greve dos médicos afeta consultas em todo o país",
        "Metro de Lisboa prolonga horário nos santos populares",
        "Governo aprova aumento do salário mínimo",
    ],
)
