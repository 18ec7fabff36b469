"""LTI Dynamic Registration 1.0 (IMS): a platform registers this tool by itself, once an administrator here agrees.

pylti1p3 (2.0) has no dynamic registration, so the spec's three messages are here:

1. The platform opens our registration URL with ``openid_configuration`` (the URL of its OpenID configuration)
   and, usually, a one-time ``registration_token``.
2. We read its configuration (`platform_configuration`): its issuer, whose host must be the configuration URL's,
   its authentication, token, key-set and registration endpoints, and the LTI platform claim.
3. We post our client registration (`client_registration`: launch and login URLs, key set, the messages and
   scopes we use) to its registration endpoint with the token, and keep the client id and deployment id it
   answers with as a `Platform` (`register`).

Every failure is a `RegistrationFailed` carrying a sentence for the administrator; nothing is stored then.
"""

from urllib.parse import urlsplit

import requests
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext as _

from interop.models import Platform

PLATFORM_CLAIM = "https://purl.imsglobal.org/spec/lti-platform-configuration"
TOOL_CLAIM = "https://purl.imsglobal.org/spec/lti-tool-configuration"
SCOPES = [
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
    "https://purl.imsglobal.org/spec/lti-ags/scope/score",
    "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
]
ENDPOINTS = ["issuer", "authorization_endpoint", "token_endpoint", "jwks_uri", "registration_endpoint"]
TIMEOUT = 15


class RegistrationFailed(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def _https(url):
    parts = urlsplit(url) if isinstance(url, str) else None
    return bool(parts and parts.scheme == "https" and parts.hostname)


def _call(method, url, token, **kwargs):
    """The platform's JSON answer to one request; unreachable, refused or not JSON: RegistrationFailed."""
    headers = {"Accept": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})}
    try:
        response = requests.request(method, url, headers=headers, timeout=TIMEOUT, **kwargs)
    except requests.RequestException as error:
        raise RegistrationFailed(
            _("The platform could not be reached at %(url)s (%(error)s).") % {"url": url, "error": type(error).__name__}
        ) from None
    if response.status_code not in (200, 201):
        raise RegistrationFailed(
            _("The platform answered %(url)s with HTTP %(status)d: %(text)s")
            % {"url": url, "status": response.status_code, "text": response.text[:300]}
        )
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise RegistrationFailed(_("The platform's answer from %(url)s is not a JSON object.") % {"url": url})
    return body


def platform_configuration(url, token=""):
    """The platform's OpenID configuration from `url`, checked as the spec asks."""
    if not _https(url):
        raise RegistrationFailed(_("The platform's configuration URL must be an https:// address."))
    config = _call("GET", url, token)
    missing = [field for field in ENDPOINTS if not _https(config.get(field))]
    if not isinstance(config.get(PLATFORM_CLAIM), dict):
        missing.append(PLATFORM_CLAIM)
    if missing:
        raise RegistrationFailed(
            _("The platform's configuration lacks %(fields)s (or they are not https:// addresses).")
            % {"fields": ", ".join(missing)}
        )
    if urlsplit(config["issuer"]).hostname != urlsplit(url).hostname:
        raise RegistrationFailed(
            _("The platform's issuer %(issuer)s is not on the host its configuration came from (%(host)s).")
            % {"issuer": config["issuer"], "host": urlsplit(url).hostname}
        )
    algorithms = config.get("id_token_signing_alg_values_supported")
    if isinstance(algorithms, list) and "RS256" not in algorithms:
        raise RegistrationFailed(_("The platform does not sign its launches with RS256, which this tool needs."))
    return config


def product(config):
    """How the platform calls itself (Moodle says "moodle", Canvas "canvas"), and its version."""
    claim = config[PLATFORM_CLAIM]
    return " ".join(str(claim.get(key) or "") for key in ("product_family_code", "version")).strip()


def scopes_for(config):
    """The services we use, as far as the platform offers them."""
    offered = config.get("scopes_supported")
    return [scope for scope in SCOPES if not isinstance(offered, list) or scope in offered]


def client_registration(request, config):
    """Our side of the registration, as the spec's client registration request."""
    absolute = request.build_absolute_uri
    launch = absolute(reverse("interop:launch"))
    name = str(settings.WAGTAIL_SITE_NAME)
    return {
        "application_type": "web",
        "response_types": ["id_token"],
        "grant_types": ["implicit", "client_credentials"],
        "initiate_login_uri": absolute(reverse("interop:login")),
        "redirect_uris": [launch],
        "client_name": name,
        "jwks_uri": absolute(reverse("interop:jwks")),
        "token_endpoint_auth_method": "private_key_jwt",
        "scope": " ".join(scopes_for(config)),
        TOOL_CLAIM: {
            "domain": request.get_host(),
            "target_link_uri": launch,
            "claims": ["iss", "sub", "given_name", "family_name", "name"],
            "messages": [{"type": "LtiDeepLinkingRequest", "target_link_uri": launch, "label": name}],
        },
    }


def register(request, url, token, name):
    """Register this tool with the platform configured at `url`; returns the `Platform` stored.

    Registering with the same platform again (the same issuer and client id) updates its endpoints and adds
    the new deployment id. A platform that names no deployment is stored inactive: launches wait until an
    administrator enters the deployment id it shows.
    """
    config = platform_configuration(url, token)
    answer = _call("POST", config["registration_endpoint"], token, json=client_registration(request, config))
    client_id = str(answer.get("client_id") or "")
    if not client_id:
        raise RegistrationFailed(_("The platform's registration answer names no client id."))
    tool = answer.get(TOOL_CLAIM) if isinstance(answer.get(TOOL_CLAIM), dict) else {}
    deployment_id = str(tool.get("deployment_id") or "")
    platform = Platform.objects.filter(issuer=config["issuer"], client_id=client_id).first() or Platform(
        issuer=config["issuer"], client_id=client_id, deployment_ids=""
    )
    ids = platform.deployment_id_list()
    if deployment_id and deployment_id not in ids:
        ids.append(deployment_id)
    platform.name = name or product(config) or urlsplit(config["issuer"]).hostname
    platform.deployment_ids = "\n".join(ids)
    platform.key_set_url = config["jwks_uri"]
    platform.auth_login_url = config["authorization_endpoint"]
    platform.auth_token_url = config["token_endpoint"]
    platform.auth_audience = str(config.get("authorization_server") or "")
    platform.active = bool(ids)
    try:
        platform.clean_fields(exclude=["deployment_ids"] if not ids else None)
        if ids:
            platform.clean()
    except ValidationError as error:
        raise RegistrationFailed(
            _("The platform's registration cannot be stored: %(errors)s") % {"errors": "; ".join(error.messages)}
        ) from None
    platform.save()
    return platform
