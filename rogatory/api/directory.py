"""/api/directory: the directory of authorities, read-only."""

from typing import Any

from django.http import HttpRequest
from ninja import Router

from rogatory.api.schemas import AuthorityOut
from rogatory.directory.models import Authority

router = Router(tags=["directory"])


@router.get(
    "/authorities",
    response=list[AuthorityOut],
    summary="Authorities, providers included, with their contact points",
)
def list_authorities(
    request: HttpRequest, country: str = "", authority_type: str = ""
) -> list[dict[str, Any]]:
    authorities = Authority.objects.select_related("country").prefetch_related("contact_points")
    if country:
        authorities = authorities.filter(country_id=country.upper())
    if authority_type:
        authorities = authorities.filter(authority_type=authority_type)
    return [
        {
            "code": authority.code,
            "name": authority.name,
            "name_local": authority.name_local,
            "authority_type": authority.authority_type,
            "country": authority.country_id,
            "country_name": authority.country.name,
            "languages": list(authority.languages),
            "time_zone": authority.time_zone,
            "contact_points": [
                {
                    "name": contact.name,
                    "person_name": contact.person_name,
                    "is_available_24_7": contact.is_available_24_7,
                    "time_zone": contact.time_zone,
                    "office_hours": contact.office_hours,
                    "languages": list(contact.languages),
                    "channels": list(contact.channels),
                    "email": contact.email,
                    "phone": contact.phone,
                }
                for contact in authority.contact_points.all()
            ],
        }
        for authority in authorities
    ]
