"""The fixed, pre-translated wording of the e-mails that carry requests and letters. Pure data.

Every e-mail speaks both working languages of the exchange (ours first), like the PDF it carries,
so no free text needs translating (domain.md §5).
"""

from collections.abc import Mapping

SUBJECTS: Mapping[str, Mapping[str, str]] = {
    "chase": {
        "en": "Reminder: request for expedited preservation not acknowledged",
        "fr": "Rappel : demande de conservation rapide sans accusé de réception",
        "es": "Recordatorio: solicitud de conservación rápida sin acuse de recibo",
    },
    "request": {
        "en": "Request for expedited preservation (Budapest Convention, Art. 29)",
        "fr": "Demande de conservation rapide (Convention de Budapest, art. 29)",
        "es": "Solicitud de conservación rápida (Convenio de Budapest, art. 29)",
    },
    "acknowledgement": {
        "en": "Acknowledgement of receipt",
        "fr": "Accusé de réception",
        "es": "Acuse de recibo",
    },
    "preservation_confirmed": {
        "en": "Confirmation of preservation",
        "fr": "Confirmation de la conservation",
        "es": "Confirmación de la conservación",
    },
    "refusal": {
        "en": "Refusal of execution",
        "fr": "Refus d'exécution",
        "es": "Denegación de la ejecución",
    },
    "clarification": {
        "en": "Request for clarification",
        "fr": "Demande de précisions",
        "es": "Solicitud de aclaraciones",
    },
}

BODIES: Mapping[str, Mapping[str, str]] = {
    "chase": {
        "en": (
            "On {sent_on} we sent you our request for the expedited preservation of stored "
            "computer data, reference {reference} (attached again). We have not received an "
            "acknowledgement. Please confirm receipt and tell us whether the data has been "
            "preserved."
        ),
        "fr": (
            "Le {sent_on}, nous vous avons adressé notre demande de conservation rapide de "
            "données informatiques stockées, référence {reference} (à nouveau jointe). Nous "
            "n'avons pas reçu d'accusé de réception. Merci de confirmer la réception et de nous "
            "indiquer si les données ont été conservées."
        ),
        "es": (
            "El {sent_on} le enviamos nuestra solicitud de conservación rápida de datos "
            "informáticos almacenados, referencia {reference} (se adjunta de nuevo). No hemos "
            "recibido acuse de recibo. Le rogamos confirme la recepción y nos indique si los "
            "datos han sido conservados."
        ),
    },
    "request": {
        "en": (
            "Please find attached our request for the expedited preservation of stored "
            "computer data, reference {reference}. Please acknowledge receipt by replying "
            "to this message."
        ),
        "fr": (
            "Veuillez trouver ci-joint notre demande de conservation rapide de données "
            "informatiques stockées, référence {reference}. Merci d'accuser réception en "
            "répondant à ce message."
        ),
        "es": (
            "Adjuntamos nuestra solicitud de conservación rápida de datos informáticos "
            "almacenados, referencia {reference}. Le rogamos acuse recibo respondiendo a "
            "este mensaje."
        ),
    },
    "acknowledgement": {
        "en": (
            "We acknowledge receipt of your request {reference}. It is registered under "
            "our number {registration}. The letter is attached."
        ),
        "fr": (
            "Nous accusons réception de votre demande {reference}. Elle est enregistrée "
            "sous notre numéro {registration}. Le courrier est joint."
        ),
        "es": (
            "Acusamos recibo de su solicitud {reference}. Está registrada con nuestro "
            "número {registration}. Se adjunta la carta."
        ),
    },
    "preservation_confirmed": {
        "en": (
            "The data described in your request {reference} are preserved until "
            "{expires_at} UTC. The letter is attached."
        ),
        "fr": (
            "Les données décrites dans votre demande {reference} sont conservées jusqu'au "
            "{expires_at} UTC. Le courrier est joint."
        ),
        "es": (
            "Los datos descritos en su solicitud {reference} se conservan hasta el "
            "{expires_at} UTC. Se adjunta la carta."
        ),
    },
    "refusal": {
        "en": (
            "Your request {reference} cannot be executed. The reasons are stated in the "
            "attached letter."
        ),
        "fr": (
            "Votre demande {reference} ne peut pas être exécutée. Les motifs figurent dans "
            "le courrier joint."
        ),
        "es": (
            "Su solicitud {reference} no puede ejecutarse. Los motivos figuran en la carta adjunta."
        ),
    },
    "clarification": {
        "en": (
            "Before your request {reference} can be executed we need more information. "
            "The questions are in the attached letter."
        ),
        "fr": (
            "Avant de pouvoir exécuter votre demande {reference}, nous avons besoin de "
            "précisions. Les questions figurent dans le courrier joint."
        ),
        "es": (
            "Antes de poder ejecutar su solicitud {reference} necesitamos más información. "
            "Las preguntas figuran en la carta adjunta."
        ),
    },
}

FALLBACK_LANGUAGE = "en"


def _languages(languages: tuple[str, str]) -> list[str]:
    known = [
        language if language in SUBJECTS["request"] else FALLBACK_LANGUAGE for language in languages
    ]
    return list(dict.fromkeys(known))


def email_subject(purpose: str, reference: str, languages: tuple[str, str]) -> str:
    """Return the subject line: our reference first, then the title in both languages."""
    titles = " / ".join(SUBJECTS[purpose][language] for language in _languages(languages))
    return f"[{reference}] {titles}"


def email_body(purpose: str, languages: tuple[str, str], **values: str) -> str:
    """Return the short body in both languages, one paragraph each."""
    return (
        "\n\n".join(
            BODIES[purpose][language].format(**values) for language in _languages(languages)
        )
        + "\n"
    )
