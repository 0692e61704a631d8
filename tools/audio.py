"""Voice notes in and out: what a sound file is, its samples, and a voice note to send.

A voice note is told by its content, never by its name or declared type:
WhatsApp sends OGG/Opus, phones and browsers also send MP3, M4A/AAC, WAV,
WebM/Opus and AMR. :func:`read_audio` checks a file and decodes it with PyAV
(FFmpeg's libraries, shipped in its wheel) to 16 kHz mono float samples, the
form speech recognisers take. Bad audio gets its own rule (``audio-empty``,
``audio-type``, ``audio-too-large``, ``audio-too-long``, ``audio-corrupt``),
each a message in ``prompts/``; a long recording is refused from its header,
or after decoding at most ``max_seconds``, so it never holds a worker for
long. :func:`voice_note` encodes samples as OGG/Opus, what WhatsApp plays as a
voice note.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from fractions import Fraction

import av
import av.error
import numpy as np
import numpy.typing as npt

from tools.errors import InputError

#: The field an audio error names.
AUDIO_FIELD = "audio"
#: The rate speech recognisers take.
SAMPLE_RATE = 16_000
#: A voice note larger than this is refused before it is decoded (WhatsApp's own limit
#: for audio is 16 MB).
MAX_AUDIO_BYTES = 16 * 1024 * 1024
#: A command is a few seconds; a note longer than this is refused.
MAX_AUDIO_SECONDS = 120.0
#: What :func:`sniff_audio` names, and the content type each is sent with.
AUDIO_TYPES = {"ogg": "audio/ogg", "mp3": "audio/mpeg", "m4a": "audio/mp4", "wav": "audio/wav",
               "webm": "audio/webm", "amr": "audio/amr", "aac": "audio/aac",
               "flac": "audio/flac"}
#: The content type of a voice note this module makes.
VOICE_NOTE_TYPE = "audio/ogg"

Samples = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Audio:
    """Decoded speech: 16 kHz mono samples in [-1, 1] and how long they last."""

    samples: Samples
    kind: str  # one of AUDIO_TYPES

    @property
    def duration_s(self) -> float:
        return len(self.samples) / SAMPLE_RATE


def sniff_audio(data: bytes) -> str | None:
    """The kind of sound file ``data`` is, from its first bytes (None: not audio)."""
    head = data[:64]
    if head.startswith(b"OggS"):
        return "ogg"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "wav"
    if head.startswith(b"#!AMR"):
        return "amr"
    if head.startswith(b"fLaC"):
        return "flac"
    if head.startswith(b"\x1a\x45\xdf\xa3"):  # EBML: WebM (Matroska), as browsers record
        return "webm"
    if head[4:8] == b"ftyp" and head[8:12] in (b"M4A ", b"M4B ", b"mp42", b"isom", b"3gp4",
                                               b"3gp5", b"mp41", b"dash", b"iso6"):
        return "m4a"
    if head.startswith(b"ID3"):
        return "mp3"
    if len(head) >= 2 and head[0] == 0xFF:
        if head[1] & 0xF6 == 0xF0:  # ADTS: AAC without a container
            return "aac"
        if head[1] & 0xE0 == 0xE0:  # an MPEG audio frame
            return "mp3"
    return None


def check_audio(data: bytes, *, max_bytes: int = MAX_AUDIO_BYTES) -> str:
    """The kind of ``data``, or :class:`InputError` when it is empty, too large or not a
    sound file we read."""
    if not data:
        raise InputError(AUDIO_FIELD, "audio-empty")
    kind = sniff_audio(data)
    if kind is None:
        raise InputError(AUDIO_FIELD, "audio-type")
    if len(data) > max_bytes:
        megabytes = max_bytes // 2**20 if max_bytes >= 2**20 else round(max_bytes / 2**20, 2)
        raise InputError(AUDIO_FIELD, "audio-too-large", megabytes=megabytes)
    return kind


def read_audio(data: bytes, *, max_bytes: int = MAX_AUDIO_BYTES,
               max_seconds: float = MAX_AUDIO_SECONDS) -> Audio:
    """Check ``data`` and decode it to 16 kHz mono samples.

    Raises :class:`InputError` (field ``audio``) when it is empty, not audio, too large,
    longer than ``max_seconds`` or damaged. Decoding stops as soon as the limit is
    passed, so a long file costs at most ``max_seconds`` of decoding.
    """
    kind = check_audio(data, max_bytes=max_bytes)
    too_long = _too_long(max_seconds)
    try:
        with av.open(io.BytesIO(data), mode="r", metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise InputError(AUDIO_FIELD, "audio-type")
            stream = container.streams.audio[0]
            declared = _declared_seconds(container, stream)
            if declared is not None and declared > max_seconds + 1:
                raise too_long
            # planar floats, the channels kept: they are averaged here, since FFmpeg's own
            # down-mix adds them at +3 dB and a loud stereo recording would clip
            resampler = av.AudioResampler(format="fltp", rate=SAMPLE_RATE)
            limit = int((max_seconds + 1) * SAMPLE_RATE)
            chunks: list[Samples] = []
            decoded = 0
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    chunk = _mono(out)
                    chunks.append(chunk)
                    decoded += len(chunk)
                if decoded > limit:
                    raise too_long
            for out in resampler.resample(None):
                chunks.append(_mono(out))
    except InputError:
        raise
    except (av.error.FFmpegError, ValueError, EOFError, OSError, IndexError):
        raise InputError(AUDIO_FIELD, "audio-corrupt") from None
    samples = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)
    if samples.size == 0:
        raise InputError(AUDIO_FIELD, "audio-corrupt")
    if not np.isfinite(samples).all():
        raise InputError(AUDIO_FIELD, "audio-corrupt")
    if len(samples) > max_seconds * SAMPLE_RATE + SAMPLE_RATE // 2:
        raise too_long
    return Audio(samples=np.clip(samples, -1.0, 1.0), kind=kind)


def voice_note(samples: Samples, rate: int = SAMPLE_RATE) -> bytes:
    """Mono samples (floats in [-1, 1] at ``rate``) as an OGG/Opus voice note."""
    if len(samples) < rate // 10:  # at least a tenth of a second (an encoder needs frames)
        samples = np.concatenate([samples, np.zeros(rate // 10 - len(samples), np.float32)])
    out = io.BytesIO()
    with av.open(out, mode="w", format="ogg") as container:
        stream = container.add_stream("libopus", rate=48_000, layout="mono")
        stream.bit_rate = 32_000
        resampler = av.AudioResampler(format="s16", layout="mono", rate=48_000)
        pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype(np.int16).reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
        frame.sample_rate = rate
        frame.pts, frame.time_base = 0, Fraction(1, rate)
        for resampled in [*resampler.resample(frame), *resampler.resample(None)]:
            resampled.pts = None
            for packet in stream.encode(resampled):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return out.getvalue()


def _declared_seconds(container: av.container.InputContainer,
                      stream: av.AudioStream) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / av.time_base
    return None


def _mono(frame: av.AudioFrame) -> Samples:
    planes = frame.to_ndarray().astype(np.float32)  # (channels, samples)
    return planes.mean(axis=0) if planes.ndim == 2 else planes.reshape(-1)


def _too_long(max_seconds: float) -> InputError:
    """The limit said as people say it: in minutes when it is whole minutes."""
    if max_seconds >= 60 and max_seconds % 60 == 0:
        return InputError(AUDIO_FIELD, "audio-too-long", minutes=int(max_seconds // 60))
    return InputError(AUDIO_FIELD, "audio-too-long", "error-audio-too-long-seconds",
                      seconds=int(max_seconds))
