"""/api/requests/check meets junk: whatever arrives, the answer is never a server error."""

import json
from typing import Any

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rogatory.requests.document import RequestDocument

FIELDS = [*sorted(RequestDocument.model_fields), "$schema", "colour", ""]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)
# Mostly documents with real field names and wrong values, to get past the first check.
documents = st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=12)
junk_bodies = (
    st.binary(max_size=300)
    | st.text(max_size=300).map(str.encode)
    | json_values.map(lambda value: json.dumps(value).encode())
    | documents.map(lambda value: json.dumps(value).encode())
)
HYPOTHESIS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def client(alice: Any) -> Client:
    signed_in = Client(raise_request_exception=False)
    signed_in.force_login(alice)
    return signed_in


@HYPOTHESIS
@given(body=junk_bodies)
def test_junk_never_gets_a_server_error(client: Client, body: bytes) -> None:
    response = client.post("/api/requests/check", body, content_type="application/json")

    assert response.status_code in {200, 400, 422}, (body, response.content)
    assert isinstance(response.json(), dict)


@HYPOTHESIS
@given(document=documents)
def test_a_document_with_wrong_values_gets_defects_or_422(
    client: Client, document: dict[str, Any]
) -> None:
    response = client.post("/api/requests/check", document, content_type="application/json")

    assert response.status_code in {200, 422}, (document, response.content)
    if response.status_code == 200:
        assert set(response.json()) == {"is_complete", "defects"}


def test_deeply_nested_json_is_not_a_server_error(client: Client) -> None:
    body = b"[" * 100_000 + b"]" * 100_000

    response = client.post("/api/requests/check", body, content_type="application/json")

    assert response.status_code == 400


def test_a_body_of_another_type_is_refused(client: Client) -> None:
    response = client.post("/api/requests/check", "our_reference=X", content_type="text/plain")

    assert response.status_code == 400, response.content
