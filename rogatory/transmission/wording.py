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
        "pt": "Lembrete: pedido de conservação expedita sem aviso de receção",
        "ru": "Напоминание: получение запроса об оперативном обеспечении сохранности не подтверждено",
        "ar": "تذكير: لم يرد إشعار باستلام طلب الحفظ العاجل",
        "zh": "提醒：快速保存请求尚未收到收悉确认",
    },
    "request": {
        "en": "Request for expedited preservation (Budapest Convention, Art. 29)",
        "fr": "Demande de conservation rapide (Convention de Budapest, art. 29)",
        "es": "Solicitud de conservación rápida (Convenio de Budapest, art. 29)",
        "pt": "Pedido de conservação expedita (Convenção sobre o Cibercrime, art. 29.º)",
        "ru": "Запрос об оперативном обеспечении сохранности (Конвенция о компьютерных преступлениях, ст. 29)",
        "ar": "طلب الحفظ العاجل (اتفاقية بودابست بشأن الجريمة الإلكترونية، المادة 29)",
        "zh": "快速保存请求（《网络犯罪公约》第29条）",
    },
    "acknowledgement": {
        "en": "Acknowledgement of receipt",
        "fr": "Accusé de réception",
        "es": "Acuse de recibo",
        "pt": "Aviso de receção",
        "ru": "Подтверждение получения",
        "ar": "إشعار بالاستلام",
        "zh": "收悉确认",
    },
    "preservation_confirmed": {
        "en": "Confirmation of preservation",
        "fr": "Confirmation de la conservation",
        "es": "Confirmación de la conservación",
        "pt": "Confirmação da conservação",
        "ru": "Подтверждение обеспечения сохранности",
        "ar": "تأكيد الحفظ",
        "zh": "保存确认",
    },
    "refusal": {
        "en": "Refusal of execution",
        "fr": "Refus d'exécution",
        "es": "Denegación de la ejecución",
        "pt": "Recusa de execução",
        "ru": "Отказ в исполнении",
        "ar": "رفض التنفيذ",
        "zh": "拒绝执行",
    },
    "clarification": {
        "en": "Request for clarification",
        "fr": "Demande de précisions",
        "es": "Solicitud de aclaraciones",
        "pt": "Pedido de esclarecimentos",
        "ru": "Запрос о разъяснениях",
        "ar": "طلب إيضاحات",
        "zh": "澄清请求",
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
        "pt": "Em {sent_on} enviámos-vos o nosso pedido de conservação expedita de dados informáticos armazenados, referência {reference} (novamente em anexo). Não recebemos aviso de receção. Queiram confirmar a receção e informar-nos se os dados foram conservados.",
        "ru": "{sent_on} мы направили вам запрос об оперативном обеспечении сохранности хранимых компьютерных данных, номер {reference} (прилагается повторно). Подтверждение получения к нам не поступило. Просим подтвердить получение и сообщить, обеспечена ли сохранность данных.",
        "ar": "في {sent_on} أرسلنا إليكم طلبنا بشأن الحفظ العاجل لبيانات الحاسوب المخزنة، المرجع {reference} (مرفق مرة أخرى). ولم يردنا إشعار بالاستلام. يُرجى تأكيد الاستلام وإفادتنا بما إذا كانت البيانات قد حُفظت.",
        "zh": "我方已于 {sent_on} 向贵方发送关于快速保存已存储的计算机数据的请求，编号 {reference}（再次附上）。我方尚未收到收悉确认。请确认收到，并告知数据是否已予保存。",
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
        "pt": "Junto enviamos o nosso pedido de conservação expedita de dados informáticos armazenados, referência {reference}. Queiram acusar a receção respondendo a esta mensagem.",
        "ru": "Направляем вам запрос об оперативном обеспечении сохранности хранимых компьютерных данных, номер {reference} (во вложении). Просим подтвердить получение ответом на это сообщение.",
        "ar": "تجدون مرفقًا طلبنا بشأن الحفظ العاجل لبيانات الحاسوب المخزنة، المرجع {reference}. يُرجى الإشعار بالاستلام بالرد على هذه الرسالة.",
        "zh": "随函附上我方关于快速保存已存储的计算机数据的请求，编号 {reference}。请回复本邮件确认收悉。",
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
        "pt": "Acusamos a receção do vosso pedido {reference}. Está registado com o nosso número {registration}. Segue em anexo a carta.",
        "ru": "Подтверждаем получение вашего запроса {reference}. Он зарегистрирован под нашим номером {registration}. Письмо прилагается.",
        "ar": "نُفيد باستلام طلبكم {reference}. وقد سُجّل تحت الرقم {registration} لدينا. الرسالة مرفقة.",
        "zh": "兹确认收到贵方请求 {reference}。该请求已登记为我方编号 {registration}。函件见附件。",
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
        "pt": "Os dados descritos no vosso pedido {reference} são conservados até {expires_at} UTC. Segue em anexo a carta.",
        "ru": "Сохранность данных, указанных в вашем запросе {reference}, обеспечивается до {expires_at} UTC. Письмо прилагается.",
        "ar": "البيانات المبيّنة في طلبكم {reference} محفوظة حتى {expires_at} بالتوقيت العالمي المنسق (UTC). الرسالة مرفقة.",
        "zh": "贵方请求 {reference} 中所述数据将保存至 {expires_at} UTC。函件见附件。",
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
        "pt": "O vosso pedido {reference} não pode ser executado. Os motivos constam da carta em anexo.",
        "ru": "Ваш запрос {reference} не может быть исполнен. Основания изложены в прилагаемом письме.",
        "ar": "يتعذّر تنفيذ طلبكم {reference}. وترد الأسباب في الرسالة المرفقة.",
        "zh": "贵方请求 {reference} 无法执行。理由见所附函件。",
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
        "pt": "Antes de podermos executar o vosso pedido {reference}, necessitamos de mais informações. As questões constam da carta em anexo.",
        "ru": "Для исполнения вашего запроса {reference} нам необходимы дополнительные сведения. Вопросы изложены в прилагаемом письме.",
        "ar": "قبل أن يتسنّى تنفيذ طلبكم {reference}، نحتاج إلى مزيد من المعلومات. وترد الأسئلة في الرسالة المرفقة.",
        "zh": "在执行贵方请求 {reference} 之前，我方需要更多信息。问题见所附函件。",
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


# For every kind other than the preservation request, whose own wording is above: the kind's
# title (from its spec, translated by the catalogues) is set into a fixed sentence.
KIND_BODIES: Mapping[str, Mapping[str, str]] = {
    "request": {
        "en": "Please find attached our document \u201c{title}\u201d, reference {reference}. Please acknowledge receipt by replying to this message.",
        "fr": "Veuillez trouver ci-joint notre document \u00ab\u00a0{title}\u00a0\u00bb, r\u00e9f\u00e9rence {reference}. Merci d'accuser r\u00e9ception en r\u00e9pondant \u00e0 ce message.",
        "es": "Adjuntamos nuestro documento \u00ab{title}\u00bb, referencia {reference}. Le rogamos acuse recibo respondiendo a este mensaje.",
        "pt": "Junto enviamos o nosso documento \u00ab{title}\u00bb, refer\u00eancia {reference}. Queiram acusar a rece\u00e7\u00e3o respondendo a esta mensagem.",
        "ru": "\u041d\u0430\u043f\u0440\u0430\u0432\u043b\u044f\u0435\u043c \u0432\u0430\u043c \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442 \u00ab{title}\u00bb, \u043d\u043e\u043c\u0435\u0440 {reference} (\u0432\u043e \u0432\u043b\u043e\u0436\u0435\u043d\u0438\u0438). \u041f\u0440\u043e\u0441\u0438\u043c \u043f\u043e\u0434\u0442\u0432\u0435\u0440\u0434\u0438\u0442\u044c \u043f\u043e\u043b\u0443\u0447\u0435\u043d\u0438\u0435, \u043e\u0442\u0432\u0435\u0442\u0438\u0432 \u043d\u0430 \u044d\u0442\u043e \u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u0435.",
        "ar": "\u062a\u062c\u062f\u0648\u0646 \u0645\u0631\u0641\u0642\u064b\u0627 \u0648\u062b\u064a\u0642\u062a\u0646\u0627 \u00ab{title}\u00bb\u060c \u0627\u0644\u0645\u0631\u062c\u0639 {reference}. \u064a\u064f\u0631\u062c\u0649 \u0627\u0644\u0625\u0634\u0639\u0627\u0631 \u0628\u0627\u0644\u0627\u0633\u062a\u0644\u0627\u0645 \u0628\u0627\u0644\u0631\u062f \u0639\u0644\u0649 \u0647\u0630\u0647 \u0627\u0644\u0631\u0633\u0627\u0644\u0629.",
        "zh": "\u968f\u51fd\u9644\u4e0a\u6211\u65b9\u6587\u4ef6\u300a{title}\u300b\uff0c\u7f16\u53f7 {reference}\u3002\u8bf7\u56de\u590d\u672c\u90ae\u4ef6\u786e\u8ba4\u6536\u6089\u3002",
    },
    "chase": {
        "en": "On {sent_on} we sent you our document \u201c{title}\u201d, reference {reference} (attached again). We have not received an acknowledgement. Please confirm receipt.",
        "fr": "Le {sent_on}, nous vous avons adress\u00e9 notre document \u00ab\u00a0{title}\u00a0\u00bb, r\u00e9f\u00e9rence {reference} (\u00e0 nouveau joint). Nous n'avons pas re\u00e7u d'accus\u00e9 de r\u00e9ception. Merci de confirmer la r\u00e9ception.",
        "es": "El {sent_on} le enviamos nuestro documento \u00ab{title}\u00bb, referencia {reference} (se adjunta de nuevo). No hemos recibido acuse de recibo. Le rogamos confirme la recepci\u00f3n.",
        "pt": "Em {sent_on} envi\u00e1mos-vos o nosso documento \u00ab{title}\u00bb, refer\u00eancia {reference} (novamente em anexo). N\u00e3o recebemos aviso de rece\u00e7\u00e3o. Queiram confirmar a rece\u00e7\u00e3o.",
        "ru": "{sent_on} \u043c\u044b \u043d\u0430\u043f\u0440\u0430\u0432\u0438\u043b\u0438 \u0432\u0430\u043c \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442 \u00ab{title}\u00bb, \u043d\u043e\u043c\u0435\u0440 {reference} (\u043f\u0440\u0438\u043b\u0430\u0433\u0430\u0435\u0442\u0441\u044f \u043f\u043e\u0432\u0442\u043e\u0440\u043d\u043e). \u041f\u043e\u0434\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043d\u0438\u0435 \u043f\u043e\u043b\u0443\u0447\u0435\u043d\u0438\u044f \u043a \u043d\u0430\u043c \u043d\u0435 \u043f\u043e\u0441\u0442\u0443\u043f\u0438\u043b\u043e. \u041f\u0440\u043e\u0441\u0438\u043c \u043f\u043e\u0434\u0442\u0432\u0435\u0440\u0434\u0438\u0442\u044c \u043f\u043e\u043b\u0443\u0447\u0435\u043d\u0438\u0435.",
        "ar": "\u0641\u064a {sent_on} \u0623\u0631\u0633\u0644\u0646\u0627 \u0625\u0644\u064a\u0643\u0645 \u0648\u062b\u064a\u0642\u062a\u0646\u0627 \u00ab{title}\u00bb\u060c \u0627\u0644\u0645\u0631\u062c\u0639 {reference} (\u0645\u0631\u0641\u0642\u0629 \u0645\u0631\u0629 \u0623\u062e\u0631\u0649). \u0648\u0644\u0645 \u064a\u0631\u062f\u0646\u0627 \u0625\u0634\u0639\u0627\u0631 \u0628\u0627\u0644\u0627\u0633\u062a\u0644\u0627\u0645. \u064a\u064f\u0631\u062c\u0649 \u062a\u0623\u0643\u064a\u062f \u0627\u0644\u0627\u0633\u062a\u0644\u0627\u0645.",
        "zh": "\u6211\u65b9\u5df2\u4e8e {sent_on} \u5411\u8d35\u65b9\u53d1\u9001\u6587\u4ef6\u300a{title}\u300b\uff0c\u7f16\u53f7 {reference}\uff08\u518d\u6b21\u9644\u4e0a\uff09\u3002\u6211\u65b9\u5c1a\u672a\u6536\u5230\u6536\u6089\u786e\u8ba4\u3002\u8bf7\u786e\u8ba4\u6536\u5230\u3002",
    },
}


def kind_email_body(
    purpose: str, languages: tuple[str, str], titles: Mapping[str, str], **values: str
) -> str:
    """Return the body for a kind other than preservation: its title set into the fixed
    sentence of each language, one paragraph each."""
    return (
        "\n\n".join(
            KIND_BODIES[purpose][language].format(title=titles[language], **values)
            for language in _languages(languages)
        )
        + "\n"
    )
