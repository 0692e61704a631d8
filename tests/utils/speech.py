"""Speech for tests: espeak-ng saying a sentence, and a recogniser that hears a script."""

from __future__ import annotations

import subprocess
from collections.abc import Iterable

from agents.speech import ESPEAK_VOICES, Transcript
from tools.audio import Audio


def spoken_wav(text: str, language: str, *, speed: int = 150) -> bytes:
    """WAV bytes of espeak-ng saying ``text`` in ``language`` (ta, hi or en)."""
    done = subprocess.run(["espeak-ng", "-v", ESPEAK_VOICES[language], "-s", str(speed),
                           "--stdout", text], capture_output=True, check=True, timeout=30)
    return done.stdout


class ScriptedTranscriber:
    """Hears the given transcripts in turn, whatever the audio (the audio is still
    fetched and checked by the product first)."""

    def __init__(self, script: Iterable[Transcript]) -> None:
        self.script = list(script)
        self.heard: list[tuple[float, str | None]] = []

    def transcribe(self, audio: Audio, language: str | None = None) -> Transcript:
        self.heard.append((audio.duration_s, language))
        return self.script.pop(0)
