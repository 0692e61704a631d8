"""`bakaya transcribe FILE [--lang ta|hi|en] --json`, checked from outside: the contract's
four keys, a language always among ta/hi/en, files told by content not name, and bad input
refused (exit 2) with the error as JSON or in words.

Three real transcriptions with the embedded Whisper model (espeak-ng speaking); the rest
are refused before any model is loaded.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from tests.cli.test_parse_and_chat import run
from tools.audio import read_audio, voice_note

KEYS = {"text", "language", "duration_s", "confidence"}
LANGUAGES = {"ta", "hi", "en"}


def spoken_wav(text: str, voice: str = "en-us") -> bytes:
    done = subprocess.run(["espeak-ng", "-v", voice, "--stdout", text],
                          capture_output=True, check=True, timeout=30)
    return done.stdout


def wav_seconds(wav: bytes) -> float:
    """How long a WAV lasts, from its format and its size (espeak-ng streams its WAV, so
    the length in its header is a placeholder)."""
    assert wav[:4] == b"RIFF" and wav[8:12] == b"WAVE"
    rate = int.from_bytes(wav[24:28], "little")
    block = int.from_bytes(wav[32:34], "little")
    start = wav.index(b"data") + 8
    return (len(wav) - start) / (rate * block)


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_contract(body: dict[str, object]) -> None:
    assert set(body) == KEYS, body
    assert isinstance(body["text"], str)
    assert isinstance(body["language"], str)
    assert is_number(body["duration_s"])
    assert is_number(body["confidence"])
    assert 0 <= body["confidence"] <= 1  # type: ignore[operator]


def test_english_speech_with_lang_en_prints_the_contract(tmp_path: Path) -> None:
    wav = spoken_wav("show my pending payments")
    clip = tmp_path / "clip.wav"
    clip.write_bytes(wav)

    result = run("transcribe", str(clip), "--lang", "en", "--json")

    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    check_contract(body)
    assert body["language"] == "en"
    assert abs(body["duration_s"] - wav_seconds(wav)) <= 0.1, (body, wav_seconds(wav))
    assert "pending" in body["text"].lower(), body
    assert body["confidence"] > 0.35, body  # clean speech: above the channel's bar


def test_without_lang_the_language_is_still_one_of_ours(tmp_path: Path) -> None:
    """French speech, in a file whose name says M4A: the WAV is read by its content and the
    detected language is still ta, hi or en, never "fr"."""
    wav = spoken_wav("bonjour, montrez-moi mes paiements en attente", voice="fr")
    clip = tmp_path / "message.m4a"
    clip.write_bytes(wav)

    result = run("transcribe", str(clip), "--json")

    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    check_contract(body)
    assert body["language"] in LANGUAGES, body
    assert abs(body["duration_s"] - wav_seconds(wav)) <= 0.1, (body, wav_seconds(wav))


def test_human_output_prints_the_text_then_language_and_percentage(tmp_path: Path) -> None:
    """Without --json: the words heard, then a line with the language and how sure, as a
    percentage. The clip is an OGG/Opus voice note (as WhatsApp sends) named .mp3."""
    speech = read_audio(spoken_wav("show my pending payments"))
    note = tmp_path / "voice.mp3"
    note.write_bytes(voice_note(speech.samples))

    result = run("transcribe", str(note), "--lang", "en")

    assert result.returncode == 0, result.stderr
    lines = [line.strip() for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 2, result.stdout
    assert "pending" in lines[0].lower(), result.stdout
    assert not lines[0].startswith("{")  # words, not JSON
    match = re.fullmatch(r"\((ta|hi|en), ([\d.]+) s, (\d{1,3})% sure\)", lines[1])
    assert match, lines[1]
    assert match[1] == "en"
    assert abs(float(match[2]) - speech.duration_s) <= 0.15
    assert 0 <= int(match[3]) <= 100


def test_an_unknown_language_is_refused(tmp_path: Path) -> None:
    clip = tmp_path / "clip.wav"
    clip.write_bytes(spoken_wav("hello"))

    result = run("transcribe", str(clip), "--lang", "xx", "--json")

    assert result.returncode == 2
    error = json.loads(result.stdout)["error"]
    assert (error["field"], error["rule"]) == ("lang", "speech-language")
    assert all(code in error["message"] for code in ("ta", "hi", "en")), error
    assert "language" in error["message"].lower()
    assert "language" in result.stderr.lower()


def test_a_missing_file_is_refused_as_json_and_in_words(tmp_path: Path) -> None:
    missing = tmp_path / "nope.ogg"

    as_json = run("transcribe", str(missing), "--json")
    assert as_json.returncode == 2
    body = json.loads(as_json.stdout)
    assert set(body) == {"error"}
    assert set(body["error"]) == {"field", "rule", "message"}
    assert body["error"]["field"] == "audio"
    assert body["error"]["rule"] == "audio-unreadable"
    assert "nope.ogg" in body["error"]["message"]

    in_words = run("transcribe", str(missing))
    assert in_words.returncode == 2
    assert in_words.stdout == ""
    assert "nope.ogg" in in_words.stderr


def test_a_text_file_is_audio_type_in_the_callers_language(tmp_path: Path) -> None:
    fake = tmp_path / "voice.ogg"  # the name says OGG; the content is text
    fake.write_text("show my pending payments\n", encoding="utf-8")

    result = run("transcribe", str(fake), "--json", "--lang", "ta")

    assert result.returncode == 2
    error = json.loads(result.stdout)["error"]
    assert (error["field"], error["rule"]) == ("audio", "audio-type")
    assert re.search("[\u0b80-\u0bff]", error["message"]), error  # said in Tamil
