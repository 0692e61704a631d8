# रिमाइंडर के आगे के कदम: डिमांड नोटिस, MSME ODR (समाधान) पर धारा 18 की फ़ाइलिंग, बकाया पार्टियों को कितने दिन में रिमाइंडर जाए। पैरामीटर prompts/en/escalation.ftl में लिखे हैं।
escalation-notice-ask-which = डिमांड नोटिस किस बिल के लिए बनाना है? उसका नंबर भेजें।
escalation-notice-ask-which-buyer = { $buyer } के किस बिल के लिए डिमांड नोटिस बनाना है? उसका नंबर भेजें।
escalation-notice-invoice-closed = बिल { $number } { $status } है: इसके लिए नोटिस नहीं जाएगा।
escalation-notice-will-be-drafted = बिल { $number } ({ $buyer }) के लिए MSMED एक्ट, 2006 के तहत डिमांड नोटिस तैयार करके आपकी मंज़ूरी के लिए भेजा जाएगा। आपकी मंज़ूरी के बिना { $buyer } को कुछ नहीं जाएगा।
escalation-filing-application-noted = ठीक है: आपका MSME ODR (समाधान) आवेदन नंबर { $number } है।
escalation-filing-none-yet = अभी MSME ODR (समाधान) पर कोई फ़ाइलिंग दर्ज नहीं है। फ़ाइल करने के बाद आवेदन नंबर भेजें, जैसे “आवेदन नंबर UP/LKO/2026/0001234”।
escalation-cadence-set = जिन ग्राहकों ने आख़िरी तारीख तक पेमेंट नहीं किया, उन्हें { $days ->
        [one] हर दिन
       *[other] हर { $days } दिन में
    } एक रिमाइंडर जाएगा।
escalation-cadence-ask = जिन ग्राहकों ने आख़िरी तारीख तक पेमेंट नहीं किया, उन्हें कितने दिन के अंतर पर रिमाइंडर भेजें? एक संख्या भेजें, जैसे 7।
