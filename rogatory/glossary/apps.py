from django.apps import AppConfig


class GlossaryConfig(AppConfig):
    name = "rogatory.glossary"
    label = "glossary"
    verbose_name = "Glossary of legal and technical terms"
