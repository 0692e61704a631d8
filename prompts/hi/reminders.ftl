# ख़रीदारों को अनुस्मारक (agents/reminder_drafting.py, agents/cultural_adaptation.py): ईमेल और
# 24 घंटे की खिड़की में WhatsApp का मुक्त पाठ, ईमेल का विषय, और त्योहार कैलेंडर फ़ाइल की त्रुटियाँ।
# पैरामीटर prompts/en/reminders.ftl में लिखे हैं। संबोधन "आप" और नाम के बाद "जी"।

## संबोधन और समापन, लहजे के अनुसार

reminder-salutation-soft = नमस्ते { $buyer } जी,
reminder-salutation-standard = आदरणीय { $buyer } जी,
reminder-salutation-firm = आदरणीय { $buyer } जी,
reminder-closing-soft =
    आपके निरंतर सहयोग के लिए धन्यवाद।
    सादर,
    { $retailer }
reminder-closing-standard =
    धन्यवाद।
    सादर,
    { $retailer }
reminder-closing-firm =
    सादर,
    { $retailer }

## ईमेल का विषय

reminder-subject-first-reminder = बिल { $invoice }: { $amount } का भुगतान { $due_date } को देय
reminder-subject-second-reminder = अनुस्मारक: बिल { $invoice } ({ $amount }) का भुगतान { $due_date } को देय
reminder-subject-final-reminder = अंतिम अनुस्मारक: बिल { $invoice } ({ $amount }) का भुगतान { $due_date } को देय
reminder-subject-overdue-reminder = बकाया भुगतान: बिल { $invoice }, { $due_date } को देय था
reminder-subject-promise-follow-up = बिल { $invoice }: आपके भुगतान के वादे के बारे में

## संदेश का मुख्य भाग

reminder-body-first-reminder-soft = आशा है आप कुशल हैं। यह एक विनम्र अनुस्मारक है कि हमारे बिल { $invoice } की राशि { $amount } का भुगतान { $due_date } को देय है। हमेशा समय पर भुगतान करने के लिए आपका धन्यवाद।
reminder-body-first-reminder = हम आपको याद दिलाना चाहते हैं कि हमारे बिल { $invoice } की राशि { $amount } का भुगतान { $due_date } को देय है। कृपया उस तारीख तक भुगतान की व्यवस्था करें।
reminder-body-second-reminder = हम आपको फिर से याद दिलाना चाहते हैं कि बिल { $invoice } की राशि { $amount } का भुगतान { $due_date } को देय है। कृपया नियत तारीख तक भुगतान कर दें।
reminder-body-final-reminder = नियत तारीख से पहले यह हमारा अंतिम अनुस्मारक है: बिल { $invoice } की राशि { $amount } का भुगतान { $due_date } तक हो जाना चाहिए। कृपया सुनिश्चित करें कि भुगतान समय पर हम तक पहुँच जाए।
reminder-body-overdue-reminder = बिल { $invoice } की राशि { $amount } का भुगतान { $due_date } को देय था और अब उसमें { $days } दिन की देरी हो चुकी है। कृपया बिना और देरी किए भुगतान करें।
reminder-body-promise-follow-up = भुगतान की तारीख बताने के लिए आपका धन्यवाद। अपने वादे के अनुसार कृपया बिल { $invoice } की राशि { $amount } का भुगतान करें, जिसकी नियत तारीख { $due_date } है।

## अब तक का ब्याज

reminder-interest-so-far = { $as_of } तक का ब्याज: { $interest }। अब कुल देय राशि: { $total }।

## क़ानूनी स्थिति: केवल धारा 16 से संरक्षित आपूर्तिकर्ता (सूक्ष्म या लघु, व्यापारी नहीं) के सख़्त अनुस्मारक में

reminder-legal-section16-upcoming = हम उद्यम पर पंजीकृत सूक्ष्म या लघु उद्यम हैं और एमएसएमईडी अधिनियम, 2006 से संरक्षित हैं: भुगतान में देरी होने पर अधिनियम की धारा 16 के तहत नियत तारीख के अगले दिन से आरबीआई बैंक दर की तीन गुना दर पर मासिक चक्रवृद्धि ब्याज लगता है।
reminder-legal-section16-running = हम उद्यम पर पंजीकृत सूक्ष्म या लघु उद्यम हैं और एमएसएमईडी अधिनियम, 2006 से संरक्षित हैं: अधिनियम की धारा 16 के तहत नियत तारीख के अगले दिन से आरबीआई बैंक दर की तीन गुना दर पर मासिक चक्रवृद्धि ब्याज लग रहा है।
reminder-legal-43bh = कृपया यह भी ध्यान दें कि आयकर अधिनियम, 1961 की धारा 43B(h) (और 1 अप्रैल 2026 से लागू आयकर अधिनियम, 2025 के संबंधित प्रावधान) के अनुसार, सूक्ष्म या लघु उद्यम से की गई ख़रीद का भुगतान देर से होने पर उसकी कटौती केवल उसी वर्ष में मिलती है जिसमें भुगतान वास्तव में किया जाता है।

## भुगतान

reminder-payment-link = आप इस लिंक से भुगतान कर सकते हैं: { $payment_link }
reminder-already-paid = यदि आप भुगतान कर चुके हैं, तो कृपया इस संदेश को अनदेखा करें या उत्तर में भुगतान का संदर्भ नंबर भेज दें।
# जब भुगतान लिंक न हो, तब टेम्पलेट के "भुगतान विवरण" चर का मान।
reminder-payment-details-none = बिल के अनुसार
reminder-amount-balance = { $balance } (कुल { $amount } में से बाकी)

## त्योहार कैलेंडर फ़ाइल

error-festival-file-unreadable = त्योहार कैलेंडर { $path } पढ़ा नहीं जा सका। जाँचें कि फ़ाइल मौजूद है और UTF-8 CSV फ़ाइल है।
error-festival-file-header = त्योहार कैलेंडर { $path } की पहली पंक्ति यह शीर्षक होनी चाहिए: { $expected }।
error-festival-file-date = त्योहार कैलेंडर { $path }, पंक्ति { $line }: “{ $value }” YYYY-MM-DD रूप में तारीख नहीं है।
error-festival-file-name = त्योहार कैलेंडर { $path }, पंक्ति { $line }: त्योहार का नाम नहीं दिया गया है।
error-festival-file-regions = त्योहार कैलेंडर { $path }, पंक्ति { $line }: “{ $value }” क्षेत्रों की सूची नहीं है। ALL लिखें, या “;” से अलग किए गए दो अक्षरों वाले राज्य कोड, जैसे TN;KL।
error-festival-file-confidence = त्योहार कैलेंडर { $path }, पंक्ति { $line }: “{ $value }” इनमें से कोई नहीं है: { $expected }।
error-festival-file-duplicate = त्योहार कैलेंडर { $path }, पंक्ति { $line }: { $value } को { $name } पहले से सूची में है।
error-festival-file-empty = त्योहार कैलेंडर { $path } में कोई त्योहार नहीं है: हर त्योहार के दिन के लिए एक पंक्ति जोड़ें, जैसे 2026-11-08,Diwali,ALL,listed,central list।
