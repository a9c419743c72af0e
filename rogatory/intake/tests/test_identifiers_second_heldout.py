"""Classes a second held-out corpus found missing. Chinese, Japanese and Korean text writes
identifiers against its own characters, with no space: each identifier is still found, with its
span in the original text. Dash addresses are read with their checksum."""

import pytest

from rogatory.intake.identifiers import extract_identifiers
from rogatory.intake.normalize import fold_text


def _found(text: str) -> list[tuple[str, str, str]]:
    return [
        (found.type, found.value, text[found.start : found.end])
        for found in extract_identifiers(text, language="zh", default_region="CN")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("域名www.lantern-demo.example被用于钓鱼。", ("domain", "www.lantern-demo.example")),
        ("IP地址203.0.113.77于", ("ipv4", "203.0.113.77")),
        (
            "请提供邮箱night.owl@mail.lantern-demo.example及",
            ("email", "night.owl@mail.lantern-demo.example"),
        ),
        (
            "新链接https://forum.lantern-demo.example/t/42后被骗",
            ("url", "https://forum.lantern-demo.example/t/42"),
        ),
        ("手机号+86 131 0000 1234的注册信息", ("phone", "+86 131 0000 1234")),
        ("手机号131 0000 1234的注册信息", ("phone", "131 0000 1234")),
        (
            "地址0x52908400098527886E0F7030069857D2E4169EE7。",
            ("crypto", "0x52908400098527886E0F7030069857D2E4169EE7"),
        ),
        ("サイトwww.lantern-demo.exampleへ", ("domain", "www.lantern-demo.example")),
        ("도메인www.lantern-demo.example에서", ("domain", "www.lantern-demo.example")),
    ],
)
def test_an_identifier_touching_cjk_text_is_found_with_its_own_span(
    text: str, expected: tuple[str, str]
) -> None:
    kind, value = expected
    assert (kind, value, value) in _found(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # A host name in Chinese characters keeps its ASCII labels, defanged or not.
        ("邮箱night.owl@例子商店.example及", "email", "night.owl@例子商店.example"),
        ("Le domaine 例子[.]中国 est enregistré.", "domain", "例子[.]中国"),
        ("页面http://例子.中国/view/42被访问", "url", "http://例子.中国/view/42"),
        # A Chinese date, a case number and a handle with digits stay whole.
        ("于2024年7月22日登录", "date", "2024年7月22日"),
        ("案号：（2024）京0117刑初732号", "case_reference", "（2024）京0117刑初732号"),
        ("昵称『熊猫007』", "username", "熊猫007"),
    ],
)
def test_cjk_text_that_belongs_to_an_identifier_is_not_cut_off(
    text: str, kind: str, value: str
) -> None:
    assert (kind, value, value) in _found(text)


def test_latin_text_is_not_touched() -> None:
    text = "La page https://forum.lantern-demo.example/t/42 a été consultée."
    assert fold_text(text) == (text, None)


@pytest.mark.parametrize(
    ("address", "valid"),
    [
        ("XnNkgFpstXX5wBr9d2Xhjjj9Rf1sAJgHZS", True),
        ("7ZDWDN3ccEa4XsT86bagpaTpVdd4chKp8h", True),
        ("XnNkgFpstXX5wBr9d2Xhjjj9Rf1sAJgHZT", False),
    ],
)
def test_a_dash_address_is_read_with_its_checksum(address: str, valid: bool) -> None:
    found = extract_identifiers(f"Les fonds ont transité par {address}.")
    assert [(f.type, f.value, f.attributes.get("currency")) for f in found] == [
        ("crypto", address, "dash")
    ]
    assert ("checksum_failed" in found[0].flags) is not valid


def test_a_scheme_further_on_in_a_schemeless_url_is_no_crash() -> None:
    # Found by reading the code, not by the fuzz test: normalize_url gave no "//" to split.
    found = extract_identifiers("forum.example[.]com/t?id=3hxxps://")
    assert [(f.type, f.normalized) for f in found] == [("domain", "forum.example.com")]
