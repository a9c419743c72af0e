"""The REST API (django-ninja): OpenAPI document at /api/openapi.json, explorer at /api/docs."""

from ninja import NinjaAPI

api = NinjaAPI(title="Rogatory API", version="1", urls_namespace="api")
