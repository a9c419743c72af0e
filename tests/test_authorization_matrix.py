"""The authorisation matrix (security.md): every URL of config.urls has a row saying who may
reach it, and the rows are checked for anonymous users, for the owner's authority and for another
authority. A route added without a row fails `test_every_route_has_a_row`.
"""

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from rogatory.requests.document import RequestDocument
from rogatory.requests.models import CooperationRequest, Reminder

Access = Literal["public", "signed_in", "request", "reminder", "intake", "staff", "supervisor"]


@dataclass(frozen=True)
class Rule:
    """Who may reach a route, with which methods, and what its owner sees on GET."""

    access: Access
    methods: tuple[str, ...]
    owner_get: int | None = None  # the owner's GET status, when GET is one of the methods
    anonymous_status: int = 200  # what a public route answers a signed-out visitor
    anonymous_location: str = "/accounts/login/"  # where that answer sends them, if it redirects
    body: tuple[tuple[str, Any], ...] = ()  # the smallest valid JSON body of an API POST


REASON = (("reason", "Stated reasons."),)
# Route name (namespace:name) -> rule. "request" routes are scoped by <request_id>: another
# authority's user gets 404, exactly as for a missing request.
MATRIX: dict[str, Rule] = {
    # Web UI (rogatory/web/urls.py).
    "web:sign_in": Rule("public", ("GET", "POST")),
    "web:sign_out": Rule("public", ("POST",), anonymous_status=302),
    # The language chooser: back to the page it was posted from, "/" when none is named.
    "web:set_language": Rule("public", ("POST",), anonymous_status=302, anonymous_location="/"),
    "web:dashboard": Rule("signed_in", ("GET",)),
    "web:request_new": Rule("signed_in", ("GET", "POST")),
    "web:request_incoming_new": Rule("signed_in", ("GET", "POST")),
    "web:request_detail": Rule("request", ("GET",), owner_get=200),
    "web:request_edit": Rule("request", ("GET", "POST"), owner_get=200),
    "web:request_action": Rule("request", ("POST",)),
    "web:stored_document": Rule("request", ("GET",), owner_get=200),
    "web:reminder_read": Rule("reminder", ("POST",)),
    "web:directory": Rule("signed_in", ("GET",)),
    "web:glossary": Rule("signed_in", ("GET",)),
    "web:advice": Rule("signed_in", ("GET",)),
    "web:intake_upload": Rule("signed_in", ("GET", "POST")),
    "web:intake_review": Rule("intake", ("GET", "POST")),
    "web:identifiers": Rule("signed_in", ("GET",)),
    # "supervisor" routes: supervisors and administrators of a unit; an officer gets 404.
    "web:identifiers_overview": Rule("supervisor", ("GET",)),
    # API (rogatory/api): session authentication, 401 when signed out.
    "api:api-root": Rule("public", ("GET",), anonymous_status=404),  # ninja's empty root
    "api:openapi-json": Rule("public", ("GET",)),
    "api:openapi-view": Rule("public", ("GET",)),
    "api:request_schema": Rule("public", ("GET",)),
    "api:list_kinds": Rule("public", ("GET",)),
    "api:list_requests": Rule("signed_in", ("GET",)),
    "api:create_request": Rule("signed_in", ("POST",)),
    "api:check_document": Rule("signed_in", ("POST",)),
    "api:list_authorities": Rule("signed_in", ("GET",)),
    "api:advise_situation": Rule(
        "signed_in", ("POST",), body=(("measure", "preservation"), ("requested_country", "DE"))
    ),
    "api:get_request": Rule("request", ("GET",), owner_get=200),
    "api:update_request": Rule("request", ("PUT",)),
    "api:export_request": Rule("request", ("GET",), owner_get=200),
    "api:request_timeline": Rule("request", ("GET",), owner_get=200),
    "api:download_pdf": Rule("request", ("GET",), owner_get=200),
    "api:download_docx": Rule("request", ("GET",), owner_get=200),
    "api:approve_request": Rule("request", ("POST",)),
    "api:send_request": Rule("request", ("POST",)),
    "api:record_acknowledgement": Rule("request", ("POST",)),
    "api:record_preservation_confirmed": Rule("request", ("POST",)),
    "api:record_refusal": Rule("request", ("POST",), body=REASON),
    "api:record_clarification_request": Rule("request", ("POST",), body=REASON),
    "api:answer_clarification": Rule("request", ("POST",)),
    "api:withdraw_request": Rule("request", ("POST",)),
    "api:record_validation": Rule("request", ("POST",)),
    "api:close_request": Rule("request", ("POST",), body=(("outcome", "mla_request_sent"),)),
    "api:create_extension_request": Rule("request", ("POST",)),
    "api:acknowledge_request": Rule("request", ("POST",)),
    "api:order_preservation": Rule("request", ("POST",)),
    "api:confirm_preservation": Rule("request", ("POST",)),
    "api:refuse_request": Rule("request", ("POST",), body=REASON),
    "api:ask_clarification": Rule("request", ("POST",), body=REASON),
    "api:create_follow_up_request": Rule("request", ("POST",), body=(("kind", "mla_subscriber"),)),
    "api:record_response": Rule("request", ("POST",)),
    "api:record_conditions_accepted": Rule("request", ("POST",)),
    "api:record_cannot_comply": Rule("request", ("POST",), body=REASON),
    "api:release_information": Rule("request", ("POST",)),
    "api:withhold_information": Rule("request", ("POST",), body=REASON),
    "api:record_non_execution": Rule(
        "request", ("POST",), body=(("reason_code", "data_not_stored"),)
    ),
    "api:record_transborder_access": Rule("request", ("POST",)),
    "api:respond_to_request": Rule("request", ("POST",)),
    "api:accept_conditions": Rule("request", ("POST",)),
    "api:declare_cannot_comply": Rule("request", ("POST",), body=(("note", "Stated reasons."),)),
    # Intake (rogatory/api/intake.py): "intake" routes are scoped by <intake_id> like requests.
    "api:create_intake": Rule("signed_in", ("POST",)),
    # Deconfliction (rogatory/api/deconfliction.py): a match shows no content of others' requests.
    "api:who_asked": Rule("signed_in", ("GET",)),
    "api:request_matches": Rule("request", ("GET",), owner_get=200),
    "api:draft_matches": Rule("signed_in", ("POST",)),
    "api:identifier_overview": Rule("supervisor", ("GET",)),
    "api:get_intake": Rule("intake", ("GET",)),
    "api:confirm_intake": Rule(
        "intake", ("POST",), body=(("requesting_authority", "de-bka-247"), ("our_reference", "X"))
    ),
}
# Django's admin site guards every one of its (generated) routes with admin_view: staff only.
NAMESPACE_RULES: dict[str, Rule] = {"admin": Rule("staff", ("GET",))}


@dataclass(frozen=True)
class Route:
    name: str
    route: str
    parameters: tuple[str, ...]


def _walk(patterns: list[Any], prefix: str = "", namespace: str = "") -> Iterator[Route]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            converters = getattr(entry.pattern, "converters", {})
            yield Route(
                f"{namespace}{entry.name or ''}", prefix + str(entry.pattern), tuple(converters)
            )


def all_routes() -> list[Route]:
    """Return every URL pattern of config.urls, with its full name and route."""
    return list(_walk(get_resolver().url_patterns))


def rule_for(route: Route) -> Rule | None:
    if route.name in MATRIX:
        return MATRIX[route.name]
    return NAMESPACE_RULES.get(route.name.split(":", 1)[0]) if ":" in route.name else None


def is_api(name: str) -> bool:
    return name.startswith("api:")


def call(client: Client, method: str, url: str, rule: Rule, name: str) -> Any:
    if is_api(name) and method in {"POST", "PUT"}:
        return client.generic(
            method, url, data=json.dumps(dict(rule.body)), content_type="application/json"
        )
    return client.generic(method, url)


def test_every_route_has_a_row() -> None:
    missing = sorted(
        f"{route.name or '(unnamed)'}  {route.route}"
        for route in all_routes()
        if rule_for(route) is None
    )

    assert missing == [], "routes without a row in the authorisation matrix:\n" + "\n".join(missing)


def test_every_row_names_a_route() -> None:
    names = {route.name for route in all_routes()}

    assert sorted(set(MATRIX) - names) == []


def test_scoped_rows_match_the_route_parameters() -> None:
    for route in all_routes():
        rule = rule_for(route)
        assert rule is not None
        if rule.access == "request":
            assert route.parameters[0] == "request_id", route
        if rule.access == "reminder":
            assert route.parameters == ("reminder_id",), route
        if rule.access == "intake":
            assert route.parameters == ("intake_id",), route


@pytest.fixture
def alices_request(alice: Any, complete_document: dict[str, Any]) -> CooperationRequest:
    from rogatory.requests.services import create_request

    return create_request(alice, RequestDocument.model_validate(complete_document))


@pytest.fixture
def alices_document_id(
    alice: Any, alices_request: CooperationRequest, settings: Any, tmp_path: Any
) -> int:
    """A stored PDF of alice's request, kept under the test's temporary directory."""
    from rogatory.documents.services import store_request_documents

    settings.MEDIA_ROOT = tmp_path / "files"
    pdf, _ = store_request_documents(alice, alices_request, ("fr", "en"))
    return int(pdf.pk)


@pytest.fixture
def frances_reminder(alices_request: CooperationRequest) -> Reminder:
    # A reminder as the sweeper leaves it for the French desk; made here because the sweeper's
    # clocks are not what this test is about.
    return Reminder.objects.create(
        request=alices_request,
        authority=alices_request.owner_authority,
        clock="expiry_reminder",
        message="Send the MLA request.",
        created_at=alices_request.created_at,
    )


def url_for(
    route: Route, request_id: int, document_id: int, reminder_id: int, intake_id: int = 0
) -> str:
    values = {
        "request_id": request_id,
        "document_id": document_id,
        "reminder_id": reminder_id,
        "intake_id": intake_id,
    }
    return reverse(route.name, kwargs={name: values[name] for name in route.parameters})


def scoped(access: set[str]) -> list[tuple[Route, Rule]]:
    found = []
    for route in all_routes():
        rule = rule_for(route)
        if rule is not None and rule.access in access and route.name in MATRIX:
            found.append((route, rule))
    return found


@pytest.mark.django_db
def test_anonymous_users_are_sent_to_sign_in_or_get_401(
    alices_request: CooperationRequest, alices_document_id: int, frances_reminder: Reminder
) -> None:
    anonymous = Client()
    for route, rule in scoped({"signed_in", "request", "reminder", "intake", "supervisor"}):
        url = url_for(route, alices_request.pk, alices_document_id, frances_reminder.pk, 1)
        for method in rule.methods:
            response = call(anonymous, method, url, rule, route.name)
            if is_api(route.name):
                assert response.status_code == 401, (method, url)
            else:
                assert response.status_code == 302, (method, url)
                assert response["Location"].startswith("/accounts/login/?next="), (method, url)


@pytest.mark.django_db
def test_public_routes_answer_anonymous_users() -> None:
    anonymous = Client()
    for route, rule in scoped({"public"}):
        response = anonymous.generic(rule.methods[0], reverse(route.name))
        assert response.status_code == rule.anonymous_status, route
        if response.status_code == 302:
            assert response["Location"] == rule.anonymous_location, route


@pytest.mark.django_db
def test_another_authority_gets_404_on_every_request_route(
    alices_request: CooperationRequest,
    alices_document_id: int,
    frances_reminder: Reminder,
    dieter: Any,
) -> None:
    client = Client()
    client.force_login(dieter)
    checked = 0
    for route, rule in scoped({"request", "reminder"}):
        url = url_for(route, alices_request.pk, alices_document_id, frances_reminder.pk)
        for method in rule.methods:
            response = call(client, method, url, rule, route.name)
            assert response.status_code == 404, (method, url, response.status_code)
            checked += 1
    assert checked >= 25
    alices_request.refresh_from_db()
    assert (alices_request.state, alices_request.approved_by_id) == ("draft", None)


@pytest.mark.django_db
def test_the_owners_authority_reaches_its_request_routes(
    alices_request: CooperationRequest,
    alices_document_id: int,
    frances_reminder: Reminder,
    alice: Any,
) -> None:
    client = Client()
    client.force_login(alice)
    for route, rule in scoped({"request"}):
        if rule.owner_get is None:
            continue
        url = url_for(route, alices_request.pk, alices_document_id, frances_reminder.pk)
        response = client.get(url)
        assert response.status_code == rule.owner_get, (
            url,
            response.status_code,
            response.content[:300],
        )


@pytest.mark.django_db
def test_the_admin_is_for_staff_only(alice: Any) -> None:
    anonymous = Client().get("/admin/")
    officer = Client()
    officer.force_login(alice)

    assert (anonymous.status_code, anonymous["Location"]) == (302, "/admin/login/?next=/admin/")
    assert officer.get("/admin/").status_code == 302


@pytest.mark.django_db
def test_another_authority_gets_404_on_every_intake_route(alice: Any, dieter: Any) -> None:
    from rogatory.intake.models import IntakeBatch
    from rogatory.intake.services import receive_intake

    alices_intake = receive_intake(alice, [("note.txt", b"Demande de conservation")])
    client = Client()
    client.force_login(dieter)
    checked = 0
    for route, rule in scoped({"intake"}):
        url = url_for(route, 0, 0, 0, alices_intake.pk)
        for method in rule.methods:
            response = call(client, method, url, rule, route.name)
            assert response.status_code == 404, (method, url, response.status_code)
            checked += 1
    assert checked == 4
    assert IntakeBatch.objects.get().request_id is None


@pytest.mark.django_db
def test_supervisor_routes_answer_supervisors_and_hide_from_officers(
    alice: Any, bruno: Any
) -> None:
    officer, supervisor = Client(), Client()
    officer.force_login(alice)
    supervisor.force_login(bruno)
    checked = 0
    for route, rule in scoped({"supervisor"}):
        url = reverse(route.name)
        for method in rule.methods:
            assert call(officer, method, url, rule, route.name).status_code == 404, url
            assert call(supervisor, method, url, rule, route.name).status_code == 200, url
            checked += 1
    assert checked == 2
