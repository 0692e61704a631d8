"""tools/audio.py from the outside: every sound file people send is told by its content
and decoded to 16 kHz mono float32 of the right length; everything else is refused with
the right rule (field ``audio``), in words the user reads in ta, hi and en; a voice note
made here is OGG/Opus that reads back the same.

The files are made here with PyAV (a 440 Hz tone, so the decoded pitch shows that the
samples really are at 16 kHz) and espeak-ng (speech).
"""

from __future__ import annotations

import io
import random
import re
import subprocess
import time
import wave
from collections.abc import Callable
from fractions import Fraction

import av
import numpy as np
import numpy.typing as npt
import pytest
from PIL import Image

from tests.utils.invoice_docs import invoice_pdf, simple_invoice
from tools.audio import (
    AUDIO_FIELD,
    AUDIO_TYPES,
    MAX_AUDIO_BYTES,
    MAX_AUDIO_SECONDS,
    SAMPLE_RATE,
    VOICE_NOTE_TYPE,
    Audio,
    check_audio,
    read_audio,
    sniff_audio,
    voice_note,
)
from tools.errors import InputError

TONE_HZ = 440.0
AMPLITUDE = 0.3
SECONDS = 2.5
#: Decoded length may differ from the source's by codec priming and padding, no more.
DURATION_TOLERANCE = 0.1

RULES = ("audio-empty", "audio-type", "audio-too-large", "audio-too-long", "audio-corrupt")
TAMIL = re.compile("[\u0b80-\u0bff]")
DEVANAGARI = re.compile("[\u0900-\u097f]")

Floats = npt.NDArray[np.float32]


# -- making sound files ------------------------------------------------------------------

def tone(seconds: float, rate: int, *, channels: int = 1, amplitude: float = AMPLITUDE) -> Floats:
    """A 440 Hz sine, the same in every channel: shape (channels, samples)."""
    t = np.arange(int(round(seconds * rate))) / rate
    wave = (amplitude * np.sin(2 * np.pi * TONE_HZ * t)).astype(np.float32)
    return np.tile(wave, (channels, 1))


def encode(fmt: str, codec: str, samples: Floats, rate: int, *,
           bit_rate: int | None = None, options: dict[str, str] | None = None) -> bytes:
    """``samples`` (channels, n) as a ``fmt`` file of ``codec``, made with PyAV."""
    layout = "stereo" if samples.shape[0] == 2 else "mono"
    out = io.BytesIO()
    with av.open(out, mode="w", format=fmt, options=options or {}) as container:
        stream = container.add_stream(codec, rate=rate, layout=layout)
        assert isinstance(stream, av.AudioStream)
        if bit_rate:
            stream.bit_rate = bit_rate
        resampler = av.AudioResampler(format=stream.format.name, layout=layout, rate=rate)
        frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(samples), format="fltp",
                                           layout=layout)
        frame.sample_rate = rate
        frame.pts, frame.time_base = 0, Fraction(1, rate)
        for part in [*resampler.resample(frame), *resampler.resample(None)]:
            part.pts = None
            for packet in stream.encode(part):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return out.getvalue()


def long_opus(seconds: int, fmt: str, *, live: bool = False) -> bytes:
    """``seconds`` of faint noise as OGG or WebM Opus, cheaply: one second is encoded and
    its 20 ms packets are muxed again and again. ``live`` writes a WebM that declares no
    duration (as a browser recording does), so only decoding can tell how long it is."""
    rate, step = 48_000, 960
    out = io.BytesIO()
    with av.open(out, mode="w", format=fmt,
                 options={"live": "1"} if live else {}) as container:
        stream = container.add_stream("libopus", rate=rate, layout="mono")
        stream.bit_rate = 6_000
        noise = np.random.default_rng(1).standard_normal(rate) * 1e-3
        frame = av.AudioFrame.from_ndarray(noise.astype(np.float32).reshape(1, -1),
                                           format="flt", layout="mono")
        frame.sample_rate = rate
        frame.pts, frame.time_base = 0, Fraction(1, rate)
        encoded = [bytes(p) for p in [*stream.encode(frame), *stream.encode(None)]
                   if p.pts is not None and p.pts >= 0][:50]
        for i in range(seconds * rate // step):
            packet = av.Packet(encoded[i % len(encoded)])
            packet.stream = stream
            packet.time_base = Fraction(1, rate)
            packet.pts = packet.dts = i * step
            packet.duration = step
            container.mux(packet)
    return out.getvalue()


def video_only(fmt: str, codec: str) -> bytes:
    """Half a second of a small video with no sound at all."""
    out = io.BytesIO()
    with av.open(out, mode="w", format=fmt) as container:
        stream = container.add_stream(codec, rate=10)
        assert isinstance(stream, av.VideoStream)
        stream.width, stream.height, stream.pix_fmt = 32, 32, "yuv420p"
        for i in range(5):
            frame = av.VideoFrame.from_ndarray(np.full((32, 32, 3), i * 40, np.uint8),
                                               format="rgb24")
            frame.pts = i
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return out.getvalue()


def spoken_wav(text: str) -> bytes:
    done = subprocess.run(["espeak-ng", "-v", "en-us", "--stdout", text],
                          capture_output=True, check=True, timeout=30)
    return done.stdout


def image(kind: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 30, 30)).save(out, kind)
    return out.getvalue()


def pitch(samples: Floats) -> float:
    """The loudest frequency in ``samples``, taking them as SAMPLE_RATE samples a second."""
    spectrum = np.abs(np.fft.rfft(samples))
    return float(np.argmax(spectrum) * SAMPLE_RATE / len(samples))


def rms(samples: Floats) -> float:
    middle = samples[SAMPLE_RATE // 4:-SAMPLE_RATE // 4]  # away from codec fade-in/out
    return float(np.sqrt(np.mean(middle.astype(np.float64) ** 2)))


def refused(data: bytes, *, max_bytes: int = MAX_AUDIO_BYTES,
            max_seconds: float = MAX_AUDIO_SECONDS) -> InputError:
    with pytest.raises(InputError) as caught:
        read_audio(data, max_bytes=max_bytes, max_seconds=max_seconds)
    assert caught.value.field == AUDIO_FIELD == "audio"
    return caught.value


# (kind sniffed, PyAV format, codec, source rate, channels)
CONTAINERS = [
    ("ogg", "ogg", "libopus", 48_000, 1),  # WhatsApp's voice note
    ("mp3", "mp3", "libmp3lame", 44_100, 2),
    ("m4a", "ipod", "aac", 44_100, 1),  # ftyp brand "M4A ": an iPhone voice memo
    ("m4a", "mp4", "aac", 22_050, 2),  # ftyp brand "isom"
    ("wav", "wav", "pcm_s16le", 8_000, 1),  # telephone rate: upsampled
    ("webm", "webm", "libopus", 48_000, 2),  # a browser's MediaRecorder
    ("flac", "flac", "flac", 96_000, 1),  # downsampled six times
    ("aac", "adts", "aac", 44_100, 1),
    ("amr", "amr", "libopencore_amrnb", 8_000, 1),
]
# The six containers the brief names, one file each, for the rejection tests.
SIX = {"ogg": ("ogg", "libopus", 48_000), "mp3": ("mp3", "libmp3lame", 44_100),
       "m4a": ("ipod", "aac", 44_100), "wav": ("wav", "pcm_s16le", 44_100),
       "webm": ("webm", "libopus", 48_000), "flac": ("flac", "flac", 44_100)}


def six_file(kind: str) -> bytes:
    fmt, codec, rate = SIX[kind]
    return encode(fmt, codec, tone(SECONDS, rate), rate)


def header_length(kind: str, data: bytes) -> int:
    """Where the container's own header of ``data`` ends (before any sound)."""
    if kind == "ogg":  # the first page holds the OpusHead packet alone
        return data.index(b"OggS", 4)
    if kind == "mp3":  # the ID3v2 tag: 10 bytes, then a syncsafe size
        return 10 + (data[6] << 21 | data[7] << 14 | data[8] << 7 | data[9])
    if kind == "m4a":  # the ftyp box
        return int.from_bytes(data[:4], "big")
    if kind == "wav":  # RIFF....WAVE (past it, any bytes are PCM samples)
        return 12
    if kind == "webm":  # the EBML header element: 4-byte id, then a variable-length size
        width = 1
        while not data[4] & (0x80 >> (width - 1)):
            width += 1
        size = data[4] & (0xFF >> width)
        for byte in data[5:4 + width]:
            size = size << 8 | byte
        return 4 + width + size
    assert kind == "flac"  # "fLaC" and the STREAMINFO block
    return 42


# -- the constants ------------------------------------------------------------------------

def test_the_constants_say_what_the_module_promises() -> None:
    assert SAMPLE_RATE == 16_000
    assert MAX_AUDIO_BYTES == 16 * 1024 * 1024
    assert MAX_AUDIO_SECONDS == 120.0
    assert AUDIO_FIELD == "audio"
    assert {"ogg", "mp3", "m4a", "wav", "webm", "flac", "amr"} <= set(AUDIO_TYPES)
    assert all(t.startswith("audio/") for t in AUDIO_TYPES.values())
    assert AUDIO_TYPES["ogg"] == VOICE_NOTE_TYPE == "audio/ogg"
    assert AUDIO_TYPES["mp3"] == "audio/mpeg"


# -- every container is read ----------------------------------------------------------------

@pytest.mark.parametrize("kind, fmt, codec, rate, channels", CONTAINERS,
                         ids=[f"{c[1]}-{c[2]}-{c[3]}-{c[4]}ch" for c in CONTAINERS])
def test_each_container_is_told_by_content_and_decoded_to_16k_mono(
        kind: str, fmt: str, codec: str, rate: int, channels: int) -> None:
    data = encode(fmt, codec, tone(SECONDS, rate, channels=channels), rate)
    assert sniff_audio(data) == kind
    assert check_audio(data) == kind
    assert kind in AUDIO_TYPES

    audio = read_audio(data)

    assert isinstance(audio, Audio)
    assert audio.kind == kind
    assert audio.samples.dtype == np.float32
    assert audio.samples.ndim == 1  # mono
    assert audio.duration_s == pytest.approx(SECONDS, abs=DURATION_TOLERANCE)
    assert audio.duration_s == len(audio.samples) / 16_000
    assert np.isfinite(audio.samples).all()
    assert float(np.abs(audio.samples).max()) <= 1.0
    # 440 Hz stays 440 Hz only if the samples really are 16 000 a second.
    assert pitch(audio.samples) == pytest.approx(TONE_HZ, abs=5)
    # The sound is there, about as loud as it went in (a downmix may add up to 3 dB).
    assert AMPLITUDE / np.sqrt(2) * 0.7 < rms(audio.samples) < AMPLITUDE * 1.1


def test_a_file_is_told_by_its_bytes_not_what_comes_with_them() -> None:
    """The same WAV sent as "voice.mp3" or "note.txt" is still a WAV; the only input
    is the bytes, and the answer is the same for a file's bytes wherever they came from."""
    data = encode("wav", "pcm_s16le", tone(1.0, 16_000), 16_000)
    assert sniff_audio(data) == "wav"
    assert sniff_audio(data + b"trailing bytes") == "wav"
    assert sniff_audio(b"voice.ogg") is None  # a name is not content


def test_a_streamed_wav_with_a_bogus_length_is_read_for_what_it_holds() -> None:
    """espeak-ng and many recorders write a WAV before they know its length; its header
    says 0x7ffff000 bytes. It is read for the sound it really holds."""
    wav = spoken_wav("show my pending payments")
    assert int.from_bytes(wav[wav.index(b"data") + 4:][:4], "little") > 100 * len(wav)
    rate = int.from_bytes(wav[24:28], "little")
    block = int.from_bytes(wav[32:34], "little")
    data_start = wav.index(b"data") + 8
    expected = (len(wav) - data_start) / (rate * block)

    audio = read_audio(wav)

    assert audio.kind == "wav"
    assert audio.duration_s == pytest.approx(expected, abs=DURATION_TOLERANCE)
    assert 0.5 < audio.duration_s < 5
    assert rms(audio.samples) > 0.01  # speech, not silence


def test_a_stereo_recording_is_mixed_to_mono_without_clipping() -> None:
    """A phone that records "stereo" writes the same loud microphone signal twice. Mixing
    it down must not push the sound past full scale and flatten it (the recogniser hears
    clipped speech as distortion)."""
    loud = tone(2.0, 16_000, channels=2, amplitude=0.9)
    for data in (encode("wav", "pcm_s16le", loud, 16_000),
                 encode("flac", "flac", loud, 16_000)):
        samples = read_audio(data).samples
        clipped = float(np.mean(np.abs(samples) >= 0.999))
        assert clipped < 0.01, f"{clipped:.0%} of the samples are clipped at full scale"
        assert float(np.abs(samples).max()) == pytest.approx(0.9, abs=0.1)


# -- what is refused, and why ------------------------------------------------------------

def test_empty_bytes_are_audio_empty() -> None:
    assert refused(b"").rule == "audio-empty"
    with pytest.raises(InputError) as caught:
        check_audio(b"")
    assert (caught.value.field, caught.value.rule) == ("audio", "audio-empty")


NOT_AUDIO: dict[str, Callable[[], bytes]] = {
    "random-bytes-1": lambda: random.Random(1).randbytes(4096),
    "random-bytes-2": lambda: random.Random(2).randbytes(50_000),
    "one-byte": lambda: b"\x00",
    "pdf": lambda: invoice_pdf(simple_invoice()),
    "png": lambda: image("PNG"),
    "jpeg": lambda: image("JPEG"),  # starts with 0xFF like an MPEG frame, but is not one
    "zip": lambda: b"PK\x03\x04" + bytes(200),
    "text": lambda: b"show my pending payments\n" * 20,
    "html": lambda: b"<!DOCTYPE html><html><body>voice.ogg</body></html>",
    "riff-but-avi": lambda: b"RIFF\x00\x10\x00\x00AVI LIST" + bytes(300),
}


@pytest.mark.parametrize("name", NOT_AUDIO)
def test_what_is_not_a_sound_file_is_audio_type(name: str) -> None:
    data = NOT_AUDIO[name]()
    assert sniff_audio(data) is None
    assert refused(data).rule == "audio-type"
    with pytest.raises(InputError) as caught:
        check_audio(data)
    assert caught.value.rule == "audio-type"


@pytest.mark.parametrize("fmt, codec, kind", [("mp4", "mpeg4", "m4a"),
                                              ("mp4", "libx264", "m4a"),
                                              ("webm", "libvpx", "webm"),
                                              ("matroska", "mpeg4", "webm")])
def test_a_container_with_no_audio_stream_is_audio_type(fmt: str, codec: str,
                                                        kind: str) -> None:
    """An MP4 or WebM looks like an M4A or a browser recording from its first bytes; with
    only a video inside, there is nothing to hear."""
    data = video_only(fmt, codec)
    assert sniff_audio(data) == kind
    assert refused(data).rule == "audio-type"


@pytest.mark.parametrize("kind", SIX)
def test_a_file_cut_off_after_its_header_is_audio_corrupt(kind: str) -> None:
    data = six_file(kind)
    end = header_length(kind, data)
    assert 4 <= end < 200
    assert sniff_audio(data[:end]) == kind
    assert refused(data[:end]).rule == "audio-corrupt"


@pytest.mark.parametrize("kind", SIX)
def test_a_file_cut_off_anywhere_is_refused_or_read_for_no_more_than_it_held(
        kind: str) -> None:
    """Wherever a download stops, reading it never fails in any other way than an
    InputError, and never makes up sound that was not there."""
    data = six_file(kind)
    cuts = sorted({*range(1, 200, 7), *(len(data) * i // 16 for i in range(1, 16))})
    corrupt = 0
    for cut in cuts:
        try:
            audio = read_audio(data[:cut])
        except InputError as error:
            assert error.field == "audio"
            # Cut inside the magic bytes it is no longer recognisable; after them, damaged.
            expected = "audio-corrupt" if sniff_audio(data[:cut]) == kind else "audio-type"
            assert error.rule == expected, (cut, error.rule)
            corrupt += error.rule == "audio-corrupt"
        else:
            assert audio.duration_s <= SECONDS + DURATION_TOLERANCE, cut
            assert np.isfinite(audio.samples).all()
    assert corrupt >= 5  # the short cuts at least


@pytest.mark.parametrize("kind", SIX)
@pytest.mark.parametrize("seed", [3, 11, 29])
def test_garbage_after_a_real_header_is_audio_corrupt(kind: str, seed: int) -> None:
    data = six_file(kind)
    end = header_length(kind, data)
    garbage = data[:end] + random.Random(seed).randbytes(20_000)
    assert sniff_audio(garbage) == kind
    assert refused(garbage).rule == "audio-corrupt"


def test_magic_bytes_alone_are_audio_corrupt() -> None:
    for magic in (b"OggS", b"fLaC", b"ID3\x04\x00\x00\x00\x00\x00\x00", b"#!AMR\n",
                  b"\x1a\x45\xdf\xa3", b"RIFF\x00\x00\x00\x00WAVE",
                  b"\x00\x00\x00\x18ftypM4A \x00\x00\x00\x00"):
        assert sniff_audio(magic) is not None, magic
        assert refused(magic).rule == "audio-corrupt", magic


def test_more_than_max_bytes_is_audio_too_large() -> None:
    note = six_file("ogg")
    assert read_audio(note, max_bytes=len(note)).kind == "ogg"  # exactly the limit: fine
    error = refused(note, max_bytes=len(note) - 1)
    assert error.rule == "audio-too-large"
    with pytest.raises(InputError) as caught:
        check_audio(note, max_bytes=len(note) - 1)
    assert caught.value.rule == "audio-too-large"

    # The real limit: 16 MB and one byte of an otherwise good voice note.
    huge = note + bytes(MAX_AUDIO_BYTES + 1 - len(note))
    started = time.monotonic()
    error = refused(huge)
    assert time.monotonic() - started < 1.0  # refused before any decoding
    assert error.rule == "audio-too-large"
    assert error.params["megabytes"] == 16
    assert "16 MB" in error.render("en")
    assert all("16" in error.render(lang) for lang in ("ta", "hi"))
    # A good file of exactly 16 MB is read: 87 s of 48 kHz stereo PCM.
    frames = (MAX_AUDIO_BYTES - 44) // 4
    exact = io.BytesIO()
    with wave.open(exact, "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(48_000)
        out.writeframes((np.tile(tone(frames / 48_000, 48_000)[0], (2, 1)).T * 32767)
                        .astype("<i2").tobytes())
    assert len(exact.getvalue()) == MAX_AUDIO_BYTES
    audio = read_audio(exact.getvalue())
    assert audio.duration_s == pytest.approx(frames / 48_000, abs=DURATION_TOLERANCE)


def test_the_too_large_message_never_states_a_limit_of_zero_megabytes() -> None:
    """max_bytes is a parameter: a limit under 1 MB must not tell the user that the file is
    "larger than 0 MB"."""
    note = six_file("ogg")
    error = refused(note, max_bytes=len(note) // 2)
    assert error.rule == "audio-too-large"
    assert "than 0 MB" not in error.render("en"), error.render("en")


@pytest.fixture(scope="module")
def ten_minute_ogg() -> bytes:
    return long_opus(600, "ogg")


def test_a_ten_minute_voice_note_is_refused_quickly(ten_minute_ogg: bytes) -> None:
    assert sniff_audio(ten_minute_ogg) == "ogg"
    started = time.monotonic()
    error = refused(ten_minute_ogg)
    elapsed = time.monotonic() - started
    assert error.rule == "audio-too-long"
    assert elapsed < 5.0, f"took {elapsed:.1f} s to refuse"
    assert error.params["minutes"] == 2  # MAX_AUDIO_SECONDS
    assert "2 minutes" in error.render("en")
    # ... and it is truly ten minutes of sound, readable when allowed.
    whole = read_audio(ten_minute_ogg, max_seconds=700)
    assert whole.duration_s == pytest.approx(600, abs=DURATION_TOLERANCE)


def test_a_recording_that_does_not_declare_its_length_is_stopped_while_decoding() -> None:
    """A live WebM (a browser's recording) has no duration in its header: decoding stops
    once the limit is passed instead of decoding all ten minutes."""
    live = long_opus(600, "webm", live=True)
    assert sniff_audio(live) == "webm"
    with av.open(io.BytesIO(live), mode="r") as container:
        assert container.duration is None
        assert container.streams.audio[0].duration is None
    started = time.monotonic()
    error = refused(live)
    elapsed = time.monotonic() - started
    assert error.rule == "audio-too-long"
    assert elapsed < 5.0, f"took {elapsed:.1f} s to refuse"
    assert read_audio(live[:len(live) // 20]).duration_s < MAX_AUDIO_SECONDS  # a start is fine


def test_max_seconds_is_the_limit_for_a_30_second_file() -> None:
    for fmt, codec, rate in (("wav", "pcm_s16le", 16_000), ("ogg", "libopus", 48_000),
                             ("webm", "libopus", 48_000)):
        data = encode(fmt, codec, tone(30.0, rate), rate)
        error = refused(data, max_seconds=10)
        assert error.rule == "audio-too-long", fmt
        assert error.params["seconds"] == 10  # under a minute: said in seconds
        assert read_audio(data, max_seconds=30).duration_s == pytest.approx(30, abs=0.1)
        assert read_audio(data, max_seconds=60).duration_s == pytest.approx(30, abs=0.1)
        assert refused(data, max_seconds=25).rule == "audio-too-long", fmt


def test_the_default_limit_is_two_minutes() -> None:
    just_under = encode("wav", "pcm_s16le", tone(115.0, 8_000), 8_000)
    just_over = encode("wav", "pcm_s16le", tone(130.0, 8_000), 8_000)
    assert read_audio(just_under).duration_s == pytest.approx(115, abs=0.1)
    error = refused(just_over)
    assert error.rule == "audio-too-long"
    assert error.params["minutes"] == 2


def test_the_too_long_message_is_true_for_a_limit_under_a_minute() -> None:
    """With max_seconds=30 a 45-second note is refused; telling the user it is "longer
    than 1 minute" would be false."""
    data = encode("wav", "pcm_s16le", tone(45.0, 8_000), 8_000)
    error = refused(data, max_seconds=30)
    assert error.rule == "audio-too-long"
    assert "longer than 1 minute" not in error.render("en"), error.render("en")


# -- voice notes made here ----------------------------------------------------------------

def test_voice_note_is_ogg_opus_that_reads_back_the_same() -> None:
    samples = tone(2.0, SAMPLE_RATE)[0]
    note = voice_note(samples)

    assert note[:4] == b"OggS"
    assert sniff_audio(note) == "ogg"
    with av.open(io.BytesIO(note), mode="r") as container:
        stream = container.streams.audio[0]
        assert container.format.name == "ogg"
        assert stream.codec_context.name == "opus"
        assert stream.channels == 1
    heard = read_audio(note)
    assert heard.kind == "ogg"
    assert heard.duration_s == pytest.approx(2.0, abs=DURATION_TOLERANCE)
    assert pitch(heard.samples) == pytest.approx(TONE_HZ, abs=5)
    assert rms(heard.samples) == pytest.approx(AMPLITUDE / np.sqrt(2), rel=0.25)
    assert len(note) < 20_000  # a voice note, not raw PCM (32 kb/s)


def test_voice_note_of_speech_at_its_own_rate() -> None:
    """espeak-ng speaks at 22 050 Hz; the note lasts as long as the speech did."""
    wav = spoken_wav("your payment of fifty thousand rupees is overdue")
    rate = int.from_bytes(wav[24:28], "little")
    assert rate == 22_050
    start = wav.index(b"data") + 8
    pcm = np.frombuffer(wav[start:len(wav) - (len(wav) - start) % 2], dtype="<i2")
    seconds = len(pcm) / rate
    note = voice_note((pcm / 32768).astype(np.float32), rate=rate)
    heard = read_audio(note)
    assert heard.duration_s == pytest.approx(seconds, abs=DURATION_TOLERANCE)
    assert heard.duration_s == pytest.approx(read_audio(wav).duration_s,
                                             abs=DURATION_TOLERANCE)
    assert rms(heard.samples) > 0.01


def test_voice_note_of_samples_past_full_scale_is_still_a_note() -> None:
    note = voice_note(tone(1.0, SAMPLE_RATE, amplitude=3.0)[0])
    heard = read_audio(note)
    assert heard.duration_s == pytest.approx(1.0, abs=DURATION_TOLERANCE)
    assert float(np.abs(heard.samples).max()) <= 1.0
    assert pitch(heard.samples) == pytest.approx(TONE_HZ, abs=5)


# -- how the user reads each refusal ------------------------------------------------------

def _errors() -> dict[str, InputError]:
    note = six_file("ogg")
    made = {
        "audio-empty": refused(b""),
        "audio-type": refused(image("PNG")),
        "audio-too-large": refused(note + bytes(MAX_AUDIO_BYTES + 1 - len(note))),
        "audio-too-long": refused(encode("wav", "pcm_s16le", tone(30.0, 8_000), 8_000),
                                  max_seconds=10),
        "audio-corrupt": refused(note[:header_length("ogg", note)]),
    }
    assert {rule: e.rule for rule, e in made.items()} == {r: r for r in RULES}
    return made


def test_every_refusal_reads_differently_in_ta_hi_and_en() -> None:
    errors = _errors()
    texts: dict[tuple[str, str], str] = {}
    for rule, error in errors.items():
        ta, hi, en = (error.render(lang) for lang in ("ta", "hi", "en"))
        for lang, text in (("ta", ta), ("hi", hi), ("en", en)):
            assert text.strip(), (rule, lang)
            assert "{" not in text and "$" not in text, (rule, lang, text)
            assert not text.startswith("error-"), (rule, lang, text)  # a message, not its id
            texts[rule, lang] = text
        assert len({ta, hi, en}) == 3, rule
        assert TAMIL.search(ta), (rule, ta)
        assert DEVANAGARI.search(hi), (rule, hi)
        assert not TAMIL.search(en) and not DEVANAGARI.search(en), (rule, en)
        assert str(error) == en
        for lang in ("ta", "hi", "en"):
            assert error.as_dict(lang) == {"field": "audio", "rule": rule,
                                           "message": error.render(lang)}
    # No two rules say the same thing in any language.
    for lang in ("ta", "hi", "en"):
        assert len({texts[rule, lang] for rule in RULES}) == len(RULES), lang


def test_the_limits_are_stated_in_every_language() -> None:
    errors = _errors()
    for lang in ("ta", "hi", "en"):
        assert "16" in errors["audio-too-large"].render(lang), lang
        assert "10" in errors["audio-too-long"].render(lang), lang
    assert "10 seconds" in errors["audio-too-long"].render("en")
    one_minute = InputError("audio", "audio-too-long", minutes=1).render("en")
    assert "1 minute." in one_minute and "1 minutes" not in one_minute
