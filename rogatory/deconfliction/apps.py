from django.apps import AppConfig


class DeconflictionConfig(AppConfig):
    name = "rogatory.deconfliction"
    label = "deconfliction"
    verbose_name = "Deconfliction: who else asked about an identifier"
    default_auto_field = "django.db.models.BigAutoField"
