from django.apps import AppConfig


class TransmissionConfig(AppConfig):
    name = "rogatory.transmission"
    label = "transmission"
    default_auto_field = "django.db.models.BigAutoField"
