"""Generate the fictional labelled intake corpus: `python bench/intake/make_corpus.py` (seeded).

Every document is built from a language's templates; each `{type}` slot is filled with a
fictional value and its gold label (type, canonical value, span) is recorded while the text is
assembled, so the labels cannot drift from the text. Crypto addresses, onion v3 names and IBANs
are computed with valid checksums here. Canonical forms come from rogatory.intake.normalize (the
published definition of each canonical form), never from the extractor under test.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import random
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import phonenumbers
from Crypto.Hash import keccak

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from rogatory.intake.normalize import normalize  # noqa: E402

SEED = 20260404
CORPUS = Path(__file__).resolve().parent / "corpus"
SLOT = re.compile(r"\{(\w+)\}")

# --- values with valid checksums ------------------------------------------------------------
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _keccak(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


def b58encode(data: bytes) -> str:
    """Bitcoin base58 of bytes, leading zero bytes as '1'."""
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = _B58[rest] + out
    return "1" * (len(data) - len(data.lstrip(b"\x00"))) + out


def base58check(version: int, payload: bytes) -> str:
    """Base58check address (double SHA-256 checksum)."""
    body = bytes([version]) + payload
    return b58encode(body + hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4])


def _polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for bit in range(5):
            check ^= generator[bit] if (top >> bit) & 1 else 0
    return check


def bech32_address(hrp: str, program: bytes) -> str:
    """Segwit v0 address (BIP 173)."""
    accumulator, bits, data = 0, 0, [0]
    for byte in program:
        accumulator = (accumulator << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((accumulator >> bits) & 31)
    if bits:
        data.append((accumulator << (5 - bits)) & 31)
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    mod = _polymod(expanded + data + [0] * 6) ^ 1
    checksum = [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32[d] for d in data + checksum)


def eip55(hexdigits: str) -> str:
    """Ethereum address in its EIP-55 mixed-case checksum form."""
    digest = _keccak(hexdigits.encode("ascii")).hex()
    return "0x" + "".join(
        c.upper() if int(digest[i], 16) >= 8 else c for i, c in enumerate(hexdigits)
    )


def monero_address(rng: random.Random) -> str:
    """Standard main-net Monero address (network byte 18, Keccak checksum, block base58)."""
    data = bytes([18]) + rng.randbytes(64)
    data += _keccak(data)[:4]
    out = ""
    for start in range(0, len(data), 8):
        block = data[start : start + 8]
        width = {8: 11, 5: 7}[len(block)]
        number, chars = int.from_bytes(block, "big"), ""
        for _ in range(width):
            number, rest = divmod(number, 58)
            chars = _B58[rest] + chars
        out += chars
    return out


def onion_v3(rng: random.Random) -> str:
    """v3 onion name with its SHA3-256 checksum and version byte."""
    key = rng.randbytes(32)
    checksum = hashlib.sha3_256(b".onion checksum" + key + b"\x03").digest()[:2]
    return base64.b32encode(key + checksum + b"\x03").decode().lower() + ".onion"


_IBAN_BBAN = {"FR": 23, "DE": 18, "ES": 20, "PT": 21, "GB": 18, "IT": 23}


def iban(rng: random.Random, country: str) -> str:
    """IBAN with valid mod-97 check digits, printed in groups of four."""
    length = _IBAN_BBAN[country]
    if country == "GB":
        bban = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
        bban += "".join(rng.choice("0123456789") for _ in range(length - 4))
    elif country == "IT":
        bban = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        bban += "".join(rng.choice("0123456789") for _ in range(length - 1))
    else:
        bban = "".join(rng.choice("0123456789") for _ in range(length))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def crypto(rng: random.Random) -> str:
    """One address of a common currency, checksum valid."""
    kind = rng.choice(("btc", "btc", "p2sh", "bech32", "eth", "eth", "xmr", "ltc", "doge"))
    if kind == "btc":
        return base58check(0x00, rng.randbytes(20))
    if kind == "p2sh":
        return base58check(0x05, rng.randbytes(20))
    if kind == "bech32":
        return bech32_address("bc", rng.randbytes(20))
    if kind == "eth":
        return eip55(rng.randbytes(20).hex())
    if kind == "xmr":
        return monero_address(rng)
    if kind == "ltc":
        return base58check(0x30, rng.randbytes(20))
    return base58check(0x1E, rng.randbytes(20))


# --- languages ------------------------------------------------------------------------------
WORDS = ("ombre", "nachtfalke", "sombra", "darkpaste", "fileshare", "marche-noir", "tienda",
         "loja-escura", "kartell", "vortex", "nebula", "corsair", "lantern", "ferrum", "quartz")  # fmt: skip
TLDS = ("com", "net", "org", "fr", "de", "es", "pt", "ru", "cn", "in", "io", "info", "biz")
IDN_HOSTS = ("пример-форум.рф", "beispiel-münchen.de", "café-sombre.fr", "例子.中国", "मिसाल.भारत")
USERS = ("dark_vador77", "kiki_77", "NightOwl", "vasya_2000", "lupo.nero", "Shadow-Fox",
         "zeta_9", "crypt0king", "Marta_R", "hexa.gone", "黑客", "ночной_волк", "धुरंधर")  # fmt: skip

MONTH_NAMES = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "hi": "जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "mr": "जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर",
}
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_DEVANAGARI_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")
_FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def date_text(rng: random.Random, language: str, day: dt.date) -> str:
    """A date as a letter in that language writes it."""
    d, m, y = day.day, day.month, day.year
    names = MONTH_NAMES.get(language, "").split()
    numeric = {"de": f"{d:02}.{m:02}.{y}", "ru": f"{d:02}.{m:02}.{y}", "zh": f"{y}-{m:02}-{d:02}"}
    if rng.random() < 0.5 or language == "zh":
        if language == "zh":
            return f"{y}年{m}月{d}日" if rng.random() < 0.7 else numeric["zh"]
        written = numeric.get(language, f"{d:02}/{m:02}/{y}")
        if language == "ar":
            return written.translate(_ARABIC_DIGITS)
        if language in ("hi", "mr"):
            return written.translate(_DEVANAGARI_DIGITS)
        return written
    month = names[m - 1]
    return {
        "en": f"{month} {d}, {y}" if rng.random() < 0.5 else f"{d} {month} {y}",
        "es": f"{d} de {month} de {y}",
        "pt": f"{d} de {month} de {y}",
        "de": f"{d}. {month} {y}",
    }.get(language, f"{d} {month} {y}")


# Each language: its region (the letter's country), headers per genre, sentences per type.
LANGUAGES: dict[str, dict[str, Any]] = {
    "fr": {
        "region": "FR",
        "genres": {
            "requisition": "RÉQUISITION JUDICIAIRE\nNous, officier de police judiciaire, requérons la société destinataire de nous communiquer les données suivantes.",
            "letter_rogatory": "COMMISSION ROGATOIRE INTERNATIONALE\nLe juge d'instruction soussigné prie les autorités compétentes de bien vouloir procéder aux actes suivants.",
            "preservation": "DEMANDE DE CONSERVATION RAPIDE\nNous demandons la conservation immédiate des données informatiques stockées décrites ci-dessous.",
            "email": "Objet : demande urgente\nBonjour,\nsuite à notre échange téléphonique, voici les éléments.",
            "chat": "[10:42] enquêteur : voilà ce qu'on a trouvé",
        },
        "sentences": [
            "Réf. : {case_reference}",
            "Vu l'{legal_reference}, nous requérons les données de connexion.",
            "Le site {url} a été consulté le {date}.",
            "L'adresse IP {ipv4} a été relevée le {date} à 14h03 (heure de Paris).",
            "Connexion depuis [{ipv6}]:443 le {date} à 09h15 UTC.",
            "Le compte utilisant le pseudonyme « {username} » et l'adresse {email} est visé.",
            "Pseudonymes : « {username} », « {username} » et « {username} ».",
            "Téléphone du suspect : {phone}.",
            "Le service caché {onion} héberge le forum.",
            "Les fonds ont transité par l'adresse {crypto}.",
            "Virement vers le compte IBAN {iban}.",
            "Le nom de domaine {domain} est enregistré chez votre société.",
        ],
        "closing": "Fait à Lyon, le {date}.\nLe commandant de police",
    },
    "en": {
        "region": "GB",
        "genres": {
            "requisition": "PRODUCTION ORDER\nYou are required to produce the following information held by you.",
            "letter_rogatory": "LETTER OF REQUEST FOR MUTUAL LEGAL ASSISTANCE\nThe Central Authority respectfully requests the following measures.",
            "preservation": "REQUEST FOR EXPEDITED PRESERVATION\nPlease preserve the stored computer data described below.",
            "email": "Subject: urgent preservation\nHi team,\nplease see the details we discussed below.",
            "chat": "<analyst> ok here is what we have so far",
        },
        "sentences": [
            "Our ref.: {case_reference}",
            "This request is made under {legal_reference}.",
            "The content was posted at {url} on {date}.",
            "The account logged in from {ipv4} on {date} at 14:03 UTC+1.",
            "The IPv6 address {ipv6} was seen on {date} at 22:10 UTC.",
            "Please preserve the account @{username} and the e-mail {email}.",
            'Usernames: "{username}", "{username}" and "{username}".',
            "The suspect's phone: {phone}.",
            "The hidden service {onion} hosts the marketplace.",
            "Payments were sent to {crypto}.",
            "The proceeds went to IBAN {iban}.",
            "The domain {domain} is registered with your company.",
        ],
        "closing": "Dated {date}\nDetective Inspector",
    },
    "es": {
        "region": "ES",
        "genres": {
            "requisition": "OFICIO DE REQUERIMIENTO\nSe requiere a la entidad destinataria que facilite los siguientes datos.",
            "letter_rogatory": "COMISIÓN ROGATORIA INTERNACIONAL\nEl Juzgado solicita a las autoridades competentes la práctica de las diligencias siguientes.",
            "preservation": "SOLICITUD DE CONSERVACIÓN RÁPIDA\nSolicitamos la conservación inmediata de los datos informáticos descritos.",
            "email": "Asunto: solicitud urgente\nBuenos días,\nles remitimos los datos comentados.",
            "chat": "[11:05] agente: esto es lo que tenemos",
        },
        "sentences": [
            "Exp. {case_reference}",
            "Conforme al {legal_reference}, se solicitan los datos.",
            "La página {url} fue visitada el {date}.",
            "La dirección IP {ipv4} se conectó el {date} a las 14:03 (hora de Madrid).",
            "Conexión desde {ipv6} el {date} a las 08:30 UTC.",
            "Solicitamos los datos del usuario: {username} y del correo {email}.",
            "Teléfono del investigado: {phone}.",
            "El servicio oculto {onion} aloja el foro.",
            "Los pagos se enviaron a la dirección {crypto}.",
            "Transferencia a la cuenta IBAN {iban}.",
            "El dominio {domain} está registrado en su empresa.",
        ],
        "closing": "En Madrid, a {date}.\nEl Magistrado-Juez",
    },
    "de": {
        "region": "DE",
        "genres": {
            "requisition": "AUSKUNFTSERSUCHEN\nSie werden gebeten, die folgenden Bestandsdaten zu übermitteln.",
            "letter_rogatory": "RECHTSHILFEERSUCHEN\nDie Staatsanwaltschaft ersucht um Vornahme der folgenden Ermittlungshandlungen.",
            "preservation": "ERSUCHEN UM UMGEHENDE SICHERUNG\nWir ersuchen um Sicherung der nachstehend bezeichneten Daten.",
            "email": "Betreff: Eilsache\nGuten Tag,\nanbei die besprochenen Angaben.",
            "chat": "[09:12] Ermittler: hier die Funde",
        },
        "sentences": [
            "Az. {case_reference}",
            "Gemäß {legal_reference} werden die Daten angefordert.",
            "Die Seite {url} wurde am {date} aufgerufen.",
            "Die IP-Adresse {ipv4} war am {date} um 14:03 Uhr (Berliner Zeit) verbunden.",
            "Zugriff von {ipv6} am {date} um 07:45 UTC.",
            "Nutzername „{username}“, E-Mail {email}.",
            "Telefon des Beschuldigten: {phone}.",
            "Der versteckte Dienst {onion} betreibt das Forum.",
            "Zahlungen gingen an die Adresse {crypto}.",
            "Überweisung auf das Konto IBAN {iban}.",
            "Die Domain {domain} ist bei Ihnen registriert.",
        ],
        "closing": "Berlin, den {date}\nStaatsanwältin",
    },
    "pt": {
        "region": "PT",
        "genres": {
            "requisition": "OFÍCIO DE REQUISIÇÃO\nSolicita-se à entidade destinatária o envio dos seguintes dados.",
            "letter_rogatory": "CARTA ROGATÓRIA\nO Tribunal solicita às autoridades competentes a realização das diligências seguintes.",
            "preservation": "PEDIDO DE CONSERVAÇÃO EXPEDITA\nSolicitamos a conservação imediata dos dados informáticos descritos.",
            "email": "Assunto: pedido urgente\nBom dia,\nseguem os elementos combinados.",
            "chat": "[15:20] inspetor: eis o que encontrámos",
        },
        "sentences": [
            "Processo: {case_reference}",
            "Nos termos do {legal_reference}, solicitam-se os dados.",
            "O sítio {url} foi acedido em {date}.",
            "O endereço IP {ipv4} ligou-se em {date} às 14:03 (hora de Lisboa).",
            "Ligação a partir de {ipv6} em {date} às 10:00 UTC.",
            'O nome de usuário "{username}" e o correio {email} são visados.',
            "Telefone do arguido: {phone}.",
            "O endereço {onion} foi usado para o fórum.",
            "Os pagamentos foram enviados para {crypto}.",
            "Transferência para a conta IBAN {iban}.",
            "O domínio {domain} está registado na vossa empresa.",
        ],
        "closing": "Lisboa, {date}\nO Procurador da República",
    },
    "ru": {
        "region": "RU",
        "genres": {
            "requisition": "ЗАПРОС\nПрошу предоставить следующие сведения об абоненте.",
            "letter_rogatory": "ПОРУЧЕНИЕ О ПРАВОВОЙ ПОМОЩИ\nПрошу компетентные органы провести следующие процессуальные действия.",
            "preservation": "ЗАПРОС ОБ ОПЕРАТИВНОМ СОХРАНЕНИИ ДАННЫХ\nПрошу обеспечить сохранность следующих компьютерных данных.",
            "email": "Тема: срочный запрос\nДобрый день,\nнаправляем обсуждённые сведения.",
            "chat": "[12:01] следователь: вот что нашли",
        },
        "sentences": [
            "Дело № {case_reference}",
            "В соответствии со {legal_reference} прошу предоставить данные.",
            "Страница {url} была открыта {date}.",
            "Адрес {ipv4} использовался {date} в 14:03 по московскому времени.",
            "Подключение с {ipv6} {date} в 06:40 UTC.",
            "Пользователь с ником «{username}» и почтой {email}.",
            "Телефон подозреваемого: {phone}.",
            "Скрытый сервис {onion} размещает форум.",
            "Платежи направлялись на адрес {crypto}.",
            "Перевод на счёт IBAN {iban}.",
            "Домен {domain} зарегистрирован в вашей компании.",
        ],
        "closing": "{date}\nСледователь",
    },
    "zh": {
        "region": "CN",
        "genres": {
            "requisition": "调取证据通知书\n请贵单位提供下列数据。",
            "letter_rogatory": "刑事司法协助请求书\n请求贵国主管机关协助执行下列事项。",
            "preservation": "电子数据保全请求\n请立即保全下列电子数据。",
            "email": "主题：紧急请求\n您好，\n现将有关情况告知如下。",
            "chat": "[14:33] 侦查员：发现如下",
        },
        "sentences": [
            "编号/ No.: {case_reference}",
            "根据{legal_reference}，请提供数据。",
            "网址 {url} 于{date}被访问。",
            "IP地址 {ipv4} 于{date} 14:03 (UTC+8) 登录。",
            "IPv6地址 {ipv6} 于{date} 09:00 UTC 连接。",
            "用户名「{username}」，电子邮件 {email}。",
            "联系电话: {phone}",
            "隐藏服务 {onion} 托管该论坛。",
            "资金转入地址 {crypto}。",
            "汇款至账户 IBAN {iban}。",
            "域名 {domain} 在贵公司注册。",
        ],
        "closing": "{date}\n侦查员",
    },
    "ar": {
        "region": "MA",
        "genres": {
            "requisition": "طلب معلومات\nيرجى تزويدنا بالبيانات التالية.",
            "letter_rogatory": "إنابة قضائية دولية\nتطلب النيابة العامة من السلطات المختصة القيام بالإجراءات التالية.",
            "preservation": "طلب التحفظ العاجل على البيانات\nنرجو التحفظ الفوري على البيانات المخزنة التالية.",
            "email": "الموضوع: طلب عاجل\nتحية طيبة،\nنرسل إليكم المعلومات المتفق عليها.",
            "chat": "[16:10] المحقق: هذا ما وجدناه",
        },
        "sentences": [
            "رقم: {case_reference}",
            "استنادا إلى {legal_reference} نطلب البيانات.",
            "تم الدخول إلى الموقع {url} بتاريخ {date}.",
            "العنوان {ipv4} بتاريخ {date} الساعة 14:03 UTC.",
            "العنوان {ipv6} بتاريخ {date} الساعة 11:20 UTC.",
            'اسم المستخدم "{username}" والبريد {email}.',
            "هاتف المشتبه به: {phone}",
            "الخدمة المخفية {onion} تستضيف المنتدى.",
            "أرسلت الأموال إلى العنوان {crypto}.",
            "تحويل إلى الحساب IBAN {iban}.",
            "النطاق {domain} مسجل لدى شركتكم.",
        ],
        "closing": "حرر بتاريخ {date}\nوكيل الملك",
    },
    "hi": {
        "region": "IN",
        "genres": {
            "requisition": "सूचना हेतु अनुरोध\nकृपया निम्नलिखित जानकारी उपलब्ध कराएं।",
            "letter_rogatory": "अनुरोध पत्र\nसक्षम प्राधिकारियों से निम्नलिखित कार्यवाही का अनुरोध है।",
            "preservation": "डेटा संरक्षण हेतु अनुरोध\nकृपया निम्नलिखित डेटा तुरंत संरक्षित करें।",
            "email": "विषय: तत्काल अनुरोध\nनमस्ते,\nविवरण नीचे दिया गया है।",
            "chat": "[13:45] जांच अधिकारी: यह मिला",
        },
        "sentences": [
            "संदर्भ: {case_reference}",
            "{legal_reference} के अंतर्गत डेटा मांगा जाता है।",
            "वेबसाइट {url} को {date} को देखा गया।",
            "आईपी पता {ipv4} दिनांक {date} समय 14:03 IST",
            "आईपी पता {ipv6} दिनांक {date} समय 10:05 UTC",
            'उपयोगकर्ता नाम "{username}" और ईमेल {email}',
            "फोन: {phone}",
            "छिपी सेवा {onion} पर मंच है।",
            "भुगतान पता {crypto}",
            "खाता IBAN {iban}",
            "डोमेन {domain} आपकी कंपनी में पंजीकृत है।",
        ],
        "closing": "दिनांक {date}\nनिरीक्षक",
    },
    "mr": {
        "region": "IN",
        "genres": {
            "requisition": "माहिती मागणी पत्र\nकृपया खालील माहिती उपलब्ध करून द्यावी.",
            "letter_rogatory": "विनंती पत्र\nसक्षम प्राधिकाऱ्यांनी खालील कार्यवाही करावी ही विनंती.",
            "preservation": "माहिती जतन करण्याची विनंती\nकृपया खालील माहिती त्वरित जतन करावी.",
            "email": "विषय: तातडीची विनंती\nनमस्कार,\nतपशील खाली दिला आहे.",
            "chat": "[17:02] तपास अधिकारी: हे सापडले",
        },
        "sentences": [
            "क्र. : {case_reference}",
            "{legal_reference} नुसार माहिती मागवली आहे.",
            "संकेतस्थळ {url} दिनांक {date} रोजी पाहिले.",
            "आयपी पत्ता {ipv4} दिनांक {date} वेळ 14:03 IST",
            "आयपी पत्ता {ipv6} दिनांक {date} वेळ 10:05 UTC",
            'वापरकर्तानाव "{username}" आणि ईमेल {email}',
            "दूरध्वनी क्र : {phone}",
            "लपलेली सेवा {onion} वर मंच आहे.",
            "पैसे पत्ता {crypto} येथे पाठवले.",
            "खाते IBAN {iban}",
            "डोमेन {domain} आपल्या कंपनीत नोंदणीकृत आहे.",
        ],
        "closing": "दिनांक {date}\nपोलीस निरीक्षक",
    },
}

CASE_REFERENCES = {
    "fr": lambda r: f"PARQ-{r.randint(20, 26)}-{r.randint(1, 999999):06d}",
    "en": lambda r: f"CPS/{r.randint(2020, 2026)}/{r.randint(100, 9999)}",
    "es": lambda r: f"DP-{r.randint(100, 9999)}/{r.randint(2020, 2026)}",
    "de": lambda r: f"{r.randint(1, 99)} Js {r.randint(100, 9999)}/{r.randint(20, 26)}",
    "pt": lambda r: f"{r.randint(100, 9999)}/{r.randint(20, 26)}.{r.randint(1, 9)}JAPRT",
    "ru": lambda r: f"{r.randint(10, 99)}-{r.randint(100, 999)}/{r.randint(2020, 2026)}",
    "zh": lambda r: f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
    "ar": lambda r: f"{r.randint(2015, 2026)}/{r.randint(100, 99999):05d}",
    "hi": lambda r: f"CBI/{r.randint(2020, 2026)}/{r.randint(100, 9999)}",
    "mr": lambda r: f"CR-{r.randint(10, 999)}/{r.randint(2020, 2026)}",
}
LEGAL_REFERENCES = {
    "fr": ("article 60-1 du Code de procédure pénale", "article 706-95 du Code de procédure pénale", "article 29 de la Convention de Budapest"),
    "en": ("Article 29 of the Budapest Convention", "Article 31 of the Budapest Convention", "section 18 of the Computer Misuse Act"),
    "es": ("artículo 579 de la Ley de Enjuiciamiento Criminal", "artículo 29 del Convenio de Budapest"),
    "de": ("§ 100a StPO", "§ 100g StPO", "Artikel 29 des Übereinkommens über Computerkriminalität"),
    "pt": ("artigo 189 do Código de Processo Penal", "artigo 29 da Convenção de Budapeste"),
    "ru": ("статьи 165 УПК РФ", "статьи 29 Конвенции"),
    "zh": ("《刑事诉讼法》第一百五十条", "《网络安全法》第二十八条"),
    "ar": ("المادة 29 من اتفاقية بودابست", "المادة 31 من اتفاقية بودابست"),
    "hi": ("धारा 91 दंड प्रक्रिया संहिता", "धारा 69 सूचना प्रौद्योगिकी अधिनियम"),
    "mr": ("कलम 91 फौजदारी प्रक्रिया संहिता", "कलम 69 माहिती तंत्रज्ञान अधिनियम"),
}  # fmt: skip
PHONE_SHAPES = {
    "FR": ("06 ## ## ## ##", "07 ## ## ## ##", "+33 6 ## ## ## ##", "01 ## ## ## ##"),
    "GB": ("07700 900###", "+44 7### ######", "020 7946 0###"),
    "ES": ("6## ## ## ##", "+34 6## ### ###", "91# ### ###"),
    "DE": ("0151 ########", "+49 170 #######", "030 ########"),
    "PT": ("91# ### ###", "+351 93# ### ###", "21# ### ###"),
    "RU": ("8 (9##) ###-##-##", "+7 9## ###-##-##", "8 (495) ###-##-##"),
    "CN": ("138 #### ####", "+86 139 #### ####", "0755-8#######"),
    "MA": ("06## ## ## ##", "+212 6## ## ## ##"),
    "IN": ("98### #####", "+91 98### #####", "022-2#######"),
}
IPV4_BLOCKS = ("198.51.100.", "203.0.113.", "192.0.2.")
GENRES = ("requisition", "letter_rogatory", "preservation", "email", "chat")


class Values:
    """Draws fictional values; returns (as written, canonical form)."""

    def __init__(self, rng: random.Random, language: str, region: str) -> None:
        self.rng, self.language, self.region = rng, language, region

    def host(self) -> str:
        r = self.rng
        if r.random() < 0.08:
            return r.choice(IDN_HOSTS)
        sub = r.choice(("", "", "www.", "forum.", "m.", "cdn."))
        return (
            f"{sub}{r.choice(WORDS)}{r.randint(1, 99) if r.random() < 0.4 else ''}.{r.choice(TLDS)}"
        )

    def draw(self, kind: str) -> tuple[str, str]:
        r, lang = self.rng, self.language
        if kind == "url":
            path = r.choice(("forum/t/{n}", "profile?id={n}", "p/{n}.html", "view/{n}", ""))
            value = f"{r.choice(('https', 'http', 'https'))}://{self.host()}/{path.format(n=r.randint(1, 99999))}"
        elif kind == "domain":
            value = self.host()
        elif kind == "email":
            if r.random() < 0.15:
                value = (
                    r.choice(("josé.garcía", "иван.петров", "müller", "सुरेश", "用户"))
                    + "@"
                    + r.choice(IDN_HOSTS)
                )
            else:
                local = r.choice(
                    ("jane.doe", "contact", "k.martin", "shadow_ops", "admin+ops", "lupo99")
                )
                value = f"{local}@{self.host().removeprefix('www.')}"
        elif kind == "ipv4":
            value = r.choice(IPV4_BLOCKS) + str(r.randint(1, 254))
        elif kind == "ipv6":
            groups = [f"{r.randint(0, 0xFFFF):x}" for _ in range(r.randint(1, 3))]
            value = "2001:db8:" + ":".join(groups) + "::" + f"{r.randint(1, 0xFFFF):x}"
        elif kind == "phone":
            value, canonical = self.phone()
            return value, canonical
        elif kind == "username":
            value = r.choice(USERS)
        elif kind == "onion":
            value = onion_v3(r)
        elif kind == "crypto":
            value = crypto(r)
        elif kind == "iban":
            value = iban(r, r.choice(tuple(_IBAN_BBAN)))
        elif kind == "case_reference":
            value = CASE_REFERENCES[lang](r)
        elif kind == "legal_reference":
            value = r.choice(LEGAL_REFERENCES[lang])
        elif kind == "date":
            day = dt.date(2024, 1, 1) + dt.timedelta(days=r.randint(0, 1000))
            return date_text(r, lang, day), day.isoformat()
        else:
            raise ValueError(kind)
        return value, normalize(kind, value, default_region=self.region)

    def phone(self) -> tuple[str, str]:
        for _ in range(500):
            shape = self.rng.choice(PHONE_SHAPES[self.region])
            value = "".join(str(self.rng.randint(0, 9)) if c == "#" else c for c in shape)
            number = phonenumbers.parse(value, self.region)
            if phonenumbers.is_valid_number(number):
                return value, phonenumbers.format_number(
                    number, phonenumbers.PhoneNumberFormat.E164
                )
        raise RuntimeError(f"no valid phone for {self.region}")


def defang(kind: str, value: str) -> str:
    """Defanged spelling of a URL, domain, e-mail or IPv4 as analysts write them."""
    if kind == "url":
        value = value.replace("http", "hxxp", 1)
    if kind == "email":
        value = value.replace("@", "[at]", 1)
    if kind in ("url", "domain", "email", "ipv4"):
        head, dot, tail = value.rpartition(".")
        value = f"{head}[.]{tail}" if dot else value
    return value


def ocr_damage(rng: random.Random, kind: str, value: str) -> str:
    """Damage a scan leaves on a value that can still be read back: O for 0, spaces, wide digits."""
    if kind == "ipv4" and "0" in value and rng.random() < 0.6:
        return value.replace("0", "O", 1)
    if kind == "email" and rng.random() < 0.7:
        return value.replace("@", " @ ", 1)
    if kind in ("phone", "date", "ipv4", "case_reference") and rng.random() < 0.5:
        return value.translate(_FULL_WIDTH_DIGITS)
    return value


def _noise(rng: random.Random, text: str) -> str:
    # Ligatures and doubled spaces in the running text, where OCR puts them.
    text = text.replace("fi", "ﬁ") if rng.random() < 0.5 else text
    return text.replace(". ", ".  ") if rng.random() < 0.5 else text


def fill(
    template_parts: list[str], values: Values, variant: str
) -> tuple[str, list[dict[str, Any]]]:
    """Join templates, filling each slot and recording its gold label at its final offset."""
    rng = values.rng
    text, labels = "", []
    for template in template_parts:
        position = 0
        for match in SLOT.finditer(template):
            literal = template[position : match.start()]
            text += _noise(rng, literal) if variant == "ocr" else literal
            kind = match.group(1)
            written, canonical = values.draw(kind)
            if variant == "defanged":
                written = defang(kind, written)
            elif variant == "ocr":
                written = ocr_damage(rng, kind, written)
            start = len(text)
            if kind == "username" and template[match.start() - 1 : match.start()] == "@":
                start -= 1  # the handle sign belongs to the identifier's span
            text += written
            labels.append({"type": kind, "normalized": canonical, "start": start, "end": len(text)})
            position = match.end()
        tail = template[position:]
        text += (_noise(rng, tail) if variant == "ocr" else tail) + "\n"
    return text, labels


def documents(rng: random.Random) -> list[dict[str, Any]]:
    """Every text document and snippet of the corpus, with its labels."""
    out = []
    for language, spec in LANGUAGES.items():
        values = Values(rng, language, spec["region"])
        sentences = spec["sentences"]
        for genre in GENRES:
            for variant in ("clean", "clean", "defanged", "ocr"):
                chosen = rng.sample(sentences, rng.randint(4, 7))
                parts = [spec["genres"][genre], *chosen, spec["closing"]]
                text, labels = fill(parts, values, variant)
                out.append(_document(language, spec, genre, variant, text, labels))
        for _ in range(12):
            variant = rng.choice(("clean", "clean", "defanged", "ocr"))
            text, labels = fill(rng.sample(sentences, rng.randint(1, 2)), values, variant)
            out.append(_document(language, spec, "snippet", variant, text, labels))
    return out


def _document(
    language: str,
    spec: dict[str, Any],
    genre: str,
    variant: str,
    text: str,
    labels: list[dict[str, Any]],
) -> dict[str, Any]:
    return {"language": language, "region": spec["region"], "genre": genre, "variant": variant, "text": text, "labels": labels}  # fmt: skip


# --- scanned renders ------------------------------------------------------------------------
FONTS = {
    "latin": "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "cjk": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "deva": "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf",
}
SCANNED = (
    (
        "fr",
        "FR",
        [
            "RÉPUBLIQUE FRANÇAISE",
            "Tribunal judiciaire de Lyon",
            "",
            "RÉQUISITION JUDICIAIRE",
            "Réf. : {case_reference}",
            "Vu l'{legal_reference},",
            "",
            "Nous requérons la communication des données relatives aux adresses suivantes :",
            "- {url}",
            "- {url}",
            "Pseudonymes : « {username} » et « {username} »",
            "Adresse électronique : {email}",
            "Adresse IP : {ipv4} le {date} à 14h03 (heure de Paris)",
            "",
            "Fait à Lyon, le {date}",
            "Le commandant de police",
        ],
    ),
    (
        "fr",
        "FR",
        [
            "PARQUET DU TRIBUNAL JUDICIAIRE DE RENNES",
            "",
            "RÉQUISITION JUDICIAIRE",
            "Réf. : {case_reference}",
            "Nous requérons la conservation du compte « {username} »",
            "ayant publié sur {url}",
            "Téléphone : {phone}",
            "Adresse IP : {ipv4} le {date} à 09h20 (heure de Paris)",
            "",
            "Fait à Rennes, le {date}",
        ],
    ),
    (
        "zh",
        "CN",
        [
            "深圳市公安局网络安全保卫支队",
            "",
            "刑事司法协助请求书",
            "Request for Mutual Legal Assistance",
            "编号/ No.: {case_reference}",
            "根据{legal_reference}，请求协助。",
            "涉案网址 / URL: {url}",
            "用户名 / Username: 「{username}」",
            "电子邮件 / E-mail: {email}",
            "日期 / Date: {date}",
            "联系电话: {phone}",
        ],
    ),
    (
        "zh",
        "CN",
        [
            "上海市公安局",
            "",
            "电子数据保全请求 / Request for Preservation",
            "编号/ No.: {case_reference}",
            "IP地址 / IP address: {ipv4}",
            "网址 / URL: {url}",
            "日期 / Date: {date}",
            "用户名 / Username: 「{username}」",
        ],
    ),
    (
        "mr",
        "IN",
        [
            "महाराष्ट्र राज्य सायबर विभाग",
            "",
            "विनंती पत्र",
            "क्र. : {case_reference}",
            "दिनांक {date}",
            "{legal_reference} नुसार माहिती मागवली आहे.",
            "संकेतस्थळ {url}",
            'वापरकर्तानाव "{username}"',
            "ईमेल {email}",
            "दूरध्वनी क्र : {phone}",
        ],
    ),
)


def _font_for(char: str) -> str:
    code = ord(char)
    if 0x0900 <= code <= 0x097F:
        return "deva"
    if code >= 0x2E80:
        return "cjk"
    return "latin"


def render(lines: list[str], path: Path) -> None:
    """Draw the letter's lines on an A4 page at 300 dpi, a font per script run."""
    from PIL import Image, ImageDraw, ImageFont

    fonts = {name: ImageFont.truetype(file, 44) for name, file in FONTS.items()}
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    y = 250
    for line in lines:
        x = 220
        runs: list[tuple[str, str]] = []
        for char in line:
            name = _font_for(char) if not char.isspace() else (runs[-1][0] if runs else "latin")
            if runs and runs[-1][0] == name:
                runs[-1] = (name, runs[-1][1] + char)
            else:
                runs.append((name, char))
        for name, run in runs:
            draw.text((x, y), run, font=fonts[name], fill=0)
            x += int(draw.textlength(run, font=fonts[name]))
        y += 80
    page.save(path, dpi=(300, 300))


def main() -> None:
    """Write corpus/text/*.txt|json and corpus/scanned/*.png|json from the seed."""
    rng = random.Random(SEED)
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    (CORPUS / "text").mkdir(parents=True)
    (CORPUS / "scanned").mkdir(parents=True)
    for index, doc in enumerate(documents(rng)):
        stem = f"{index:04d}_{doc['language']}_{doc['genre']}_{doc['variant']}"
        (CORPUS / "text" / f"{stem}.txt").write_text(doc.pop("text"), encoding="utf-8")
        (CORPUS / "text" / f"{stem}.json").write_text(
            json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    for index, (language, region, lines) in enumerate(SCANNED):
        values = Values(rng, language, region)
        text, labels = fill(lines, values, "clean")
        stem = f"scan{index}_{language}"
        render(text.rstrip("\n").split("\n"), CORPUS / "scanned" / f"{stem}.png")
        gold = {"language": language, "region": region, "genre": "scanned", "variant": "scanned",
                "text": text, "labels": labels}  # fmt: skip
        (CORPUS / "scanned" / f"{stem}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
