# पेमेंट मॉनिटर और ग्राहकों के जवाब संभालने वाला एजेंट विक्रेताओं और ग्राहकों को क्या बताते हैं।

## विक्रेता को
channel-whatsapp = व्हाट्सऐप
channel-sms = एसएमएस
channel-email = ईमेल
monitor-reminder-sent = { $buyer } को बिल { $number } का रिमाइंडर { $channels } पर भेज दिया है।
monitor-reminder-impossible-no-contact = मैं { $buyer } को बिल { $number } का रिमाइंडर नहीं भेज पाया: उनका कोई मोबाइल नंबर या ईमेल मेरे पास नहीं है।
monitor-reminder-impossible-opted-out = मैं { $buyer } को बिल { $number } का रिमाइंडर नहीं भेज पाया: उन्होंने हमारे मैसेज न भेजने को कहा है।
monitor-deadline-alert = ध्यान दें: { $buyer } के बिल { $number } ({ $amount }) की आख़िरी तारीख { $date } है, { $days ->
        [0] यानी आज।
        [one] यानी { $days } दिन बाकी।
       *[other] यानी { $days } दिन बाकी।
    }
monitor-overdue-alert = { $buyer } के बिल { $number } की आख़िरी तारीख { $date } थी और पेमेंट अभी तक नहीं आया है। अभी कुल बाकी: { $total }, जिसमें अब तक का ब्याज { $interest } शामिल है। आप कहें तो मैं डिमांड नोटिस तैयार कर दूँ, जो आपकी मंज़ूरी के बाद ही जाएगा।
# आख़िरी तारीख के 15, 30 और 45 दिन बाद अगला क़दम: देरी, अभी कितना बाकी, फिर सुझाव।
monitor-next-step-overdue = { $buyer } के बिल { $number } की आख़िरी तारीख { $date } थी, और पेमेंट में अब { $days ->
        [one] { $days } दिन
       *[other] { $days } दिन
    } की देरी हो चुकी है।
monitor-next-step-due-now = अभी कुल बाकी: { $total }, जिसमें अब तक का ब्याज { $interest } शामिल है।
monitor-next-step-due-now-no-interest = अभी कुल बाकी: { $total }।
monitor-next-step-notice = अब तक सिर्फ़ रिमाइंडर से पेमेंट नहीं आया। ऐसे में डिमांड नोटिस अक्सर काम करता है: मैं आपकी मंज़ूरी के लिए नोटिस तैयार कर सकता हूँ। जवाब में लिखें: नोटिस { $number }
monitor-next-step-notice-firm = आख़िरी तारीख को एक महीना हो गया है, अब डिमांड नोटिस भेजने का समय है: पैसा जितना देर से माँगा जाए, वसूलना उतना ही मुश्किल होता है। मैं नोटिस तैयार कर दूँगा, और आपकी मंज़ूरी के बिना कुछ नहीं जाएगा। जवाब में लिखें: नोटिस { $number }
monitor-next-step-council = Udyam पोर्टल पर रजिस्टर सूक्ष्म या लघु इकाई होने के नाते अब आप यह मामला MSMED एक्ट, 2006 की धारा 18 के तहत अपने राज्य की सूक्ष्म और लघु उद्यम सुविधा परिषद (MSEFC) को MSME ODR पोर्टल से भेज सकते हैं। परिषद पहले सुलह की कोशिश करती है, और बात न बने तो धारा 16 के ब्याज के साथ फ़ैसला करती है।
monitor-next-step-council-notice-first = अगर आपने अभी तक डिमांड नोटिस नहीं भेजा है, तो पहले वह भेजें। जवाब में लिखें: नोटिस { $number }
monitor-next-step-no-council = डिमांड नोटिस (जवाब में लिखें: नोटिस { $number }) या रकम वसूलने के लिए क़ानूनी सलाह पर विचार करें। इस बिल के लिए MSMED एक्ट की धारा 18 के तहत सूक्ष्म और लघु उद्यम सुविधा परिषद को मामला भेजने का रास्ता आपके लिए नहीं है: { $reasons }
monitor-daily-summary = आज: { $count ->
        [one] { $count } बिल बकाया
       *[other] { $count } बिल बकाया
    }, कुल { $total } लेना है, इनमें से { $overdue } की आख़िरी तारीख निकल चुकी है।
monitor-channel-failed = मैं बिल { $number } का रिमाइंडर { $buyer } को { $channel } पर नहीं पहुँचा पाया (शायद नंबर या ईमेल पता गलत है)। कृपया उनका नंबर और ईमेल जाँच लें।

## विक्रेता की सेटिंग: आख़िरी तारीख के बाद रिमाइंडर कितने दिन पर
error-overdue-reminder-days-invalid = आख़िरी तारीख के बाद रिमाइंडर हर { $min } से { $max } दिन पर भेजे जा सकते हैं: "{ $value }" इस दायरे में दिनों की पूरी संख्या नहीं है।

## ग्राहक के जवाब: विक्रेता को क्या बताया जाता है
retailer-buyer-replied = बिल { $number } के बारे में { $buyer } का जवाब:
    "{ $text }"
    मैंने समझा: { $meaning }
buyer-intent-promise_to_pay = वे { $date } को पेमेंट करने का वादा कर रहे हैं। उस दिन मैं फिर याद दिलाऊँगा।
buyer-intent-promise_to_pay-undated = वे पेमेंट का वादा कर रहे हैं, पर कोई तारीख नहीं बताई।
buyer-intent-claims_paid = उनका कहना है कि उन्होंने पेमेंट कर दिया है (रेफ़रेंस नंबर: { $reference })। कृपया अपना खाता देख लें; पैसा आ गया हो तो मुझे लिखें "{ $number } का <रकम> मिला <रेफ़रेंस> <तारीख>", मैं उसे दर्ज कर लूँगा।
buyer-intent-dispute = उन्होंने बिल पर आपत्ति की है ({ $reason })। जब तक आप फ़ैसला न करें, मैंने इस बिल के रिमाइंडर रोक दिए हैं।
buyer-intent-more_time = वे पेमेंट के लिए और समय माँग रहे हैं।
buyer-intent-more_time-dated = वे { $date } तक का समय माँग रहे हैं। उस दिन मैं फिर याद दिलाऊँगा।
buyer-intent-invoice_copy = उन्होंने बिल की कॉपी माँगी; मैंने उन्हें बिल की डिटेल भेज दी है।
buyer-intent-payment_link = उन्होंने पूछा कि पेमेंट कैसे करें; मैंने उन्हें आपकी पेमेंट डिटेल भेज दी है।
buyer-intent-payment_link-missing = उन्होंने पूछा कि पेमेंट कैसे करें, लेकिन आपने अभी तक मुझे अपनी UPI आईडी नहीं दी है।
buyer-intent-opt_out = उन्होंने कहा है कि उन्हें अब { $channel } पर मैसेज न भेजे जाएँ; मैं वहाँ दोबारा मैसेज नहीं भेजूँगा।
buyer-intent-other = इसमें मेरे करने लायक कुछ नहीं है; कृपया उनका मैसेज खुद पढ़ लें।
reference-none = नहीं दिया

## ग्राहक को
buyer-promise-noted = धन्यवाद। हमने नोट कर लिया है: बिल { $number } का पेमेंट { $date } को।
buyer-promise-undated = धन्यवाद। कृपया बताएँ कि आप बिल { $number } का पेमेंट किस तारीख को करेंगे।
buyer-claim-noted = धन्यवाद। हमने { $retailer } से बिल { $number } का पेमेंट मिलने की पुष्टि करने को कहा है।
buyer-dispute-noted = बताने के लिए धन्यवाद। बिल { $number } पर आपकी आपत्ति { $retailer } तक पहुँचा दी गई है; उनका जवाब आने तक रिमाइंडर रोक दिए गए हैं।
buyer-more-time-noted = बिल { $number } के लिए और समय की आपकी माँग हमने { $retailer } तक पहुँचा दी है।
buyer-more-time-noted-dated = बिल { $number } के लिए { $date } तक समय की आपकी माँग हमने { $retailer } तक पहुँचा दी है।
buyer-invoice-copy = { $retailer } का बिल { $number }: तारीख { $date }, रकम { $amount }, आख़िरी तारीख { $due_date }। अभी कुल चुकाना है: { $total }।
buyer-payment-link = आप बिल { $number } के { $total } का पेमेंट { $retailer } को किसी भी UPI ऐप से कर सकते हैं: { $link }
buyer-dispute-noted-sms = धन्यवाद। बिल { $number } पर आपकी आपत्ति { $retailer } को भेज दी है; उनके जवाब तक रिमाइंडर बंद हैं।
buyer-invoice-copy-sms = बिल { $number } ({ $retailer }): { $amount }, आख़िरी तारीख { $due_date }। अभी चुकाना है: { $total }।
buyer-payment-link-sms = बिल { $number } के { $total } UPI id { $upi_id } पर भेजें ({ $retailer })
buyer-payment-link-missing = { $retailer } जल्द ही आपको पेमेंट की डिटेल भेजेंगे।
buyer-opted-out = अब आपको { $channel } पर हमारी ओर से कोई मैसेज नहीं मिलेगा। फिर से मैसेज पाने के लिए START लिखकर भेजें।
