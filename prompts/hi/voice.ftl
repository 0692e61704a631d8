# Phone calls (channels/voice.py): what the voice says besides the conversation's replies.
voice-choose-language = हिंदी के लिए { $digit } दबाएँ।
voice-greeting = Bakaya में आपका स्वागत है। बताइए, मैं क्या मदद करूँ? जैसे बोलिए: मेरा बकाया बताओ।
voice-not-heard = माफ़ कीजिए, मुझे सुनाई नहीं दिया। कृपया फिर से बोलिए, या WhatsApp पर लिखकर भेजिए।
voice-anything-else = और कुछ? अभी बोलिए, या अलविदा कहिए।
voice-goodbye = धन्यवाद। नमस्ते!
