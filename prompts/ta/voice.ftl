# Phone calls (channels/voice.py): what the voice says besides the conversation's replies.
voice-choose-language = தமிழுக்கு { $digit } அழுத்துங்கள்.
voice-greeting = Bakaya-க்கு வரவேற்கிறோம். நான் எப்படி உதவலாம்? உதாரணமாக சொல்லுங்கள்: என் நிலுவை காட்டு.
voice-not-heard = மன்னிக்கவும், எனக்குக் கேட்கவில்லை. மீண்டும் சொல்லுங்கள், அல்லது WhatsApp-இல் எழுதி அனுப்புங்கள்.
voice-anything-else = வேறு ஏதாவது? இப்போது சொல்லுங்கள், அல்லது நன்றி என்று சொல்லுங்கள்.
voice-goodbye = நன்றி. வணக்கம்!

# Voice notes (tools/audio.py, agents/speech.py, channels/voice_notes.py).
error-audio-empty = குரல் பதிவு காலியாக உள்ளது. மீண்டும் பதிவு செய்யுங்கள்.
error-audio-type = குரல் பதிவுகளையும் ஆடியோ கோப்புகளையும் (OGG, MP3, M4A, WAV, WebM, AMR, FLAC) என்னால் கேட்க முடியும். இந்தக் கோப்பு அவற்றில் ஒன்றல்ல.
error-audio-too-large = ஆடியோ கோப்பு { $megabytes } MB-ஐ விடப் பெரியது. சிறிய குரல் பதிவு அனுப்புங்கள்.
error-audio-too-long = குரல் பதிவு { $minutes ->
    [one] { $minutes } நிமிடத்தை
   *[other] { $minutes } நிமிடங்களை
    } விட நீளமாக உள்ளது. ஒரு நேரத்தில் ஒரு விஷயத்தை, சிறிய குரல் பதிவில் சொல்லுங்கள்.
error-audio-corrupt = குரல் பதிவு சேதமடைந்துள்ளது அல்லது முழுமையாக இல்லை, இயக்க முடியவில்லை. மீண்டும் பதிவு செய்யுங்கள்.
error-audio-download = உங்கள் குரல் பதிவைப் பதிவிறக்க முடியவில்லை. மீண்டும் அனுப்புங்கள்.
voice-note-not-heard = மன்னிக்கவும், குரல் பதிவு தெளிவாகக் கேட்கவில்லை. தட்டச்சு செய்து அனுப்புங்கள், அல்லது அமைதியான இடத்தில் மீண்டும் பதிவு செய்யுங்கள்.
voice-note-heard = நான் கேட்டது: “{ $text }”
voice-note-unavailable = இப்போது குரல் பதிவுகளை என்னால் கேட்க முடியாது. தட்டச்சு செய்து அனுப்புங்கள்.
voice-note-spoken = பதில், குரலில்:
cli-transcribe = { $text }
    ({ $language }, { $seconds } விநாடி, { $confidence }% உறுதி)
error-audio-unreadable = { $path } கோப்பைத் திறக்க முடியவில்லை.
error-speech-language = பேச்சின் மொழி ta, hi அல்லது en ஆக இருக்க வேண்டும்.
voice-note-confirm-unsure = நீங்கள் “{ $text }” என்று சொன்னதாக நினைக்கிறேன், ஆனால் அதன்படி செய்யும் அளவுக்குத் தெளிவாகக் கேட்கவில்லை. உங்கள் பதிலைத் தட்டச்சு செய்து அனுப்புங்கள் (உதாரணமாக YES).
error-audio-too-long-seconds = குரல் பதிவு { $seconds } விநாடிகளை விட நீளமாக உள்ளது. ஒரு நேரத்தில் ஒரு விஷயத்தை, சிறிய குரல் பதிவில் சொல்லுங்கள்.
