"""Trainees' recordings in a private S3-compatible bucket of their own, named by the environment.

RECORDINGS_BUCKET        the bucket (unset: recordings stay on the server's disk, PRACTICE_STORAGE_ROOT)
RECORDINGS_REGION        its region (AWS), e.g. eu-west-1
RECORDINGS_ENDPOINT_URL  the store's address when it is not AWS (MinIO, Ceph), e.g. https://s3.example.org
Credentials come from the environment as boto3 reads them (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY) or from
the machine's role. The browser plays recordings from the bucket's origin, so that origin joins the Content
Security Policy's media-src and img-src.
"""

from urllib.parse import urlsplit


def recordings_storage(environ):
    """(the STORAGES entry, the origin browsers fetch from) for the bucket the environment names, or None."""
    bucket = environ.get("RECORDINGS_BUCKET", "").strip()
    if not bucket:
        return None
    region = environ.get("RECORDINGS_REGION", "").strip()
    endpoint = environ.get("RECORDINGS_ENDPOINT_URL", "").strip()
    options = {
        "bucket_name": bucket,
        "default_acl": None,  # private: the bucket's own policy, never public-read
        "querystring_auth": True,  # every URL signed, and short-lived (PRACTICE_SIGNED_URL_SECONDS)
        "file_overwrite": True,
        "signature_version": "s3v4",
    }
    if region:
        options["region_name"] = region
    if endpoint:
        parts = urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"RECORDINGS_ENDPOINT_URL must be an http(s) address, not {endpoint!r}")
        options["endpoint_url"] = endpoint
        options["addressing_style"] = "path"  # MinIO and Ceph serve the bucket under the endpoint
        origin = f"{parts.scheme}://{parts.netloc}"
    else:
        origin = f"https://{bucket}.s3.{region}.amazonaws.com" if region else f"https://{bucket}.s3.amazonaws.com"
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}, origin
