# ग्राहकों को रिमाइंडर (agents/reminder_drafting.py, agents/cultural_adaptation.py): ईमेल और
# 24 घंटे की विंडो में WhatsApp का टेक्स्ट, ईमेल का विषय, और त्योहार कैलेंडर फ़ाइल की गड़बड़ियाँ।
# पैरामीटर prompts/en/reminders.ftl में लिखे हैं। हर जगह एक ही शब्द: रिमाइंडर,
# आख़िरी तारीख, "... तक चुकाना है"। संबोधन "आप"; फ़र्म को "नमस्कार <नाम>," ("जी" सिर्फ़ किसी
# व्यक्ति के नाम के बाद, और ग्राहक ज़्यादातर फ़र्म होते हैं)।

## संबोधन और समापन, लहजे के अनुसार

reminder-salutation-soft = नमस्कार { $buyer },
reminder-salutation-standard = नमस्कार { $buyer },
reminder-salutation-firm = नमस्कार { $buyer },
reminder-closing-soft =
    आपके भरोसे और साथ के लिए धन्यवाद।
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

reminder-subject-first-reminder = बिल { $invoice }: { $amount }, { $due_date } तक चुकाना है
reminder-subject-second-reminder = रिमाइंडर: बिल { $invoice }, { $amount }, { $due_date } तक चुकाना है
reminder-subject-final-reminder = अंतिम रिमाइंडर: बिल { $invoice }, { $amount }, { $due_date } तक चुकाना है
reminder-subject-overdue-reminder = पेमेंट बाकी: बिल { $invoice }, आख़िरी तारीख { $due_date } थी
reminder-subject-promise-follow-up = बिल { $invoice }: आपके पेमेंट के वादे के बारे में
reminder-subject-overdue-firm = पेमेंट में देरी: बिल { $invoice }, आख़िरी तारीख { $due_date } थी
reminder-subject-overdue-final = पेमेंट का अंतिम अनुरोध: बिल { $invoice }, आख़िरी तारीख { $due_date } थी

## मैसेज का मुख्य हिस्सा

reminder-body-first-reminder-soft = आशा है आप ठीक होंगे। बस याद दिला रहे हैं कि हमारा बिल { $invoice }, { $amount }, { $due_date } तक चुकाना है। हमेशा समय पर पेमेंट करने के लिए आपका धन्यवाद।
reminder-body-first-reminder = यह रिमाइंडर है कि हमारा बिल { $invoice }, { $amount }, { $due_date } तक चुकाना है। कृपया उस तारीख तक पेमेंट कर दें।
reminder-body-second-reminder = हम फिर से याद दिला रहे हैं कि बिल { $invoice }, { $amount }, { $due_date } तक चुकाना है। कृपया आख़िरी तारीख तक पेमेंट कर दें।
reminder-body-final-reminder = आख़िरी तारीख से पहले यह हमारा अंतिम रिमाइंडर है: बिल { $invoice }, { $amount }, { $due_date } तक चुकाना है। कृपया ध्यान रखें कि पेमेंट समय पर हम तक पहुँच जाए।
reminder-body-overdue-reminder = बिल { $invoice } के { $amount } की आख़िरी तारीख { $due_date } थी, और पेमेंट में अब { $days ->
        [one] { $days } दिन
       *[other] { $days } दिन
    } की देरी हो चुकी है। कृपया बिना और देर किए पेमेंट कर दें।
reminder-body-promise-follow-up = पेमेंट की तारीख बताने के लिए आपका धन्यवाद। अपने वादे के मुताबिक़ कृपया बिल { $invoice } के { $amount } चुका दें। आख़िरी तारीख: { $due_date }।
# पहले के बाद के रिमाइंडर और सख़्त होते जाते हैं: overdue-firm (दूसरा और तीसरा), overdue-final (चौथे से)।
reminder-body-overdue-firm = हमारे पिछले रिमाइंडर के बावजूद बिल { $invoice } के { $amount } अभी तक नहीं चुकाए गए हैं। आख़िरी तारीख { $due_date } थी, और पेमेंट में अब { $days ->
        [one] { $days } दिन
       *[other] { $days } दिन
    } की देरी हो चुकी है। कृपया तुरंत पेमेंट करें, या आज ही बताएँ कि आप पेमेंट कब करेंगे।
reminder-body-overdue-final = कई रिमाइंडर के बाद भी बिल { $invoice } के { $amount } अभी तक नहीं चुकाए गए हैं। आख़िरी तारीख { $due_date } थी, और पेमेंट में अब { $days ->
        [one] { $days } दिन
       *[other] { $days } दिन
    } की देरी हो चुकी है। यह हमारा अंतिम अनुरोध है: कृपया पूरी रकम बिना और देर किए चुका दें।

## अब तक का ब्याज

reminder-interest-so-far = { $as_of } तक का ब्याज: { $interest }। अब कुल चुकाना है: { $total }।

## कानूनी स्थिति: सिर्फ़ धारा 16 से सुरक्षित सप्लायर (सूक्ष्म या लघु, व्यापारी नहीं) के सख़्त रिमाइंडर में

reminder-legal-section16-upcoming = हम Udyam पोर्टल पर रजिस्टर सूक्ष्म या लघु इकाई हैं और MSMED एक्ट, 2006 हमें सुरक्षा देता है: पेमेंट में देरी होने पर एक्ट की धारा 16 के तहत आख़िरी तारीख के अगले दिन से RBI बैंक रेट के तीन गुना पर मासिक चक्रवृद्धि (कंपाउंड) ब्याज लगता है।
reminder-legal-section16-running = हम Udyam पोर्टल पर रजिस्टर सूक्ष्म या लघु इकाई हैं और MSMED एक्ट, 2006 हमें सुरक्षा देता है: एक्ट की धारा 16 के तहत आख़िरी तारीख के अगले दिन से RBI बैंक रेट के तीन गुना पर मासिक चक्रवृद्धि (कंपाउंड) ब्याज लग रहा है।
reminder-legal-43bh = कृपया यह भी ध्यान दें कि आयकर एक्ट, 1961 की धारा 43B(h) (और 1 अप्रैल 2026 से लागू आयकर एक्ट, 2025 के इसी नियम) के अनुसार, सूक्ष्म या लघु इकाई से की गई ख़रीद का पेमेंट देर से होने पर उसकी कटौती सिर्फ़ उसी साल में मिलती है जिसमें पेमेंट असल में किया गया हो।

## आगे क्या हो सकता है: सिर्फ़ सबसे सख़्त रिमाइंडर में (section18 सिर्फ़ धारा 16 से सुरक्षित सप्लायर की ओर से)

reminder-legal-section18 = पेमेंट न होने पर हम यह मामला MSMED एक्ट, 2006 की धारा 18 के तहत सूक्ष्म और लघु उद्यम सुविधा परिषद (MSEFC) को भेज सकते हैं।
reminder-further-steps = पेमेंट न होने पर हम रकम वसूलने के लिए आगे के क़दम उठा सकते हैं।

## पेमेंट

reminder-payment-link = आप इस लिंक से पेमेंट कर सकते हैं: { $payment_link }
reminder-already-paid = अगर आप पेमेंट कर चुके हैं, तो कृपया इस मैसेज को छोड़ दें या जवाब में पेमेंट का UTR/रेफ़रेंस नंबर भेज दें।
# जब पेमेंट लिंक न हो, तब टेम्पलेट के "पेमेंट डिटेल" वेरिएबल की वैल्यू।
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
reminder-notice-served = इस रकम के लिए { $date } को आपको डिमांड नोटिस ({ $reference }) भेजा गया था।
