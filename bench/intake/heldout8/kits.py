"""Words, months, phone shapes, case numbers and codes of the eighth set's languages and countries.

Written for this set from each country's own conventions (no other set's kit was read). Every
value drawn from here is checked again by make_heldout8.py before anything is written.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

# --- words per language -----------------------------------------------------------------------------
# Keys: field labels (user, email, phone, ip, url, domain, wallet, iban, onion, date, case, yourref,
# basis, subject, to, from), sentences (req, preserve, offence, sign, greet, regards, fn_law with
# {fn1} {fn2} markers), the certificate's title, section word and six section titles, the joint
# team's plan (title, five columns, four actions, two sides), the mail footer, the forensic report
# (title, item, hash, tool, findings, path), the translation (title, note, "in the original",
# certificate), the call records (title, five columns, data sessions).
WORDS: dict[str, dict[str, Any]] = {
    "ka": {
        "user": "მომხმარებლის სახელი", "email": "ელ. ფოსტა", "phone": "ტელეფონი", "ip": "IP მისამართი",
        "url": "ვებგვერდი", "domain": "დომენი", "wallet": "კრიპტოსაფულე", "iban": "ანგარიში (IBAN)",
        "onion": "ფარული სერვისი", "date": "თარიღი", "case": "საქმე №", "yourref": "თქვენი ნომერი",
        "basis": "სამართლებრივი საფუძველი", "subject": "თემა", "to": "ადრესატი", "from": "გამგზავნი",
        "req": "გთხოვთ, მოგვაწოდოთ აბონენტის მონაცემები და შესვლის ჟურნალები შემდეგი იდენტიფიკატორების შესახებ:",
        "preserve": "გთხოვთ, შეინახოთ მონაცემები ოფიციალური მოთხოვნის მიღებამდე.",
        "offence": "კომპიუტერული სისტემის გამოყენებით ჩადენილი თაღლითობა",
        "sign": "პროკურორი", "greet": "პატივცემულო კოლეგებო,", "regards": "პატივისცემით,",
        "fn_law": "მოთხოვნა ეფუძნება ეროვნულ კანონმდებლობას{fn1} და საერთაშორისო სამართალს{fn2}.",
        "cert_title": "მონაცემების წარდგენის ბრძანება (კიბერდანაშაულის შესახებ კონვენციის მეორე დამატებითი ოქმი)",
        "section": "ნაწილი",
        "secs": ("გამცემი ორგანო", "ადრესატი (მომსახურების მიმწოდებელი)", "მოთხოვნილი მონაცემები",
                 "პერიოდი", "სამართლებრივი საფუძველი და დანაშაული", "ხელმოწერა"),
        "jit_title": "ერთობლივი საგამოძიებო ჯგუფი — ოპერატიული სამოქმედო გეგმა (ამონარიდი)",
        "jit_cols": ("№", "ღონისძიება", "ობიექტი", "პასუხისმგებელი", "ვადა"),
        "jit_actions": ("მონაცემების გამოთხოვა პროვაიდერისგან", "ანგარიშის შენახვა",
                        "კრიპტოსაფულის ანალიზი", "საბანკო ანგარიშის დაყადაღება"),
        "sides": ("ჩვენი მხარე", "პარტნიორი მხარე"),
        "footer": "ეს შეტყობინება კონფიდენციალურია და განკუთვნილია მხოლოდ ადრესატისთვის.",
        "for_title": "კომპიუტერულ-ტექნიკური ექსპერტიზის დასკვნა (ამონარიდი)",
        "for": ("ნივთიერი მტკიცებულება", "ჰეში", "პროგრამა", "აღმოჩენები", "ფაილი"),
        "tr_title": "თარგმანი ინგლისური ენიდან", "tr_note": "მთარგმნელის შენიშვნა", "tr_orig": "დედანში",
        "tr_cert": "მე, ქვემოთ ხელის მომწერი ნაფიცი მთარგმნელი, ვადასტურებ, რომ თარგმანი შეესაბამება დედანს.",
        "cdr_title": "ზარების დეტალური ამონაწერი (CDR)",
        "cdr_cols": ("დრო", "გამომძახებელი", "მიმღები", "ხანგრძლივობა", "უჯრედი"),
        "data_title": "მონაცემთა სესიები",
    },
    "hy": {
        "user": "օգտանուն", "email": "էլ. փոստ", "phone": "հեռախոս", "ip": "IP հասցե", "url": "կայք",
        "domain": "տիրույթ", "wallet": "կրիպտոդրամապանակ", "iban": "հաշիվ (IBAN)",
        "onion": "թաքնված ծառայություն", "date": "ամսաթիվ", "case": "վարույթ №", "yourref": "Ձեր համարը",
        "basis": "իրավական հիմք", "subject": "Թեմա", "to": "Հասցեատեր", "from": "Ուղարկող",
        "req": "Խնդրում ենք տրամադրել հետևյալ նույնականացուցիչների բաժանորդային տվյալները և մուտքերի գրանցամատյանները՝",
        "preserve": "Խնդրում ենք պահպանել տվյալները մինչև պաշտոնական հարցման ստացումը։",
        "offence": "համակարգչային համակարգի միջոցով կատարված խարդախություն",
        "sign": "Քննիչ", "greet": "Հարգելի գործընկերներ,", "regards": "Հարգանքով՝",
        "fn_law": "Հարցումը հիմնված է ազգային օրենսդրության{fn1} և միջազգային իրավունքի{fn2} վրա։",
        "cert_title": "Տվյալների տրամադրման կարգադրություն (Կիբեռհանցագործության մասին կոնվենցիայի երկրորդ լրացուցիչ արձանագրություն)",
        "section": "Բաժին",
        "secs": ("Տվող մարմին", "Հասցեատեր (ծառայություններ մատուցող)", "Պահանջվող տվյալներ",
                 "Ժամանակահատված", "Իրավական հիմք և հանցագործություն", "Ստորագրություն"),
        "jit_title": "Համատեղ քննչական խումբ — գործառնական գործողությունների պլան (քաղվածք)",
        "jit_cols": ("№", "Գործողություն", "Օբյեկտ", "Պատասխանատու", "Ժամկետ"),
        "jit_actions": ("տվյալների պահանջ մատակարարից", "հաշվի պահպանում", "դրամապանակի վերլուծություն",
                        "բանկային հաշվի արգելանք"),
        "sides": ("մեր կողմ", "գործընկեր կողմ"),
        "footer": "Այս հաղորդագրությունը գաղտնի է և նախատեսված է միայն հասցեատիրոջ համար։",
        "for_title": "Համակարգչային-տեխնիկական փորձաքննության եզրակացություն (քաղվածք)",
        "for": ("Իրեղեն ապացույց", "Հեշ", "Ծրագիր", "Արդյունքներ", "Ֆայլ"),
        "tr_title": "Թարգմանություն ռուսերենից", "tr_note": "Թարգմանչի ծանոթագրություն", "tr_orig": "բնագրում",
        "tr_cert": "Ես՝ ստորագրող երդվյալ թարգմանիչս, հավաստում եմ, որ թարգմանությունը համապատասխանում է բնագրին։",
        "cdr_title": "Զանգերի մանրամասն ցուցակ (CDR)",
        "cdr_cols": ("Ժամ", "Զանգող", "Ստացող", "Տևողություն", "Բջիջ"),
        "data_title": "Տվյալների սեսիաներ",
    },
    "mk": {
        "user": "корисничко име", "email": "е-пошта", "phone": "телефон", "ip": "IP адреса",
        "url": "веб-страница", "domain": "домен", "wallet": "крипто-паричник", "iban": "сметка (IBAN)",
        "onion": "скриена услуга", "date": "датум", "case": "Предмет", "yourref": "Ваш број",
        "basis": "правна основа", "subject": "Тема", "to": "До", "from": "Од",
        "req": "Ве молиме да ни ги доставите претплатничките податоци и дневниците на најава за следните идентификатори:",
        "preserve": "Ве молиме да ги зачувате податоците до приемот на формалното барање.",
        "offence": "измама извршена со помош на компјутерски систем",
        "sign": "Јавен обвинител", "greet": "Почитувани колеги,", "regards": "Со почит,",
        "fn_law": "Барањето се заснова на националното право{fn1} и на меѓународното право{fn2}.",
        "cert_title": "НАРЕДБА ЗА ДОСТАВУВАЊЕ ПОДАТОЦИ (Втор дополнителен протокол кон Конвенцијата за компјутерски криминал)",
        "section": "Дел",
        "secs": ("Орган што ја издава", "Примач (давател на услуги)", "Барани податоци", "Период",
                 "Правна основа и кривично дело", "Потпис"),
        "jit_title": "Заеднички истражен тим — оперативен акциски план (извадок)",
        "jit_cols": ("Бр.", "Активност", "Цел", "Одговорен", "Рок"),
        "jit_actions": ("барање податоци од давател", "зачувување на сметка", "анализа на паричник",
                        "замрзнување на банкарска сметка"),
        "sides": ("наша страна", "партнерска страна"),
        "footer": "Оваа порака е доверлива и наменета само за примачот.",
        "for_title": "Извештај од компјутерско-форензичко вештачење (извадок)",
        "for": ("Доказ", "Хаш", "Алатка", "Наоди", "Датотека"),
        "tr_title": "Превод од германски јазик", "tr_note": "Забелешка на преведувачот", "tr_orig": "во оригиналот",
        "tr_cert": "Јас, долупотпишаниот судски преведувач, потврдувам дека преводот е верен на оригиналот.",
        "cdr_title": "Детален извод од повици (CDR)",
        "cdr_cols": ("Време", "Повикувач", "Повикан", "Траење", "Ќелија"),
        "data_title": "Сесии за податоци",
    },
    "sq": {
        "user": "emri i përdoruesit", "email": "e-mail", "phone": "telefoni", "ip": "adresa IP",
        "url": "faqja e internetit", "domain": "domeni", "wallet": "portofoli kripto", "iban": "llogaria (IBAN)",
        "onion": "shërbimi i fshehur", "date": "data", "case": "Nr. i procedimit", "yourref": "Nr. juaj",
        "basis": "baza ligjore", "subject": "Lënda", "to": "Drejtuar", "from": "Nga",
        "req": "Ju lutemi të na vini në dispozicion të dhënat e abonentit dhe regjistrat e hyrjeve për identifikuesit e mëposhtëm:",
        "preserve": "Ju lutemi t'i ruani të dhënat deri në marrjen e kërkesës zyrtare.",
        "offence": "mashtrim kompjuterik",
        "sign": "Prokurori", "greet": "Të nderuar kolegë,", "regards": "Me respekt,",
        "fn_law": "Kërkesa bazohet në ligjin kombëtar{fn1} dhe në të drejtën ndërkombëtare{fn2}.",
        "cert_title": "URDHËR PËR DORËZIMIN E TË DHËNAVE (Protokolli i Dytë Shtesë i Konventës për Krimin Kibernetik)",
        "section": "Seksioni",
        "secs": ("Autoriteti lëshues", "Marrësi (ofruesi i shërbimit)", "Të dhënat e kërkuara", "Periudha",
                 "Baza ligjore dhe vepra penale", "Nënshkrimi"),
        "jit_title": "Ekipi i përbashkët hetimor — plani i veprimit operacional (pjesë)",
        "jit_cols": ("Nr.", "Veprimi", "Objekti", "Përgjegjës", "Afati"),
        "jit_actions": ("kërkesë për të dhëna te ofruesi", "ruajtja e llogarisë", "analiza e portofolit",
                        "bllokimi i llogarisë bankare"),
        "sides": ("pala jonë", "pala partnere"),
        "footer": "Ky mesazh është konfidencial dhe i destinuar vetëm për marrësin.",
        "for_title": "Akt ekspertimi kompjuterik (pjesë)",
        "for": ("Prova materiale", "Hash", "Programi", "Gjetjet", "Skedari"),
        "tr_title": "Përkthim nga anglishtja", "tr_note": "Shënim i përkthyesit", "tr_orig": "në origjinal",
        "tr_cert": "Unë, përkthyesi zyrtar i nënshkruar, vërtetoj se përkthimi është besnik me origjinalin.",
        "cdr_title": "Listë e detajuar e thirrjeve (CDR)",
        "cdr_cols": ("Ora", "Thirrësi", "I thirruri", "Kohëzgjatja", "Qeliza"),
        "data_title": "Seancat e të dhënave",
    },
    "is": {
        "user": "notandanafn", "email": "netfang", "phone": "sími", "ip": "IP-tala", "url": "vefslóð",
        "domain": "lén", "wallet": "rafmyntaveski", "iban": "reikningur (IBAN)", "onion": "falin þjónusta",
        "date": "dagsetning", "case": "Málsnúmer", "yourref": "Yðar tilv.", "basis": "lagagrundvöllur",
        "subject": "Efni", "to": "Til", "from": "Frá",
        "req": "Þess er óskað að afhentar verði áskrifendaupplýsingar og innskráningarskrár vegna eftirfarandi auðkenna:",
        "preserve": "Þess er óskað að gögnin verði varðveitt þar til formleg beiðni berst.",
        "offence": "fjársvik framin með tölvukerfi",
        "sign": "Saksóknari", "greet": "Ágætu samstarfsmenn,", "regards": "Virðingarfyllst,",
        "fn_law": "Beiðnin byggist á landslögum{fn1} og þjóðarétti{fn2}.",
        "cert_title": "FYRIRMÆLI UM AFHENDINGU GAGNA (önnur viðbótarbókun við samning Evrópuráðsins um tölvubrot)",
        "section": "Hluti",
        "secs": ("Útgefandi yfirvald", "Viðtakandi (þjónustuveitandi)", "Umbeðin gögn", "Tímabil",
                 "Lagagrundvöllur og brot", "Undirritun"),
        "jit_title": "Sameiginlegt rannsóknarteymi — aðgerðaáætlun (útdráttur)",
        "jit_cols": ("Nr.", "Aðgerð", "Markmið", "Ábyrgð", "Frestur"),
        "jit_actions": ("gagnabeiðni til þjónustuveitanda", "varðveisla reiknings", "greining rafmyntaveskis",
                        "kyrrsetning bankareiknings"),
        "sides": ("okkar hlið", "samstarfsaðili"),
        "footer": "Þessi tölvupóstur er trúnaðarmál og eingöngu ætlaður viðtakanda.",
        "for_title": "Skýrsla um tæknirannsókn (útdráttur)",
        "for": ("Sönnunargagn", "Tætigildi", "Hugbúnaður", "Niðurstöður", "Skrá"),
        "tr_title": "Löggilt þýðing úr ensku", "tr_note": "Aths. þýðanda", "tr_orig": "í frumtexta",
        "tr_cert": "Ég, undirritaður löggiltur skjalaþýðandi, staðfesti að þýðingin er rétt og nákvæm.",
        "cdr_title": "Sundurliðað símtalayfirlit (CDR)",
        "cdr_cols": ("Tími", "Hringjandi", "Móttakandi", "Lengd", "Sendir"),
        "data_title": "Gagnatengingar",
    },
    "ca": {
        "user": "nom d'usuari", "email": "adreça electrònica", "phone": "telèfon", "ip": "adreça IP",
        "url": "adreça web", "domain": "domini", "wallet": "moneder de criptomonedes", "iban": "compte (IBAN)",
        "onion": "servei ocult", "date": "data", "case": "Núm. de procediment", "yourref": "La vostra ref.",
        "basis": "base jurídica", "subject": "Assumpte", "to": "A", "from": "De",
        "req": "Sol·licitem les dades d'abonat i els registres de connexió dels identificadors següents:",
        "preserve": "Us preguem que conserveu les dades fins a la recepció de la sol·licitud formal.",
        "offence": "estafa informàtica",
        "sign": "El fiscal", "greet": "Benvolguts col·legues,", "regards": "Atentament,",
        "fn_law": "Aquesta sol·licitud es fonamenta en el dret intern{fn1} i en el dret internacional{fn2}.",
        "cert_title": "ORDRE DE PRODUCCIÓ DE DADES (Segon Protocol addicional al Conveni sobre la ciberdelinqüència)",
        "section": "Secció",
        "secs": ("Autoritat emissora", "Destinatari (prestador de serveis)", "Dades sol·licitades", "Període",
                 "Base jurídica i infracció", "Signatura"),
        "jit_title": "Equip conjunt d'investigació — pla d'acció operatiu (extracte)",
        "jit_cols": ("Núm.", "Acció", "Objectiu", "Responsable", "Termini"),
        "jit_actions": ("requeriment de dades al prestador", "conservació del compte", "anàlisi del moneder",
                        "bloqueig del compte bancari"),
        "sides": ("la nostra part", "la part sòcia"),
        "footer": "Aquest missatge és confidencial i s'adreça exclusivament al destinatari.",
        "for_title": "Informe pericial informàtic (extracte)",
        "for": ("Evidència", "Hash", "Eina", "Troballes", "Fitxer"),
        "tr_title": "Traducció jurada del francès", "tr_note": "N. del T.", "tr_orig": "a l'original",
        "tr_cert": "Jo, traductor jurat sotasignat, certifico que aquesta traducció és fidel a l'original.",
        "cdr_title": "Registre detallat de trucades (CDR)",
        "cdr_cols": ("Hora", "Trucant", "Trucat", "Durada", "Cel·la"),
        "data_title": "Sessions de dades",
    },
    "fr": {
        "user": "pseudonyme", "email": "adresse électronique", "phone": "téléphone", "ip": "adresse IP",
        "url": "adresse web", "domain": "nom de domaine", "wallet": "portefeuille de cryptoactifs",
        "iban": "compte (IBAN)", "onion": "service caché", "date": "date", "case": "N° parquet",
        "yourref": "Votre réf.", "basis": "fondement juridique", "subject": "Objet", "to": "À", "from": "De",
        "req": "Nous vous prions de nous communiquer les données d'abonné et les journaux de connexion des identifiants suivants :",
        "preserve": "Nous vous prions de conserver ces données jusqu'à réception de la demande formelle.",
        "offence": "escroquerie commise au moyen d'un système informatique",
        "sign": "Le procureur de la République", "greet": "Chers collègues,", "regards": "Bien cordialement,",
        "fn_law": "La présente demande est fondée sur le droit interne{fn1} et sur le droit de l'Union{fn2}.",
        "cert_title": "CERTIFICAT D'INJONCTION EUROPÉENNE DE PRODUCTION (EPOC)",
        "section": "Section",
        "secs": ("Autorité d'émission", "Destinataire (prestataire de services)", "Données demandées", "Période",
                 "Fondement juridique et infraction", "Signature"),
        "jit_title": "Équipe commune d'enquête — plan d'action opérationnel (extrait)",
        "jit_cols": ("N°", "Action", "Cible", "Responsable", "Échéance"),
        "jit_actions": ("réquisition au fournisseur", "conservation du compte", "analyse du portefeuille",
                        "gel du compte bancaire"),
        "sides": ("partie française", "partie partenaire"),
        "footer": "Ce message est confidentiel et destiné exclusivement à son destinataire.",
        "for_title": "Rapport d'expertise informatique (extrait)",
        "for": ("Scellé", "Empreinte", "Outil", "Constatations", "Fichier"),
        "tr_title": "Traduction certifiée de l'espagnol", "tr_note": "N.d.T.", "tr_orig": "dans l'original",
        "tr_cert": "Je soussigné, traducteur-interprète expert, certifie la présente traduction conforme à l'original.",
        "cdr_title": "Relevé détaillé des communications (CDR)",
        "cdr_cols": ("Heure", "Appelant", "Appelé", "Durée", "Cellule"),
        "data_title": "Sessions de données",
    },
    "en": {
        "user": "username", "email": "e-mail address", "phone": "telephone", "ip": "IP address", "url": "URL",
        "domain": "domain", "wallet": "cryptocurrency wallet", "iban": "account (IBAN)", "onion": "hidden service",
        "date": "date", "case": "Our ref.", "yourref": "Your ref.", "basis": "legal basis", "subject": "Subject",
        "to": "To", "from": "From",
        "req": "Please provide the subscriber information and login records for the following identifiers:",
        "preserve": "Please preserve the data pending receipt of a formal request.",
        "offence": "fraud committed by means of a computer system",
        "sign": "Senior Investigating Officer", "greet": "Dear colleagues,", "regards": "Kind regards,",
        "fn_law": "This request is made under domestic law{fn1} and international law{fn2}.",
        "cert_title": "PRODUCTION ORDER (Second Additional Protocol to the Convention on Cybercrime)",
        "section": "Part",
        "secs": ("Issuing authority", "Addressee (service provider)", "Data sought", "Period",
                 "Legal basis and offence", "Signature"),
        "jit_title": "Joint Investigation Team — Operational Action Plan (extract)",
        "jit_cols": ("No.", "Action", "Target", "Lead", "Deadline"),
        "jit_actions": ("production order to provider", "account preservation", "wallet analysis",
                        "bank account freeze"),
        "sides": ("UK side", "partner side"),
        "footer": "This e-mail is confidential and intended solely for the addressee.",
        "for_title": "Digital Forensic Examination Report (extract)",
        "for": ("Exhibit", "Hash", "Tool", "Findings", "File"),
        "tr_title": "Certified translation from Chinese", "tr_note": "Translator's note", "tr_orig": "in the original",
        "tr_cert": "I, the undersigned sworn translator, certify that this is a true and accurate translation.",
        "cdr_title": "Call Detail Records (CDR)",
        "cdr_cols": ("Time", "Calling", "Called", "Duration", "Cell"),
        "data_title": "Data sessions",
    },
    "es": {
        "user": "nombre de usuario", "email": "correo electrónico", "phone": "teléfono", "ip": "dirección IP",
        "url": "dirección web", "domain": "dominio", "wallet": "monedero de criptoactivos", "iban": "cuenta (IBAN)",
        "onion": "servicio oculto", "date": "fecha", "case": "N.º de atestado", "yourref": "Su ref.",
        "basis": "fundamento jurídico", "subject": "Asunto", "to": "A", "from": "De",
        "req": "Solicitamos los datos de abonado y los registros de conexión de los siguientes identificadores:",
        "preserve": "Rogamos conserven los datos hasta la recepción de la solicitud formal.",
        "offence": "estafa informática",
        "sign": "El fiscal", "greet": "Estimados colegas:", "regards": "Atentamente,",
        "fn_law": "La presente solicitud se fundamenta en el Derecho interno{fn1} y en el Derecho de la Unión{fn2}.",
        "cert_title": "CERTIFICADO DE ORDEN EUROPEA DE PRODUCCIÓN (EPOC)",
        "section": "Sección",
        "secs": ("Autoridad emisora", "Destinatario (prestador de servicios)", "Datos solicitados", "Período",
                 "Fundamento jurídico e infracción", "Firma"),
        "jit_title": "Equipo conjunto de investigación — plan de acción operativo (extracto)",
        "jit_cols": ("N.º", "Acción", "Objetivo", "Responsable", "Plazo"),
        "jit_actions": ("requerimiento al prestador", "conservación de la cuenta", "análisis del monedero",
                        "bloqueo de la cuenta bancaria"),
        "sides": ("parte española", "parte socia"),
        "footer": "Este mensaje es confidencial y se dirige exclusivamente a su destinatario.",
        "for_title": "Informe pericial informático (extracto)",
        "for": ("Evidencia", "Hash", "Herramienta", "Hallazgos", "Fichero"),
        "tr_title": "Traducción jurada del catalán", "tr_note": "N. del T.", "tr_orig": "en el original",
        "tr_cert": "Yo, traductor jurado abajo firmante, certifico que la presente traducción es fiel al original.",
        "cdr_title": "Registro detallado de llamadas (CDR)",
        "cdr_cols": ("Hora", "Llamante", "Llamado", "Duración", "Celda"),
        "data_title": "Sesiones de datos",
    },
    "de": {
        "user": "Benutzername", "email": "E-Mail-Adresse", "phone": "Telefon", "ip": "IP-Adresse", "url": "URL",
        "domain": "Domain", "wallet": "Kryptowallet", "iban": "Konto (IBAN)", "onion": "Onion-Dienst",
        "date": "Datum", "case": "Aktenzeichen", "yourref": "Ihr Zeichen", "basis": "Rechtsgrundlage",
        "subject": "Betreff", "to": "An", "from": "Von",
        "req": "Wir bitten um Übermittlung der Bestandsdaten und Anmeldeprotokolle zu folgenden Kennungen:",
        "preserve": "Wir bitten, die Daten bis zum Eingang des förmlichen Ersuchens zu sichern.",
        "offence": "Computerbetrug",
        "sign": "Staatsanwältin", "greet": "Sehr geehrte Kolleginnen und Kollegen,", "regards": "Mit freundlichen Grüßen",
        "fn_law": "Das Ersuchen stützt sich auf nationales Recht{fn1} und auf Unionsrecht{fn2}.",
        "cert_title": "BESCHEINIGUNG ÜBER EINE EUROPÄISCHE HERAUSGABEANORDNUNG (EPOC)",
        "section": "Abschnitt",
        "secs": ("Anordnungsbehörde", "Adressat (Diensteanbieter)", "Angeforderte Daten", "Zeitraum",
                 "Rechtsgrundlage und Straftat", "Unterschrift"),
        "jit_title": "Gemeinsame Ermittlungsgruppe — operativer Aktionsplan (Auszug)",
        "jit_cols": ("Nr.", "Maßnahme", "Ziel", "Federführung", "Frist"),
        "jit_actions": ("Herausgabeanordnung an den Anbieter", "Sicherung des Kontos", "Analyse der Wallet",
                        "Kontosperrung"),
        "sides": ("deutsche Seite", "Partnerseite"),
        "footer": "Diese E-Mail ist vertraulich und ausschließlich für den Adressaten bestimmt.",
        "for_title": "Gutachten zur IT-forensischen Untersuchung (Auszug)",
        "for": ("Asservat", "Hashwert", "Werkzeug", "Befunde", "Datei"),
        "tr_title": "Beglaubigte Übersetzung aus dem Türkischen", "tr_note": "Anm. d. Übers.", "tr_orig": "im Original",
        "tr_cert": "Ich, die unterzeichnende öffentlich bestellte Übersetzerin, bestätige die Richtigkeit und Vollständigkeit dieser Übersetzung.",
        "cdr_title": "Verbindungsdaten (CDR)",
        "cdr_cols": ("Zeit", "Anrufer", "Angerufener", "Dauer", "Zelle"),
        "data_title": "Datensitzungen",
    },
    "ru": {
        "user": "имя пользователя", "email": "электронная почта", "phone": "телефон", "ip": "IP-адрес",
        "url": "веб-адрес", "domain": "домен", "wallet": "криптокошелёк", "iban": "счёт (IBAN)",
        "onion": "скрытый сервис", "date": "дата", "case": "уголовное дело №", "yourref": "Ваш номер",
        "basis": "правовое основание", "subject": "Тема", "to": "Кому", "from": "От",
        "req": "Просим предоставить регистрационные данные и журналы входов по следующим идентификаторам:",
        "preserve": "Просим сохранить данные до получения официального запроса.",
        "offence": "мошенничество в сфере компьютерной информации",
        "sign": "Следователь", "greet": "Уважаемые коллеги!", "regards": "С уважением,",
        "fn_law": "Запрос основан на национальном законодательстве{fn1} и международном праве{fn2}.",
        "cert_title": "ПОСТАНОВЛЕНИЕ О ПРЕДОСТАВЛЕНИИ ДАННЫХ",
        "section": "Раздел",
        "secs": ("Орган, вынесший постановление", "Адресат (провайдер)", "Запрашиваемые данные", "Период",
                 "Правовое основание и преступление", "Подпись"),
        "jit_title": "Совместная следственная группа — оперативный план действий (выписка)",
        "jit_cols": ("№", "Мероприятие", "Объект", "Ответственный", "Срок"),
        "jit_actions": ("запрос данных у провайдера", "сохранение аккаунта", "анализ кошелька",
                        "арест банковского счёта"),
        "sides": ("российская сторона", "партнёрская сторона"),
        "footer": "Настоящее сообщение конфиденциально и предназначено только для адресата.",
        "for_title": "Заключение компьютерно-технической экспертизы (выписка)",
        "for": ("Вещественное доказательство", "Хеш", "Программа", "Результаты", "Файл"),
        "tr_title": "Перевод с армянского языка", "tr_note": "Прим. переводчика", "tr_orig": "в оригинале",
        "tr_cert": "Я, нижеподписавшийся переводчик, удостоверяю верность настоящего перевода оригиналу.",
        "cdr_title": "Детализация соединений (CDR)",
        "cdr_cols": ("Время", "Вызывающий", "Вызываемый", "Длительность", "Сота"),
        "data_title": "Сессии передачи данных",
    },
    "ar": {
        "user": "اسم المستخدم", "email": "البريد الإلكتروني", "phone": "الهاتف", "ip": "عنوان IP",
        "url": "الرابط", "domain": "النطاق", "wallet": "محفظة العملات المشفرة", "iban": "الحساب (IBAN)",
        "onion": "الخدمة المخفية", "date": "التاريخ", "case": "القضية رقم", "yourref": "مرجعكم",
        "basis": "الأساس القانوني", "subject": "الموضوع", "to": "إلى", "from": "من",
        "req": "نرجو تزويدنا ببيانات المشترك وسجلات الدخول الخاصة بالمعرّفات التالية:",
        "preserve": "نرجو حفظ البيانات لحين ورود الطلب الرسمي.",
        "offence": "الاحتيال باستخدام نظام معلوماتي",
        "sign": "رئيس النيابة", "greet": "الزملاء الأعزاء،", "regards": "مع خالص التحية،",
        "fn_law": "يستند هذا الطلب إلى القانون الوطني{fn1} والقانون الدولي{fn2}.",
        "cert_title": "أمر تقديم البيانات",
        "section": "القسم",
        "secs": ("الجهة المصدرة", "المرسل إليه (مزوّد الخدمة)", "البيانات المطلوبة", "الفترة",
                 "الأساس القانوني والجريمة", "التوقيع"),
        "jit_title": "فريق التحقيق المشترك — خطة العمل التشغيلية (مقتطف)",
        "jit_cols": ("م", "الإجراء", "الهدف", "المسؤول", "الموعد"),
        "jit_actions": ("طلب بيانات من مزوّد الخدمة", "حفظ الحساب", "تحليل المحفظة", "تجميد الحساب المصرفي"),
        "sides": ("الجانب المصري", "الجانب الشريك"),
        "footer": "هذه الرسالة سرية وموجهة إلى المرسل إليه فقط.",
        "for_title": "تقرير الفحص الفني للأدلة الرقمية (مقتطف)",
        "for": ("الحرز", "البصمة", "الأداة", "النتائج", "الملف"),
        "tr_title": "ترجمة معتمدة من الفرنسية", "tr_note": "ملاحظة المترجم", "tr_orig": "في الأصل",
        "tr_cert": "أشهد أنا المترجم المحلف الموقع أدناه بأن هذه الترجمة مطابقة للأصل.",
        "cdr_title": "سجل المكالمات التفصيلي (CDR)",
        "cdr_cols": ("الوقت", "المتصل", "المتصل به", "المدة", "الخلية"),
        "data_title": "جلسات البيانات",
    },
    "zh": {
        "user": "用户名", "email": "电子邮箱", "phone": "电话", "ip": "IP地址", "url": "网址", "domain": "域名",
        "wallet": "加密货币钱包", "iban": "账户（IBAN）", "onion": "暗网服务", "date": "日期", "case": "案件编号",
        "yourref": "贵方编号", "basis": "法律依据", "subject": "事由", "to": "致", "from": "发件人",
        "req": "请提供下列标识符的注册信息和登录日志：",
        "preserve": "请在正式请求到达前保全上述数据。",
        "offence": "利用计算机系统实施的诈骗",
        "sign": "承办民警", "greet": "各位同事：", "regards": "此致敬礼",
        "fn_law": "本请求依据国内法{fn1}及国际法{fn2}提出。",
        "cert_title": "调取电子数据通知书",
        "section": "第",
        "secs": ("签发机关", "接收方（服务提供者）", "调取的数据", "期间", "法律依据及涉嫌罪名", "签名"),
        "jit_title": "联合侦查组——行动计划（摘录）",
        "jit_cols": ("序号", "措施", "对象", "负责方", "期限"),
        "jit_actions": ("向服务商调取数据", "保全账户", "钱包分析", "冻结银行账户"),
        "sides": ("中方", "合作方"),
        "footer": "本邮件内容保密，仅供收件人使用。",
        "for_title": "电子数据司法鉴定意见书（摘录）",
        "for": ("检材", "哈希值", "工具", "鉴定发现", "文件"),
        "tr_title": "英文翻译件（经认证）", "tr_note": "译者注", "tr_orig": "原文为",
        "tr_cert": "本人为下列签名的宣誓译员，兹证明本译文与原文相符。",
        "cdr_title": "通话详单（CDR）",
        "cdr_cols": ("时间", "主叫", "被叫", "时长", "基站"),
        "data_title": "数据会话",
    },
    "tr": {
        "user": "kullanıcı adı", "email": "e-posta", "phone": "telefon", "ip": "IP adresi", "url": "internet adresi",
        "domain": "alan adı", "wallet": "kripto cüzdanı", "iban": "hesap (IBAN)", "onion": "gizli servis",
        "date": "tarih", "case": "Soruşturma No", "yourref": "Sayınız", "basis": "hukuki dayanak",
        "subject": "Konu", "to": "Kime", "from": "Kimden",
        "req": "Aşağıdaki tanımlayıcılara ait abone bilgileri ile giriş kayıtlarının tarafımıza iletilmesini rica ederiz:",
        "preserve": "Resmî talep ulaşıncaya kadar verilerin muhafaza edilmesini rica ederiz.",
        "offence": "bilişim sistemlerinin araç olarak kullanılması suretiyle dolandırıcılık",
        "sign": "Cumhuriyet Savcısı", "greet": "Değerli meslektaşlarımız,", "regards": "Saygılarımızla,",
        "fn_law": "Bu talep ulusal mevzuata{fn1} ve uluslararası hukuka{fn2} dayanmaktadır.",
        "cert_title": "VERİ TESLİM EMRİ (Siber Suç Sözleşmesi İkinci Ek Protokolü)",
        "section": "Bölüm",
        "secs": ("Düzenleyen makam", "Muhatap (hizmet sağlayıcı)", "İstenen veriler", "Dönem",
                 "Hukuki dayanak ve suç", "İmza"),
        "jit_title": "Ortak Soruşturma Ekibi — operasyonel eylem planı (özet)",
        "jit_cols": ("No", "Eylem", "Hedef", "Sorumlu", "Süre"),
        "jit_actions": ("hizmet sağlayıcıdan veri talebi", "hesabın muhafazası", "cüzdan analizi",
                        "banka hesabına bloke"),
        "sides": ("Türk tarafı", "ortak taraf"),
        "footer": "Bu e-posta gizlidir ve yalnızca alıcısına yöneliktir.",
        "for_title": "Bilirkişi bilişim inceleme raporu (özet)",
        "for": ("Delil", "Özet değeri", "Araç", "Bulgular", "Dosya"),
        "tr_title": "Almancadan yeminli tercüme", "tr_note": "Çevirmenin notu", "tr_orig": "asıl metinde",
        "tr_cert": "Ben, aşağıda imzası bulunan yeminli tercüman, bu tercümenin aslına uygun olduğunu onaylarım.",
        "cdr_title": "Ayrıntılı arama kayıtları (CDR)",
        "cdr_cols": ("Saat", "Arayan", "Aranan", "Süre", "Baz"),
        "data_title": "Veri oturumları",
    },
}  # fmt: skip

# The language each one's certified translation is made from (that country's letter, its region).
PAIRS = {"ka": "en", "hy": "ru", "mk": "de", "sq": "en", "is": "en", "ca": "fr", "fr": "es", "en": "zh",
         "es": "ca", "de": "tr", "ru": "hy", "ar": "fr", "zh": "en", "tr": "de"}  # fmt: skip

# --- months, weekdays, quotes, handles, hosts -------------------------------------------------------
MONTHS: dict[str, tuple[str, ...]] = {
    "ka": ("იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო", "სექტემბერი",
           "ოქტომბერი", "ნოემბერი", "დეკემბერი"),
    "hy": ("հունվար", "փետրվար", "մարտ", "ապրիլ", "մայիս", "հունիս", "հուլիս", "օգոստոս", "սեպտեմբեր",
           "հոկտեմբեր", "նոյեմբեր", "դեկտեմբեր"),
    "mk": ("јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември", "октомври",
           "ноември", "декември"),
    "sq": ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor",
           "nëntor", "dhjetor"),
    "is": ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
           "nóvember", "desember"),
    "ca": ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre",
           "novembre", "desembre"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"),
    "tr": ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"),
}  # fmt: skip
# Inflected forms a letter uses: Georgian dative ("on the 12th of March"), Armenian genitive,
# Austrian January, English e-mail header abbreviations.
MONTHS_ALT: dict[str, tuple[str, ...]] = {
    "ka": ("იანვარს", "თებერვალს", "მარტს", "აპრილს", "მაისს", "ივნისს", "ივლისს", "აგვისტოს", "სექტემბერს",
           "ოქტომბერს", "ნოემბერს", "დეკემბერს"),
    "hy": ("հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի", "սեպտեմբերի",
           "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"),
    "de": ("Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}  # fmt: skip
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "ka": ("ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი", "კვირა"),
    "hy": ("երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի", "ուրբաթ", "շաբաթ", "կիրակի"),
    "mk": ("понеделник", "вторник", "среда", "четврток", "петок", "сабота", "недела"),
    "sq": ("e hënë", "e martë", "e mërkurë", "e enjte", "e premte", "e shtunë", "e diel"),
    # Icelandic: the accusative a letter writes before a date ("mánudaginn 3. mars").
    "is": ("mánudaginn", "þriðjudaginn", "miðvikudaginn", "fimmtudaginn", "föstudaginn", "laugardaginn",
           "sunnudaginn"),
    "ca": ("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    "zh": ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
    "tr": ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"),
}  # fmt: skip
QUOTES = {"ka": ("„", "“"), "hy": ("«", "»"), "mk": ("„", "“"), "sq": ("„", "“"), "is": ("„", "“"),
          "ca": ("«", "»"), "fr": ("« ", " »"), "en": ("“", "”"), "es": ("«", "»"), "de": ("„", "“"),
          "ru": ("«", "»"), "ar": ("«", "»"), "zh": ("「", "」"), "tr": ("“", "”")}  # fmt: skip

HANDLES = {
    "ka": ("gela_tbs", "tetri.mgeli", "lomi_77", "ნიკა_გამარჯვება", "თეთრი_მგელი", "batumi.boy"),
    "hy": ("artsiv_23", "aram.yvn", "արծիվ_23", "նարեկ_մեծ", "gyumri_fox"),
    "mk": ("sivorel_mk", "vardar.89", "волк_12", "сив_орел", "ohrid_pastrmka"),
    "sq": ("shqiponja_7", "ujku.i.zi", "besa.tr", "dardan_pr", "çelësi_07", "dritë_ë"),
    "is": ("snaefugl_88", "lundi.reykur", "snæfugl_88", "hrafn_þór", "geysir.bot"),
    "ca": ("gat_negre", "l.estel", "canigó_99", "pinyol.bcn", "andorra_nit"),
    "fr": ("loup_gris75", "mistral.nuit", "é_toile", "renard_rouge"),
    "en": ("night_owl_uk", "greyfox88", "thames.runner", "kestrel_77"),
    "es": ("lobo_gris", "sombra.mad", "niño_oscuro", "halcon_23"),
    "de": ("nachtfalke_88", "schattenwolf", "größer_fuchs", "elbe.kater"),
    "ru": ("seryi_volk", "moskva.night", "тёмный_лис", "волна_77"),
    "ar": ("saqr_cairo", "nile.fox", "صقر_النيل", "ذئب_77"),
    "zh": ("yeying_88", "hudie.sh", "夜莺_88", "蓝鲸王"),
    "tr": ("karakurt_34", "gece.kusu", "bozkurt_çakır", "şahin.ist"),
}  # fmt: skip
SLUGS = {
    "ka": ("tbilisi-pay", "geo-bonus", "batumi-bet", "sakartvelo-post"),
    "hy": ("yerevan-pay", "arm-prize", "ararat-loan", "hayk-shop"),
    "mk": ("skopje-pay", "mk-bonus", "ohrid-post", "vardar-loan"),
    "sq": ("tirana-pay", "al-bonus", "prishtina-post", "dardania-loan"),
    "is": ("reykjavik-pay", "is-bonus", "posturinn-verify", "landsbanki-secure"),
    "ca": ("bcn-pagament", "andorra-premi", "correus-verify", "girona-loan"),
    "fr": ("colis-suivi", "impots-remb", "ameli-verif", "lyon-pay"),
    "en": ("parcel-track", "hmrc-refund", "bank-secure", "london-pay"),
    "es": ("paquete-envio", "agencia-devol", "banco-verif", "madrid-pay"),
    "de": ("paket-status", "sparkasse-check", "elster-erstattung", "berlin-pay"),
    "ru": ("gosuslugi-check", "pochta-track", "bank-bonus", "moskva-pay"),
    "ar": ("cairo-pay", "nile-prize", "egypost-track", "masr-loan"),
    "zh": ("kuaidi-cha", "shanghai-pay", "bank-verify", "youhui-hb"),
    "tr": ("kargo-takip", "edevlet-iade", "banka-onay", "istanbul-pay"),
}  # fmt: skip
IDN = {"ka": ("მაღაზია", "ბანკი"), "hy": ("խանութ", "բանկ"), "mk": ("дуќан", "банка"), "sq": ("çelësi", "dyqanë"),
       "is": ("búð", "verslun-ó"), "ca": ("plaça", "botigueta-ç"), "fr": ("crédit-bon", "boutique-é"),
       "en": ("café-uk", "naïve-shop"), "es": ("señal", "compañía"), "de": ("bäckerei", "grüße-shop"),
       "ru": ("магазин", "почта-онлайн"), "ar": ("متجر", "بنك"), "zh": ("商店", "银行"),
       "tr": ("çarşı", "ödeme")}  # fmt: skip
LOCALS = {"ka": ("nino.beridze", "giorgi77", "ნინო", "გიორგი.ბ"), "hy": ("ani.petrosyan", "aram91", "անի", "արամ.պ"),
          "mk": ("marija.petrovska", "goce85", "марија", "гоце.п"), "sq": ("arben.hoxha", "drita92", "dritë", "besë.k"),
          "is": ("jon.jonsson", "gudrun88", "jón", "guðrún.b"), "ca": ("jordi.puig", "montse77", "jòrdi", "núria.f"),
          "fr": ("jean.martin", "claire75", "zoé", "hélène.d"), "en": ("j.smith", "sarah.k88", "zoë", "renée"),
          "es": ("maria.lopez", "jgarcia", "maría", "íñigo"), "de": ("m.mueller", "anna.schmidt", "jürgen", "grüße"),
          "ru": ("ivan.petrov", "olga85", "иван", "ольга.п"), "ar": ("ahmed.hassan", "mona90", "أحمد", "منى.ح"),
          "zh": ("wang.lei", "lihua88", "王磊", "李华"), "tr": ("mehmet.yilmaz", "ayse34", "ayşe", "çağrı")}  # fmt: skip
NAMES = {"ka": "ნინო ბერიძე", "hy": "Անի Պետրոսյան", "mk": "Марија Петровска", "sq": "Arben Hoxha",
         "is": "Jón Jónsson", "ca": "Jordi Puig i Serra", "fr": "Jean Dupont", "en": "John Doe",
         "es": "Fulano de Tal", "de": "Max Mustermann", "ru": "Иван Иванов", "ar": "فلان الفلاني",
         "zh": "张三", "tr": "Ahmet Yılmaz"}  # fmt: skip

# --- regions: authority, city, phones, IBAN country, codes, case numbers ---------------------------
# phones: (national significant number prefix, its length); the generator fills the rest and keeps
# only numbers phonenumbers holds valid for that region. Fiction ranges where a regulator has them
# (Ofcom drama numbers, ARCEP 01 99 00, the Berlin 030 23125 block).
REGIONS: dict[str, dict[str, Any]] = {
    "GE": {"lang": "ka", "auth": "საქართველოს შინაგან საქმეთა სამინისტრო, კიბერდანაშაულთან ბრძოლის სამმართველო",
           "city": "თბილისი", "phones": (("555", 9), ("599", 9), ("322", 9)), "iban": "GE",
           "legal": ("საქართველოს სისხლის სამართლის საპროცესო კოდექსის 136-ე მუხლი",
                     "სისხლის სამართლის საპროცესო კოდექსის 112-ე მუხლის",
                     "საქართველოს სისხლის სამართლის კოდექსის 284-ე მუხლით",
                     "სისხლის სამართლის კოდექსის 180-ე მუხლის",
                     "კიბერდანაშაულის შესახებ კონვენციის მე-18 მუხლი")},
    "AM": {"lang": "hy", "auth": "ՀՀ քննչական կոմիտե, Երևան քաղաքի քննչական վարչություն", "city": "Երևան",
           "phones": (("91", 8), ("99", 8), ("10", 8)), "iban": "GE",
           "legal": ("ՀՀ քրեական դատավարության օրենսգրքի 241-րդ հոդվածի",
                     "Քրեական դատավարության օրենսգրքի 232-րդ հոդված",
                     "ՀՀ քրեական օրենսգրքի 407-րդ հոդվածով", "Քրեական օրենսգրքի 253-րդ հոդվածի",
                     "Կիբեռհանցագործության մասին կոնվենցիայի 18-րդ հոդված")},
    "MK": {"lang": "mk", "auth": "Основно јавно обвинителство Скопје", "city": "Скопје",
           "phones": (("70", 8), ("78", 8), ("2", 8)), "iban": "MK",
           "legal": ("член 184 од Законот за кривичната постапка", "член 251 од Кривичниот законик",
                     "членот 184 став 1 од Законот за кривичната постапка", "член 247 од Кривичниот законик",
                     "член 18 од Конвенцијата за компјутерски криминал")},
    "AL": {"lang": "sq", "auth": "Prokuroria pranë Gjykatës së Shkallës së Parë Tiranë", "city": "Tiranë",
           "phones": (("67", 9), ("69", 9), ("42", 8)), "iban": "AL",
           "legal": ("neni 191/a i Kodit të Procedurës Penale", "nenit 221 të Kodit të Procedurës Penale",
                     "neni 143/b i Kodit Penal", "nenit 192/b të Kodit Penal",
                     "neni 18 i Konventës për Krimin Kibernetik")},
    "XK": {"lang": "sq", "auth": "Prokuroria Themelore në Prishtinë, Departamenti i Përgjithshëm", "city": "Prishtinë",
           "phones": (("44", 8), ("49", 8)), "iban": "XK",
           "legal": ("neni 88 i Kodit të Procedurës Penale të Kosovës", "nenit 335 të Kodit Penal të Kosovës",
                     "nenin 91 të Kodit të Procedurës Penale")},
    "IS": {"lang": "is", "auth": "Lögreglustjórinn á höfuðborgarsvæðinu, tölvurannsóknadeild", "city": "Reykjavík",
           "phones": (("6", 7), ("7", 7), ("8", 7), ("5", 7)), "iban": "IS",
           "legal": ("80. gr. laga um meðferð sakamála nr. 88/2008", "lög um meðferð sakamála nr. 88/2008",
                     "68. gr. laga nr. 88/2008", "248. gr. almennra hegningarlaga nr. 19/1940",
                     "228. gr. almennra hegningarlaga", "18. gr. samnings Evrópuráðsins um tölvubrot")},
    "AD": {"lang": "ca", "auth": "Ministeri Fiscal del Principat d'Andorra", "city": "Andorra la Vella",
           "phones": (("3", 6), ("6", 6), ("8", 6)), "iban": "AD",
           "legal": ("article 87 del Codi de procediment penal", "article 209 del Codi penal",
                     "article 18 del Conveni sobre la ciberdelinqüència")},
    "ES-CT": {"lang": "ca", "auth": "Fiscalia Provincial de Barcelona, Secció de Criminalitat Informàtica",
              "city": "Barcelona", "phones": (("6", 9), ("93", 9)), "iban": "ES", "phone_region": "ES",
              "cert_title": "CERTIFICAT D'ORDRE EUROPEA DE PRODUCCIÓ (EPOC)",
              "legal": ("article 588 ter j de la Llei d'enjudiciament criminal", "article 248 del Codi penal",
                        "article 197 bis del Codi penal", "article 5 del Reglament (UE) 2023/1543")},
    "FR": {"lang": "fr", "auth": "Parquet de Paris, section J3 (cybercriminalité)", "city": "Paris",
           "phones": (("19900", 9),), "iban": "FR",
           "legal": ("article 60-1 du code de procédure pénale", "article 323-1 du code pénal",
                     "article 313-1 du code pénal", "article 5 du règlement (UE) 2023/1543",
                     "article 18 de la Convention sur la cybercriminalité")},
    "GB": {"lang": "en", "auth": "National Crime Agency, National Cyber Crime Unit", "city": "London",
           "phones": (("2079460", 10), ("1134960", 10), ("1614960", 10)), "iban": "GB",
           "legal": ("section 61 of the Investigatory Powers Act 2016", "section 1 of the Computer Misuse Act 1990",
                     "section 7 of the Crime (International Co-operation) Act 2003",
                     "Article 18 of the Budapest Convention")},
    "ES": {"lang": "es", "auth": "Fiscalía Provincial de Madrid, Sección de Criminalidad Informática",
           "city": "Madrid", "phones": (("6", 9), ("91", 9)), "iban": "ES",
           "legal": ("artículo 588 ter j de la Ley de Enjuiciamiento Criminal", "artículo 248 del Código Penal",
                     "artículo 197 bis del Código Penal", "artículo 5 del Reglamento (UE) 2023/1543")},
    "DE": {"lang": "de", "auth": "Generalstaatsanwaltschaft Frankfurt am Main, ZIT", "city": "Frankfurt am Main",
           "phones": (("3023125", 10),), "iban": "DE",
           "legal": ("§ 100j StPO", "§ 100k Abs. 1 StPO", "§ 263a StGB", "§ 202a StGB",
                     "Art. 5 der Verordnung (EU) 2023/1543")},
    "AT": {"lang": "de", "auth": "Staatsanwaltschaft Wien", "city": "Wien", "phones": (("664", 10), ("1", 9)),
           "iban": "AT", "legal": ("§ 76a StPO", "§ 135 Abs. 2 StPO", "§ 148a StGB", "§ 118a StGB")},
    "RU": {"lang": "ru", "auth": "ГУ МВД России по г. Москве, Управление «К»", "city": "Москва",
           "phones": (("9", 10), ("495", 10)), "iban": None,
           "legal": ("статьи 186.1 УПК РФ", "ст. 453 УПК РФ", "ст. 159.6 УК РФ", "статьи 272 УК РФ")},
    "EG": {"lang": "ar", "auth": "النيابة العامة — إدارة التعاون الدولي", "city": "القاهرة",
           "phones": (("10", 10), ("11", 10), ("2", 9)), "iban": "EG",
           "legal": ("المادة 6 من قانون مكافحة جرائم تقنية المعلومات رقم 175 لسنة 2018",
                     "المادة 2 من القانون رقم 175 لسنة 2018", "المادة 206 مكرر من قانون الإجراءات الجنائية",
                     "المادة 336 من قانون العقوبات")},
    "CN": {"lang": "zh", "auth": "上海市公安局网络安全保卫总队", "city": "上海", "phones": (("13", 11), ("21", 10)),
           "iban": None,
           "legal": ("《中华人民共和国刑事诉讼法》第54条", "《中华人民共和国刑法》第287条之一", "《刑法》第266条",
                     "《中华人民共和国国际刑事司法协助法》第25条")},
    "TR": {"lang": "tr", "auth": "İstanbul Cumhuriyet Başsavcılığı, Bilişim Suçları Bürosu", "city": "İstanbul",
           "phones": (("53", 10), ("212", 10)), "iban": "TR",
           "legal": ("5271 sayılı Ceza Muhakemesi Kanunu'nun 134. maddesi", "CMK'nın 332. maddesi",
                     "5237 sayılı Türk Ceza Kanunu'nun 158. maddesi", "TCK'nın 243. maddesi",
                     "Siber Suç Sözleşmesi'nin 18. maddesi")},
}  # fmt: skip
LANGUAGE_REGIONS = {"ka": ("GE",), "hy": ("AM",), "mk": ("MK",), "sq": ("AL", "XK"), "is": ("IS",),
                    "ca": ("AD", "ES-CT"), "fr": ("FR",), "en": ("GB",), "es": ("ES",), "de": ("DE", "AT"),
                    "ru": ("RU",), "ar": ("EG",), "zh": ("CN",), "tr": ("TR",)}  # fmt: skip
NEW = ("ka", "hy", "mk", "sq", "is", "ca")
# A foreign IBAN where the country has none (Armenia, Russia and China: an account abroad).
FOREIGN_IBAN = {"AM": ("GE", "DE"), "RU": ("AE", "TR"), "CN": ("GB", "LU")}


def _d(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def case_number(rng: random.Random, region: str, year: int) -> tuple[str, str]:
    """A case number of the country: (its label word, left outside the label; the labelled number)."""
    y2, y4 = f"{year % 100:02d}", str(year)
    n = rng.randint(12, 9876)
    shapes: dict[str, list[Callable[[], tuple[str, str]]]] = {
        # Georgian criminal case numbers (12 digits) and Tbilisi City Court numbers.
        "GE": [lambda: ("სისხლის სამართლის საქმე №", f"0{_d(rng, 2)}{y2}{_d(rng, 4)}{_d(rng, 3)}"),
               lambda: ("საქმე №", f"1/{n}-{y2}")],
        # Armenian proceedings (8 digits) and Yerevan first-instance court numbers.
        "AM": [lambda: ("վարույթ №", f"{rng.choice('1256')}{_d(rng, 7)}"),
               lambda: ("գործ №", f"ԵԴ/{n:04d}/01/{y2}")],
        # Macedonian prosecution (КО бр.) and court (К бр.) registers: the register letters and the
        # бр. between them and the number are inside.
        "MK": [lambda: ("", f"КО бр. {n}/{y2}"), lambda: ("", f"К бр. {n}/{y2}"),
               lambda: ("Предмет:", f"ПОК-{n}/{y2}")],
        "AL": [lambda: ("procedimi penal nr.", f"{n}/{y4}"), lambda: ("Nr.", f"{n}/{y4} Akti")],
        # Kosovo prosecution register PP/I. nr. and court PKR, the register inside.
        "XK": [lambda: ("", f"PP/I. nr. {n}/{y2}"), lambda: ("", f"PKR.nr. {n}/{y4}")],
        # Icelandic police (office-year-serial) and district court investigative rulings R-…, S-….
        "IS": [lambda: ("mál nr.", f"{rng.choice(('007', '008', '316'))}-{y4}-{rng.randint(1000, 99999):06d}"),
               lambda: ("", f"R-{n}/{y4}"), lambda: ("", f"S-{n}/{y4}")],
        "AD": [lambda: ("", f"DI-{n:04d}/{y4}"), lambda: ("causa núm.", f"{n}/{y4}")],
        "ES-CT": [lambda: ("", f"Diligències prèvies {n}/{y4}"), lambda: ("atestat núm.", f"{_d(rng, 6)}/{y2}")],
        "FR": [lambda: ("", f"{y2}{_d(rng, 9)}"), lambda: ("", f"JIRS {y4}/{n:04d}")],
        "GB": [lambda: ("URN", f"01{rng.choice(('YE', 'MP', 'WM'))}{_d(rng, 5)}{y2}"), lambda: ("", f"T{y4}{_d(rng, 4)}")],
        "ES": [lambda: ("", f"Diligencias Previas {n}/{y4}"), lambda: ("", f"{_d(rng, 5)}/{y2}")],
        "DE": [lambda: ("", f"{rng.randint(1, 99)} Js {n}/{y2}"), lambda: ("", f"{rng.randint(1, 40)} Gs {n}/{y2}")],
        "AT": [lambda: ("", f"{rng.randint(1, 99)} St {n}/{y2}"), lambda: ("", f"{rng.randint(1, 40)} HR {n}/{y2}")],
        "RU": [lambda: ("", f"1{y2}0145000{_d(rng, 7)}"), lambda: ("дело №", f"1-{n}/{y4}")],
        "EG": [lambda: ("", f"{n} لسنة {y4}"), lambda: ("", f"{n}/{y4}")],
        "CN": [lambda: ("", f"（{y4}）沪0115刑初{n}号"), lambda: ("", f"沪公（网）立字〔{y4}〕{n}号")],
        "TR": [lambda: ("", f"{y4}/{rng.randint(10000, 99999)} Soruşturma"), lambda: ("", f"{y4}/{n} Esas")],
    }  # fmt: skip
    return rng.choice(shapes[region])()


def write_date(language: str, day: dt.date, style: str, rng: random.Random) -> tuple[str, str, str]:
    """A date as the language writes it: (words before it, outside; the label; words after, outside).

    style: long (month name), num (numeric), wd (weekday and month name), alt (inflected form).
    """
    d, m, y = day.day, day.month, day.year
    months = MONTHS.get(language)
    wd = WEEKDAYS[language][day.weekday()]
    num = f"{d:02d}.{m:02d}.{y}"
    if language == "ka":
        return {
            "long": ("", f"{y} წლის {d} {months[m - 1]}", ""),
            "alt": ("", f"{y} წლის {d} {MONTHS_ALT['ka'][m - 1]}", ""),  # type: ignore[index]
            "num": ("", num, rng.choice(("", " წ."))),
            "wd": ("", f"{wd}, {d} {months[m - 1]} {y}", ""),
        }[style]  # type: ignore[index]
    if language == "hy":
        gen = MONTHS_ALT["hy"][m - 1]
        return {
            "long": ("", f"{d} {gen} {y}", " թ."),
            "alt": ("", f"{y} թվականի {gen} {d}", "-ին"),
            "num": ("", num, " թ."),
            "wd": ("", f"{wd}, {d} {gen} {y}", " թ."),
        }[style]
    if language == "mk":
        return {
            "long": ("", f"{d} {months[m - 1]} {y}", " година"),
            "alt": ("", f"{d}.{m}.{y}", " год."),  # type: ignore[index]
            "num": ("", num, rng.choice(("", " год."))),
            "wd": ("", f"{wd}, {d} {months[m - 1]} {y}", ""),
        }[style]  # type: ignore[index]
    if language == "sq":
        return {
            "long": ("", f"{d} {months[m - 1]} {y}", ""),
            "alt": ("më ", f"{d} {months[m - 1]} {y}", ""),  # type: ignore[index]
            "num": ("", num, ""),
            "wd": ("", f"{wd}, {d} {months[m - 1]} {y}", ""),
        }[style]  # type: ignore[index]
    if language == "is":
        return {
            "long": ("", f"{d}. {months[m - 1]} {y}", ""),
            "alt": ("þann ", f"{d}. {months[m - 1]} {y}", ""),  # type: ignore[index]
            "num": ("", rng.choice((num, f"{d}.{m}.{y}")), ""),
            "wd": ("", f"{wd} {d}. {months[m - 1]} {y}", ""),
        }[style]  # type: ignore[index]
    if language == "ca":
        name = months[m - 1]  # type: ignore[index]
        of = f"d'{name}" if name[0] in "aeiouàèéíòóú" else f"de {name}"
        return {
            "long": ("", f"{d} {of} de {y}", ""),
            "alt": ("", f"{d}-{m:02d}-{y}", ""),
            "num": ("", f"{d:02d}/{m:02d}/{y}", ""),
            "wd": ("", f"{wd}, {d} {of} de {y}", ""),
        }[style]
    if language == "fr":
        dd = "1er" if d == 1 else str(d)
        return {
            "long": ("le ", f"{dd} {months[m - 1]} {y}", ""),
            "alt": ("", f"{dd} {months[m - 1]} {y}", ""),  # type: ignore[index]
            "num": ("", f"{d:02d}/{m:02d}/{y}", ""),
            "wd": ("", f"{wd} {dd} {months[m - 1]} {y}", ""),
        }[style]  # type: ignore[index]
    if language == "en":
        return {
            "long": ("", f"{d} {months[m - 1]} {y}", ""),
            "alt": ("", f"{d} {MONTHS_ALT['en'][m - 1]} {y}", ""),  # type: ignore[index]
            "num": ("", f"{d:02d}/{m:02d}/{y}", ""),
            "wd": ("", f"{wd}, {d} {months[m - 1]} {y}", ""),
        }[style]  # type: ignore[index]
    if language == "es":
        return {
            "long": ("", f"{d} de {months[m - 1]} de {y}", ""),
            "alt": ("", f"{d}-{m:02d}-{y}", ""),  # type: ignore[index]
            "num": ("", f"{d:02d}/{m:02d}/{y}", ""),
            "wd": ("", f"{wd}, {d} de {months[m - 1]} de {y}", ""),
        }[style]  # type: ignore[index]
    if language == "de":
        return {
            "long": ("", f"{d}. {months[m - 1]} {y}", ""),
            "alt": ("", f"{d}. {MONTHS_ALT['de'][m - 1]} {y}", ""),  # type: ignore[index]
            "num": ("", num, ""),
            "wd": ("", f"{wd}, {d}. {months[m - 1]} {y}", ""),
        }[style]  # type: ignore[index]
    if language == "ru":
        return {
            "long": ("", f"{d} {months[m - 1]} {y}", " г."),
            "alt": ("", f"{d} {months[m - 1]} {y}", " года"),  # type: ignore[index]
            "num": ("", num, rng.choice(("", " г."))),
            "wd": ("", f"{wd}, {d} {months[m - 1]} {y}", " г."),
        }[style]  # type: ignore[index]
    if language == "ar":
        arabic = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
        return {
            "long": ("", f"{d} {months[m - 1]} {y}", ""),
            "alt": ("", f"{d} {months[m - 1]} {y}".translate(arabic), " م"),  # type: ignore[index]
            "num": ("", f"{d:02d}/{m:02d}/{y}", ""),
            "wd": ("", f"{wd} {d} {months[m - 1]} {y}", ""),
        }[style]  # type: ignore[index]
    if language == "zh":
        return {
            "long": ("", f"{y}年{m}月{d}日", ""),
            "alt": ("", f"{y}年{m:02d}月{d:02d}日", ""),
            "num": ("", f"{y}/{m:02d}/{d:02d}", ""),
            "wd": ("", f"{y}年{m}月{d}日", f"（{wd}）"),
        }[style]
    if language == "tr":
        return {
            "long": ("", f"{d} {months[m - 1]} {y}", ""),
            "alt": ("", f"{d}/{m:02d}/{y}", ""),  # type: ignore[index]
            "num": ("", num, ""),
            "wd": ("", f"{d} {months[m - 1]} {y}", f" {wd}"),
        }[style]  # type: ignore[index]
    raise ValueError(language)
