"""Web pages. Every request page loads through access_request (via services.open_request)."""

from django.urls import path
from django.views.i18n import set_language

from rogatory.web import advice_views, deconfliction_views, glossary_views, intake_views, views

app_name = "web"

urlpatterns = [
    path("accounts/login/", views.sign_in_page, name="sign_in"),
    path("accounts/logout/", views.sign_out_page, name="sign_out"),
    # Django's own view: POST with CSRF, remembers the choice in the language cookie, which
    # LocaleMiddleware reads before the browser's Accept-Language.
    path("language/", set_language, name="set_language"),
    path("", views.dashboard, name="dashboard"),
    path("requests/new/", views.request_new, name="request_new"),
    path("requests/incoming/new/", views.request_incoming_new, name="request_incoming_new"),
    path("requests/<int:request_id>/", views.request_detail, name="request_detail"),
    path("requests/<int:request_id>/edit/", views.request_edit, name="request_edit"),
    path("requests/<int:request_id>/act/", views.request_action, name="request_action"),
    path(
        "requests/<int:request_id>/documents/<int:document_id>/",
        views.stored_document_download,
        name="stored_document",
    ),
    path("reminders/<int:reminder_id>/read/", views.reminder_read, name="reminder_read"),
    path("directory/", views.directory_page, name="directory"),
    path("glossary/", glossary_views.glossary_page, name="glossary"),
    path("advice/", advice_views.advice_page, name="advice"),
    path("intake/", intake_views.intake_upload, name="intake_upload"),
    path("intake/<int:intake_id>/", intake_views.intake_review, name="intake_review"),
    path("identifiers/", deconfliction_views.identifiers_page, name="identifiers"),
    path(
        "identifiers/overview/",
        deconfliction_views.identifiers_overview,
        name="identifiers_overview",
    ),
]
