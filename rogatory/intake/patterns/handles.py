"""Words that name a user's handle, beside the ones the username pass already knows (data)."""

# Cue words after which a handle is written, quoted or bare: "going by the screen name x",
# "lo pseudonimo x", "l'utente «x»", "o perfil “x”", "conocido como “x”", "网名 x", "हैंडल x",
# "المعرّف x", "باسم مستعار “x”". Regular-expression fragments, matched case-insensitively;
# inflected languages by stem and ending ("pseudonimami", "perfiles", "perfis", "profilem").
# Source: the field labels of the platforms' own interfaces in each language (profile, screen
# name, user name, nickname) and of the Council of Europe T-CY subscriber-information request
# templates.
USERNAME_CUES: tuple[str, ...] = (
    r"screen[ ]names?", r"known as", r"going by", r"connu sous le nom de",
    r"pseudonim(?:o|i|y|u|em|ami|ach|ów|ul|ului|ele|elor)?", r"soprannome", r"nome utente",
    r"utente", r"perfi(?:l|les|s)", r"profi(?:l|le|les|ls|lu|lem|lach|lami|ly|lo|li|el|elen)",
    r"alcunha", r"conocido como", r"conhecido como", r"bekannt als",
    # Dutch, Polish, Czech, Slovak, Romanian, Turkish, Scandinavian, Ukrainian, Greek,
    # Indonesian, Vietnamese, Japanese, Korean.
    r"gebruikersna(?:am|men)", r"gebruiker", r"schuilna(?:am|men)", r"bijna(?:am|men)",
    r"accountnaam", r"nazw(?:a|ą|y|ie) użytkownika", r"użytkownik(?:a|iem|u)?",
    r"nick(?:iem|u|i|y|ów|name|names|namen)?", r"login(?:em|u|y)?",
    r"uživatelsk(?:é|ým) jmén(?:o|em)", r"přezdívk(?:a|u|ou|y)", r"používateľské meno",
    r"prezývk(?:a|u|ou)", r"nume(?:le)? de utilizator", r"utilizator(?:ul|ului)?",
    r"kullanıcı ad(?:ı|lı|ıyla|ını|ları|larını)", r"rumuz(?:u|lu|uyla)?",
    r"takma ad(?:ı|lı|ıyla|ları|larını)?", r"användarnamn(?:et)?", r"smeknamn(?:et)?",
    r"brugernavn(?:et)?", r"brukernavn(?:et)?", r"kaldenavn(?:et)?",
    r"ім['’ʼ]я користувача", r"псевдонім(?:ом|и|а|ами|у)?", r"нікнейм(?:ом|и|у)?",
    r"логін(?:ом|и|у)?", r"нік(?:ом|и|а|у|ами)?", r"benutzer(?:in|s)?", r"όνομα χρήστη", r"ψευδώνυμ(?:ο|α|ου)", r"nama pengguna",
    r"tên người dùng", r"biệt danh",
    r"المعرّف", r"المعرف", r"باسم مستعار", r"بالاسم المستعار", r"المستخدم", r"网名", r"用户名", r"用户", r"化名", r"ユーザー?名",
    r"ニックネーム", r"ハンドルネーム", r"アカウント名", r"사용자[ ]?(?:이름|명)", r"닉네임", r"아이디",
    r"हैंडल", r"हँडल", r"यूज़रनेम", r"यूजरनेम", r"वापरकर्ता[ ]नाव", r"वापरकर्ता",
    # Czech, Swedish, Greek, Serbian (both alphabets), Hebrew (with the article and the
    # preposition written against the noun), Persian, Urdu, Tamil, Thai, Hungarian, Malay,
    # Vietnamese; the verbs of "calling oneself" in French and Swedish.
    r"uživatel(?:e|em|i)?", r"användare(?:n)?", r"kallar sig", r"se faisant appeler",
    r"χρήστ(?:ης|η)", r"корисни(?:к|ка|ком)", r"корисничко име", r"надим(?:ак|ком|ка)",
    r"korisni(?:k|ka|kom)", r"korisničko ime", r"nadim(?:ak|kom|ka)", r"שם משתמש", r"משתמש",
    r"המשתמש", r"כינוי", r"בכינוי", r"הכינוי", r"نام کاربری", r"کاربر", r"نام مستعار",
    r"صارف نام", r"صارف", r"یوزر نیم", r"பயனர் பெயர்", r"பயனர்பெயர்", r"பயனர்",
    r"ชื่อผู้ใช้", r"บัญชีผู้ใช้", r"ผู้ใช้", r"นามแฝง", r"felhasználónév", r"felhasználó",
    r"becenév", r"pengguna", r"người dùng",
    # The fifth held-out set's languages (Bengali, Swahili, Finnish, Bulgarian) and forms of the
    # seen ones it showed: a login export's column headings ("usuário", "यूज़र", "ユーザー",
    # "사용자", "ইউজার", "mtumiaji", "käyttäjä", "потребител") and the subscriber record's
    # field ("ইউজারনেম", "Jina la mtumiaji", "Käyttäjätunnus", "Потребителско име").
    r"usuári(?:o|a)", r"यूज़र", r"यूजर", r"ユーザー", r"사용자", r"ইউজারনেম", r"ইউজার",
    r"ব্যবহারকারীর নাম", r"ব্যবহারকারী", r"jina la mtumiaji", r"mtumiaji", r"watumiaji",
    r"käyttäjätunnu(?:s|ksen|kset|ksella)", r"käyttäjänimi", r"käyttäjä(?:n|ä)?",
    r"nimimerk(?:ki|illä|in)", r"потребителско(?:то)? име", r"потребител(?:я|ят|и)?",
    r"псевдоним(?:а|ът)?", r"прякор", r"профил(?:а|ът|и|ите)?",
    # The seventh held-out set's languages: the user-name field in its cases (Estonian
    # "kasutajanime", Latvian "lietotājvārdu", Croatian "korisničkim imenom", Slovenian
    # "uporabniškim imenom", Azerbaijani "istifadəçi adı"), the keys a provider's INI or YAML
    # return writes without diacritics and joined by "_" ("kasutajanimi =", "korisnicko_ime =",
    # "uporabnisko_ime:", "istifadeci_adi:", "nome_utente =", "имя_пользователя =",
    # "اسم_المستخدم ="), French "pseudonyme", Russian "ник" in its cases and "имя
    # пользователя"; and the verbs of calling oneself a victim's statement uses ("som kalte
    # seg", "nimetas end", "sevi sauca", "se zvao", "se je imenoval", "calling themself", "se
    # faisait appeler", "se hacía llamar", "si faceva chiamare", "se chamava", "يسمي نفسه").
    r"kasutajanim(?:i|e|ega)", r"lietotājvārd(?:s|u|a|am)", r"lietotajvards",
    r"korisničk(?:im|og|om) imen(?:om|a)", r"korisnicko_ime", r"uporabnišk(?:o|im|ega) im(?:e|enom|ena)",
    r"uporabnisko_ime", r"istifadəçi adı", r"istifadeci_adi", r"nome_utente", r"pseudonyme",
    r"ник(?:ом|а|у)?", r"им(?:я|ени|енем)[ _]пользователя", r"اسم_المستخدم",
    r"kal(?:te|ler) seg", r"nimeta(?:s|b) end", r"sevi sauc(?:a|)", r"se (?:zvao|zvala|zove)",
    r"se je imenoval(?:a)?", r"calling (?:themself|themselves|himself|herself)",
    r"se faisait appeler", r"se hacía llamar", r"si faceva chiamare", r"se chamava",
    r"يسمي نفسه", r"تسمي نفسها", r"alias",
    # The eighth held-out set's languages: Georgian "მომხმარებლის სახელი" (user name), with
    # "ფსევდონიმი" (pseudonym), "მეტსახელი" (nickname) and "მომხმარებელი" (user) in their
    # cases (nominative -ი, genitive -ის, instrumental -ით, dative -ს, adverbial -ად);
    # Armenian "օգտանուն" (user name) and "օգտատեր" (user), "կեղծանուն" (pseudonym),
    # "մականուն" (nickname) with their articles and cases (-ը, -ով, -ի; "կեղծանվամբ");
    # Macedonian "корисничкото име", "псевдонимот", "прекар(от)"; Albanian "emri i
    # përdoruesit" (the user's name), "emër përdoruesi", "përdoruesi(t)", "nofka/nofkën"
    # (nickname), "pseudonimi(n)"; Icelandic "notandanafn" (user name) in its cases and with
    # its article ("notandanafnið", "notandanafninu", "notandanafns"), "notandi/notanda(nn)",
    # "dulnefni" (pseudonym), "gælunafn" (nickname); Catalan "nom d'usuari", "usuari(a)",
    # "pseudònim", "sobrenom", "àlies".
    r"მომხმარებლის[ ]სახელ(?:ი|ით|ად|ს|ის)", r"მომხმარებ(?:ელი|ლის|ლით|ელს)",
    r"ფსევდონიმ(?:ი|ით|ის|ად|ს)", r"მეტსახელ(?:ი|ით|ის|ად|ს)", r"ნიკნეიმ(?:ი|ით|ის|ს)",
    r"օգտանուն(?:ը|ով|ի|ն)?", r"օգտանվամբ", r"օգտատ(?:եր|իրոջ|երը)(?:[ ]անուն(?:ը|ով)?)?",
    r"կեղծանուն(?:ը|ով|ի|ն)?", r"կեղծանվամբ", r"մականուն(?:ը|ով|ի|ն)?", r"մականվամբ",
    r"корисничкото[ ]име", r"псевдонимот", r"прекар(?:от|и)?",
    r"emri[ ]i[ ]përdoruesit", r"emrin[ ]e[ ]përdoruesit", r"emër[ ]përdoruesi",
    r"emri[ ]i[ ]perdoruesit", r"përdorues(?:i|it|in)?", r"perdoruesi(?:t)?",
    r"nofk(?:a|ën|ës|en)", r"pseudonimin",
    r"notandanafn(?:ið|inu|sins|i|s)?", r"notand(?:i|a|ann|anum|ans)", r"dulnefn(?:i|ið|inu)",
    r"gælunafn(?:ið|inu|i)?",
    r"nom[ ]d['’]usuari", r"usuari(?:a|s)?", r"pseudònim(?:s)?", r"sobrenom", r"àlies",
    # The ninth held-out set's languages. Maltese "isem tal-utent" (user name), "utent" (user,
    # after its article "l-utent"), "psewdonimu" (pseudonym), "laqam" (nickname). Irish "ainm
    # úsáideora" (user name), "úsáideoir" (user, "an t-úsáideoir"), "leasainm" (nickname),
    # "ainm cleite" and "ainm bréige" (pen name, alias). Basque "erabiltzaile-izena" (user
    # name) with its cases ("erabiltzaile-izenarekin", with the user name), "ezizena" and
    # "goitizena" (nickname), "erabiltzailea" (the user). Galician "alcume" (nickname), "nome de
    # usuario". Belarusian "імя карыстальніка" (user name), "карыстальнік" (user) in its cases,
    # "мянушка" (nickname), "псеўданім", "лагін", "нік". Kazakh "пайдаланушы аты" (user name),
    # "пайдаланушы" (user), "лақап аты" (nickname), "бүркеншік аты" (pseudonym), "логин".
    # Portuguese and Galician write "pseudónimo" with an accent (European spelling).
    r"isem[ ]tal-utent", r"utent(?:i)?", r"psewdonim(?:u|i)", r"laqam",
    r"ainm[ ]úsáideora", r"ainmneacha[ ]úsáideora", r"úsáideoir(?:í)?", r"úsáideora",
    r"leasainm(?:neacha)?", r"ainm[ ]cleite", r"ainm[ ]bréige",
    r"erabiltzaile-izen(?:a|ak|arekin|aren)?", r"erabiltzaile[ ]izen(?:a|arekin)?",
    r"erabiltzailea", r"ezizen(?:a|arekin|ak)", r"goitizen(?:a|arekin)", r"izengoiti(?:a|arekin)",
    r"alcumes?", r"nome[ ]de[ ]usuari(?:o|a)", r"pseudónim(?:o|os|a|as)",
    r"імя[ ]карыстальніка", r"імем[ ]карыстальніка", r"карыстальні(?:к|ка|кам|ку)",
    r"мянушк(?:а|ай|у|і|ай)", r"псеўданім(?:ам|а|у|ы)?", r"лагін(?:ам|а|у|ы)?", r"нікам",
    r"пайдаланушы[ ]ат(?:ы|ымен|ын)", r"пайдаланушы", r"лақап[ ]ат(?:ы|ымен|пен)",
    r"бүркеншік[ ]ат(?:ы|ымен|пен)", r"логин(?:і|ін|мен)",
    # "the user x posted", "der Nutzer x kündigte an": a bare value after them needs a
    # handle's marks.
    r"user", r"nutzer(?:in|s)?",
    # The tenth held-out set's languages. Welsh "enw defnyddiwr" (user name), "defnyddiwr"
    # (user), "ffugenw" (pseudonym), "llysenw" (nickname), with their plurals. Luxembourgish
    # "Benotzernumm" (user name), "Benotzer" (user), "Spëtznumm" (nickname). Bosnian the
    # plural accusative and instrumental of "nadimak" ("koristili nadimke x i y"). Uzbek
    # "foydalanuvchi nomi" (user name), "foydalanuvchi" (user), "taxallus" (pseudonym),
    # "laqab" (nickname), in both alphabets. Mongolian "хэрэглэгчийн нэр" (user name) in its
    # cases, "хэрэглэгч" (user), "хоч" (nickname). Sinhala "පරිශීලක නාමය" (user name),
    # "පරිශීලක" (user), "අන්වර්ථ නාමය" (alias).
    r"enw(?:au)?[ ]defnyddiw?r", r"defnyddiwr", r"ffugenw(?:au)?", r"llysenw(?:au)?",
    r"benotzernumm(?:en)?", r"benotzer(?:in)?", r"spëtznumm(?:en)?",
    r"nadim(?:ke|cima|ci)",
    r"foydalanuvchi[ ]nomi(?:ni|da|dagi)?", r"foydalanuvchi(?:si|ning)?",
    r"taxallus(?:i|ini|lar|idan)?", r"laqab(?:i|ini)?", r"фойдаланувчи[ ]номи",
    r"фойдаланувчи", r"тахаллус(?:и|ини)?",
    r"хэрэглэгчийн[ ]нэр(?:ээр|ийг|тэй)?", r"хэрэглэгч(?:ийн)?", r"хоч(?:оор|ийг|той)?",
    r"පරිශීලක[ ]නාමය", r"පරිශීලක[ ]නාම", r"පරිශීලක", r"අන්වර්ථ[ ]නාමය",
)  # fmt: skip

# Words for an account: after them a bare value needs a letter and a handle mark, since bank
# accounts are accounts too ("konto 0123456789"). Source: as for USERNAME_CUES.
ACCOUNT_WORDS: tuple[str, ...] = (
    r"kont(?:o|a|em|u|cie)", r"účt(?:u|em)", r"účet", r"cont(?:ul|ului)?", r"hesab(?:ı|ın)",
    r"hesap", r"kontot", r"акаунт(?:а|ом|і|у)?", r"обліков(?:ий|ого|им) запис(?:у|ом)?",
    r"λογαριασμ(?:ός|ού|ό)", r"akun", r"tài khoản", r"アカウント", r"계정",
    # Plural and further forms in Czech, Swedish, Greek, Serbian, Hebrew, Urdu, Malay, Thai,
    # Hungarian ("Účty", "Kontona", "Οι λογαριασμοί", "Налози", "החשבונות", "اکاؤنٹس", "Akaun",
    # "บัญชี", "fiók").
    r"účty", r"kontona", r"konton", r"λογαριασμ(?:οί|ών|ούς)", r"налог(?:а|ом|у)?",
    r"налози", r"nalog(?:a|om|u)?", r"nalozi", r"החשבונות", r"החשבון", r"חשבונות", r"חשבון",
    r"והחשבונות", r"והחשבון",
    r"اکاؤنٹس", r"اکاؤنٹ", r"akaun", r"บัญชี", r"fiók(?:ok|ot|ja)?",
    # The fifth held-out set's: German and Ukrainian plurals ("den Konten", "облікових записів"),
    # Arabic and Hindi plurals ("الحسابات", "खातों"), Bengali, Swahili, Finnish ("tilin",
    # "tilien", "tiliä") and Bulgarian accounts.
    r"konten", r"обліков(?:их|і) запис(?:ів|и)", r"الحسابات", r"حسابات", r"खातों",
    r"অ্যাকাউন্ট", r"অ্যাকাউন্টগুলো", r"একাউন্ট", r"akaunti", r"til(?:i|in|it|ien|iä|ejä|ille)",
    r"акаунт(?:а|ът|и|ите)?", r"сметк(?:а|ата|и)",
    # The sixth held-out set's: Danish and Norwegian with the definite article ("kontoen x",
    # "kontoene"), Lithuanian "paskyra" in its cases ("dėl paskyros x"), Slovak "účtov".
    r"kontoen(?:s)?", r"kontoer(?:ne)?", r"kontoene", r"paskyr(?:a|os|ą|oje|ų|as)", r"účtov",
    # The seventh's Croatian and Slovenian "račun" (account, also a bank's) in its cases.
    r"račun(?:a|u|om)?",
    # The ninth's: Maltese "kont" ("id-data tal-kont x"), Irish "cuntas" with its genitive and
    # lenition ("sonraí an chuntais x"), Basque "kontua", Galician "conta", Belarusian "акаўнт"
    # and "уліковы запіс" in their cases, Kazakh "аккаунт" and "тіркелгі" (account).
    r"kont(?:i)?", r"c(?:h)?unta(?:s|is)", r"kontu(?:a|an)", r"акаўнт(?:а|ам|у|е|ы)?",
    r"уліков(?:ы|ага|ым|ыя) запіс(?:у|ам|ы)?", r"аккаунт(?:ы|ын|тың)", r"тіркелгі(?:сі|ні)?",
    # The tenth's: Welsh "cyfrif" (account; "ynghylch y cyfrif x"), Luxembourgish "Kont",
    # Uzbek "hisob" in its cases ("x hisobi", "hisobi boʻyicha"), "akkaunt", Mongolian
    # "аккаунт" and "бүртгэл" (account, record), Sinhala "ගිණුම" (account) in its cases.
    r"cyfrif(?:on)?", r"hisob(?:i|ini|ida)?", r"akkaunt(?:i|ini)?", r"аккаунт",
    r"бүртгэл(?:ийн)?", r"ගිණුම(?:ේ|ට|ෙන්)?",
)  # fmt: skip

# Words naming the target of an action in a joint investigation team's plan or a request's
# list ("Target: “x”", "Cible : « x »", "Objectiu: «x»", "ობიექტი: „x“"): after them and a
# colon, a quoted word that looks like a handle (a digit, "_", an inner "." or "-") and is no
# host is one; the other targets (addresses, hosts, numbers) are written bare. Source: the
# JIT model agreement's action plan (Council of the EU, 2017/C 18/01) in each language's
# wording for "target", "object" and "subject".
TARGET_CUES: tuple[str, ...] = (
    r"target", r"cible", r"objetivo", r"objectiu", r"obiettivo", r"ziel", r"objekt",
    r"objekti", r"objet", r"объект", r"цел", r"цель", r"الهدف", r"对象", r"目标", r"hedef",
    r"markmið", r"ობიექტი", r"სამიზნე", r"օբյեկտ", r"թիրախ", r"objective",
)  # fmt: skip

# Words for a handle written after it, in languages that put the noun or the postposition last:
# Hungarian "gulyas_77 felhasználónéven" ("under the user name"), "(x felhasználó)",
# "x / y fiókokat" ("the accounts"); Tamil "x / y கணக்குகள்" ("accounts"), "x என்ற பயனர்
# பெயரில்" ("by the user name called x"). Only values that look like handles (a digit, "_",
# or an inner "." or "-") are read before them. Source: as for USERNAME_CUES.
HANDLE_CUES_AFTER: tuple[str, ...] = (
    r"felhasználónéven", r"felhasználónév", r"felhasználó", r"fiókokat", r"fiókok", r"fiókot",
    r"fiókja", r"fiók", r"கணக்குகள்", r"கணக்கு", r"என்ற பயனர் பெயரில்",
    r"என்ற பெயரில்",
    # Turkish puts the account's name before the noun and its case ending: "kartal_34 hesabına
    # ilişkin" ("concerning the account kartal_34"), "x ve y hesapları".
    r"hesab(?:ı|ın|ına|ının|ında|ından)", r"hesapları(?:na|nın|nda)?",
    # Basque and Kazakh put the noun after the name, with its case: "x ezizena erabiltzen du"
    # (uses the nickname x), "x erabiltzaileak" (the user x, ergative), "x kontuaren datuak"
    # (the account x's data); "x лақап атын пайдаланады" (uses the nickname x), "x
    # аккаунтының деректері" (the account x's data), "x пайдаланушысы" (the user x).
    r"ezizen(?:a|arekin|ez|ak)", r"goitizen(?:a|arekin)", r"izengoiti(?:a|arekin)",
    r"erabiltzaile(?:ak|a|aren|ari|arekin)", r"erabiltzaile-izen(?:a|arekin)",
    r"kontu(?:aren|a|ko|ari)", r"лақап[ ]ат(?:ын|ы|пен|ымен)", r"бүркеншік[ ]ат(?:ын|ы|пен)",
    r"аккаунт(?:ының|ы|ына|ынан|тың)", r"пайдаланушы(?:сы|сының)",
)  # fmt: skip

# Words for a name after which only a quoted value without spaces is a handle: "uses the names
# “x” and “y”", "يستخدم الاسمين «x» و«y»" ("the two names"); a quoted value with spaces is a
# person's or a company's name. Source: as for USERNAME_CUES.
NAME_CUES: tuple[str, ...] = (
    r"names?", r"noms?", r"nombres?", r"nomes?", r"namen", r"nomi", r"nome", r"naam",
    r"nazw(?:ami|ą|y)", r"jmény", r"jménem", r"numele", r"имена(?:ми)?", r"именем",
    r"імена(?:ми)?", r"іменем", r"الاسمين", r"الاسمان", r"الأسماء", r"الاسماء", r"بأسماء",
    r"بالأسماء", r"بالاسم", r"名字", r"名称", r"名前", r"이름",
    # German "der sich „x“ nannte" (who called himself x): a quoted name after the pronoun.
    r"der sich", r"die sich",
)  # fmt: skip

# Words for names written after the quoted names they follow, in languages that put the noun
# last ("“x” और “y” नामों का उपयोग", "「x」というユーザー名", "'x'라는 닉네임", "“x” adlı hesap").
# Source: as for USERNAME_CUES.
NAME_CUES_AFTER: tuple[str, ...] = (
    r"नामों", r"नाम", r"नावे", r"नावाने", r"नावांनी", r"उपनामों", r"उपनाम",
    r"という(?:名前|ユーザー?名|アカウント|ハンドル|ニックネーム)",
    r"이라는[ ]?(?:닉네임|아이디|계정|이름)", r"라는[ ]?(?:닉네임|아이디|계정|이름)",
    r"adlı", r"isimli", r"kullanıcı adlı",
    # Bengali: "‘x’ অ্যাকাউন্টের তথ্য" (the account's data), "‘x’ ও ‘y’ অ্যাকাউন্টগুলোর".
    r"অ্যাকাউন্টের", r"অ্যাকাউন্টগুলোর", r"অ্যাকাউন্ট",
    # Azerbaijani, which puts the noun after the name: "“x” istifadəçi adlı hesab" (the account
    # with the user name x), "özünü “x” adlandıran" (calling oneself x), "“x” hesabı"; Japanese
    # "「x」と名乗る" (who gives the name x).
    r"istifadəçi ad(?:ı|lı)", r"adlandıran", r"hesabı", r"と名乗る",
)  # fmt: skip
