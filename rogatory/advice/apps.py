from django.apps import AppConfig


class AdviceConfig(AppConfig):
    name = "rogatory.advice"
    label = "advice"
    default_auto_field = "django.db.models.BigAutoField"
