"""The REST API (django-ninja): OpenAPI at /api/docs and /api/openapi.json."""

from ninja import NinjaAPI

api = NinjaAPI(title="Rogatory API", version="1", urls_namespace="api")
