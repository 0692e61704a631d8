# चेतावनियाँ जो फ़्लो नहीं रोकतीं: कोई संभावित गलती, या कुछ जो दुकानदार को पता होना चाहिए।
warning-gstin-did-you-mean = क्या आपका मतलब { $gstin } ({ $name }) था, जो आपकी लिस्ट में पहले से है? उसे इस्तेमाल करने के लिए वही भेजें।
warning-payment-exceeds-due = यह { $date } को बकाया रकम ({ $owed }) से { $excess } ज़्यादा है। रकम जाँच लें; सही हो तो ज़्यादा पैसा ग्राहक के खाते में जमा रहेगा।
warning-invoice-date-old = बिल की तारीख { $date } { $years ->
        [one] { $years } साल
       *[other] { $years } साल
    } से ज़्यादा पुरानी है: कृपया जाँच लें।
invoice-no-interest = इस बिल पर धारा 16 का ब्याज नहीं बनता:

error-address-invalid = यह डाक का पता नहीं लगता। मकान/दुकान नंबर, गली, शहर और पिन कोड के साथ { $low } से { $high } अक्षर भेजें।
error-notice-not-found = ऐसा कोई नोटिस नहीं है।
error-notice-approval-not-retailer = नोटिस { $reference } को सिर्फ़ बिज़नेस का रजिस्टर्ड नंबर मंज़ूर कर सकता है। कुछ नहीं भेजा गया।
error-notice-approval-not-awaiting = नोटिस { $reference } मंज़ूरी के लिए नहीं रुका है।
error-notice-approval-stale-version = वह वर्ज़न दिखाने के बाद नोटिस { $reference } बदला गया है; नया वर्ज़न मंज़ूर करें।
error-filing-not-found = ऐसी कोई फ़ाइलिंग नहीं है।
error-application-number-invalid = यह आवेदन नंबर नहीं लगता (4 से 64 अक्षर)।
