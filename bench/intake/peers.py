"""Run one peer extractor (in bench/.venv-peers) on corpus texts and print its findings as JSON.

`peers.py PEER FILE...` prints {"seconds": s, "bytes": n, "found": {file: [{type, value}]}}:
the peer's own type names mapped to ours; values as the peer gives them (canonicalised by the
runner, so a peer is not penalised for spelling).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

Finding = dict[str, str]

IOC_FINDER_TYPES = {
    "urls": "url", "domains": "domain", "email_addresses": "email", "ipv4s": "ipv4",
    "ipv6s": "ipv6", "phone_numbers": "phone", "bitcoin_addresses": "crypto",
    "monero_addresses": "crypto", "ethereum_addresses": "crypto", "onion_addresses": "onion",
}  # fmt: skip
IOCSEARCHER_TYPES = {
    "url": "url", "fqdn": "domain", "email": "email", "ip4": "ipv4", "ip6": "ipv6",
    "phoneNumber": "phone", "onionAddress": "onion", "iban": "iban", "bitcoin": "crypto",
    "bitcoincash": "crypto", "ethereum": "crypto", "monero": "crypto", "litecoin": "crypto",
    "dogecoin": "crypto", "tron": "crypto", "twitterHandle": "username",
    "telegramHandle": "username", "instagramHandle": "username",
}  # fmt: skip


def ioc_finder_runner() -> Callable[[str], list[Finding]]:
    """ioc-finder: find_iocs, its keys mapped to our types."""
    from ioc_finder import find_iocs

    def run(text: str) -> list[Finding]:
        found = find_iocs(text)
        return [
            {"type": ours, "value": str(value)}
            for key, ours in IOC_FINDER_TYPES.items()
            for value in found.get(key, [])
        ]

    return run


def iocextract_runner() -> Callable[[str], list[Finding]]:
    """iocextract: its URL, e-mail, IP and telephone extractors, refanged."""
    import iocextract

    def run(text: str) -> list[Finding]:
        out = [{"type": "url", "value": v} for v in iocextract.extract_urls(text, refang=True)]
        out += [{"type": "email", "value": v} for v in iocextract.extract_emails(text, refang=True)]
        out += [{"type": "ipv4", "value": v} for v in iocextract.extract_ipv4s(text, refang=True)]
        out += [{"type": "ipv6", "value": v} for v in iocextract.extract_ipv6s(text)]
        out += [{"type": "phone", "value": v} for v in iocextract.extract_telephone_nums(text)]
        return out

    return run


def iocsearcher_runner() -> Callable[[str], list[Finding]]:
    """iocsearcher: Searcher.search_data, its names mapped to our types."""
    from iocsearcher.searcher import Searcher

    searcher = Searcher()

    def run(text: str) -> list[Finding]:
        out = []
        for ioc in searcher.search_data(text):
            if ioc.name not in IOCSEARCHER_TYPES:
                continue
            value = str(ioc.value)
            # iocsearcher reports an onion name without its ".onion" suffix.
            if ioc.name == "onionAddress" and not value.endswith(".onion"):
                value += ".onion"
            out.append({"type": IOCSEARCHER_TYPES[ioc.name], "value": value})
        return out

    return run


RUNNERS = {
    "ioc-finder": ioc_finder_runner,
    "iocextract": iocextract_runner,
    "iocsearcher": iocsearcher_runner,
}
SUPPORTED = {
    "ioc-finder": ("url", "domain", "email", "ipv4", "ipv6"),
    "iocextract": ("url", "email", "ipv4", "ipv6", "phone"),
    "iocsearcher": ("url", "domain", "email", "ipv4", "ipv6", "phone", "onion", "iban", "crypto", "username"),
}  # fmt: skip


def main() -> None:
    """Run the named peer over the files and print one JSON object."""
    peer, files = sys.argv[1], sys.argv[2:]
    run = RUNNERS[peer]()
    texts = {name: Path(name).read_text(encoding="utf-8") for name in files}
    found: dict[str, list[Finding]] = {}
    started = time.perf_counter()
    for name, text in texts.items():
        found[name] = run(text)
    seconds = time.perf_counter() - started
    size = sum(len(text.encode("utf-8")) for text in texts.values())
    json.dump({"seconds": seconds, "bytes": size, "found": found}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
