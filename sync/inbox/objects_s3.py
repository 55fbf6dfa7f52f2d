"""Envelope bytes in S3-compatible object storage (AWS S3, SeaweedFS, MinIO, Ceph RGW).

One multipart upload per tus upload: each part is written as soon as a full part has
arrived, so no whole envelope is ever held in memory (at most one part per writer). The
object key is `uploads/<upload id>` and stays so once the envelope is stored: the
metadata row names the key, so object names never reveal an envelope hash, and two
uploads of one envelope can never overwrite each other's bytes.

Configuration is a URL, `s3://BUCKET?endpoint=http://HOST:PORT&region=R`; credentials
come from botocore's standard chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, or
AWS_SHARED_CREDENTIALS_FILE / ~/.aws/credentials), never from the URL or argv.

Every failure to reach the service is raised as `StorageUnavailable` (an OSError), which
the inbox answers with 503 and a retry hint; nothing is marked stored unless S3 said so.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import boto3
import botocore.exceptions
from botocore.config import Config
from satchel.sync.inbox.faults import StorageUnavailable

PART_SIZE = 8 << 20  # S3 wants parts of at least 5 MiB except the last; 8 MiB bounds memory
READ_CHUNK = 1 << 20


@dataclass(frozen=True)
class S3Location:
    bucket: str
    endpoint: str | None
    region: str | None


def parse_s3_url(text: str) -> S3Location:
    """`s3://BUCKET?endpoint=...&region=...`; ValueError with what to fix otherwise."""
    parts = urlsplit(text)
    query = parse_qs(parts.query)
    unknown = set(query) - {"endpoint", "region"}
    if parts.scheme != "s3" or not parts.netloc or parts.path not in ("", "/") or unknown:
        raise ValueError(
            f"--objects {text!r} must look like s3://BUCKET?endpoint=http://HOST:PORT&region=R "
            "(credentials come from AWS_* variables or a credentials file, not the URL).")
    if parts.username or parts.password:
        raise ValueError("Put no credentials in --objects: use AWS_ACCESS_KEY_ID and "
                         "AWS_SECRET_ACCESS_KEY or AWS_SHARED_CREDENTIALS_FILE.")
    endpoint = query.get("endpoint", [None])[0]
    if endpoint is not None and urlsplit(endpoint).scheme not in ("http", "https"):
        raise ValueError("The --objects endpoint must be an http:// or https:// URL.")
    return S3Location(parts.netloc, endpoint, query.get("region", [None])[0])


def _unavailable(exc: Exception) -> StorageUnavailable:
    # Only the error class: S3 messages can echo keys, which name upload ids.
    return StorageUnavailable(f"the object store failed ({type(exc).__name__})")


_FAILURES = (botocore.exceptions.BotoCoreError, botocore.exceptions.ClientError)


class S3Objects:
    """The inbox's object store on one bucket (created if missing)."""

    def __init__(self, where: S3Location, *, timeout: float = 30.0) -> None:
        self.bucket = where.bucket
        self._s3: Any = boto3.session.Session().client(
            "s3", endpoint_url=where.endpoint, region_name=where.region or "us-east-1",
            config=Config(s3={"addressing_style": "path"}, connect_timeout=timeout,
                          read_timeout=timeout, retries={"max_attempts": 2, "mode": "standard"}))
        try:
            self._s3.head_bucket(Bucket=self.bucket)
        except botocore.exceptions.ClientError:
            self._call("create_bucket", Bucket=self.bucket)
        except _FAILURES as exc:
            raise _unavailable(exc) from None

    def _call(self, name: str, **kwargs: Any) -> Any:
        try:
            return getattr(self._s3, name)(**kwargs)
        except _FAILURES as exc:
            raise _unavailable(exc) from None

    def begin(self, key: str) -> str:
        """Start a multipart upload for `key`; its id."""
        return str(self._call("create_multipart_upload", Bucket=self.bucket, Key=key)["UploadId"])

    def put_part(self, key: str, multipart: str, number: int, data: bytes) -> str:
        """Write one part (1..10000); its ETag. Rewriting a number replaces that part."""
        reply = self._call("upload_part", Bucket=self.bucket, Key=key, UploadId=multipart,
                           PartNumber=number, Body=data)
        return str(reply["ETag"])

    def finish(self, key: str, multipart: str, parts: list[tuple[int, str]]) -> None:
        """Join the listed parts (ascending numbers) into the object `key`."""
        self._call("complete_multipart_upload", Bucket=self.bucket, Key=key, UploadId=multipart,
                   MultipartUpload={"Parts": [{"PartNumber": n, "ETag": e} for n, e in parts]})

    def put(self, key: str, data: bytes) -> None:
        """A small object in one request (an empty envelope has no parts to join)."""
        self._call("put_object", Bucket=self.bucket, Key=key, Body=data)

    def exists(self, key: str, size: int) -> bool:
        """Whether `key` exists with `size` bytes (a multipart upload already joined)."""
        try:
            reply = self._s3.head_object(Bucket=self.bucket, Key=key)
        except botocore.exceptions.ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return False
            raise _unavailable(exc) from None
        except _FAILURES as exc:
            raise _unavailable(exc) from None
        return int(reply["ContentLength"]) == size

    def abort(self, key: str, multipart: str) -> None:
        # Already gone, or the purge retries it with the upload row.
        with contextlib.suppress(*_FAILURES):
            self._s3.abort_multipart_upload(Bucket=self.bucket, Key=key, UploadId=multipart)

    def delete(self, key: str) -> None:
        self._call("delete_object", Bucket=self.bucket, Key=key)

    def read_range(self, key: str, start: int, stop: int) -> Iterator[bytes]:
        """Bytes [start, stop) of `key` in bounded chunks; raises before yielding."""
        if stop <= start:
            return iter(())
        reply = self._call("get_object", Bucket=self.bucket, Key=key,
                           Range=f"bytes={start}-{stop - 1}")
        return _stream(reply["Body"])


def _stream(body: Any) -> Iterator[bytes]:
    try:
        while True:
            try:
                block = body.read(READ_CHUNK)
            except _FAILURES as exc:
                raise _unavailable(exc) from None
            if not block:
                return
            yield bytes(block)
    finally:
        body.close()
