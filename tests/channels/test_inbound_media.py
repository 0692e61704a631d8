"""Files people send, fetched within limits: from Twilio's media hosts (a fake media
server on ``httpx.MockTransport``) with the account's credentials, which do not follow
Twilio's redirect to its storage; other hosts and schemes are never asked; a body over
the limit is refused while it streams; the sandbox's uploads are kept by token."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

import channels.inbound_media as inbound_media
from channels.inbound_media import SANDBOX_MEDIA_PATH, MediaFetcher, SandboxUploads
from channels.twilio import TWILIO_MEDIA_HOSTS
from tools.errors import InputError

ACCOUNT = "AC" + "0123456789abcdef" * 2
TOKEN = "twilio-auth-token"
MEDIA_URL = (f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT}"
             f"/Messages/MM{'1' * 32}/Media/ME{'2' * 32}")
SIGNED_URL = ("https://s3-external-1.amazonaws.com/media.twiliocdn.com/"
              f"{ACCOUNT}/3f2ae1?Expires=1798761600&Signature=abc%2Bdef&AWSAccessKeyId=AKIA")
PHOTO = b"\xff\xd8\xff\xe0 invoice photo 118000"
BASIC = "Basic " + base64.b64encode(f"{ACCOUNT}:{TOKEN}".encode()).decode()


class FakeTwilio:
    """Twilio's media server: the media URL redirects to a signed storage URL."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response] | None = None,
                 status: int = 307) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer
        self.status = status

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.answer is not None:
            return self.answer(request)
        if request.url.host == "api.twilio.com":
            if request.headers.get("Authorization") != BASIC:
                return httpx.Response(401)
            return httpx.Response(self.status, headers={"Location": SIGNED_URL})
        if request.url.host == "s3-external-1.amazonaws.com":
            return httpx.Response(200, content=PHOTO,
                                  headers={"Content-Type": "image/jpeg"})
        return httpx.Response(404)

    def fetcher(self, **kwargs: object) -> MediaFetcher:
        return MediaFetcher(account_sid=ACCOUNT, auth_token=TOKEN,
                            transport=httpx.MockTransport(self), **kwargs)  # type: ignore[arg-type]


class Chunks(httpx.SyncByteStream):
    """A body sent in chunks, with no Content-Length; counts the chunks taken."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.sent += 1
            yield chunk


def _rule(error: pytest.ExceptionInfo[InputError]) -> tuple[str, str]:
    return error.value.field, error.value.rule


# -- fetching from Twilio ------------------------------------------------------------------

@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_the_credentials_go_to_twilio_and_not_to_its_storage(status: int) -> None:
    twilio = FakeTwilio(status=status)
    assert twilio.fetcher()(MEDIA_URL) == PHOTO
    first, redirected = twilio.requests
    assert first.method == "GET" and str(first.url) == MEDIA_URL
    assert first.headers["Authorization"] == BASIC
    assert redirected.method == "GET"
    assert redirected.url.host == "s3-external-1.amazonaws.com"
    assert redirected.url.params["Signature"] == "abc+def"
    assert "Authorization" not in redirected.headers
    assert redirected.headers["Host"] == "s3-external-1.amazonaws.com"
    assert TOKEN not in str(redirected.url) and TOKEN not in str(redirected.headers)


def test_a_redirect_to_plain_http_is_not_followed() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.scheme == "https":
            return httpx.Response(302, headers={"Location": "http://api.twilio.com/plain"})
        return httpx.Response(200, content=b"plain bytes")

    twilio = FakeTwilio(answer)
    with pytest.raises(InputError) as error:
        twilio.fetcher()(MEDIA_URL)
    assert (error.value.field, error.value.rule) == ("document", "document-download")
    # only the HTTPS request went out, with the credentials; the downgrade never did
    assert len(twilio.requests) == 1
    assert twilio.requests[0].headers["Authorization"] == BASIC


def test_a_media_url_on_twilios_cdn_is_fetched_directly() -> None:
    twilio = FakeTwilio(lambda request: httpx.Response(200, content=PHOTO))
    url = f"https://media.twiliocdn.com/{ACCOUNT}/3f2ae1"
    assert "media.twiliocdn.com" in TWILIO_MEDIA_HOSTS
    assert twilio.fetcher()(url) == PHOTO
    [request] = twilio.requests
    assert request.headers["Authorization"] == BASIC


def test_without_credentials_no_authorization_is_sent() -> None:
    twilio = FakeTwilio(lambda request: httpx.Response(200, content=PHOTO))
    fetcher = MediaFetcher(transport=httpx.MockTransport(twilio))
    assert fetcher(MEDIA_URL) == PHOTO
    assert "Authorization" not in twilio.requests[0].headers


@pytest.mark.parametrize("status", [401, 403, 404, 500, 503])
def test_a_failed_download_is_an_input_error(status: int) -> None:
    twilio = FakeTwilio(lambda request: httpx.Response(status, content=b"<error/>"))
    with pytest.raises(InputError) as error:
        twilio.fetcher()(MEDIA_URL)
    assert _rule(error) == ("document", "document-download")


def test_a_failure_after_the_redirect_is_an_input_error() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.twilio.com":
            return httpx.Response(302, headers={"Location": SIGNED_URL})
        return httpx.Response(403, content=b"<Error>AccessDenied</Error>")

    with pytest.raises(InputError) as error:
        FakeTwilio(answer).fetcher()(MEDIA_URL)
    assert _rule(error) == ("document", "document-download")


def test_a_redirect_loop_is_an_input_error() -> None:
    twilio = FakeTwilio(lambda request: httpx.Response(302, headers={"Location": MEDIA_URL}))
    with pytest.raises(InputError) as error:
        twilio.fetcher()(MEDIA_URL)
    assert _rule(error) == ("document", "document-download")
    assert len(twilio.requests) == 6  # the first and at most five redirects


@pytest.mark.parametrize("failure", [httpx.ConnectError, httpx.ReadTimeout,
                                     httpx.RemoteProtocolError])
def test_a_connection_error_is_an_input_error(failure: type[httpx.TransportError]) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        raise failure("no route to host", request=request)

    twilio = FakeTwilio(answer)
    with pytest.raises(InputError) as error:
        twilio.fetcher()(MEDIA_URL)
    assert _rule(error) == ("document", "document-download")
    assert len(twilio.requests) == 1


@pytest.mark.parametrize("url", [
    "https://evil.example.com/x",
    "http://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",
    "file:///etc/passwd",
    "ftp://api.twilio.com/x",
    "https://api.twilio.com@evil.example.com/x",
    "https://api.twilio.com.evil.example.com/x",
    "//api.twilio.com/x",
    "/sandbox/media/" + "A" * 24,  # a sandbox URL with no sandbox
    "",
    "https://api.twilio.com/x\ny",  # httpx refuses these URLs itself (InvalidURL)
    "https://api.twilio.com/\x01x",
    "https://api.twilio.com:abc/x",
])
def test_other_hosts_and_schemes_are_never_asked(url: str) -> None:
    twilio = FakeTwilio()
    with pytest.raises(InputError) as error:
        twilio.fetcher()(url)
    assert _rule(error) == ("document", "document-download")
    assert twilio.requests == []


def test_the_allowed_hosts_can_be_narrowed() -> None:
    twilio = FakeTwilio()
    with pytest.raises(InputError):
        twilio.fetcher(hosts=("media.twiliocdn.com",))(MEDIA_URL)
    assert twilio.requests == []


# -- size limits ---------------------------------------------------------------------------

def test_a_declared_length_over_the_limit_is_refused_unread(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inbound_media, "MAX_MEDIA_BYTES", 1000)
    body = Chunks([b"x" * 1000] * 5)
    twilio = FakeTwilio(lambda request: httpx.Response(
        200, headers={"Content-Length": "5000"}, stream=body))
    with pytest.raises(InputError) as error:
        twilio.fetcher()(MEDIA_URL)
    assert _rule(error) == ("document", "document-too-large")
    assert body.sent == 0  # refused on the header alone


def test_a_whole_body_over_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inbound_media, "MAX_MEDIA_BYTES", 1000)
    twilio = FakeTwilio(lambda request: httpx.Response(200, content=b"x" * 5000))
    with pytest.raises(InputError) as error:
        twilio.fetcher()(MEDIA_URL)
    assert _rule(error) == ("document", "document-too-large")


def test_a_streamed_body_over_the_limit_is_cut_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inbound_media, "MAX_MEDIA_BYTES", 1000)
    body = Chunks([b"x" * 100] * 50)  # 5000 bytes, no Content-Length
    twilio = FakeTwilio(lambda request: httpx.Response(200, stream=body))
    with pytest.raises(InputError) as error:
        twilio.fetcher()(MEDIA_URL)
    assert _rule(error) == ("document", "document-too-large")
    assert body.sent < len(body.chunks)  # cut off while streaming, never read whole


def test_a_lying_content_length_does_not_lift_the_limit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inbound_media, "MAX_MEDIA_BYTES", 1000)
    body = Chunks([b"x" * 100] * 50)
    twilio = FakeTwilio(lambda request: httpx.Response(
        200, headers={"Content-Length": "10"}, stream=body))
    with pytest.raises(InputError) as error:
        twilio.fetcher()(MEDIA_URL)
    assert _rule(error) == ("document", "document-too-large")
    assert body.sent < len(body.chunks)


def test_a_body_of_exactly_the_limit_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inbound_media, "MAX_MEDIA_BYTES", 1000)
    twilio = FakeTwilio(lambda request: httpx.Response(200, stream=Chunks([b"y" * 500] * 2)))
    assert twilio.fetcher()(MEDIA_URL) == b"y" * 1000


def test_the_limit_is_the_largest_document_a_reader_takes() -> None:
    from tools.invoice_document import MAX_IMAGE_BYTES, MAX_PDF_BYTES

    assert max(MAX_IMAGE_BYTES, MAX_PDF_BYTES) == inbound_media.MAX_MEDIA_BYTES


# -- the sandbox's uploads -----------------------------------------------------------------

def test_a_sandbox_upload_is_kept_privately_by_token(tmp_path: Path) -> None:
    uploads = SandboxUploads(tmp_path / "sandbox-uploads")
    url = uploads.put(PHOTO)
    assert url.startswith(SANDBOX_MEDIA_PATH)
    token = url.removeprefix(SANDBOX_MEDIA_PATH)
    assert len(token) >= 16
    assert uploads.get(url) == PHOTO
    path = tmp_path / "sandbox-uploads" / token
    assert path.read_bytes() == PHOTO
    assert path.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "sandbox-uploads").stat().st_mode & 0o777 == 0o700
    assert uploads.put(PHOTO) != url  # each upload its own token


@pytest.mark.parametrize("url", [
    SANDBOX_MEDIA_PATH + "A" * 24,  # unknown token
    SANDBOX_MEDIA_PATH + "../../etc/passwd",
    SANDBOX_MEDIA_PATH + "..%2F..%2Fx",
    SANDBOX_MEDIA_PATH,
    SANDBOX_MEDIA_PATH + "short",
    "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",
    "/elsewhere/media/" + "A" * 24,
])
def test_a_sandbox_url_with_nothing_behind_it_is_none(tmp_path: Path, url: str) -> None:
    uploads = SandboxUploads(tmp_path / "sandbox-uploads")
    uploads.put(PHOTO)
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "passwd").write_bytes(b"root:x:0:0")
    (tmp_path / "x").write_bytes(b"outside")
    assert uploads.get(url) is None


def test_a_non_sandbox_url_does_not_reach_a_kept_file(tmp_path: Path) -> None:
    uploads = SandboxUploads(tmp_path / "sandbox-uploads")
    token = uploads.put(PHOTO).removeprefix(SANDBOX_MEDIA_PATH)
    assert uploads.get("/elsewhere/" + token) is None
    assert uploads.get(token) is None


def test_a_sandbox_upload_over_the_limit_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inbound_media, "MAX_MEDIA_BYTES", 1000)
    uploads = SandboxUploads(tmp_path / "sandbox-uploads")
    with pytest.raises(InputError) as error:
        uploads.put(b"x" * 1001)
    assert _rule(error) == ("document", "document-too-large")
    assert not (tmp_path / "sandbox-uploads").exists() \
        or list((tmp_path / "sandbox-uploads").iterdir()) == []
    assert uploads.get(uploads.put(b"x" * 1000)) == b"x" * 1000


def test_the_fetcher_reads_sandbox_uploads(tmp_path: Path) -> None:
    uploads = SandboxUploads(tmp_path / "sandbox-uploads")
    twilio = FakeTwilio()
    fetcher = twilio.fetcher(sandbox=uploads)
    url = uploads.put(PHOTO)
    assert fetcher(url) == PHOTO
    with pytest.raises(InputError) as error:
        fetcher(SANDBOX_MEDIA_PATH + "B" * 24)
    assert _rule(error) == ("document", "document-download")
    with pytest.raises(InputError) as error:
        fetcher(SANDBOX_MEDIA_PATH + "../../etc/passwd")
    assert _rule(error) == ("document", "document-download")
    assert twilio.requests == []  # never went to the network
    # Twilio URLs still go to Twilio when a sandbox is configured
    assert fetcher(MEDIA_URL) == PHOTO
