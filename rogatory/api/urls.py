"""The REST API (django-ninja): OpenAPI document at /api/openapi.json, explorer at /api/docs.

Authentication is the Django session with its CSRF token (django_auth checks it on unsafe
methods). Per-user API tokens would need a model of their own and are not offered yet.
"""

from ninja import NinjaAPI
from ninja.security import django_auth

from rogatory.api.advice import router as advice_router
from rogatory.api.deconfliction import router as deconfliction_router
from rogatory.api.directory import router as directory_router
from rogatory.api.errors import install_error_handlers
from rogatory.api.intake import router as intake_router
from rogatory.api.kinds import router as kinds_router
from rogatory.api.requests import router as requests_router
from rogatory.api.schema import router as schema_router

api = NinjaAPI(title="Rogatory API", version="1", urls_namespace="api", auth=django_auth)
install_error_handlers(api)
api.add_router("/requests", requests_router)
api.add_router("/directory", directory_router)
api.add_router("/schema", schema_router)
api.add_router("/kinds", kinds_router)
api.add_router("/advice", advice_router)
api.add_router("/intake", intake_router)
api.add_router("", deconfliction_router)
