# Phone calls (channels/voice.py): what the voice says besides the conversation's replies.
voice-choose-language = For English, press { $digit }.
voice-greeting = Welcome to Bakaya. How can I help? For example, say: show my pending payments.
voice-not-heard = Sorry, I could not hear that. Please say it again, or type it on WhatsApp.
voice-anything-else = Anything else? Say it now, or say goodbye.
voice-goodbye = Thank you. Goodbye!
