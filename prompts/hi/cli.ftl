# कमांड लाइन और ऑपरेटर के मैसेज। quote-* कानूनी आँकड़े हैं: यहाँ "नियत तारीख" और रकम हमेशा पैसे (.00) के साथ।
cli-error = त्रुटि: { $message }
cli-gstin-valid = { $gstin }: मान्य ({ $state })
cli-gstin-invalid = { $gstin }: अमान्य: { $reason }
cli-db-ready = डेटाबेस तैयार है।
cli-saved = सेव हो गया।
cli-serving = Bakaya { $url } पर चल रहा है
cli-audit-intact = ऑडिट लॉग सुरक्षित है: { $rows ->
        [one] { $rows } पंक्ति जाँची गई
       *[other] { $rows } पंक्तियाँ जाँची गईं
    }।
cli-audit-edited = ऑडिट लॉग टूटा है: पंक्ति { $seq } लिखे जाने के बाद बदली गई।
cli-audit-deleted = ऑडिट लॉग टूटा है: पंक्ति { $seq } हटा दी गई।
cli-audit-relinked = ऑडिट लॉग टूटा है: पंक्ति { $seq } अपनी पिछली पंक्ति से नहीं जुड़ती (वह पंक्ति बदली या हटाई गई)।

quote-due-date = नियत तारीख (धारा 15): { $date }
quote-interest-from = ब्याज इस तारीख से: { $date }
quote-days-overdue = देरी के दिन: { $days }
quote-months-complete = पूरे महीने: { $months }
quote-principal-outstanding = बकाया मूलधन: { $amount }
quote-interest = अब तक का ब्याज: { $amount }
quote-total-due = कुल देय: { $amount }
quote-basis-section16 = आधार: MSMED एक्ट, 2006 की धारा 16 — RBI बैंक रेट के तीन गुना पर मासिक चक्रवृद्धि (कंपाउंड) ब्याज।
quote-basis-contractual = आधार: कॉन्ट्रैक्ट में तय ब्याज दर (धारा 16 लागू नहीं होती)।
quote-basis-none = कोई ब्याज नहीं माँगा गया: धारा 16 लागू नहीं होती और कोई दर तय नहीं थी।
quote-convention = RBI बैंक रेट: { $rate_mode ->
        [frozen] ब्याज के पहले दिन का रेट, पूरे समय
       *[floating] हर मासिक अवधि की शुरुआत में लागू रेट
    }; अधूरा महीना: { $partial ->
        [ignored] नहीं गिना गया (सिर्फ़ पूरे महीने)
        [actual-365] सालाना दर × दिन ÷ 365
       *[period-fraction] मासिक दर × बीते दिन ÷ उस मासिक अवधि के दिन
    }।

error-required = { $field } देना ज़रूरी है।
error-choice-invalid = { $field }: "{ $value }" इनमें से नहीं है: { $allowed }।
error-already-registered = नंबर { $phone } पहले से रजिस्टर है।
error-buyer-exists = GSTIN { $gstin } वाला ग्राहक आपकी लिस्ट में पहले से है।
error-invoice-exists = बिल { $number } पहले से दर्ज है।
error-date-in-future = { $field }: { $value } भविष्य की तारीख है।
error-invoice-closed = बिल { $number } पहले ही बंद हो चुका है ({ $status })।
error-payment-date-before-invoice = पेमेंट की तारीख ({ $paid_on }) बिल की तारीख ({ $invoice_date }) से पहले नहीं हो सकती।
error-payment-format = पेमेंट तारीख:रकम के रूप में लिखें, जैसे 2026-03-01:25000 (मिला "{ $value }")।
error-rate-invalid = { $field }: "{ $value }" 0 से 100 के बीच प्रतिशत दर नहीं है।
error-retailer-unknown = नंबर { $phone } से कोई विक्रेता रजिस्टर नहीं है।
error-buyer-unknown = GSTIN { $gstin } वाला कोई ग्राहक इस विक्रेता की लिस्ट में नहीं है।
error-invoice-unknown = { $number } नंबर का कोई बिल नहीं मिला।
cli-sandbox-at = सैंडबॉक्स चैट पेज: { $url }
cli-parsed = इंटेंट: { $intent }, भाषा: { $language }, स्लॉट: { $slots }
cli-worker-started = वर्कर शुरू हो गया (एक साथ { $concurrency ->
        [one] { $concurrency } जॉब
       *[other] { $concurrency } जॉब
    })। रोकने के लिए Ctrl+C दबाएँ।
cli-monitor-ran = मॉनिटर चल गया: { $sent ->
        [one] { $sent } मैसेज भेजा गया
       *[other] { $sent } मैसेज भेजे गए
    }, { $summaries ->
        [one] { $summaries } दैनिक सारांश
       *[other] { $summaries } दैनिक सारांश
    }।
cli-understood = इंटेंट: { $intent }, भाषा: { $language }, वादे की तारीख: { $date }, रेफ़रेंस: { $reference }
cli-set-aside-none = कोई मैसेज अलग नहीं रखा गया है।
cli-set-aside-line = #{ $id } { $received } { $channel } { $sender } ({ $attempts ->
        [one] { $attempts } बार कोशिश
       *[other] { $attempts } बार कोशिश
    }): { $error }
cli-retried = मैसेज #{ $id } फिर से प्रोसेस किया गया।
cli-not-set-aside = मैसेज #{ $id } अलग नहीं रखा गया है।

# bakaya notice verify FILE। पैरामीटर prompts/en/cli.ftl में लिखे हैं।
cli-notice-valid = सही: यह डिमांड नोटिस { $reference } है, वर्ज़न { $version }, { $signed_at } को साइन हुआ; { $state }।
cli-notice-unknown = रिकॉर्ड में नहीं: यहाँ से जारी किसी नोटिस में यह सामग्री नहीं है। फ़ाइल बदली गई है, या यहाँ से जारी नहीं हुई।
cli-notice-bad-signature = नोटिस { $reference }, वर्ज़न { $version } का रिकॉर्ड वाला सिग्नेचर मेल नहीं खाता: इस फ़ाइल पर भरोसा न करें।
cli-notice-state-approved = यह वर्ज़न बिज़नेस ने मंज़ूर किया था
cli-notice-state-not-approved = यह वर्ज़न मंज़ूर नहीं हुआ (ड्राफ़्ट, या बाद के वर्ज़न से बदला गया)
error-file-unreadable = फ़ाइल { $path } पढ़ी नहीं जा सकी।
