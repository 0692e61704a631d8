"""Spoken English commands, heard by the embedded model and read as the voice channel
reads them: at least 80% reach the right intent (the benchmark, tests/benchmarks/
bench_voice.py, measures 85% on these clips and prints every language)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from agents.retailer_commands import as_typed
from agents.speech import WhisperTranscriber
from agents.understanding import understand
from tests.voice.clips import PHRASES, make_clips
from tools.audio import read_audio


def test_most_english_voice_commands_reach_their_intent(tmp_path: Path) -> None:
    english = [i for i, phrase in enumerate(PHRASES) if phrase.language == "en"]
    assert len(english) >= 20
    clips = make_clips(tmp_path / "clips", english)
    home = Path(os.environ.get("BAKAYA_HOME", tmp_path))
    transcriber = WhisperTranscriber.default(home / "models")
    right = 0
    for clip in clips:
        heard = transcriber.transcribe(read_audio(clip.wav), "en")
        assert heard.language == "en" and 0 <= heard.confidence <= 1
        read = understand(as_typed(heard.text), date(2026, 12, 6), language_hint="en")
        right += read.intent == clip.phrase.intent
    assert right / len(clips) >= 0.8, f"{right} of {len(clips)}"
