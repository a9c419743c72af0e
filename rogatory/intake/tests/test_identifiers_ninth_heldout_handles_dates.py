"""Handle, date and IPv4 families the ninth held-out corpus found missing, as general rules:
Maltese, Irish, Basque, Galician, Belarusian and Kazakh months in the forms their letters write
(Maltese "12 ta' Marzu 2025", Irish "12ú lá de Mhárta 2025" and its genitives, Basque "2025eko
martxoaren 12a" with the year's and the day's endings inside, Kazakh "2025 жылғы 12 наурыз",
Belarusian genitives, Galician "de xuño de") with the day's name before them, user-name cue words and keys in those languages
(before the handle, or after it in Basque and Kazakh), lists joined by their "and", a handle
listed between two other identifiers, a handle whose words are joined by "_", an address
typed back from a fax with one octet whole, and a file named with its digest (not a host). Every example is made up for these tests (type,
value as written, canonical form and span), negatives included."""

import pytest

from rogatory.intake.tests.extraction import found_with_spans, spans_in_order

_TYPES = ("username", "date", "ipv4", "domain")


@pytest.mark.parametrize(
    ("text", "language", "region", "items"),
    [
        # Maltese: "ta'" and "ta’" between day and month, the comma before the year, the
        # article "fil-" outside; a month without its dotted letter.
        pytest.param(
            "Fil-3 ta' Ottubru 2024 u sal-1 ta’ Frar, 2025", "mt", "MT",
            [("date", "3 ta' Ottubru 2024", "2024-10-03"),
             ("date", "1 ta’ Frar, 2025", "2025-02-01")], id="mt ta",
        ),
        pytest.param(
            "il-Belt Valletta, 9 ta' Gunju 2026", "mt", "MT",
            [("date", "9 ta' Gunju 2026", "2026-06-09")], id="mt undotted month",
        ),
        # Irish: ordinal "ú lá de" with lenited months, the ordinal without "lá de", the
        # genitive and nominative, two-word months.
        pytest.param(
            "Ar an 7ú lá de Fheabhra 2025 agus an 30ú lá de Mheán Fómhair 2024", "ga", "IE",
            [("date", "7ú lá de Fheabhra 2025", "2025-02-07"),
             ("date", "30ú lá de Mheán Fómhair 2024", "2024-09-30")], id="ga lenited",
        ),
        pytest.param(
            "dar dáta 4 Samhna 2025 agus an 2ú Nollaig 2024", "ga", "IE",
            [("date", "4 Samhna 2025", "2025-11-04"), ("date", "2ú Nollaig 2024", "2024-12-02")],
            id="ga genitive and ordinal",
        ),
        # Basque: "-eko"/"-ko" on the year, the genitive month, the day's endings inside.
        pytest.param(
            "2026ko irailaren 3an eta 2024ko otsailaren 1etik 2024ko otsailaren 29ra arte",
            "eu", "ES",
            [("date", "2026ko irailaren 3an", "2026-09-03"),
             ("date", "2024ko otsailaren 1etik", "2024-02-01"),
             ("date", "2024ko otsailaren 29ra", "2024-02-29")], id="eu endings",
        ),
        pytest.param(
            "Donostia, 2023ko abenduaren 11", "eu", "ES",
            [("date", "2023ko abenduaren 11", "2023-12-11")], id="eu bare day",
        ),
        # Galician months after "de", "xuño" also without its tilde.
        pytest.param(
            "o 5 de xullo de 2025 e o 1 de xuno de 2024", "gl", "ES",
            [("date", "5 de xullo de 2025", "2025-07-05"), ("date", "1 de xuno de 2024", "2024-06-01")],
            id="gl de",
        ),
        # Belarusian genitives with "г." and "года" outside.
        pytest.param(
            "Мінск, 17 ліпеня 2025 г. і 3 жніўня 2024 года", "be", "BY",
            [("date", "17 ліпеня 2025", "2025-07-17"), ("date", "3 жніўня 2024", "2024-08-03")],
            id="be genitive",
        ),
        # Kazakh: "жылғы" and "ж." inside, the locative month, the day-month-year order.
        pytest.param(
            "Астана, 2024 жылғы 30 желтоқсан; 2025 ж. 2 ақпанда; 14 қыркүйек 2025 ж.", "kk", "KZ",
            [("date", "2024 жылғы 30 желтоқсан", "2024-12-30"),
             ("date", "2025 ж. 2 ақпанда", "2025-02-02"),
             ("date", "14 қыркүйек 2025", "2025-09-14")], id="kk year word",
        ),
        # A day's name before a date belongs to it; an English abbreviation only with its comma.
        pytest.param(
            "Dáta: Dé hAoine, 2ú lá de Mhárta 2025; Thu, 6 Feb 2025; Sun 9 March 2025", "ga", "IE",
            [("date", "Dé hAoine, 2ú lá de Mhárta 2025", "2025-03-02"),
             ("date", "Thu, 6 Feb 2025", "2025-02-06"), ("date", "9 March 2025", "2025-03-09")],
            id="weekdays",
        ),
        pytest.param(
            "a terça-feira, 4 de março de 2025 e o mércores, 5 de marzo de 2025", "pt", "PT",
            [("date", "terça-feira, 4 de março de 2025", "2025-03-04"),
             ("date", "mércores, 5 de marzo de 2025", "2025-03-05")], id="pt gl weekdays",
        ),
        # User-name keys and cues, lists joined by the language's "and".
        pytest.param(
            "Isem tal-utent: rih_fuq_il_bahar u qamar.ahmar7", "mt", "MT",
            [("username", "rih_fuq_il_bahar", "rih_fuq_il_bahar"),
             ("username", "qamar.ahmar7", "qamar.ahmar7")], id="mt key and u",
        ),
        pytest.param(
            "Ainm úsáideora: ceo_na_maidne agus an.bradan3", "ga", "IE",
            [("username", "ceo_na_maidne", "ceo_na_maidne"), ("username", "an.bradan3", "an.bradan3")],
            id="ga key and agus",
        ),
        pytest.param(
            "úsáideann sé an leasainm Realta.Dubh9 freisin", "ga", "IE",
            [("username", "Realta.Dubh9", "realta.dubh9")], id="ga leasainm",
        ),
        pytest.param(
            "Erabiltzaile-izena: mendi.gorri3 eta itsaso_urdina", "eu", "ES",
            [("username", "mendi.gorri3", "mendi.gorri3"), ("username", "itsaso_urdina", "itsaso_urdina")],
            id="eu key and eta",
        ),
        # Basque and Kazakh put the noun after the name.
        pytest.param(
            "titularrak basurde.zaharra ezizena erabiltzen du", "eu", "ES",
            [("username", "basurde.zaharra", "basurde.zaharra")], id="eu ezizena after",
        ),
        pytest.param(
            "иесі ақ.бөрі7 лақап атын пайдаланады", "kk", "KZ",
            [("username", "ақ.бөрі7", "ақ.бөрі7")], id="kk nickname after",
        ),
        pytest.param(
            "Пайдаланушы аты: көк.бөрі және дала.қыраны", "kk", "KZ",
            [("username", "көк.бөрі", "көк.бөрі"), ("username", "дала.қыраны", "дала.қыраны")],
            id="kk key and жане",
        ),
        pytest.param(
            "Імя карыстальніка: лясны.кот і Bobr.Pinsk", "be", "BY",
            [("username", "лясны.кот", "лясны.кот"), ("username", "Bobr.Pinsk", "bobr.pinsk")],
            id="be key and i",
        ),
        pytest.param(
            "Падазраваны карыстаецца мянушкай чорны.крумкач", "be", "BY",
            [("username", "чорны.крумкач", "чорны.крумкач")], id="be myanushka",
        ),
        pytest.param(
            "O investigado usa o alcume Raposa.Vella e o pseudónimo o.mouchon", "gl", "ES",
            [("username", "Raposa.Vella", "raposa.vella"), ("username", "o.mouchon", "o.mouchon")],
            id="gl alcume and pt pseudonimo",
        ),
        # A form's fields stand two spaces apart: a bare word in a script without capitals.
        pytest.param(
            "涉案账号: 用户名 山猫  URL: 见附件", "zh", "CN",
            [("username", "山猫", "山猫")], id="zh form field",
        ),
        # The user words of English and German before a bare handle.
        pytest.param(
            "the user night.heron9 posted; der Nutzer alter_fuchs drohte", "en", "GB",
            [("username", "night.heron9", "night.heron9"), ("username", "alter_fuchs", "alter_fuchs")],
            id="en de user",
        ),
        # A handle between two other identifiers of a list; one whose words "_" joins.
        pytest.param(
            "relating to 192.0.2.7, blue.harrier, IE29AIBK93115212345678 and more", "en", "GB",
            [("ipv4", "192.0.2.7", "192.0.2.7"), ("username", "blue.harrier", "blue.harrier")],
            id="between identifiers",
        ),
        pytest.param(
            "Die Quelle berichtet, dass Elb_Moewe verkauft.", "de", "DE",
            [("username", "Elb_Moewe", "elb_moewe")], id="underscore joined",
        ),
        # An address typed back from a fax: one octet whole beside two damaged ones and "O".
        pytest.param(
            "IP: 1O2.O.113.2O9 (09:15)", "en", "IE",
            [("ipv4", "1O2.O.113.2O9", "102.0.113.209")], id="ipv4 one whole octet",
        ),
        # Negatives: a column's name or an event in a delimited row, an INI key, a constant,
        # a file, a Maltese article after "u", a plain word between identifiers, a year with
        # "ko" but no month, an unknown ordinal.
        pytest.param(
            "timestamp,src_ip,src_port\n2025;password_reset;x\nmax_retries = 3\nMAX_SIZE\n"
            "export_2024.csv", "en", "GB", [], id="no handle in rows keys constants files",
        ),
        pytest.param(
            "juża l-psewdonimu Luzzu_Kbir u l-indirizz tiegħu", "mt", "MT",
            [("username", "Luzzu_Kbir", "luzzu_kbir")], id="mt article not a list item",
        ),
        pytest.param(
            "to 192.0.2.7, nothing, 192.0.2.8", "en", "GB",
            [("ipv4", "192.0.2.7", "192.0.2.7"), ("ipv4", "192.0.2.8", "192.0.2.8")],
            id="plain word between identifiers",
        ),
        pytest.param(
            "2025eko txostena 12a eta 12 lá 2025 eta 3 ta' 2025", "eu", "ES", [], id="no month",
        ),
        # A file named with its digest is no host, whatever its extension.
        pytest.param(
            "Attachment: report.rs (SHA-256 9f86d0) — see mup.gov.rs", "en", "GB",
            [("domain", "mup.gov.rs", "mup.gov.rs")], id="file with its digest",
        ),
        pytest.param(
            "I.O.lo.l eta 1O.2O.3O.4O", "eu", "ES", [], id="no ipv4 without a whole octet",
        ),
    ],
)  # fmt: skip
def test_the_ninth_sets_handles_dates_and_addresses_are_read_exactly(
    text: str, language: str, region: str, items: list[tuple[str, str, str]]
) -> None:
    found = found_with_spans(text, _TYPES, language, region, normalized=True)
    assert found == spans_in_order(text, items)
