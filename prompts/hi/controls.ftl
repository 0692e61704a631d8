# दुकानदार के कंट्रोल: ग्राहक के रिमाइंडर रोकना और फिर से चालू करना, रोज़ का सारांश।
reminders-paused = बिल { $number } के रिमाइंडर रोक दिए गए हैं। फिर से चालू करने के लिए “रिमाइंडर चालू { $number }” भेजें।
reminders-already-paused = बिल { $number } के रिमाइंडर पहले से रुके हुए हैं। फिर से चालू करने के लिए “रिमाइंडर चालू { $number }” भेजें।
reminders-resumed = बिल { $number } के रिमाइंडर फिर से चालू हो गए हैं।
reminders-resumed-missed = रुके रहने के दौरान एक रिमाइंडर नहीं गया था: { $buyer } को वह अगले सही समय पर भेजा जाएगा।
reminders-not-paused = बिल { $number } के रिमाइंडर रुके नहीं हैं; वे तय समय पर जाएँगे।
reminders-invoice-closed = बिल { $number } { $status } है: इसके लिए कोई रिमाइंडर नहीं जाएगा।
summary-is-on = आपका रोज़ का सारांश चालू है: हर सुबह 9 बजे से। बंद करने के लिए “daily summary off” भेजें।
summary-is-off = आपका रोज़ का सारांश बंद है। हर सुबह 9 बजे से पाने के लिए “daily summary on” भेजें।
summary-turned-on = रोज़ का सारांश चालू: हर सुबह 9 बजे से आपको मिलेगा।
summary-turned-off = रोज़ का सारांश बंद। फिर से पाने के लिए “daily summary on” भेजें।
