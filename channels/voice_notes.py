"""Voice notes: heard before their turn, answered in text and, spoken, as a voice note.

A message with an audio attachment (a WhatsApp voice note, an audio file, a
recording on the sandbox page) is heard once, before its turn runs: the file
is fetched, checked and decoded (:mod:`tools.audio`), transcribed in the
sender's language (:mod:`agents.speech`), and the transcript is kept on the
message. The turn then reads the transcript like typed text. A transcript
the recogniser is unsure of, or audio that cannot be heard at all, is kept
as such; its turn answers with a localised "could not hear" and acts on
nothing.

The answer to a voice note is also spoken: its text said in the sender's
language, kept as an OGG/Opus voice note with the documents and sent from a
signed link that expires.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from agents.retailer_commands import as_typed
from agents.speech import Speaker, Transcriber
from agents.state import Attachment
from store.documents import DocumentStore
from tools.audio import AUDIO_FIELD, MAX_AUDIO_SECONDS, VOICE_NOTE_TYPE, read_audio
from tools.errors import InputError
from tools.spoken import spoken_text

log = logging.getLogger("bakaya.channels.voice_notes")

#: Below this a transcript is not acted on ("could not hear"). Measured on the voice
#: command clips (tests/benchmarks/bench_voice.py): wrong readings cluster below it.
MIN_CONFIDENCE = 0.35


@dataclass(frozen=True)
class VoiceNotes:
    """What hears voice notes and speaks the answers (one per process)."""

    fetch: Callable[[str], bytes]
    transcriber: Transcriber
    speaker: Speaker | None = None
    documents: DocumentStore | None = None
    # Where a kept document is served, for a while: (ref, now) -> URL.
    link: Callable[[str, datetime], str] | None = None
    min_confidence: float = MIN_CONFIDENCE
    max_seconds: float = MAX_AUDIO_SECONDS

    def hear(self, media: list[dict[str, Any]], language: str | None) -> dict[str, Any]:
        """The transcript of the first audio attachment, as kept on the message."""
        url = next(m["url"] for m in media if is_audio(m))
        started = time.perf_counter()
        try:
            try:
                data = self.fetch(url)
            except InputError:
                raise InputError(AUDIO_FIELD, "audio-download") from None
            audio = read_audio(data, max_seconds=self.max_seconds)
            heard = self.transcriber.transcribe(audio, language)
        except InputError as error:
            log.info('{"event": "voice_note_refused", "rule": "%s"}', error.rule)
            return {"error": error.rule, "message_id": error.message_id,
                    "params": _plain(error.params), "heard": False}
        except Exception as error:  # noqa: BLE001 - a recogniser failure is "not heard"
            log.warning('{"event": "voice_note_failed", "error": "%s"}', type(error).__name__)
            return {"error": "voice-note-unavailable", "params": {}, "heard": False}
        record = {**heard.to_json(), "text": as_typed(heard.text),
                  "heard": bool(heard.text) and heard.confidence >= self.min_confidence}
        log.info('{"event": "voice_note_heard", "language": "%s", "seconds": %.2f, '
                 '"audio_s": %.1f, "confidence": %.2f, "heard": %s}', heard.language,
                 time.perf_counter() - started, heard.duration_s, heard.confidence,
                 str(record["heard"]).lower())
        return record

    def speak(self, texts: list[str], language: str, ref: str,
              now: datetime) -> Attachment | None:
        """The replies said aloud as a kept voice note and its link (None when speaking
        is off or failed: the text goes regardless)."""
        if self.speaker is None or not self.speaker.enabled or self.documents is None or \
                self.link is None:
            return None
        if not self.documents.exists(ref):  # a turn run again speaks once
            audio = self.speaker.speak(spoken_text("\n".join(texts), language), language)
            if audio is None:
                return None
            folder, name = ref.rsplit("/", 1)
            self.documents.put(folder, name, audio)
        return {"kind": "audio", "url": self.link(ref, now), "content_type": VOICE_NOTE_TYPE}


def is_audio(media: dict[str, Any]) -> bool:
    """Whether an attachment is a sound file (by its declared type: the file itself is
    checked when it is heard)."""
    return str(media.get("content_type", "")).split(";")[0].strip().startswith("audio/")


def spoken_ref(thread: str, message_id: int) -> str:
    """Where the spoken answer to inbound message ``message_id`` is kept."""
    digest = hashlib.sha256(thread.encode()).hexdigest()[:16]
    return f"spoken/{digest}/{message_id}.ogg"


def _plain(params: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in params.items()
            if k != "field" and isinstance(v, (str, int, float))}
