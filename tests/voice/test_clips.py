"""The spoken-command set: its phrases, the clips made from them and word error rate."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.voice.clips import (
    INTENTS,
    PHRASES,
    SAMPLE_RATE,
    VARIANTS,
    make_clip,
    make_clips,
    variant_for,
    wav_info,
    word_error_rate,
)

LANGUAGES = ("ta", "hi", "en")


def _first_of_each_language(count: int) -> list[int]:
    return [index for language in LANGUAGES
            for index in [i for i, p in enumerate(PHRASES) if p.language == language][:count]]


def test_enough_phrases_in_every_language() -> None:
    assert len(PHRASES) >= 60
    by_language = Counter(phrase.language for phrase in PHRASES)
    assert set(by_language) == set(LANGUAGES)
    assert all(count >= 20 for count in by_language.values()), by_language


def test_every_phrase_names_a_known_intent_and_is_unique() -> None:
    assert {phrase.intent for phrase in PHRASES} <= INTENTS
    assert len({(p.language, p.text) for p in PHRASES}) == len(PHRASES)


@pytest.mark.parametrize("language", ["ta", "hi"])
def test_indian_languages_are_in_their_own_script(language: str) -> None:
    block = range(0x0B80, 0x0C00) if language == "ta" else range(0x0900, 0x0980)
    for phrase in PHRASES:
        if phrase.language == language:
            assert any(ord(c) in block for c in phrase.text), phrase.text


def test_clips_are_16khz_mono_and_a_few_seconds(tmp_path: Path) -> None:
    indices = _first_of_each_language(3)
    clips = make_clips(tmp_path, indices)
    assert [clip.phrase for clip in clips] == [PHRASES[i] for i in indices]
    for index, clip in zip(indices, clips, strict=True):
        rate, channels, seconds = wav_info(clip.wav)
        assert (rate, channels) == (SAMPLE_RATE, 1)
        assert 0.8 <= seconds <= 8.0, (clip.phrase.text, seconds)
        assert clip.variant == variant_for(index)


def test_same_phrase_gives_the_same_bytes(tmp_path: Path) -> None:
    for index in _first_of_each_language(1) + [1, 2]:  # one of each variant too
        first = make_clip(index, tmp_path / "a").wav
        assert make_clip(index, tmp_path / "b").wav == first
        assert make_clip(index, tmp_path / "a").wav == first  # from the cache


def test_variants_are_about_a_third_each() -> None:
    counts = Counter(variant_for(i) for i in range(len(PHRASES)))
    assert set(counts) == set(VARIANTS)
    assert max(counts.values()) - min(counts.values()) <= 1
    for language in LANGUAGES:
        per_language = Counter(variant_for(i) for i, p in enumerate(PHRASES)
                               if p.language == language)
        assert all(per_language[v] >= 0.25 * per_language.total() for v in VARIANTS)


@pytest.mark.parametrize(("reference", "hypothesis", "expected"), [
    ("status of invoice 1043", "status of invoice 1043", 0.0),
    ("status of invoice 1043", "status of invoice 1034", 0.25),
    ("status of invoice 1043", "", 1.0),
    ("Status of invoice 1043?", "status of invoice, 1043.", 0.0),
    ("बिल 1043 का स्टेटस क्या है", "बिल १०४३ का स्टेटस क्या है।", 0.0),
    ("பில் 77 ஸ்டேட்டஸ் என்ன", "பில் 77 ஸ்டேட்டஸ் என்ன?", 0.0),
    ("paid 50000", "paid 50,000", 0.0),
    ("send the notice", "send notice", 1 / 3),
    ("", "", 0.0),
])
def test_word_error_rate(reference: str, hypothesis: str, expected: float) -> None:
    assert word_error_rate(reference, hypothesis) == pytest.approx(expected)
