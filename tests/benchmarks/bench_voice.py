"""Figures for voice commands: synthesised voice notes, heard by Whisper, read for intent.

Run explicitly (pyproject's norecursedirs keeps it out of the default run)::

    scripts/test.sh tests/benchmarks/bench_voice.py -s

Every phrase of tests/voice/clips.py is spoken with espeak-ng as one variant (clean,
noisy or over the phone), decoded as a voice note is (tools/audio.py), transcribed by
the embedded Whisper model in the phrase's language, and the transcript read by
``agents.understanding.understand``. Prints, per language: clips, mean word error rate,
intent accuracy from the audio and from the typed phrase (the text ceiling: a miss
there is the reader's, not the hearing's), seconds per clip (mean, p95; transcription
only, after one warm-up clip that loads the model) and seconds per 5 s of audio; then
intent accuracy per variant, and every miss. The figures also go to
``.bakaya/bench_voice.json``. Asserts only that every clip was transcribed.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from agents.retailer_commands import as_typed
from agents.speech import WhisperTranscriber
from agents.understanding import understand
from channels.voice_notes import MIN_CONFIDENCE
from tests.voice.clips import VARIANTS, Clip, make_clips, word_error_rate
from tools.audio import read_audio

ROOT = Path(__file__).resolve().parents[2]
CLIPS_DIR = ROOT / ".bakaya" / "voice-clips"
MODELS_DIR = ROOT / ".bakaya" / "test" / "models"
FIGURES = ROOT / ".bakaya" / "bench_voice.json"
TODAY = date(2026, 12, 6)
LANGUAGES = ("ta", "hi", "en")


@dataclass(frozen=True)
class Heard:
    """One clip: its transcript, what was read from it and from the typed phrase."""

    clip: Clip
    transcript: str
    confidence: float
    seconds: float
    wer: float
    intent_heard: str
    intent_typed: str

    @property
    def right(self) -> bool:
        return self.intent_heard == self.clip.phrase.intent

    @property
    def sure(self) -> bool:
        """Whether the voice channel acts on it (else: "could not hear, please type")."""
        return bool(self.transcript) and self.confidence >= MIN_CONFIDENCE

    @property
    def per_5s(self) -> float:
        return self.seconds * 5.0 / self.clip.duration_s


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _share(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def _hear(transcriber: WhisperTranscriber, clip: Clip) -> Heard:
    audio = read_audio(clip.wav)
    language = clip.phrase.language
    started = time.perf_counter()
    transcript = transcriber.transcribe(audio, language)
    seconds = time.perf_counter() - started
    return Heard(
        clip=clip, transcript=transcript.text, confidence=transcript.confidence,
        seconds=seconds, wer=word_error_rate(clip.phrase.text, transcript.text),
        # read as the voice channel reads it (channels/voice_notes.py)
        intent_heard=understand(as_typed(transcript.text), TODAY,
                                language_hint=language).intent,
        intent_typed=understand(clip.phrase.text, TODAY, language_hint=language).intent,
    )


def _summary(group: list[Heard]) -> dict[str, Any]:
    return {
        "clips": len(group),
        "wer_mean": statistics.fmean(h.wer for h in group),
        "intent_accuracy_audio": _share(sum(h.right for h in group), len(group)),
        "intent_accuracy_typed": _share(
            sum(h.intent_typed == h.clip.phrase.intent for h in group), len(group)),
        "confidence_mean": statistics.fmean(h.confidence for h in group),
        # what the voice channel does with the clip: acts rightly, asks again, acts wrongly
        "acted_right": _share(sum(h.sure and h.right for h in group), len(group)),
        "asked_again": _share(sum(not h.sure for h in group), len(group)),
        "not_understood": _share(sum(h.sure and not h.right and h.intent_heard == "other"
                                     for h in group), len(group)),
        "acted_wrong": _share(sum(h.sure and not h.right and h.intent_heard != "other"
                                  for h in group), len(group)),
        "seconds_per_clip_mean": statistics.fmean(h.seconds for h in group),
        "seconds_per_clip_p95": _percentile([h.seconds for h in group], 0.95),
        "seconds_per_5s_audio_mean": statistics.fmean(h.per_5s for h in group),
        "seconds_per_5s_audio_p95": _percentile([h.per_5s for h in group], 0.95),
    }


def _report(heard: list[Heard], load_seconds: float) -> dict[str, Any]:
    figures: dict[str, Any] = {"model_load_seconds": load_seconds, "languages": {},
                               "variants": {}, "misses": []}
    print(f"\n== voice commands: {len(heard)} clips, model load + first clip "
          f"{load_seconds:.1f} s")
    print(f"  {'lang':4s} {'clips':>5s} {'WER':>6s} {'audio':>7s} {'typed':>7s} {'conf':>5s}"
          f" {'s/clip':>7s} {'p95':>6s} {'s/5s':>6s} {'p95':>6s}")
    for language in (*LANGUAGES, "all"):
        group = [h for h in heard if language in ("all", h.clip.phrase.language)]
        s = _summary(group)
        figures["languages"][language] = s
        print(f"  {language:4s} {s['clips']:5d} {s['wer_mean']:6.1%}"
              f" {s['intent_accuracy_audio']:7.1%} {s['intent_accuracy_typed']:7.1%}"
              f" {s['confidence_mean']:5.2f} {s['seconds_per_clip_mean']:7.2f}"
              f" {s['seconds_per_clip_p95']:6.2f} {s['seconds_per_5s_audio_mean']:6.2f}"
              f" {s['seconds_per_5s_audio_p95']:6.2f}")
    print(f"  with the channel's confidence bar ({MIN_CONFIDENCE}): right intent / asked to"
          " repeat or type / heard but not understood / a wrong intent (a confirmation"
          " still stands before anything is saved)")
    for language in (*LANGUAGES, "all"):
        s = figures["languages"][language]
        print(f"  {language:4s} {s['acted_right']:7.1%} {s['asked_again']:7.1%}"
              f" {s['not_understood']:7.1%} {s['acted_wrong']:7.1%}")
    print("  intent accuracy from audio by variant:")
    for variant in VARIANTS:
        figures["variants"][variant] = {}
        cells = []
        for language in (*LANGUAGES, "all"):
            group = [h for h in heard if h.clip.variant == variant
                     and language in ("all", h.clip.phrase.language)]
            accuracy = _share(sum(h.right for h in group), len(group))
            figures["variants"][variant][language] = {"clips": len(group),
                                                      "intent_accuracy_audio": accuracy}
            cells.append(f"{language} {accuracy:6.1%} ({len(group)})")
        print(f"    {variant:6s} " + "   ".join(cells))
    misses = [h for h in heard if not h.right]
    print(f"  misses ({len(misses)}): language, variant, phrase -> transcript -> read as"
          f" [typed read as]")
    for h in misses:
        phrase = h.clip.phrase
        figures["misses"].append({
            "language": phrase.language, "variant": h.clip.variant, "phrase": phrase.text,
            "intent": phrase.intent, "transcript": h.transcript, "read": h.intent_heard,
            "typed_read": h.intent_typed, "wer": h.wer, "confidence": h.confidence})
        typed = "" if h.intent_typed == phrase.intent else f" [typed: {h.intent_typed}]"
        print(f"    {phrase.language} {h.clip.variant:6s} {phrase.text!r} ({phrase.intent})"
              f" -> {h.transcript!r} -> {h.intent_heard}{typed}")
    return figures


@pytest.mark.benchmark
def test_voice_command_figures() -> None:
    clips = make_clips(CLIPS_DIR)
    transcriber = WhisperTranscriber.default(MODELS_DIR)
    started = time.perf_counter()
    transcriber.transcribe(read_audio(clips[0].wav), clips[0].phrase.language)  # loads it
    load_seconds = time.perf_counter() - started
    heard = [_hear(transcriber, clip) for clip in clips]
    figures = _report(heard, load_seconds)
    FIGURES.parent.mkdir(parents=True, exist_ok=True)
    FIGURES.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n",
                       encoding="utf-8")
    assert len(heard) == len(clips)
    assert all(isinstance(h.transcript, str) for h in heard)
