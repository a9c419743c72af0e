"""Languages in which the fixed text of the forms exists (Django catalogues under locale/)."""

FORM_LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "es": "Español"}
