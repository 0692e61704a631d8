# Phone calls (channels/voice.py): what the voice says besides the conversation's replies.
voice-choose-language = For English, press { $digit }.
voice-greeting = Welcome to Bakaya. How can I help? For example, say: show my pending payments.
voice-not-heard = Sorry, I could not hear that. Please say it again, or type it on WhatsApp.
voice-anything-else = Anything else? Say it now, or say goodbye.
voice-goodbye = Thank you. Goodbye!

# Voice notes (tools/audio.py, agents/speech.py, channels/voice_notes.py).
error-audio-empty = The voice note is empty. Please record it again.
error-audio-type = I can listen to voice notes and audio files (OGG, MP3, M4A, WAV, WebM, AMR, FLAC). This file is not one of them.
error-audio-too-large = The audio file is larger than { $megabytes } MB. Please send a short voice note instead.
error-audio-too-long = The voice note is longer than { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
    }. Please say one thing at a time, in a short voice note.
error-audio-corrupt = The voice note is damaged or incomplete and cannot be played. Please record it again.
error-audio-download = I could not download your voice note. Please send it again.
voice-note-not-heard = Sorry, I could not hear that voice note clearly. Please type your message, or record it again somewhere quiet.
voice-note-heard = I heard: “{ $text }”
voice-note-unavailable = I cannot listen to voice notes at the moment. Please type your message.
voice-note-spoken = The answer, spoken:
cli-transcribe = { $text }
    ({ $language }, { $seconds } s, { $confidence }% sure)
error-audio-unreadable = The file { $path } could not be opened.
error-speech-language = The language of the speech must be ta, hi or en.
voice-note-confirm-unsure = I think you said “{ $text }”, but not clearly enough to act on it. Please type your answer instead (for example YES).
error-audio-too-long-seconds = The voice note is longer than { $seconds } seconds. Please say one thing at a time, in a short voice note.
