"""Legal references and case numbers the ninth held-out corpus found missing, as general rules:
Maltese ("artikolu 337C tal-Kodiċi Kriminali"), Irish ("alt 5 d'Acht … 2017", "Airteagal 18 de
Choinbhinsiún Budapest"), Basque (the code before the article: "Zigor Kodearen 197. artikulua"),
Belarusian and Kazakh ("Қылмыстық-процестік кодексінің 232-бабы") statute citations, a Russian
article's part before it; the new languages' case labels and register words ("Inkjesta Nru.",
"Aurretiazko Eginbideak", "Dilixencias Previas"), numbers written before the word naming them
(Basque "zenbakiarekin", Kazakh "іс бойынша"), Italy's "Mod. 21 n. …" whole. Every example is
made up for these tests (exact type, value as written and span), negatives included."""

import pytest

from rogatory.intake.tests.extraction import found_with_spans, spans_in_order

_TYPES = ("legal_reference", "case_reference")
L, C = "legal_reference", "case_reference"


@pytest.mark.parametrize(
    ("text", "language", "region", "expected"),
    [
        pytest.param(
            "Se tiġi eżegwita skont l-artikolu 337C tal-Kodiċi Kriminali u l-artikolu 18 "
            "tal-Konvenzjoni ta' Budapest.",
            "mt", "MT",
            [(L, "artikolu 337C tal-Kodiċi Kriminali"), (L, "artikolu 18 tal-Konvenzjoni ta' Budapest")],
            id="mt: code and convention, the glued article outside",
        ),
        pytest.param(
            "Skont l-artikolu 4(1)(a) tal-Att dwar il-Protezzjoni tad-Data (Kap. 586) u "
            "Artikolu 355AD tal-Kodiċi Kriminali, Kap. 9, jintalab",
            "mt", "MT",
            [
                (L, "artikolu 4(1)(a) tal-Att dwar il-Protezzjoni tad-Data (Kap. 586)"),
                (L, "Artikolu 355AD tal-Kodiċi Kriminali, Kap. 9"),
            ],
            id="mt: an act's title with its articles, the chapter of the Laws of Malta",
        ),
        pytest.param(
            "faoi alt 5 d'Acht um Cheartas Coiriúil (Cionta a Bhaineann le Córais Faisnéise) 2017 "
            "agus faoi Airteagal 18 de Choinbhinsiún Budapest.",
            "ga", "IE",
            [
                (L, "alt 5 d'Acht um Cheartas Coiriúil (Cionta a Bhaineann le Córais Faisnéise) 2017"),
                (L, "Airteagal 18 de Choinbhinsiún Budapest"),
            ],
            id="ga: an Act to its year, the convention",
        ),
        pytest.param(
            "de réir alt 75(1) den Acht um Cheartas Coiriúil (Cúnamh Frithpháirteach), 2008 agus "
            "Airteagal 29 den Choinbhinsiún ar Chibearchoireacht; ní",
            "ga", "IE",
            [
                (L, "alt 75(1) den Acht um Cheartas Coiriúil (Cúnamh Frithpháirteach), 2008"),
                (L, "Airteagal 29 den Choinbhinsiún ar Chibearchoireacht"),
            ],
            id="ga: 'den', a subsection, the year after a comma, a lenited title",
        ),
        pytest.param(
            "Prozedura Kriminalaren Legearen 588 ter j artikulua eta Zigor Kodearen 264. "
            "artikuluan betez gauzatuko da.",
            "eu", "ES",
            [
                (L, "Prozedura Kriminalaren Legearen 588 ter j artikulua"),
                (L, "Zigor Kodearen 264. artikuluan"),
            ],
            id="eu: the code before the article, a Latin ordinal and letter, the inessive",
        ),
        pytest.param(
            "Zigor Kodeko 197. artikuluak, ZKren 264. artikulua eta Ziberkrimenari buruzko "
            "Hitzarmenaren 29. artikulua ikusita",
            "eu", "ES",
            [
                (L, "Zigor Kodeko 197. artikuluak"),
                (L, "ZKren 264. artikulua"),
                (L, "Ziberkrimenari buruzko Hitzarmenaren 29. artikulua"),
            ],
            id="eu: the locative genitive, an abbreviation, a convention 'buruzko'",
        ),
        pytest.param(
            "паводле артыкула 210 Крымінальна-працэсуальнага кодэкса Рэспублікі Беларусь і "
            "арт. 349 КК.",
            "be", "BY",
            [
                (L, "артыкула 210 Крымінальна-працэсуальнага кодэкса Рэспублікі Беларусь"),
                (L, "арт. 349 КК"),
            ],
            id="be: a code with the state's name, an abbreviation",
        ),
        pytest.param(
            "паводле часткі 1 артыкула 349 Крымінальнага кодэкса і артыкулам 18 Канвенцыі аб "
            "кіберзлачыннасці ў",
            "be", "BY",
            [
                (L, "часткі 1 артыкула 349 Крымінальнага кодэкса"),
                (L, "артыкулам 18 Канвенцыі аб кіберзлачыннасці"),
            ],
            id="be: the part before the article, the convention in the instrumental",
        ),
        pytest.param(
            "Ол Қылмыстық-процестік кодексінің 232-бабы және Киберқылмыс туралы конвенцияның "
            "18-бабы негізінде; ҚПК-нің 199-бабы.",
            "kk", "KZ",
            [
                (L, "Қылмыстық-процестік кодексінің 232-бабы"),
                (L, "Киберқылмыс туралы конвенцияның 18-бабы"),
                (L, "ҚПК-нің 199-бабы"),
            ],
            id="kk: code, convention 'туралы', abbreviation; the sentence's 'Ол' outside",
        ),
        pytest.param(
            "Қазақстан Республикасының Қылмыстық кодексінің 190-бабының 2-бөлігі және ҚК-нің "
            "205-бабы бойынша",
            "kk", "KZ",
            [
                (L, "Қазақстан Республикасының Қылмыстық кодексінің 190-бабының 2-бөлігі"),
                (L, "ҚК-нің 205-бабы"),
            ],
            id="kk: the state's genitive, the article's part after it",
        ),
        pytest.param(
            "с учётом части 1 статьи 273 Уголовного кодекса Российской Федерации.",
            "ru", "RU",
            [(L, "части 1 статьи 273 Уголовного кодекса Российской Федерации")],
            id="ru: the part before the article",
        ),
        pytest.param(
            "L-alt tal-bini, 5 artikli fil-kaxxa; an t-alt 5 den chéad leathanach; "
            "Kodearen berria; 205 бап емес.",
            "mt", "MT",
            [],
            id="no statute: article words without a code or title",
        ),
    ],
)  # fmt: skip
def test_legal_references(
    text: str, language: str, region: str, expected: list[tuple[str, str]]
) -> None:
    assert found_with_spans(text, _TYPES, language, region) == spans_in_order(text, expected)


@pytest.mark.parametrize(
    ("text", "language", "region", "expected"),
    [
        pytest.param(
            "Ref. tagħna: Inkjesta Nru. 52/2024   Ref. tagħkom: Diligencias Previas 693/2024\n"
            "(ir-referenza tagħkom Sumario 55/2025), irreġistrata bin-numru Kumpilazzjoni Nru. "
            "77/2024.\n",
            "mt", "MT",
            [
                (C, "Inkjesta Nru. 52/2024"), (C, "Diligencias Previas 693/2024"),
                (C, "Sumario 55/2025"), (C, "Kumpilazzjoni Nru. 77/2024"),
            ],
            id="mt: our and your reference, register words inside",
        ),
        pytest.param(
            "Il-każ jirreferi għall-Inkjesta Nru. 12/2025 u l-Appell Kriminali Nru. 98/2024.\n"
            "Referenza tal-Pulizija: CCU/2024/83803\n",
            "mt", "MT",
            [
                (C, "Inkjesta Nru. 12/2025"), (C, "Appell Kriminali Nru. 98/2024"),
                (C, "CCU/2024/83803"),
            ],
            id="mt: a register's number without a label, the police reference",
        ),
        pytest.param(
            "Ár dtag.: DUDP7156/2024   Bhur dtag.: 972265/2024\n2. Uimhir PULSE 98819003\n"
            "cláraíodh é faoin uimhir 90955642. Tagairt an Bhiúró: GNCCB/2025/6514\n",
            "ga", "IE",
            [
                (C, "DUDP7156/2024"), (C, "972265/2024"), (C, "98819003"), (C, "90955642"),
                (C, "GNCCB/2025/6514"),
            ],
            id="ga: our and your reference, PULSE, under the number, the Bureau's",
        ),
        pytest.param(
            "Gure erref.: 4804/2025   Zuen erref.: 52400963054714076\n(zuen erreferentzia "
            "50791723011962230); 1485/2025 zenbakiarekin erregistratu da. Atestatu zk.: "
            "677186/2024\nAurretiazko Eginbideak 700/2024 prozedurarako\n",
            "eu", "ES",
            [
                (C, "4804/2025"), (C, "52400963054714076"), (C, "50791723011962230"),
                (C, "1485/2025"), (C, "677186/2024"), (C, "Aurretiazko Eginbideak 700/2024"),
            ],
            id="eu: labels, the number before 'zenbakiarekin' and 'prozedurarako'",
        ),
        pytest.param(
            "rexistrada co número Sumario 62/2024; Procedemento n.º: Dilixencias Previas "
            "910/2024\nDilixencias Previas 123/2025 segue aberta.\n",
            "gl", "ES",
            [
                (C, "Sumario 62/2024"), (C, "Dilixencias Previas 910/2024"),
                (C, "Dilixencias Previas 123/2025"),
            ],
            id="gl: labels, the register's name inside",
        ),
        pytest.param(
            "(ваш нумар NCA-2025-67453); ён зарэгістраваны пад нумарам 1-943/2025. "
            "па справе 46299 (арт. 349 КК)\n",
            "be", "BY",
            [(C, "NCA-2025-67453"), (C, "1-943/2025"), (C, "46299"), (L, "арт. 349 КК")],
            id="be: your number, under the number, in the case",
        ),
        pytest.param(
            "Біздің №: 687010245308638   Сіздің №: Mod. 21 n. 4262/2024\n(сіздің нөміріңіз "
            "2023/25 R.G. GIP); ол 327783418767639 нөмірімен тіркелді.\n752563440435625 іс "
            "бойынша алынған\n",
            "kk", "KZ",
            [
                (C, "687010245308638"), (C, "Mod. 21 n. 4262/2024"), (C, "2023/25 R.G. GIP"),
                (C, "327783418767639"), (C, "752563440435625"),
            ],
            id="kk: our and your number, the number before 'нөмірімен' and 'іс'",
        ),
        pytest.param(
            "под номером 65932128950899695; по делу 17803732000014977 (исх. 1-843/2025)\n",
            "ru", "RU",
            [(C, "65932128950899695"), (C, "17803732000014977"), (C, "1-843/2025")],
            id="ru: under the number, in the case, outgoing",
        ),
        pytest.param(
            "Procedimento n.: Mod. 21 n. 2936/2024   Data: 25/10/2024\n2. N° RG RG 25/16982\n"
            "(réf. JIRS 7694/25), enregistrée sous le numéro RG 25/80771.\n",
            "fr", "FR",
            [
                (C, "Mod. 21 n. 2936/2024"), (C, "RG 25/16982"), (C, "JIRS 7694/25"),
                (C, "RG 25/80771"),
            ],
            id="it, fr: the register model whole, the label's letters once",
        ),
        pytest.param(
            "N/Ref.ª: 866/25.5JAPRT   V/Ref.ª: Kumpilazzjoni Nru. 434/2025\n"
            "registado com o número 220/24.2JAPRT.\n",
            "pt", "PT",
            [(C, "866/25.5JAPRT"), (C, "Kumpilazzjoni Nru. 434/2025"), (C, "220/24.2JAPRT")],
            id="pt: our and your reference with the ordinal mark",
        ),
        pytest.param(
            "Ол 2024 жылы 12345 іс қарады. 2025 prozedura berria. Tá an cás seo práinneach. "
            "Il-każ 12 ġie magħluq.",
            "kk", "KZ",
            [],
            id="no case number: a year, short numbers before and after the words",
        ),
    ],
)  # fmt: skip
def test_case_references(
    text: str, language: str, region: str, expected: list[tuple[str, str]]
) -> None:
    assert found_with_spans(text, _TYPES, language, region) == spans_in_order(text, expected)
