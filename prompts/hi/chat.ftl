# विक्रेताओं और ग्राहकों से बातचीत (WhatsApp, SMS, सैंडबॉक्स)।
# हर जगह एक ही शब्द: Bakaya (लैटिन अक्षरों में), रिमाइंडर, बिल, ग्राहक,
# आख़िरी तारीख, "... तक चुकाना है"। गिनती के साथ हमेशा Fluent का plural selector।

## शुरुआत (ऑनबोर्डिंग)
onboarding-welcome = Bakaya में आपका स्वागत है! मैं आपके बिज़नेस को समय पर पेमेंट दिलाने में मदद करता हूँ: आपके बिल संभालकर रखता हूँ, आख़िरी तारीख से पहले आपके ग्राहकों को रिमाइंडर भेजता हूँ और MSMED एक्ट के तहत आपको मिलने वाला ब्याज निकालता हूँ। सबसे पहले, आप किस भाषा में बात करना चाहेंगे?
onboarding-language-option = { $number } - हिंदी
onboarding-language-again = कृपया 1, 2 या 3 लिखकर जवाब दें।
onboarding-ask-udyam = आपका Udyam रजिस्ट्रेशन नंबर क्या है? यह UDYAM-TN-02-0012345 जैसा दिखता है। अगर आपके पास नहीं है, तो "कोई नहीं" (NONE) लिखकर भेजें।
onboarding-no-udyam = अगर Udyam रजिस्ट्रेशन सप्लाई से पहले नहीं कराया गया था, तो MSMED एक्ट के देर से पेमेंट वाले अधिकार (धारा 15 से 18: कानूनी ब्याज और फैसिलिटेशन काउंसिल) लागू नहीं होते। फिर भी मैं आपके बिल संभालकर रखूँगा और आपके ग्राहकों को रिमाइंडर भेजता रहूँगा।
onboarding-ask-udyam-date = आपका बिज़नेस Udyam पोर्टल पर किस तारीख को रजिस्टर हुआ था? (जैसे 10 जनवरी 2024)
onboarding-date-not-understood = मैं यह तारीख समझ नहीं पाया।
onboarding-udyam-date-noted = नोट कर लिया: { $date } को रजिस्टर हुआ।
onboarding-ask-enterprise-type = आपका बिज़नेस 1 - सूक्ष्म (माइक्रो), 2 - लघु (स्मॉल) या 3 - मध्यम (मीडियम) है? (जैसा आपके Udyam सर्टिफ़िकेट पर लिखा है)
onboarding-medium-not-protected = कृपया ध्यान दें: मध्यम (मीडियम) बिज़नेस को MSMED एक्ट की देर से पेमेंट वाली सुरक्षा नहीं मिलती (धारा 15 से 18 सिर्फ़ सूक्ष्म और लघु सप्लायरों पर लागू होती हैं)। फिर भी मैं आपके बिल संभालकर रखूँगा, आपके ग्राहकों को रिमाइंडर भेजूँगा और जो पैसा बाकी है उसका हिसाब रखूँगा, और आपके कॉन्ट्रैक्ट में लिखी दर पर ब्याज माँग सकता हूँ।
onboarding-ask-activity = आपका बिज़नेस क्या करता है? 1 - विनिर्माण (मैन्युफैक्चरिंग), 2 - सेवा (सर्विस), 3 - व्यापार (सामान खरीदना-बेचना)
onboarding-trader-not-protected = कृपया ध्यान दें: 2021 से व्यापारी (रिटेल और होलसेल) Udyam पोर्टल पर रजिस्टर तो कर सकते हैं, लेकिन उन्हें MSMED एक्ट की धारा 15 से 18 के तहत देर से पेमेंट वाले अधिकार नहीं मिलते: न कानूनी ब्याज, न फैसिलिटेशन काउंसिल में केस। फिर भी मैं आपके बिल संभालकर रखूँगा, आपके ग्राहकों को रिमाइंडर भेजूँगा, और आपके बिल या कॉन्ट्रैक्ट में लिखी ब्याज दर माँगते हुए डिमांड लेटर भेज सकता हूँ।
onboarding-ask-name = आपके बिज़नेस का नाम क्या है?
onboarding-ask-upi = आपकी UPI आईडी क्या है, ताकि ग्राहक एक टैप में आपको पेमेंट कर सकें (जैसे lakshmitex@okaxis)? बाद में जोड़नी हो तो "बाद में" (SKIP) लिखें।
onboarding-ask-consent = आख़िरी कदम: Bakaya आपके बिज़नेस और बिलों की जानकारी सेव करेगा और आपकी ओर से आपके ग्राहकों को मैसेज भेजेगा। शर्तें मानने के लिए "हाँ" (YES) लिखें, नहीं तो "नहीं" (NO)।
onboarding-consent-needed = शर्तें मानने के बाद ही मैं आगे बढ़ सकता हूँ। जब आप तैयार हों, "हाँ" (YES) लिखकर भेजें।
onboarding-done = सब तैयार है, { $name }! आपका रजिस्ट्रेशन हो गया है।

## मदद, भाषा, रद्द करना
help-text = आप मुझे अपने शब्दों में लिख सकते हैं, जैसे:
    • नया बिल INV-42 33AAACR5055K1ZE को Rs 1,20,000, 3 अक्टूबर, 30 दिन उधार (बिल जोड़ने के लिए)
    • मेरा बकाया दिखाओ
    • INV-42 का स्टेटस
    • INV-42 का 50000 मिल गया UTR 123456789012 5 नवंबर को
    • 27AAPFU0939F1ZV कौन है (ग्राहक की जानकारी के लिए)
    • भाषा बदलो
    • रद्द करो (जो चल रहा है उसे रोकने के लिए)
language-ask = आप कौन सी भाषा चाहेंगे?
language-changed = ठीक है, अब से मैं आपको हिंदी में लिखूँगा।
cancelled = रद्द कर दिया। कुछ भी सेव नहीं हुआ।
nothing-to-cancel = रद्द करने के लिए कुछ नहीं है।
not-understood = माफ़ कीजिए, मैं समझ नहीं पाया।
confirm-yes-no = सेव करने के लिए "हाँ" (YES) लिखें, रद्द करने के लिए "नहीं" (NO)।

## बिल जोड़ना
invoice-ask-invoice-number = बिल नंबर क्या है?
invoice-ask-buyer = ग्राहक कौन है? उनका GSTIN या नाम भेजें।
invoice-ask-buyer-name = ग्राहक का नाम क्या है?
invoice-ask-buyer-phone = रिमाइंडर भेजने के लिए { $name } का मोबाइल नंबर क्या है? नंबर आपके पास न हो तो "बाद में" (SKIP) लिखें।
invoice-ask-amount = बिल की रकम कितनी है?
invoice-ask-invoice-date = बिल की तारीख क्या है?
invoice-ask-accepted-on = ग्राहक को माल या सर्विस कब मिली (कब स्वीकार की)? अगर बिल की तारीख ({ $date }) को ही मिली थी तो "वही" (SAME) लिखें।
invoice-ask-agreed-days = ग्राहक ने लिखित में कितने दिन का उधार (क्रेडिट) माना था? अगर कोई लिखित समझौता नहीं है तो "कोई नहीं" (NONE) लिखें (तब कानून के हिसाब से 15 दिन मिलते हैं)।
invoice-credit-days = { $days ->
    [one] { $days } दिन का उधार
   *[other] { $days } दिन का उधार
}
invoice-credit-none = कोई लिखित उधार समझौता नहीं (कानून के हिसाब से 15 दिन)
invoice-confirm = कृपया जाँच लें:
    बिल { $number }, ग्राहक { $buyer }
    रकम: { $amount }
    बिल की तारीख: { $invoice_date }, माल/सर्विस मिली: { $accepted_on }
    { $credit }
    पेमेंट की आख़िरी तारीख: { $due_date }
invoice-discarded = ठीक है, मैंने वह बिल सेव नहीं किया।
invoice-saved = बिल { $number } सेव हो गया। पेमेंट की आख़िरी तारीख { $due_date } है।
invoice-reminders-planned = मैं ग्राहक को { $dates } को रिमाइंडर भेजूँगा।
invoice-reminders-none-no-contact = { $buyer } का कोई मोबाइल नंबर या ईमेल मेरे पास नहीं है, इसलिए उन्हें रिमाइंडर नहीं जा सकते; आख़िरी तारीख से पहले और बाद में मैं आपको ज़रूर बताऊँगा।
invoice-reminders-none-opted-out = { $buyer } ने हमारे मैसेज न भेजने को कहा है, इसलिए उन्हें रिमाइंडर नहीं जाएँगे; आख़िरी तारीख से पहले और बाद में मैं आपको ज़रूर बताऊँगा।
invoice-ask-which = कौन सा बिल? उसका नंबर भेजें।
invoice-not-found = मुझे बिल { $number } नहीं मिला।
invoice-overdue-days = { $days ->
    [one] { $days } दिन की देरी
   *[other] { $days } दिन की देरी
}
invoice-paid-on-time = { $date } को समय पर पेमेंट हुआ
invoice-paid-late = { $date } को पेमेंट हुआ, { $days ->
    [one] { $days } दिन की देरी से
   *[other] { $days } दिन की देरी से
}
invoice-due-today = आज आख़िरी दिन है
invoice-due-in-days = { $days ->
    [one] { $days } दिन बाकी
   *[other] { $days } दिन बाकी
}
invoice-detail = बिल { $number } ({ $status })
    ग्राहक: { $buyer }
    रकम: { $amount }, बिल की तारीख { $invoice_date }
    आख़िरी तारीख { $due_date }: { $timing }
    अब तक मिला: { $paid }
    अब तक का ब्याज: { $interest }
    अभी कुल बाकी: { $total }
status-active = चालू
status-overdue = तारीख निकल गई
status-notice-sent = नोटिस भेजा गया
status-dispute-filed = आपत्ति आई है
status-paid = पेमेंट हो गया
status-written-off = बट्टे खाते में डाला

## बकाया बिल
pending-none = आपका कोई बिल बकाया नहीं है।
pending-header = { $count ->
    [one] { $count } बिल बकाया, कुल { $total } लेना है:
   *[other] { $count } बिल बकाया, कुल { $total } लेना है:
}
pending-line = • { $number } - { $buyer } - आख़िरी तारीख { $due_date } ({ $status }) - ब्याज { $interest } - कुल { $total }
pending-more = { $count ->
    [one] …और { $count } बिल।
   *[other] …और { $count } बिल।
}

## पेमेंट
payment-ask-invoice-number = किस बिल का पेमेंट हुआ? उसका नंबर भेजें।
payment-ask-amount = { $number } का कितना पेमेंट हुआ? पूरा पेमेंट हुआ हो तो "पूरा" (FULL) लिखें।
payment-ask-date = पेमेंट किस तारीख को हुआ?
payment-ask-reference = पेमेंट का UTR/रेफ़रेंस नंबर क्या है (UTR, UPI रेफ़रेंस नंबर या चेक नंबर)?
payment-confirm = कृपया जाँच लें: { $number } के लिए { $amount } { $date } को मिले, रेफ़रेंस नंबर { $reference }। इसके बाद भी बाकी: { $remaining }।
payment-discarded = ठीक है, मैंने वह पेमेंट दर्ज नहीं किया।
payment-saved-closed = दर्ज हो गया। बिल { $number } का पूरा पेमेंट हो गया और बिल बंद कर दिया गया; अब कोई रिमाइंडर नहीं जाएगा।
payment-saved-part = { $number } का कुछ पेमेंट दर्ज हो गया। बाकी रकम के लिए मैं रिमाइंडर भेजता रहूँगा।

## ग्राहक
buyer-ask-which = कौन सा ग्राहक? उनका GSTIN या नाम भेजें।
buyer-not-found = आपकी लिस्ट में "{ $query }" से मिलता कोई ग्राहक नहीं मिला।
buyer-many = एक से ज़्यादा ग्राहक मिल रहे हैं: { $names }। कौन सा?
buyer-summary = { $name } (GSTIN { $gstin })
    बिल: { $invoices }, खुले: { $open }
    समय पर पेमेंट: { $paid_on_time }, देर से पेमेंट: { $paid_late }
    अभी बकाया: { $outstanding }
buyer-message-received = धन्यवाद। आपका मैसेज { $retailer } तक पहुँचा दिया गया है।
buyer-message-forwarded = आपके ग्राहक { $buyer } ({ $phone }) का मैसेज:
    "{ $text }"

## बातचीत में गड़बड़ी
turn-failed = माफ़ कीजिए, इस मैसेज में कुछ गड़बड़ हो गई। मैसेज सुरक्षित रख लिया गया है और इसे देखा जाएगा; जो काम चल रहा था वह रोक दिया गया है। आप आगे बढ़ सकते हैं: help भेजकर देखें कि मैं क्या कर सकता हूँ।
error-date-not-understood = मैं "{ $value }" को तारीख के रूप में नहीं पढ़ पाया। ऐसे लिखकर देखें: 3 अक्टूबर 2026 या 03/10/2026।
error-agreed-days-invalid = "{ $value }" दिनों की संख्या नहीं है।
error-text-too-long = मैसेज बहुत लंबा है (ज़्यादा से ज़्यादा { $limit ->
        [one] { $limit } अक्षर
       *[other] { $limit } अक्षर
    })।
error-sender-invalid = भेजने वाला “{ $value }” कोई भारतीय मोबाइल नंबर नहीं है (+91 और 10 अंक)।
error-provider-id-invalid = मैसेज आईडी में 1 से 64 अक्षर और अंक होने चाहिए।
error-text-control-characters = मैसेज में ऐसे अक्षर हैं जिन्हें सेव नहीं किया जा सकता (कंट्रोल कैरेक्टर या टूटा हुआ यूनिकोड)। कृपया सादा टेक्स्ट भेजें।
error-media-invalid = अटैचमेंट का लिंक सही मीडिया पता नहीं है।

## सैंडबॉक्स पेज
sandbox-title = Bakaya सैंडबॉक्स
sandbox-advance-days = दिन:
sandbox-advance = घड़ी आगे बढ़ाएँ
sandbox-retailer = विक्रेता
sandbox-buyer = ग्राहक
sandbox-type-here = मैसेज लिखें
sandbox-attach = फ़ोटो, PDF या एक्सपोर्ट जोड़ें
sandbox-send = भेजें
