"""Which recogniser hears voice notes, from the settings (one place for the voice channel
and ``bakaya transcribe``; light to import, so the command starts quickly)."""

from __future__ import annotations

from pathlib import Path

from agents.speech import EndpointTranscriber, Transcriber, WhisperTranscriber
from bakaya.settings import ConfigurationError, Settings


def transcriber(settings: Settings) -> Transcriber:
    """What hears voice notes: the endpoint when one is configured, else the configured
    or embedded Whisper model (the same for the voice channel and ``bakaya transcribe``)."""
    if settings.speech_endpoint:
        return EndpointTranscriber(settings.speech_endpoint, settings.speech_endpoint_model,
                                   settings.speech_api_key or settings.openai_api_key)
    if settings.speech_model:
        path = Path(settings.speech_model).expanduser()
        if not (path / "model.bin").is_file():
            raise ConfigurationError(
                f"BAKAYA_SPEECH_MODEL={settings.speech_model}: no CTranslate2 Whisper model "
                "(model.bin) in that folder")
        return WhisperTranscriber(path)
    return WhisperTranscriber.default(settings.models_dir)
