"""An LTI 1.3 platform (an LMS such as Moodle or Canvas) for the tests: its own keys, id_tokens and endpoints.

It signs real id_tokens with its own RSA key, answers our tool over HTTP at its key set, token, score,
membership, OpenID configuration and registration endpoints (faked at the `requests` boundary with
`responses`), and drives the browser side of a launch through Django's test client: login initiation, the
platform's authentication redirect, the form post.
"""

import functools
import json
import time
import uuid
from urllib.parse import parse_qs, urlsplit

import jwt
import responses
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwcrypto.jwk import JWK

from interop.models import Platform

ISSUER = "https://lms.example.edu"
CLIENT_ID = "tool-client-1"
DEPLOYMENT_ID = "deployment-1"
JWKS_URL = f"{ISSUER}/mod/lti/certs.php"
AUTH_URL = f"{ISSUER}/mod/lti/auth.php"
TOKEN_URL = f"{ISSUER}/mod/lti/token.php"
LINEITEM_URL = f"{ISSUER}/mod/lti/services.php/2/lineitems/7/lineitem"
MEMBERSHIPS_URL = f"{ISSUER}/mod/lti/services.php/CourseSection/2/bindings/2/memberships"
LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"
INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"
LINEITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"
NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"
OPENID_CONFIGURATION_URL = f"{ISSUER}/mod/lti/openid-configuration.php"
REGISTRATION_URL = f"{ISSUER}/mod/lti/openid-registration.php"
REGISTRATION_TOKEN = "one-time-registration-token"


def new_private_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@functools.cache
def platform_key():
    """The platform's own key, made once per test run (an RSA key takes a tenth of a second or more to make)."""
    return new_private_key()


def pem(key):
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


class PlatformSimulator:
    """One LMS. `http` is a `responses.RequestsMock` that fakes its endpoints while a test runs."""

    def __init__(self, http, key=None, kid="platform-key-1"):
        self.http = http
        self.key = key or platform_key()
        self.kid = kid
        self.scores = []  # the score bodies our tool posted
        self.token_requests = []
        self.members = []
        self.refuse_scores = 0  # how many score posts to refuse (503) before accepting
        self.registrations = []  # the client registrations our tool posted (dynamic registration)
        self.openid_configuration = {
            "issuer": ISSUER,
            "authorization_endpoint": AUTH_URL,
            "token_endpoint": TOKEN_URL,
            "token_endpoint_auth_methods_supported": ["private_key_jwt"],
            "token_endpoint_auth_signing_alg_values_supported": ["RS256"],
            "jwks_uri": JWKS_URL,
            "registration_endpoint": REGISTRATION_URL,
            "scopes_supported": ["openid", LINEITEM_SCOPE, SCORE_SCOPE, NRPS_SCOPE],
            "response_types_supported": ["id_token"],
            "subject_types_supported": ["public", "pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "claims_supported": ["sub", "iss", "name", "given_name", "family_name"],
            "https://purl.imsglobal.org/spec/lti-platform-configuration": {
                "product_family_code": "moodle",
                "version": "4.5",
                "messages_supported": [{"type": "LtiResourceLinkRequest"}, {"type": "LtiDeepLinkingRequest"}],
            },
        }
        self.registration_answer = None  # None: the spec's answer, with our client id and deployment id
        http.add_callback(responses.GET, JWKS_URL, callback=self._jwks)
        http.add_callback(responses.POST, TOKEN_URL, callback=self._token)
        http.add_callback(responses.POST, f"{LINEITEM_URL}/scores", callback=self._score)
        http.add_callback(responses.GET, MEMBERSHIPS_URL, callback=self._memberships)
        http.add_callback(responses.GET, OPENID_CONFIGURATION_URL, callback=self._openid_configuration)
        http.add_callback(responses.POST, REGISTRATION_URL, callback=self._register)

    def register(self, **fields):
        return Platform.objects.create(
            **{
                "name": "Hospital Moodle",
                "issuer": ISSUER,
                "client_id": CLIENT_ID,
                "deployment_ids": f"{DEPLOYMENT_ID}\nanother-deployment",
                "key_set_url": JWKS_URL,
                "auth_login_url": AUTH_URL,
                "auth_token_url": TOKEN_URL,
                **fields,
            }
        )

    # The platform's endpoints ---------------------------------------------------------------------

    def public_jwk(self):
        public = self.key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return {**json.loads(JWK.from_pem(public).export_public()), "kid": self.kid, "alg": "RS256", "use": "sig"}

    def _jwks(self, request):
        return 200, {"Content-Type": "application/json"}, json.dumps({"keys": [self.public_jwk()]})

    def _token(self, request):
        form = {k: v[0] for k, v in parse_qs(request.body).items()}
        self.token_requests.append(form)
        return (
            200,
            {"Content-Type": "application/json"},
            json.dumps({"access_token": "platform-token", "expires_in": 3600}),
        )

    def _score(self, request):
        if request.headers.get("Authorization") != "Bearer platform-token":
            return 401, {}, "no token"
        if self.refuse_scores:
            self.refuse_scores -= 1
            return 503, {}, "gradebook is down"
        self.scores.append(json.loads(request.body))
        return 200, {"Content-Type": "application/json"}, "{}"

    def _memberships(self, request):
        body = {"id": MEMBERSHIPS_URL, "context": {"id": "course-2"}, "members": self.members}
        return 200, {"Content-Type": "application/vnd.ims.lti-nrps.v2.membershipcontainer+json"}, json.dumps(body)

    def _openid_configuration(self, request):
        if request.headers.get("Authorization") != f"Bearer {REGISTRATION_TOKEN}":
            return 401, {}, "no registration token"
        body = self.openid_configuration
        return 200, {"Content-Type": "application/json"}, body if isinstance(body, str) else json.dumps(body)

    def _register(self, request):
        if request.headers.get("Authorization") != f"Bearer {REGISTRATION_TOKEN}":
            return 401, {}, "no registration token"
        body = json.loads(request.body)
        self.registrations.append(body)
        answer = self.registration_answer
        if answer is None:
            tool = body["https://purl.imsglobal.org/spec/lti-tool-configuration"]
            answer = {
                **body,
                "client_id": CLIENT_ID,
                "https://purl.imsglobal.org/spec/lti-tool-configuration": {**tool, "deployment_id": DEPLOYMENT_ID},
            }
        return 200, {"Content-Type": "application/json"}, json.dumps(answer)

    # Launches -------------------------------------------------------------------------------------

    def claims(
        self,
        nonce,
        *,
        sub="moodle-user-42",
        roles=(LEARNER,),
        target="",
        message_type="LtiResourceLinkRequest",
        context_id="course-2",
        resource_link_id="link-9",
        deployment_id=DEPLOYMENT_ID,
        ags=True,
        **extra,
    ):
        now = int(time.time())
        body = {
            "iss": ISSUER,
            "aud": CLIENT_ID,
            "sub": sub,
            "iat": now,
            "exp": now + 300,
            "nonce": nonce,
            "given_name": "Ada",
            "family_name": "Lovelace",
            "https://purl.imsglobal.org/spec/lti/claim/deployment_id": deployment_id,
            "https://purl.imsglobal.org/spec/lti/claim/message_type": message_type,
            "https://purl.imsglobal.org/spec/lti/claim/version": "1.3.0",
            "https://purl.imsglobal.org/spec/lti/claim/roles": list(roles),
            "https://purl.imsglobal.org/spec/lti/claim/context": {"id": context_id, "title": "DBT skills 2026"},
            "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice": {
                "context_memberships_url": MEMBERSHIPS_URL,
                "service_versions": ["2.0"],
            },
        }
        if message_type == "LtiResourceLinkRequest":
            body["https://purl.imsglobal.org/spec/lti/claim/resource_link"] = {"id": resource_link_id}
            body["https://purl.imsglobal.org/spec/lti/claim/target_link_uri"] = target
        else:
            body["https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"] = {
                "deep_link_return_url": f"{ISSUER}/mod/lti/contentitem_return.php",
                "accept_types": ["ltiResourceLink"],
                "accept_presentation_document_targets": ["iframe", "window"],
                "accept_multiple": True,
            }
        if ags:
            body["https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"] = {
                "scope": [LINEITEM_SCOPE, SCORE_SCOPE],
                "lineitem": LINEITEM_URL,
            }
        body.update(extra)
        return body

    def sign(self, body, key=None, kid=None):
        return jwt.encode(body, pem(key or self.key), algorithm="RS256", headers={"kid": kid or self.kid})

    def login(self, client, target="http://testserver/", iss=ISSUER, secure=False):
        """The platform's login initiation; returns (state, nonce, redirect_uri) from our redirect to its auth URL."""
        response = client.post(
            "/lti/login/",
            {
                "iss": iss,
                "login_hint": "42",
                "target_link_uri": target,
                "client_id": CLIENT_ID,
                "lti_deployment_id": DEPLOYMENT_ID,
            },
            secure=secure,
        )
        assert response.status_code == 302, response.content
        location = urlsplit(response["Location"])
        assert f"{location.scheme}://{location.netloc}{location.path}" == AUTH_URL
        query = {k: v[0] for k, v in parse_qs(location.query).items()}
        assert query["client_id"] == CLIENT_ID and query["response_mode"] == "form_post"
        return query["state"], query["nonce"], query["redirect_uri"]

    def launch(self, client, target="http://testserver/", sign=None, body=None, secure=False, **claims):
        """A whole launch, as the browser makes it; returns our response to the form post of the id_token."""
        state, nonce, redirect_uri = self.login(client, target, secure=secure)
        body = body if body is not None else self.claims(nonce, target=target, **claims)
        token = (sign or self.sign)(body)
        self.last_post = {"id_token": token, "state": state}
        return client.post(urlsplit(redirect_uri).path, self.last_post, secure=secure)


def new_uuid():
    return str(uuid.uuid4())
