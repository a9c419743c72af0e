"""The e-mails' fixed wording in the seven form languages."""

from rogatory.core.languages import FORM_LANGUAGES
from rogatory.transmission.wording import BODIES, SUBJECTS, email_body, email_subject


def test_every_email_wording_exists_in_every_form_language() -> None:
    missing = [
        (purpose, code)
        for table in (SUBJECTS, BODIES)
        for purpose, texts in table.items()
        for code in FORM_LANGUAGES
        if not texts.get(code)
    ]

    assert missing == []


def test_email_speaks_arabic_and_chinese_beside_our_language() -> None:
    assert email_subject("request", "FR-1", ("fr", "ar")) == (
        "[FR-1] Demande de conservation rapide (Convention de Budapest, art. 29) / "
        "طلب الحفظ العاجل (اتفاقية بودابست بشأن الجريمة الإلكترونية، المادة 29)"
    )
    body = email_body("acknowledgement", ("en", "zh"), reference="FR-1", registration="DE-9")
    assert body == (
        "We acknowledge receipt of your request FR-1. It is registered under our number DE-9. "
        "The letter is attached.\n\n"
        "兹确认收到贵方请求 FR-1。该请求已登记为我方编号 DE-9。函件见附件。\n"
    )
