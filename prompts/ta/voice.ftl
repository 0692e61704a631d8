# Phone calls (channels/voice.py): what the voice says besides the conversation's replies.
voice-choose-language = தமிழுக்கு { $digit } அழுத்துங்கள்.
voice-greeting = Bakaya-க்கு வரவேற்கிறோம். நான் எப்படி உதவலாம்? உதாரணமாக சொல்லுங்கள்: என் நிலுவை காட்டு.
voice-not-heard = மன்னிக்கவும், எனக்குக் கேட்கவில்லை. மீண்டும் சொல்லுங்கள், அல்லது WhatsApp-இல் எழுதி அனுப்புங்கள்.
voice-anything-else = வேறு ஏதாவது? இப்போது சொல்லுங்கள், அல்லது நன்றி என்று சொல்லுங்கள்.
voice-goodbye = நன்றி. வணக்கம்!
