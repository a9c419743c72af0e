"""URL wiring only."""

from django.contrib import admin
from django.urls import include, path

from rogatory.api.urls import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("", include("rogatory.web.urls")),
]
