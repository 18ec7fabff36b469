"""The recordings' bucket is set up from the environment, its origin allowed to play in the browser (issue 10)."""

import json

import pytest

from config.settings.recordings import recordings_storage
from tests.config.test_settings import PRODUCTION_ENV, manage


def test_no_bucket_keeps_recordings_on_disk():
    assert recordings_storage({}) is None
    assert recordings_storage({"RECORDINGS_BUCKET": "  "}) is None


def test_an_aws_bucket_is_private_and_signed():
    storage, origin = recordings_storage({"RECORDINGS_BUCKET": "training-recordings", "RECORDINGS_REGION": "eu-west-1"})
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["bucket_name"] == "training-recordings"
    assert storage["OPTIONS"]["default_acl"] is None and storage["OPTIONS"]["querystring_auth"] is True
    assert origin == "https://training-recordings.s3.eu-west-1.amazonaws.com"


def test_a_minio_endpoint_is_addressed_by_path_and_is_the_origin():
    storage, origin = recordings_storage(
        {"RECORDINGS_BUCKET": "recordings", "RECORDINGS_ENDPOINT_URL": "https://minio.example.org:9000"}
    )
    assert storage["OPTIONS"]["endpoint_url"] == "https://minio.example.org:9000"
    assert storage["OPTIONS"]["addressing_style"] == "path"
    assert origin == "https://minio.example.org:9000"


@pytest.mark.parametrize("endpoint", ["minio:9000", "ftp://minio", "javascript:alert(1)"])
def test_an_endpoint_that_is_no_web_address_is_refused_with_its_name(endpoint):
    with pytest.raises(ValueError, match="RECORDINGS_ENDPOINT_URL"):
        recordings_storage({"RECORDINGS_BUCKET": "recordings", "RECORDINGS_ENDPOINT_URL": endpoint})


def test_the_settings_name_the_bucket_for_the_studio_and_allow_its_origin():
    """The production settings read as a server reads them, with the variables set; the studio's checks pass."""
    script = (
        "import json; from django.conf import settings; "
        "d = settings.CONTENT_SECURITY_POLICY['DIRECTIVES']; "
        "print(json.dumps([settings.PRACTICE_OBJECT_STORAGE, settings.STORAGES['recordings']['OPTIONS'], "
        "d['media-src'], d['img-src']]))"
    )
    bucket = {"RECORDINGS_BUCKET": "recordings", "RECORDINGS_ENDPOINT_URL": "https://minio.example.org"}
    result = manage(["shell", "-c", script], {**PRODUCTION_ENV, **bucket})
    assert result.returncode == 0, result.stderr
    alias, options, media_src, img_src = json.loads(result.stdout.strip().splitlines()[-1])
    assert alias == "recordings" and options["bucket_name"] == "recordings"
    assert "https://minio.example.org" in media_src and "https://minio.example.org" in img_src
