# धारा 18 की फ़ाइलिंग का पैक (MSME ODR पोर्टल, पुराने मामलों के लिए MSME समाधान)। पैरामीटर prompts/en/filing.ftl में लिखे हैं।

## शीर्षक और पोर्टल

filing-title = MSMED एक्ट, 2006 की धारा 18 के तहत देर से पेमेंट का मामला: फ़ाइलिंग का सारांश
filing-annex-english = अनुलग्नक: इस सारांश का अंग्रेज़ी पाठ
filing-portal-odr = MSME ODR पोर्टल
filing-portal-samadhaan = MSME समाधान पोर्टल
filing-portal-line = कहाँ फ़ाइल करें: { $portal } ({ $url })
filing-filed-on = फ़ाइलिंग की तारीख: { $date }
filing-as-of = रकम इस तारीख तक की: { $date }
filing-eligible = आवेदक एक सूक्ष्म या लघु इकाई है जो विनिर्माण (मैन्युफैक्चरिंग) या सर्विस का काम करती है और हर सप्लाई से पहले Udyam पोर्टल पर रजिस्टर थी: वह बकाया रकम धारा 18 के तहत फ़ैसिलिटेशन काउंसिल को भेज सकती है।
filing-not-eligible = यह मामला पोर्टल पर फ़ाइल नहीं हो सकता: धारा 18 के तहत देर से पेमेंट का मामला सिर्फ़ वे सूक्ष्म और लघु इकाइयाँ भेज सकती हैं जो विनिर्माण (मैन्युफैक्चरिंग) या सर्विस का काम करती हैं और सप्लाई से पहले Udyam पोर्टल पर रजिस्टर थीं।
filing-not-eligible-next = Bakaya ग्राहक को रिमाइंडर भेजता रहेगा, और डिमांड लेटर का रास्ता भी खुला है।
filing-reason-udyam-number-missing = Udyam नंबर पता नहीं है: पोर्टल पर लॉग इन इसी से होता है। कृपया Udyam सर्टिफ़िकेट से इसे जोड़ें।
filing-reason-nothing-overdue = इस मामले का कोई बिल आख़िरी तारीख के बाद बाकी नहीं है, इसलिए अभी भेजने को कुछ नहीं है।

## आवेदक और ग्राहक

filing-applicant = आवेदक (आपका बिज़नेस)
filing-respondent = ग्राहक पार्टी (जिसके ख़िलाफ़ आवेदन है)
filing-field-name = नाम: { $value }
filing-field-udyam = Udyam नंबर: { $value }
filing-field-category = श्रेणी: { $value }
filing-field-activity = काम: { $value }
filing-field-registered-on = Udyam पोर्टल पर रजिस्ट्रेशन की तारीख: { $value }
filing-field-address = पता: { $value }
filing-field-state = राज्य: { $value }
filing-field-gstin = GSTIN नंबर: { $value }
filing-field-no-gstin = GSTIN: रजिस्टर नहीं
filing-field-pan = PAN नंबर: { $value }
filing-field-nic = NIC कोड: { $value }
filing-field-nic-missing = NIC कोड: पोर्टल पर वह कोड चुनें जो आपके सप्लाई किए माल या सर्विस का है
filing-field-mobile = मोबाइल: { $value }
filing-field-email = ईमेल: { $value }
filing-category-micro = सूक्ष्म (माइक्रो)
filing-category-small = लघु (स्मॉल)
filing-category-medium = मध्यम (मीडियम)
filing-activity-manufacturing = विनिर्माण (मैन्युफैक्चरिंग)
filing-activity-services = सर्विस
filing-activity-trading = व्यापार

## दावा

filing-claim = दावा: { $count ->
        [one] { $count } बिल
       *[other] { $count } बिल
    }
filing-table-invoice = बिल
filing-table-date = तारीख
filing-table-accepted = स्वीकृति
filing-table-due = आख़िरी तारीख
filing-table-amount = रकम
filing-table-paid = पेमेंट मिला
filing-table-balance = बाकी
filing-table-interest = ब्याज
filing-table-total = कुल
filing-table-sum = कुल योग
filing-principal-outstanding = बाकी मूल रकम: { $amount }
filing-interest-claimed = { $as_of } तक माँगा गया ब्याज: { $amount }
filing-total-claimed = कुल दावा: { $amount }
filing-basis-section16 = MSMED एक्ट, 2006 की धारा 16 का ब्याज: RBI बैंक रेट के तीन गुना पर मासिक चक्रवृद्धि (कंपाउंड) ब्याज, हर आख़िरी तारीख के अगले दिन से { $as_of } तक, { $rates } की दर से। मिला हुआ पेमेंट पहले ब्याज में गिना गया है। पेमेंट होने तक ब्याज लगता रहेगा।
filing-basis-contractual = कॉन्ट्रैक्ट में तय दर पर { $as_of } तक का ब्याज: { $rates }।
filing-basis-none = कोई ब्याज नहीं माँगा गया है।
filing-rate-section16 = { $start } से { $end } तक { $annual }% सालाना (RBI बैंक रेट { $bank }% का तीन गुना)
filing-rate-contractual = { $start } से { $end } तक { $annual }% सालाना
filing-council = मामला आवेदक के राज्य { $state } की सूक्ष्म और लघु उद्यम फ़ैसिलिटेशन काउंसिल (MSEFC) को जाएगा (धारा 18)।

## नोटिस और दस्तावेज़

filing-notices = ग्राहक को भेजे गए डिमांड नोटिस
filing-notice-served = नोटिस { $reference }, { $served_on } को भेजा गया (साइन किए PDF का SHA-256: { $digest })
filing-notice-none = अभी तक कोई डिमांड नोटिस नहीं भेजा गया है।
filing-documents = अपलोड करने के दस्तावेज़
filing-document-invoice = बिल { $number } (PDF)
filing-document-notice = साइन किया डिमांड नोटिस { $reference } (PDF)
filing-document-limit = हर फ़ाइल PDF हो और 2 MB से बड़ी न हो; ये सब पैक के documents फ़ोल्डर में हैं।

## पोर्टल पर क्या करें

filing-steps = फ़ाइल कैसे करें
filing-step-open = { $portal } खोलें: { $url }
filing-step-login-odr = सूक्ष्म या लघु इकाई के रूप में अपने Udyam नंबर { $udyam } से लॉग इन करें, और Udyam पर रजिस्टर मोबाइल ({ $mobile }) पर आया OTP डालें।
filing-step-login-samadhaan = "Case Filing for Entrepreneur/MSE Units" चुनें, अपना Udyam नंबर { $udyam } और Udyam पर रजिस्टर मोबाइल नंबर ({ $mobile }) डालें, फिर उस मोबाइल पर आया OTP डालें।
filing-step-new-odr = किसी ग्राहक के ख़िलाफ़ देर से पेमेंट का नया आवेदन शुरू करें।
filing-step-new-samadhaan = Application List पेज पर "Application Entry" चुनें और सबसे पुराने बाकी बिल की तारीख डालें।
filing-step-fill = फ़ॉर्म फ़ाइलिंग के सारांश (summary.pdf) से भरें: आपके बिज़नेस की जानकारी, ग्राहक { $buyer } (GSTIN { $gstin }) और { $count ->
        [one] वह बिल
       *[other] वे { $count } बिल
    }, कुल { $total }। पोर्टल आपका PAN और सप्लाई किए माल या सर्विस का NIC कोड भी पूछता है।
filing-step-upload = हर बिल और साइन किया डिमांड { $count ->
        [one] नोटिस
       *[other] नोटिस
    } ({ $references }) PDF फ़ाइल में अपलोड करें, हर फ़ाइल 2 MB तक: ये पैक के documents फ़ोल्डर में हैं।
filing-step-upload-no-notice = हर बिल PDF फ़ाइल में अपलोड करें, हर फ़ाइल 2 MB तक: ये पैक के documents फ़ोल्डर में हैं। ग्राहक को भेजा गया साइन किया डिमांड नोटिस मामले को मज़बूत करता है: Bakaya इसे तैयार कर सकता है।
filing-step-submit = रकम सारांश से मिला लें, घोषणा (डिक्लेरेशन) स्वीकार करें और सबमिट करें।
filing-step-odr-stages = पोर्टल पहले ग्राहक से बातचीत करके सुलझाने का मौका देता है, जिसे आप चुन सकते हैं या छोड़ सकते हैं; मामला न सुलझे तो वह { $state } की सूक्ष्म और लघु उद्यम फ़ैसिलिटेशन काउंसिल को जाता है।
filing-step-reply = पोर्टल जो आवेदन नंबर दिखाए उसे नोट करें और यहाँ मुझे भेज दें, ताकि Bakaya मामले पर नज़र रख सके।
