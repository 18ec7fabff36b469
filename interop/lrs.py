"""The Learning Record Store we send statements to: its statements resource, over HTTP with basic auth.

``XAPI_LRS_URL`` is the LRS's xAPI endpoint (the statements resource is ``<url>/statements``),
``XAPI_LRS_USERNAME`` and ``XAPI_LRS_PASSWORD`` its credentials. Each statement is PUT with its own id: an LRS
that holds that id already answers 409, which for us means delivered (our ids are derived from the content).
"""

import requests
from django.conf import settings

XAPI_VERSION = "1.0.3"
TIMEOUT = 20


class LrsRefused(Exception):
    pass


def statements_url():
    return settings.XAPI_LRS_URL.rstrip("/") + "/statements"


def put(statement):
    response = requests.put(
        statements_url(),
        params={"statementId": str(statement.statement_id)},
        json=statement.body,
        auth=(settings.XAPI_LRS_USERNAME, settings.XAPI_LRS_PASSWORD),
        headers={"X-Experience-API-Version": XAPI_VERSION},
        timeout=TIMEOUT,
    )
    if response.status_code in (200, 204, 409):
        return
    raise LrsRefused(f"HTTP {response.status_code}: {response.text[:500]}")
