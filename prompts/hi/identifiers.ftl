# tools/gstin.py, udyam.py, phone.py, money.py, dates.py और upi.py की त्रुटियाँ।
# पैरामीटर prompts/en/identifiers.ftl में लिखे हैं।

## GSTIN

error-gstin-length = { $length ->
    [0] GSTIN खाली है: GSTIN में ठीक 15 अक्षर होते हैं।
    [one] GSTIN { $gstin } में सिर्फ़ { $length } अक्षर है: GSTIN में ठीक 15 अक्षर होते हैं।
   *[other] GSTIN { $gstin } में { $length } अक्षर हैं: GSTIN में ठीक 15 अक्षर होते हैं।
}
error-gstin-format = GSTIN { $gstin } में केवल A–Z अक्षर और 0–9 अंक होने चाहिए, और यह दो अंकों के राज्य कोड से शुरू होना चाहिए।
error-gstin-state-code = GSTIN { $gstin } { $state_code } से शुरू होता है, जो GST का कोई राज्य कोड नहीं है (01–38, 97 या 99; 25 और 28 को छोड़कर)।
error-gstin-state-code-legacy = GSTIN { $gstin } पुराने राज्य कोड { $state_code } से शुरू होता है, जो अब इस्तेमाल नहीं होता (2020 में 25 की जगह 26 आया; आंध्र प्रदेश का कोड 37 है)। कृपया GST पोर्टल पर मौजूदा GSTIN जाँच लें।
error-gstin-pan = GSTIN { $gstin }: तीसरे से बारहवें अक्षर ({ $pan }) धारक का PAN होने चाहिए: 5 अक्षर, 4 अंक (0000 नहीं) और 1 अक्षर; चौथा अक्षर धारक का प्रकार बताता है (जैसे कंपनी के लिए C, व्यक्ति के लिए P, फ़र्म के लिए F)।
error-gstin-entity-number = GSTIN { $gstin }: 13वाँ अक्षर (राज्य में रजिस्ट्रेशन का नंबर) { $entity } नहीं हो सकता; यह 1–9 या A–Z होता है।
error-gstin-default-z = GSTIN { $gstin }: 14वाँ अक्षर Z होना चाहिए, { $found } नहीं।
error-gstin-check-character = GSTIN { $gstin }: जाँच अक्षर { $expected } होना चाहिए, { $found } नहीं।

## Udyam

error-udyam-format = “{ $value }” Udyam रजिस्ट्रेशन नंबर नहीं है; यह UDYAM-MH-26-0012345 जैसा होता है (UDYAM, राज्य के अक्षर, 2 अंकों का ज़िला नंबर और 7 अंकों का सीरियल नंबर)।
error-udyam-state = { $suggestion ->
    [none] { $udyam_number }: { $state } Udyam पोर्टल का कोई राज्य कोड नहीं है।
   *[other] { $udyam_number }: { $state } Udyam पोर्टल का कोई राज्य कोड नहीं है; क्या आपका मतलब { $suggestion } था?
}

## फ़ोन

error-phone-invalid = यह भारतीय मोबाइल नंबर नहीं है। कृपया 6, 7, 8 या 9 से शुरू होने वाला 10 अंकों का नंबर भेजें, जैसे 98765 43210 (+91 के साथ या उसके बिना)।

## रकम

error-amount-invalid = “{ $value }” रुपयों में कोई रकम नहीं है। इसे अंकों में लिखें, दशमलव के बाद अधिकतम 2 अंक, जैसे 1,20,000 या 1,20,000.50 या 1.2 लाख।
error-amount-not-positive = रकम शून्य से ज़्यादा होनी चाहिए; “{ $value }” नहीं चलेगा।
error-amount-too-large = “{ $value }” Bakaya में दर्ज हो सकने वाली सबसे बड़ी रकम ({ $limit }, यानी 1,000 करोड़) से ज़्यादा है। शून्य की गिनती जाँच लें।
error-udyam-already-registered = Udyam नंबर { $number } Bakaya पर किसी दूसरे मोबाइल नंबर से पहले ही रजिस्टर है। अगर यह आपका है, तो कृपया Bakaya ऑपरेटर को लिखें; आपकी कोशिश दर्ज कर ली गई है।

## तारीख

error-date-invalid = { $field }: “{ $value }” { $format } रूप में कोई तारीख नहीं है; उदाहरण: 2026-10-03।

## UPI

error-upi-id-invalid = “{ $value }” UPI ID नहीं है। UPI ID name@bank जैसी होती है, जैसे shop.name@okicici।
error-upi-reference-invalid = “{ $value }” को UPI रेफ़रेंस नंबर के रूप में इस्तेमाल नहीं किया जा सकता: इसमें ज़्यादा से ज़्यादा { $max_length ->
        [one] { $max_length } कैरेक्टर हो सकता है
       *[other] { $max_length } कैरेक्टर हो सकते हैं
    }, सिर्फ़ अक्षर, अंक, बिंदु, हाइफ़न, स्लैश या अंडरस्कोर।
