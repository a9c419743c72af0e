from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "rogatory.intake"
    label = "intake"
    verbose_name = "Intake of incoming requests"
    default_auto_field = "django.db.models.BigAutoField"
