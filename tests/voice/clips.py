"""Spoken retailer commands, synthesised for tests: phrases, clips and word error rate.

:data:`PHRASES` are commands as shopkeepers say them in a WhatsApp voice note, in
Tamil, Hindi and English (Tamil and Hindi in their own scripts, with the English
words people mix in), each labelled with the intent it asks for. :func:`make_clips`
speaks each one with espeak-ng at a speed and pitch fixed by its text, then makes
one variant of it with sox and numpy, fixed by its position in :data:`PHRASES`:
``clean`` (16 kHz mono), ``noise`` (pink noise mixed in at 15 dB SNR) or ``phone``
(300-3400 Hz, through 8 kHz mu-law and back). Clips are cached on disk, keyed by
everything that makes them, and generating one twice gives the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import subprocess
import tempfile
import unicodedata
import wave
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

#: Rate, channels and sample width of every clip.
SAMPLE_RATE = 16_000
#: espeak-ng voice for each language.
VOICES = {"ta": "ta", "hi": "hi", "en": "en-us"}
#: How a clip is degraded, assigned in turn by a phrase's index.
VARIANTS = ("clean", "noise", "phone")
#: Intents a phrase may be labelled with.
INTENTS = frozenset({
    "list_pending", "invoice_detail", "buyer_lookup", "mark_paid", "request_notice",
    "pause_reminders", "resume_reminders", "change_language", "help", "cancel",
    "daily_summary",
})
#: Silence put before and after the speech, and the shortest clip.
PAD_SECONDS = 0.3
MIN_SECONDS = 1.0
#: Speech-to-noise ratio of the ``noise`` variant.
NOISE_SNR_DB = 15.0
#: Bumped whenever the way clips are made changes, so stale cache files are not used.
_RECIPE = "voice-clips-1"

Samples = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Phrase:
    """One spoken command: its language code, words and the intent it asks for."""

    language: str
    text: str
    intent: str


@dataclass(frozen=True)
class Clip:
    """A phrase spoken: which variant, and 16 kHz mono 16-bit WAV bytes."""

    phrase: Phrase
    variant: str
    wav: bytes

    @property
    def duration_s(self) -> float:
        return wav_info(self.wav)[2]


def _phrases(language: str, *pairs: tuple[str, str]) -> tuple[Phrase, ...]:
    return tuple(Phrase(language, text, intent) for intent, text in pairs)


PHRASES: tuple[Phrase, ...] = (
    *_phrases(
        "ta",
        ("list_pending", "என் பெண்டிங் லிஸ்ட் சொல்லு"),
        ("list_pending", "யார் யார் இன்னும் பணம் கட்டல"),
        ("list_pending", "மொத்தம் எவ்வளவு பாக்கி இருக்கு சொல்லு"),
        ("list_pending", "எனக்கு வர வேண்டிய பணம் மொத்தம் எவ்வளவு"),
        ("list_pending", "பேமெண்ட் வராத பில் எல்லாம் காட்டு"),
        ("list_pending", "இன்னும் எத்தனை பில் பெண்டிங்ல இருக்கு"),
        ("invoice_detail", "பில் 77 ஸ்டேட்டஸ் என்ன"),
        ("invoice_detail", "இன்வாய்ஸ் 1043 என்ன ஆச்சு"),
        ("invoice_detail", "2210 நம்பர் பில் பேமெண்ட் வந்துச்சா"),
        ("invoice_detail", "இன்வாய்ஸ் 588 டீடெயில் சொல்லு"),
        ("buyer_lookup", "பாலாஜி டிரேடர்ஸ் கணக்கு என்ன நிலைமை"),
        ("mark_paid", "இன்வாய்ஸ் 1043 ஐம்பதாயிரம் வந்துடுச்சு"),
        ("mark_paid", "பில் 2210 முழு பேமெண்ட் வந்தாச்சு பெய்டுனு போடு"),
        ("mark_paid", "305 பில்லுக்கு பன்னிரண்டாயிரம் ரூபாய் கிடைச்சுது"),
        ("request_notice", "இன்வாய்ஸ் 77 க்கு லீகல் நோட்டீஸ் எனக்கு அனுப்பு"),
        ("request_notice", "பில் 1043 க்கு நோட்டீஸ் ரெடி பண்ணு"),
        ("request_notice", "4521 பில்லுக்கு வக்கீல் நோட்டீஸ் தயார் பண்ணு"),
        ("pause_reminders", "பில் 1043 ரிமைண்டர் நிறுத்து"),
        ("pause_reminders", "இன்வாய்ஸ் 588 க்கு ரிமைண்டர் கொஞ்ச நாள் அனுப்ப வேண்டாம்"),
        ("resume_reminders", "பில் 1043 ரிமைண்டர் மறுபடியும் ஆரம்பி"),
        ("resume_reminders", "இன்வாய்ஸ் 588 ரிமைண்டர் திரும்ப ஸ்டார்ட் பண்ணு"),
        ("change_language", "இனிமே தமிழ்ல பேசு"),
        ("change_language", "இனிமே இங்கிலீஷ்ல பதில் சொல்லு"),
        ("help", "நீ என்னென்ன பண்ண முடியும்"),
        ("help", "இத எப்படி யூஸ் பண்றதுன்னு சொல்லு"),
        ("cancel", "வேண்டாம் அதை கேன்சல் பண்ணு"),
        ("daily_summary", "தினமும் காலையில சம்மரி அனுப்பு"),
    ),
    *_phrases(
        "hi",
        ("list_pending", "मेरा पूरा पेंडिंग बताओ"),
        ("list_pending", "किस किस ने अभी तक पेमेंट नहीं किया"),
        ("list_pending", "टोटल कितना पैसा बाकी है मेरा"),
        ("list_pending", "सारे बकाया बिल की लिस्ट दिखाओ"),
        ("list_pending", "कौन कौन से बिल का पैसा अभी नहीं आया"),
        ("list_pending", "मार्केट में मेरा कितना उधार फंसा है"),
        ("invoice_detail", "बिल 1043 का स्टेटस क्या है"),
        ("invoice_detail", "इनवॉइस 2210 का क्या हुआ"),
        ("invoice_detail", "इनवॉइस नंबर 588 का पेमेंट आया क्या"),
        ("invoice_detail", "बिल 77 की डिटेल बताओ"),
        ("buyer_lookup", "बालाजी ट्रेडर्स का हिसाब बताओ"),
        ("mark_paid", "इनवॉइस 1043 का पचास हज़ार मिल गया"),
        ("mark_paid", "बिल 2210 पेड कर दो पूरा पेमेंट आ गया"),
        ("mark_paid", "305 नंबर बिल के बारह हज़ार रुपये आ गए"),
        ("request_notice", "इनवॉइस 77 का लीगल नोटिस मुझे भेजो"),
        ("request_notice", "बिल 1043 के लिए नोटिस तैयार करो"),
        ("request_notice", "4521 वाले बिल पर कानूनी नोटिस बनाओ"),
        ("pause_reminders", "बिल 1043 का रिमाइंडर रोक दो"),
        ("pause_reminders", "इनवॉइस 588 के रिमाइंडर अभी कुछ दिन बंद करो"),
        ("resume_reminders", "बिल 1043 का रिमाइंडर फिर से चालू करो"),
        ("resume_reminders", "इनवॉइस 588 के रिमाइंडर दोबारा शुरू करो"),
        ("change_language", "अब से हिंदी में बात करो"),
        ("change_language", "मुझे तमिल में जवाब देना"),
        ("help", "तुम क्या क्या कर सकते हो"),
        ("help", "मदद चाहिए ये कैसे चलता है"),
        ("cancel", "रहने दो कैंसल करो"),
        ("daily_summary", "रोज़ वाली डेली समरी बंद कर दो"),
    ),
    *_phrases(
        "en",
        ("list_pending", "Who all have not paid me yet?"),
        ("list_pending", "Tell me my pending payments."),
        ("list_pending", "How much money is due to me in total?"),
        ("list_pending", "Show me the list of unpaid bills."),
        ("list_pending", "Which customers are yet to pay?"),
        ("list_pending", "What is my total outstanding amount?"),
        ("invoice_detail", "What is the status of invoice 1043?"),
        ("invoice_detail", "Tell me about bill number 2210."),
        ("invoice_detail", "Has invoice 588 been paid or not?"),
        ("invoice_detail", "Check invoice 77 for me."),
        ("buyer_lookup", "Show me the account of Balaji Traders."),
        ("mark_paid", "Invoice 1043 paid fifty thousand."),
        ("mark_paid", "Mark bill 2210 as paid, full amount received."),
        ("mark_paid", "Got twelve thousand rupees for invoice 305."),
        ("request_notice", "Send me the legal notice for invoice 77."),
        ("request_notice", "Prepare a legal notice for bill 1043."),
        ("request_notice", "Draft the notice for invoice 4521."),
        ("pause_reminders", "Stop the reminders for invoice 1043."),
        ("pause_reminders", "Pause reminders on bill 588 for a few days."),
        ("resume_reminders", "Start the reminders again for invoice 1043."),
        ("resume_reminders", "Resume reminders for bill 588."),
        ("change_language", "Speak in Tamil from now on."),
        ("change_language", "Please reply to me in Hindi."),
        ("help", "What all can you do for me?"),
        ("help", "Help, how does this work?"),
        ("cancel", "Cancel that, leave it."),
        ("daily_summary", "Turn on the daily summary every morning."),
    ),
)


def variant_for(index: int) -> str:
    """The variant the phrase at ``index`` in :data:`PHRASES` is made as."""
    return VARIANTS[index % len(VARIANTS)]


def voice_settings(phrase: Phrase) -> tuple[int, int]:
    """espeak-ng speed (130-175 words a minute) and pitch (35-70) for a phrase."""
    digest = hashlib.sha256(f"{phrase.language}\0{phrase.text}".encode()).digest()
    return 130 + digest[0] % 46, 35 + digest[1] % 36


def make_clip(index: int, cache_dir: Path) -> Clip:
    """The clip of ``PHRASES[index]``, from ``cache_dir`` when made before."""
    phrase = PHRASES[index]
    variant = variant_for(index)
    voice = VOICES[phrase.language]
    speed, pitch = voice_settings(phrase)
    key = hashlib.sha256(
        "\0".join((_RECIPE, phrase.text, voice, str(speed), str(pitch), variant)).encode()
    ).hexdigest()
    cached = cache_dir / f"{key[:24]}.wav"
    if cached.exists():
        return Clip(phrase, variant, cached.read_bytes())
    wav = _synthesise(phrase.text, voice, speed, pitch, variant, seed=int(key[:8], 16))
    cache_dir.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.part")
    partial.write_bytes(wav)
    os.replace(partial, cached)
    return Clip(phrase, variant, wav)


def make_clips(cache_dir: Path, indices: Iterable[int] | None = None) -> list[Clip]:
    """Clips of :data:`PHRASES` (or of those at ``indices``), cached in ``cache_dir``."""
    chosen = range(len(PHRASES)) if indices is None else indices
    return [make_clip(index, cache_dir) for index in chosen]


def wav_info(wav: bytes) -> tuple[int, int, float]:
    """Sample rate, channels and duration in seconds of WAV bytes."""
    with wave.open(io.BytesIO(wav), "rb") as reader:
        rate = reader.getframerate()
        return rate, reader.getnchannels(), reader.getnframes() / rate


def _run(*args: str) -> None:
    subprocess.run(list(args), check=True, capture_output=True)


def _synthesise(text: str, voice: str, speed: int, pitch: int, variant: str,
                seed: int) -> bytes:
    with tempfile.TemporaryDirectory(prefix="bakaya-voice-") as tmp:
        work = Path(tmp)
        spoken, base = work / "spoken.wav", work / "base.wav"
        _run("espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch),
             "-w", str(spoken), text)
        # -R: repeatable; -D: no dither, so the bytes never vary between runs.
        _run("sox", "-R", "-D", str(spoken), "-r", str(SAMPLE_RATE), "-c", "1", "-b", "16",
             str(base), "gain", "-n", "-3", "pad", str(PAD_SECONDS), str(PAD_SECONDS))
        samples = _pad_to_minimum(_read(base.read_bytes()))
        if variant == "noise":
            samples = _add_noise(samples, seed)
        elif variant == "phone":
            padded, narrow, back = work / "padded.wav", work / "narrow.wav", work / "back.wav"
            padded.write_bytes(_write(samples))
            _run("sox", "-R", "-D", str(padded), "-r", "8000", "-e", "u-law", str(narrow),
                 "sinc", "300-3400")
            _run("sox", "-R", "-D", str(narrow), "-r", str(SAMPLE_RATE), "-e", "signed-integer",
                 "-b", "16", str(back))
            samples = _read(back.read_bytes())
        elif variant != "clean":
            raise ValueError(f"unknown variant {variant!r}")
        return _write(samples)


def _pad_to_minimum(samples: Samples) -> Samples:
    missing = int(MIN_SECONDS * SAMPLE_RATE) - len(samples)
    return np.concatenate([samples, np.zeros(missing)]) if missing > 0 else samples


def _add_noise(samples: Samples, seed: int) -> Samples:
    """Pink noise over the whole clip, ``NOISE_SNR_DB`` under the speech."""
    rng = np.random.default_rng(seed)
    spectrum = np.fft.rfft(rng.standard_normal(len(samples)))
    frequencies = np.fft.rfftfreq(len(samples), d=1 / SAMPLE_RATE)
    spectrum /= np.sqrt(np.maximum(frequencies, 20.0))
    noise = np.fft.irfft(spectrum, n=len(samples))
    voiced = samples[np.abs(samples) > 0.01]
    speech_rms = float(np.sqrt(np.mean(voiced**2))) if voiced.size else 0.1
    noise *= speech_rms / (float(np.sqrt(np.mean(noise**2))) * 10 ** (NOISE_SNR_DB / 20))
    return np.asarray(np.clip(samples + noise, -1.0, 1.0), dtype=np.float64)


def _read(wav: bytes) -> Samples:
    with wave.open(io.BytesIO(wav), "rb") as reader:
        if (reader.getnchannels(), reader.getsampwidth()) != (1, 2):
            raise ValueError("expected mono 16-bit WAV")
        frames = reader.readframes(reader.getnframes())
    return np.frombuffer(frames, dtype="<i2").astype(np.float64) / 32768.0


def _write(samples: Samples) -> bytes:
    pcm = np.round(np.clip(samples, -1.0, 1.0) * 32767.0).astype("<i2")
    out = io.BytesIO()
    with wave.open(out, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(SAMPLE_RATE)
        writer.writeframes(pcm.tobytes())
    return out.getvalue()


_DIGIT_GROUPS = re.compile(r"(?<=\d),(?=\d)")


def normalise_words(text: str) -> list[str]:
    """Words of ``text`` for scoring: lower case, no punctuation or symbols (danda and
    other Indic marks included), Devanagari and Tamil digits as ASCII, 50,000 as 50000."""
    characters = []
    for character in unicodedata.normalize("NFC", text).lower():
        digit = unicodedata.decimal(character, None)
        if digit is not None:
            characters.append(str(digit))
        elif unicodedata.category(character)[0] in "PSC":
            characters.append("," if character == "," else " ")
        else:
            characters.append(character)
    joined = _DIGIT_GROUPS.sub("", "".join(characters))
    return joined.replace(",", " ").split()


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Word-level edit distance over the reference's word count (0 when both are empty)."""
    ref, hyp = normalise_words(reference), normalise_words(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    previous = list(range(len(hyp) + 1))
    for i, ref_word in enumerate(ref, start=1):
        current = [i]
        for j, hyp_word in enumerate(hyp, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ref_word != hyp_word)))
        previous = current
    return previous[-1] / len(ref)
