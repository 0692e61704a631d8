# रिमाइंडर के आगे के कदम: डिमांड नोटिस, MSME ODR (समाधान) पर धारा 18 की फ़ाइलिंग, बकाया पार्टियों को कितने दिन में रिमाइंडर जाए। पैरामीटर prompts/en/escalation.ftl में लिखे हैं।
escalation-notice-ask-which = डिमांड नोटिस किस बिल के लिए बनाना है? उसका नंबर भेजें।
escalation-notice-ask-which-buyer = { $buyer } के किस बिल के लिए डिमांड नोटिस बनाना है? उसका नंबर भेजें।
escalation-notice-invoice-closed = बिल { $number } { $status } है: इसके लिए नोटिस नहीं जाएगा।
escalation-notice-will-be-drafted = बिल { $number } ({ $buyer }) के लिए MSMED एक्ट, 2006 के तहत डिमांड नोटिस तैयार करके आपकी मंज़ूरी के लिए भेजा जाएगा। आपकी मंज़ूरी के बिना { $buyer } को कुछ नहीं जाएगा।
escalation-filing-application-noted = ठीक है: आपका MSME ODR (समाधान) आवेदन नंबर { $number } है।
escalation-filing-none-yet = अभी MSME ODR (समाधान) पर कोई फ़ाइलिंग दर्ज नहीं है। फ़ाइलिंग पैक बनाने के लिए भेजें, जैसे “ODR filing INV-42”; फ़ाइल करने के बाद आवेदन नंबर भेजें, जैसे “आवेदन नंबर UP/LKO/2026/0001234”।
escalation-cadence-set = जिन ग्राहकों ने आख़िरी तारीख तक पेमेंट नहीं किया, उन्हें { $days ->
        [one] हर दिन
       *[other] हर { $days } दिन में
    } एक रिमाइंडर जाएगा।
escalation-cadence-ask = जिन ग्राहकों ने आख़िरी तारीख तक पेमेंट नहीं किया, उन्हें कितने दिन के अंतर पर रिमाइंडर भेजें? एक संख्या भेजें, जैसे 7।

# नोटिस विक्रेता की मंज़ूरी के लिए, मंज़ूरी, बदलाव, रद्द करना और ग्राहक तक भेजना। पैरामीटर prompts/en/escalation.ftl में लिखे हैं।
escalation-notice-not-overdue = बिल { $number } की आख़िरी तारीख { $due } है। अगर तब तक पेमेंट नहीं आया, तो उसके अगले दिन से डिमांड नोटिस बन सकता है।
escalation-notice-ask-retailer-address = नोटिस के लिए आपके बिज़नेस का पता चाहिए, जैसा नोटिस पर छपना है: मकान/दुकान नंबर, गली, शहर और पिन कोड।
escalation-notice-ask-buyer-address = नोटिस के लिए { $buyer } का पता क्या है? मकान/दुकान नंबर, गली, शहर और पिन कोड भेजें।
escalation-notice-unavailable = अभी यहाँ नोटिस नहीं बन सकता। कुछ नहीं भेजा गया।
escalation-notice-drafted = { $buyer } के लिए डिमांड नोटिस { $reference } (वर्ज़न { $version }) तैयार है, PDF साथ में है: { $count ->
        [one] बिल { $numbers }
       *[other] { $count } बिल ({ $numbers })
    }, कुल { $total }, जिसमें { $interest } ब्याज है, { $days ->
        [one] 1 दिन
       *[other] { $days } दिन
    } के अंदर, { $pay_by } तक देना है।
escalation-notice-drafted-general = यह धारा 16 का नोटिस नहीं, सामान्य डिमांड लेटर है: { $reason }
escalation-notice-approve-ask = { $buyer } को भेजने के लिए APPROVE लिखें, पेमेंट के दिन बदलने के लिए EDIT, या CANCEL। आपकी मंज़ूरी के बिना { $buyer } को कुछ नहीं जाएगा।
escalation-notice-edit-ask = नोटिस मिलने के बाद { $buyer } को पेमेंट के लिए कितने दिन देने हैं? { $low } से { $high } के बीच एक संख्या भेजें।
escalation-notice-cancelled = नोटिस { $reference } रद्द कर दिया गया। ग्राहक को कुछ नहीं भेजा गया।
escalation-notice-sent = नोटिस { $reference } (वर्ज़न { $version }) मंज़ूर हुआ और { $channels } से { $buyer } को भेज दिया गया। अब { $buyer } के रिमाइंडर में इसका ज़िक्र होगा।
escalation-notice-approved-no-channel = नोटिस { $reference } (वर्ज़न { $version }) मंज़ूर हुआ, पर { $buyer } का ईमेल नहीं है और उन्होंने WhatsApp मैसेज की सहमति नहीं दी, इसलिए भेजा नहीं जा सका। साथ वाला PDF रजिस्टर्ड पोस्ट या कूरियर से भेजें और रसीद रखें।
escalation-notice-channel-email = ईमेल
escalation-notice-channel-whatsapp = WhatsApp मैसेज
escalation-notice-to-buyer = { $supplier } ने आपको { $total } का डिमांड नोटिस { $reference } भेजा है, पेमेंट { $pay_by } तक करना है। नोटिस साथ में है।
escalation-notice-email-subject = { $supplier } का डिमांड नोटिस { $reference }

# सुविधा परिषद के लिए फ़ाइलिंग पैक। पैरामीटर prompts/en/escalation.ftl में लिखे हैं।
escalation-filing-ready = { $buyer } के ख़िलाफ़ { $portal } के लिए फ़ाइलिंग पैक तैयार है: { $count ->
        [one] बिल { $numbers }
       *[other] { $count } बिल ({ $numbers })
    }, ब्याज समेत { $total } का दावा। सारांश PDF साथ में है; पूरा पैक (फ़ॉर्म की जानकारी, सारांश और साइन किए नोटिस) यहाँ है: { $link }
    फ़ाइल करने के स्टेप पाने के लिए APPROVE लिखें, या CANCEL।
escalation-filing-no-edit = पैक का हर आंकड़ा आपके रिकॉर्ड से आता है: बिल या पेमेंट वहीं ठीक करें, फिर पैक दोबारा माँगें। APPROVE या CANCEL लिखें।
escalation-filing-cancelled = फ़ाइलिंग पैक रद्द कर दिया गया। कुछ फ़ाइल नहीं हुआ।
escalation-filing-ask-invoice = आवेदन { $number } किस बिल के बारे में है? उसका नंबर भेजें।
escalation-filing-recorded = दर्ज हो गया: { $buyer } के ख़िलाफ़ आवेदन { $number }। केस चलने तक { $buyer } को रिमाइंडर बंद रहेंगे; फ़ैसला या समझौता होने पर मुझे बताएं।
escalation-filing-status = { $buyer } के ख़िलाफ़ आपका { $portal } आवेदन { $number } { $date } को दर्ज हुआ। केस चलने तक { $buyer } को रिमाइंडर बंद हैं।
escalation-filing-needs-notice = फ़ाइलिंग पैक के लिए आपका और { $buyer } का पता चाहिए: पहले डिमांड नोटिस माँगें (जैसे “notice INV-42”), वह पते पूछ लेगा; आम तौर पर फ़ाइल करने से पहले नोटिस भेजा जाता है।

# फ़ाइलिंग पैक से पहले Udyam की जानकारी की जाँच। पैरामीटर prompts/en/escalation.ftl में लिखे हैं।
escalation-udyam-confirm = फ़ाइलिंग पैक से पहले ये जानकारी अपने Udyam सर्टिफ़िकेट से मिला लें (पोर्टल इन्हें Udyam से मिलाता है):
    Udyam नंबर: { $udyam }
    नाम: { $name }
    श्रेणी: { $category }
    काम: { $activity }
    रजिस्ट्रेशन की तारीख: { $registered }
    क्या ये सही हैं? हाँ या नहीं लिखें।
escalation-udyam-not-confirmed = कुछ तैयार नहीं किया गया। पोर्टल आपकी जानकारी Udyam से मिलाता है, इसलिए यह आपके सर्टिफ़िकेट से मेल खानी चाहिए: Udyam पोर्टल पर ठीक करें या यहाँ ठीक करवाएँ, फिर फ़ाइलिंग पैक दोबारा माँगें।
escalation-udyam-mismatch = { $udyam } के लिए Udyam में अलग जानकारी है ({ $fields })। कुछ तैयार नहीं किया गया: पोर्टल यह आवेदन नहीं लेगा। अपना Udyam सर्टिफ़िकेट देखें।
escalation-udyam-field-unknown = ऐसा कोई रजिस्ट्रेशन नहीं
escalation-udyam-field-udyam-number = Udyam नंबर
escalation-udyam-field-name = नाम
escalation-udyam-field-category = श्रेणी
escalation-udyam-field-activity = काम
escalation-udyam-field-registered-on = रजिस्ट्रेशन की तारीख
escalation-filing-update-noted = आवेदन { $number } पर दर्ज कर लिया। स्थिति देखने के लिए कभी भी “ODR status” भेजें।
escalation-filing-last-update = पिछला अपडेट ({ $date }): { $status }
