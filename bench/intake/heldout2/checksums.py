"""Checksummed fictional values and their independent validators, written for the second held-out set.

Nothing here imports Rogatory: the generator computes every canonical form with this module,
the standard library (ipaddress), phonenumbers and idna, so the gold cannot inherit a bug of the
code under test.
"""

from __future__ import annotations

import base64
import hashlib
import random

from Crypto.Hash import keccak

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32M = 0x2BC830A3


def keccak256(data: bytes) -> bytes:
    """Keccak-256 (Ethereum's and Monero's hash, not SHA3-256)."""
    return keccak.new(digest_bits=256, data=data).digest()


def _double_sha(data: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(data).digest()).digest()


def b58_encode(data: bytes) -> str:
    """Base58 with leading zero bytes kept as '1'."""
    number, out = int.from_bytes(data, "big"), ""
    while number:
        number, rest = divmod(number, 58)
        out = B58[rest] + out
    return "1" * (len(data) - len(data.lstrip(b"\x00"))) + out


def b58_decode(text: str) -> bytes:
    """Inverse of b58_encode."""
    number = 0
    for char in text:
        number = number * 58 + B58.index(char)
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\x00" * (len(text) - len(text.lstrip("1"))) + body


def base58check(version: int, payload: bytes) -> str:
    """Address with a one-byte version and a 4-byte double SHA-256 checksum."""
    body = bytes([version]) + payload
    return b58_encode(body + _double_sha(body)[:4])


def base58check_ok(text: str) -> bool:
    """Checksum of a base58check string holds."""
    data = b58_decode(text)
    return len(data) > 4 and _double_sha(data[:-4])[:4] == data[-4:]


def _bech32_polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for bit in range(5):
            if (top >> bit) & 1:
                check ^= generator[bit]
    return check


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _to_five_bits(data: bytes) -> list[int]:
    accumulator, bits, out = 0, 0, []
    for byte in data:
        accumulator = (accumulator << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((accumulator >> bits) & 31)
    if bits:
        out.append((accumulator << (5 - bits)) & 31)
    return out


def segwit_address(hrp: str, version: int, program: bytes) -> str:
    """BIP 173 (version 0) or BIP 350 bech32m (version 1+) address."""
    data = [version, *_to_five_bits(program)]
    constant = 1 if version == 0 else BECH32M
    mod = _bech32_polymod(_hrp_expand(hrp) + data + [0] * 6) ^ constant
    checksum = [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + checksum)


def segwit_ok(text: str) -> bool:
    """Checksum of a bech32/bech32m address holds for its witness version."""
    lowered = text.lower()
    hrp, _, data = lowered.rpartition("1")
    values = [BECH32.index(c) for c in data]
    constant = 1 if values[0] == 0 else BECH32M
    return _bech32_polymod(_hrp_expand(hrp) + values) == constant


def _cashaddr_polymod(values: list[int]) -> int:
    generator = (0x98F2BC8E61, 0x79B76D99E2, 0xF33E5FB3C4, 0xAE2EABE2A8, 0x1E4F43E470)
    check = 1
    for value in values:
        top = check >> 35
        check = ((check & 0x07FFFFFFFF) << 5) ^ value
        for bit in range(5):
            if (top >> bit) & 1:
                check ^= generator[bit]
    return check ^ 1


def cashaddr(payload: bytes, kind: int = 0) -> str:
    """Bitcoin Cash CashAddr with its prefix (kind 0: P2PKH, 1: P2SH; 160-bit hash)."""
    data = _to_five_bits(bytes([kind << 3]) + payload)
    prefix = [ord(c) & 31 for c in "bitcoincash"] + [0]
    mod = _cashaddr_polymod(prefix + data + [0] * 8)
    checksum = [(mod >> 5 * (7 - i)) & 31 for i in range(8)]
    return "bitcoincash:" + "".join(BECH32[d] for d in data + checksum)


def cashaddr_ok(text: str) -> bool:
    """Checksum of a prefixed CashAddr holds."""
    prefix, _, data = text.lower().rpartition(":")
    values = [ord(c) & 31 for c in prefix] + [0] + [BECH32.index(c) for c in data]
    return _cashaddr_polymod(values) == 0


def eip55(hexdigits: str) -> str:
    """Mixed-case checksummed Ethereum address."""
    hexdigits = hexdigits.lower()
    digest = keccak256(hexdigits.encode("ascii")).hex()
    return "0x" + "".join(
        c.upper() if int(digest[i], 16) >= 8 else c for i, c in enumerate(hexdigits)
    )


def monero(rng: random.Random) -> str:
    """Main-net standard Monero address (network byte 0x12), Keccak checksum, block base58."""
    data = bytes([0x12]) + rng.randbytes(64)
    data += keccak256(data)[:4]
    return monero_encode(data)


def monero_encode(data: bytes) -> str:
    """Monero's base58: 8-byte blocks to 11 characters, the last partial block padded."""
    widths = {1: 2, 2: 3, 3: 5, 4: 6, 5: 7, 6: 9, 7: 10, 8: 11}
    out = ""
    for start in range(0, len(data), 8):
        block = data[start : start + 8]
        number, chars = int.from_bytes(block, "big"), ""
        for _ in range(widths[len(block)]):
            number, rest = divmod(number, 58)
            chars = B58[rest] + chars
        out += chars
    return out


def monero_ok(text: str) -> bool:
    """Decode a Monero address and check its Keccak checksum."""
    sizes = {2: 1, 3: 2, 5: 3, 6: 4, 7: 5, 9: 6, 10: 7, 11: 8}
    data = b""
    for start in range(0, len(text), 11):
        block = text[start : start + 11]
        number = 0
        for char in block:
            number = number * 58 + B58.index(char)
        data += number.to_bytes(sizes[len(block)], "big")
    return len(data) == 69 and keccak256(data[:-4])[:4] == data[-4:]


def onion_v3(rng: random.Random) -> str:
    """A v3 onion host (public key, SHA3-256 checksum, version 3)."""
    key = rng.randbytes(32)
    checksum = hashlib.sha3_256(b".onion checksum" + key + b"\x03").digest()[:2]
    return base64.b32encode(key + checksum + b"\x03").decode("ascii").lower() + ".onion"


def onion_ok(host: str) -> bool:
    """Checksum and version of a v3 onion host hold."""
    label = host.lower().removesuffix(".onion").rsplit(".", 1)[-1]
    raw = base64.b32decode(label.upper())
    key, checksum, version = raw[:32], raw[32:34], raw[34:]
    digest = hashlib.sha3_256(b".onion checksum" + key + version).digest()
    return len(label) == 56 and version == b"\x03" and digest[:2] == checksum


# ISO 13616 registry, the countries used here: total length and BBAN shape (n digit, a letter,
# c alphanumeric), as published by SWIFT.
IBAN_FORMATS = {
    "AT": "16n", "BE": "12n", "BR": "8n 5n 10n 1a 1c", "CH": "5n 12c", "DE": "18n",
    "EG": "4n 4n 17n", "ES": "20n", "FR": "5n 5n 11c 2n", "GB": "4a 14n", "IE": "4a 14n",
    "IT": "1a 5n 5n 12c", "LU": "3n 13c", "NL": "4a 10n", "PL": "24n", "PT": "21n",
    "SA": "2n 18c", "AE": "3n 16n", "TR": "5n 1n 16c", "MC": "5n 5n 11c 2n",
}  # fmt: skip
IBAN_LENGTHS = {
    "AT": 20, "BE": 16, "BR": 29, "CH": 21, "DE": 22, "EG": 29, "ES": 24, "FR": 27, "GB": 22,
    "IE": 22, "IT": 27, "LU": 20, "NL": 18, "PL": 28, "PT": 25, "SA": 24, "AE": 23, "TR": 26,
    "MC": 27,
}  # fmt: skip
_DIGITS = "0123456789"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def iban(rng: random.Random, country: str) -> str:
    """Compact IBAN of that country with valid mod-97 check digits."""
    bban = ""
    for piece in IBAN_FORMATS[country].split():
        count, kind = int(piece[:-1]), piece[-1]
        alphabet = {"n": _DIGITS, "a": _LETTERS, "c": _DIGITS + _LETTERS}[kind]
        if kind == "c":
            alphabet = _DIGITS * 8 + "ABCDEFGHJKLMNPRSTUVWXYZ"  # mostly digits, as banks issue them
        bban += "".join(rng.choice(alphabet) for _ in range(count))
    check = 98 - _mod97(bban + country + "00")
    value = f"{country}{check:02d}{bban}"
    assert len(value) == IBAN_LENGTHS[country], country
    return value


def _mod97(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text)) % 97


def iban_ok(value: str) -> bool:
    """Length of the country and the mod-97 remainder 1."""
    return IBAN_LENGTHS.get(value[:2]) == len(value) and _mod97(value[4:] + value[:4]) == 1


def luhn_digit(digits: str) -> str:
    """The Luhn check digit to append to digits (IMEI, SIRET)."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def cnj_number(rng: random.Random, year: int) -> str:
    """Brazilian CNJ case number NNNNNNN-DD.AAAA.J.TR.OOOO with its ISO 7064 mod 97-10 digits."""
    sequence = rng.randint(1, 9999999)
    branch, court, origin = 8, rng.choice((26, 19, 13, 21)), rng.randint(1, 9999)
    digits = 98 - (int(f"{sequence:07d}{year}{branch}{court:02d}{origin:04d}00") % 97)
    return f"{sequence:07d}-{digits:02d}.{year}.{branch}.{court:02d}.{origin:04d}"


def cnj_ok(value: str) -> bool:
    """Check digits of a CNJ number hold."""
    sequence, rest = value.split("-")
    digits, year, branch, court, origin = rest.split(".")
    return int(f"{sequence}{year}{branch}{court}{origin}{digits}") % 97 == 1
