# Phone calls (channels/voice.py): what the voice says besides the conversation's replies.
voice-choose-language = हिंदी के लिए { $digit } दबाएँ।
voice-greeting = Bakaya में आपका स्वागत है। बताइए, मैं क्या मदद करूँ? जैसे बोलिए: मेरा बकाया बताओ।
voice-not-heard = माफ़ कीजिए, मुझे सुनाई नहीं दिया। कृपया फिर से बोलिए, या WhatsApp पर लिखकर भेजिए।
voice-anything-else = और कुछ? अभी बोलिए, या अलविदा कहिए।
voice-goodbye = धन्यवाद। नमस्ते!

# Voice notes (tools/audio.py, agents/speech.py, channels/voice_notes.py).
error-audio-empty = वॉइस नोट खाली है। कृपया फिर से रिकॉर्ड करें।
error-audio-type = मैं वॉइस नोट और ऑडियो फ़ाइलें (OGG, MP3, M4A, WAV, WebM, AMR, FLAC) सुन सकता हूँ। यह फ़ाइल इनमें से कोई नहीं है।
error-audio-too-large = ऑडियो फ़ाइल { $megabytes } MB से बड़ी है। कृपया छोटा वॉइस नोट भेजें।
error-audio-too-long = वॉइस नोट { $minutes ->
    [one] { $minutes } मिनट
   *[other] { $minutes } मिनट
    } से लंबा है। कृपया एक बार में एक ही बात, छोटे वॉइस नोट में बोलें।
error-audio-corrupt = वॉइस नोट खराब या अधूरा है और चल नहीं रहा। कृपया फिर से रिकॉर्ड करें।
error-audio-download = आपका वॉइस नोट डाउनलोड नहीं हो पाया। कृपया दोबारा भेजें।
voice-note-not-heard = माफ़ कीजिए, वॉइस नोट साफ़ सुनाई नहीं दिया। कृपया लिखकर भेजें, या किसी शांत जगह से फिर से रिकॉर्ड करें।
voice-note-heard = मैंने सुना: “{ $text }”
voice-note-unavailable = अभी मैं वॉइस नोट नहीं सुन सकता। कृपया लिखकर भेजें।
voice-note-spoken = जवाब, बोलकर:
cli-transcribe = { $text }
    ({ $language }, { $seconds } सेकंड, { $confidence }% भरोसा)
error-audio-unreadable = फ़ाइल { $path } खुल नहीं सकी।
error-speech-language = बोली की भाषा ta, hi या en होनी चाहिए।
voice-note-confirm-unsure = मुझे लगा आपने कहा “{ $text }”, पर इतना साफ़ नहीं सुनाई दिया कि उस पर काम करूँ। कृपया अपना जवाब लिखकर भेजें (जैसे YES)।
error-audio-too-long-seconds = वॉइस नोट { $seconds } सेकंड से लंबा है। कृपया एक बार में एक ही बात, छोटे वॉइस नोट में बोलें।
