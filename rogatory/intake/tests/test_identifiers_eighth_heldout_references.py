"""Legal references and case numbers the eighth held-out corpus found missing, as general rules:
Georgian, Armenian, Macedonian, Albanian and Icelandic statute citations in their cases and
ordinals, Turkish titles cited without "sayılı", an Egyptian law's number after its title,
Arabic "مكرر" (bis), the Catalan title of the Budapest Convention; the new languages' case labels
("your number" headings too), Macedonian and Kosovan register numbers with their number word,
Albanian and Catalan register words, and e-mail subjects flattened from HTML. Every example is
made up for these tests (exact type, value as written and span), negatives included."""

import pytest

from rogatory.intake.tests.extraction import found_with_spans, spans_in_order

_TYPES = ("legal_reference", "case_reference")


L, C = "legal_reference", "case_reference"


@pytest.mark.parametrize(
    ("text", "language", "region", "expected"),
    [
        # Georgian: code words, "შესახებ" titles, quoted titles, abbreviations, both ordinals.
        pytest.param(
            "საფუძველი: საქართველოს სისხლის სამართლის საპროცესო კოდექსის 112-ე მუხლის მოთხოვნა.",
            "ka", "GE",
            [(L, "საქართველოს სისხლის სამართლის საპროცესო კოდექსის 112-ე მუხლის")],
            id="ka: procedure code, genitive article",
        ),
        pytest.param(
            "ეფუძნება კიბერდანაშაულის შესახებ კონვენციის მე-29 მუხლით გათვალისწინებულ წესს",
            "ka", "GE",
            [(L, "კიბერდანაშაულის შესახებ კონვენციის მე-29 მუხლით")],
            id="ka: convention, 'me-' ordinal, instrumental",
        ),
        pytest.param(
            "იხ. სამოქალაქო საპროცესო კოდექსის 5-ე მუხლი და სსსკ-ის 136-ე მუხლის მე-2 ნაწილი.",
            "ka", "GE",
            [
                (L, "სამოქალაქო საპროცესო კოდექსის 5-ე მუხლი"),
                (L, "სსსკ-ის 136-ე მუხლის მე-2 ნაწილი"),
            ],
            id="ka: civil procedure code, abbreviation with part",
        ),
        pytest.param(
            "ამ მუხლის თანახმად მოთხოვნა დასაშვებია.", "ka", "GE", [], id="ka: article word alone"
        ),
        # Armenian.
        pytest.param(
            "հիմք՝ ՀՀ քրեական դատավարության օրենսգրքի 241-րդ հոդվածի պահանջը",
            "hy", "AM",
            [(L, "ՀՀ քրեական դատավարության օրենսգրքի 241-րդ հոդվածի")],
            id="hy: procedure code, genitive",
        ),
        pytest.param(
            "Քրեական օրենսգրքի 1-ին հոդվածով և ՀՀ ՔԴՕ 232-րդ հոդվածի 1-ին մասի համաձայն",
            "hy", "AM",
            [
                (L, "Քրեական օրենսգրքի 1-ին հոդվածով"),
                (L, "ՀՀ ՔԴՕ 232-րդ հոդվածի 1-ին մասի"),
            ],
            id="hy: capitalised code, '-ին' ordinal, abbreviation with part",
        ),
        pytest.param(
            "Կիբեռհանցագործության մասին կոնվենցիայի 29-րդ հոդված",
            "hy", "AM",
            [(L, "Կիբեռհանցագործության մասին կոնվենցիայի 29-րդ հոդված")],
            id="hy: convention on cybercrime",
        ),
        pytest.param("այս հոդվածը կարդացինք", "hy", "AM", [], id="hy: article word alone"),
        # Macedonian.
        pytest.param(
            "врз основа на членот 184 став 1 од Законот за кривичната постапка и член 247 од "
            "Кривичниот законик.",
            "mk", "MK",
            [
                (L, "членот 184 став 1 од Законот за кривичната постапка"),
                (L, "член 247 од Кривичниот законик"),
            ],
            id="mk: law 'za' subject stops at 'i', code by adjective",
        ),
        pytest.param(
            "чл. 18 од Конвенцијата за компјутерски криминал; член 12 од ЗКП.",
            "mk", "MK",
            [
                (L, "чл. 18 од Конвенцијата за компјутерски криминал"),
                (L, "член 12 од ЗКП"),
            ],
            id="mk: abbreviated article, abbreviation",
        ),
        pytest.param("Тој е член на тимот.", "mk", "MK", [], id="mk: 'member', not article"),
        # Albanian.
        pytest.param(
            "sipas nenit 221 të Kodit të Procedurës Penale dhe neni 143/b i Kodit Penal të Kosovës.",
            "sq", "AL",
            [
                (L, "nenit 221 të Kodit të Procedurës Penale"),
                (L, "neni 143/b i Kodit Penal të Kosovës"),
            ],
            id="sq: genitive article, letter after slash, Kosovo code",
        ),
        pytest.param(
            "nenin 88 paragrafi 2 të KPPK-së; neni 18 i Konventës për Krimin Kibernetik",
            "sq", "XK",
            [
                (L, "nenin 88 paragrafi 2 të KPPK-së"),
                (L, "neni 18 i Konventës për Krimin Kibernetik"),
            ],
            id="sq: paragraph and abbreviation, convention",
        ),
        pytest.param("neni 5 i ri hyn në fuqi", "sq", "AL", [], id="sq: no title"),
        # Icelandic.
        pytest.param(
            "sbr. 80. gr. laga um meðferð sakamála nr. 88/2008 og 1. mgr. 228. gr. almennra "
            "hegningarlaga.",
            "is", "IS",
            [
                (L, "80. gr. laga um meðferð sakamála nr. 88/2008"),
                (L, "1. mgr. 228. gr. almennra hegningarlaga"),
            ],
            id="is: law by subject and number, paragraph and code",
        ),
        pytest.param(
            "47. gr. fjarskiptalaga nr. 81/2003; lög um meðferð sakamála nr. 88/2008",
            "is", "IS",
            [
                (L, "47. gr. fjarskiptalaga nr. 81/2003"),
                (L, "lög um meðferð sakamála nr. 88/2008"),
            ],
            id="is: '-laga' code with number, law cited alone",
        ),
        pytest.param(
            "18. gr. samnings Evrópuráðsins um tölvubrot",
            "is", "IS",
            [(L, "18. gr. samnings Evrópuráðsins um tölvubrot")],
            id="is: convention on cybercrime",
        ),
        # Turkish without "sayılı".
        pytest.param(
            "Siber Suç Sözleşmesi'nin 18. maddesi ve CMK'nın 134. maddesinin 1. fıkrası uyarınca",
            "tr", "TR",
            [
                (L, "Siber Suç Sözleşmesi'nin 18. maddesi"),
                (L, "CMK'nın 134. maddesinin 1. fıkrası"),
            ],
            id="tr: convention title, code abbreviation with paragraph",
        ),
        # Arabic: number after a title, "مكرر".
        pytest.param(
            "الأساس القانوني: المادة 6 من قانون مكافحة جرائم تقنية المعلومات رقم 175 لسنة 2018.",
            "ar", "EG",
            [(L, "المادة 6 من قانون مكافحة جرائم تقنية المعلومات رقم 175 لسنة 2018")],
            id="ar: title with number and year, not a case number",
        ),
        pytest.param(
            "المادة 206 مكرر من قانون الإجراءات الجنائية.",
            "ar", "EG",
            [(L, "المادة 206 مكرر من قانون الإجراءات الجنائية")],
            id="ar: bis",
        ),
        # Catalan: the Budapest Convention's title whole.
        pytest.param(
            "base jurídica: article 29 del Conveni sobre la ciberdelinqüència.",
            "ca", "AD",
            [(L, "article 29 del Conveni sobre la ciberdelinqüència")],
            id="ca: convention title",
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
            "თქვენი ნომერი: 25407974382\nჩვენი ნომერი: 1/9348-25\n",
            "ka", "GE",
            [(C, "25407974382"), (C, "1/9348-25")],
            id="ka: your and our number",
        ),
        pytest.param(
            "Subject: თემა: 1/2233-25 &ndash; თაღლითობა\n",
            "ka", "GE",
            [(C, "1/2233-25")],
            id="ka: HTML subject, reference before the dash",
        ),
        pytest.param(
            "Գործ № ԵԴ/2719/01/25\nՁեր համարը: 1-5076/2025\n",
            "hy", "AM",
            [(C, "ԵԴ/2719/01/25"), (C, "1-5076/2025")],
            id="hy: Armenian letters after the sign, your number",
        ),
        pytest.param(
            "Предмет: КО бр. 740/25\nВаш број: 31 Js 6850/25\nпоранешен ПОК бр. 12/25.\n",
            "mk", "MK",
            [(C, "КО бр. 740/25"), (C, "31 Js 6850/25"), (C, "ПОК бр. 12/25")],
            id="mk: register and number word inside, your number",
        ),
        pytest.param(
            "Ваш број на телефон е важен.", "mk", "MK", [], id="mk: 'your number' without one"
        ),
        pytest.param(
            "Nr. i procedimit: PP/I. nr. 1234/25\nPKR.nr. 12/2025\nNr. 1457/2025 Akti\n"
            "Nr. juaj: 01MP8162825\n",
            "sq", "XK",
            [
                (C, "PP/I. nr. 1234/25"),
                (C, "PKR.nr. 12/2025"),
                (C, "1457/2025 Akti"),
                (C, "01MP8162825"),
            ],
            id="sq: Kosovo registers, act register word, your number",
        ),
        pytest.param(
            "Málsnúmer: S-1234/2025\nMál nr. 008-2025-027004\nYðar tilv.: R-833/2025\n",
            "is", "IS",
            [(C, "S-1234/2025"), (C, "008-2025-027004"), (C, "R-833/2025")],
            id="is: case number labels",
        ),
        pytest.param(
            "Núm. de procediment: Diligències prèvies 123/2025\nLa vostra ref.: JIRS 2025/8620\n"
            "Subject: Assumpte: DI-2429/2025 &ndash; estafa informàtica\n",
            "ca", "AD",
            [
                (C, "Diligències prèvies 123/2025"),
                (C, "JIRS 2025/8620"),
                (C, "DI-2429/2025"),
            ],
            id="ca: register words inside, your reference, HTML subject",
        ),
        pytest.param(
            "Votre réf.: ABC-123456-X1\nÀ: Exemple Réseaux S.A., service juridique\n"
            "Your ref.: 2025/4411\nTo: Example Hosting Inc., Law Enforcement Response\n",
            "fr",
            "FR",
            [],
            id="the addressee's number in a letter to a provider is its ticket",
        ),
        pytest.param(
            "Ihr Zeichen: 12 Js 345/25\nAn: Staatsanwaltschaft Wien\n",
            "de",
            "AT",
            [(C, "12 Js 345/25")],
            id="the addressee's number in a letter to an authority is a case",
        ),
        pytest.param(
            "Subject: Objet: demande de conservation &ndash; urgent\n",
            "fr", "FR",
            [],
            id="HTML subject without a reference",
        ),
    ],
)  # fmt: skip
def test_case_references(
    text: str, language: str, region: str, expected: list[tuple[str, str]]
) -> None:
    assert found_with_spans(text, _TYPES, language, region) == spans_in_order(text, expected)
