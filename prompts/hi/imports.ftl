# अकाउंटिंग एक्सपोर्ट से बिल एक साथ जोड़ना (tools/invoice_import.py)।
error-import-file-empty = फ़ाइल खाली है। अपने अकाउंटिंग सॉफ़्टवेयर का एक्सपोर्ट भेजें (Tally XML, Excel या CSV)।
error-import-file-too-large = फ़ाइल { $size_mb } MB की है; सीमा { $limit_mb } MB है। छोटी अवधि का एक्सपोर्ट भेजें, जैसे एक महीने का।
error-import-file-too-many-rows = फ़ाइल में { $limit ->
    [one] { $limit } पंक्ति
   *[other] { $limit } पंक्तियों
    } से ज़्यादा हैं। छोटी अवधि का एक्सपोर्ट भेजें, जैसे एक महीने का।
error-import-file-type = मैं Tally XML एक्सपोर्ट, Excel (.xlsx) और CSV फ़ाइलें पढ़ सकता हूँ। यह फ़ाइल इनमें से कोई नहीं है।
error-import-file-xls = यह पुरानी Excel (.xls) या पासवर्ड वाली फ़ाइल है। इसे Excel में खोलकर बिना पासवर्ड .xlsx या CSV में सेव करें और फिर भेजें।
error-import-file-unreadable = फ़ाइल खराब है या पढ़ी नहीं जा सकी। अपने अकाउंटिंग सॉफ़्टवेयर से दोबारा एक्सपोर्ट करके नई फ़ाइल भेजें।
error-import-file-no-header = शुरू की पंक्तियों में कॉलम के नाम (बिल नंबर, तारीख, पार्टी, कुल रकम) नहीं मिले। हेडर वाली पंक्ति के साथ एक्सपोर्ट भेजें।
error-import-file-no-vouchers = इस Tally फ़ाइल में कोई वाउचर नहीं है। Tally में सेल्स वाउचर (Day Book या Sales Register) XML में एक्सपोर्ट करें।
cli-import-progress = बिल जोड़े जा रहे हैं
cli-import-done = { $added ->
    [0] कोई नया बिल नहीं जोड़ा गया
    [one] { $added } बिल जोड़ा गया
   *[other] { $added } बिल जोड़े गए
    }; { $unchanged ->
    [one] { $unchanged } बिल पहले से खाते में था
   *[other] { $unchanged } बिल पहले से खाते में थे
    }; { $skipped ->
    [one] { $skipped } पंक्ति छोड़ी गई
   *[other] { $skipped } पंक्तियाँ छोड़ी गईं
    }।
cli-import-dry-run = सिर्फ़ जाँच, कुछ सेव नहीं हुआ: { $added ->
    [0] कोई नया बिल नहीं जोड़ा जाएगा
    [one] { $added } बिल जोड़ा जाएगा
   *[other] { $added } बिल जोड़े जाएँगे
    }; { $unchanged ->
    [one] { $unchanged } बिल पहले से खाते में है
   *[other] { $unchanged } बिल पहले से खाते में हैं
    }; { $skipped ->
    [one] { $skipped } पंक्ति छोड़ी जाएगी
   *[other] { $skipped } पंक्तियाँ छोड़ी जाएँगी
    }।
cli-import-skipped-row = पंक्ति { $row }: { $reason }
import-skip-reason = { $reason ->
    [not-a-sale] बिक्री का बिल नहीं है
    [credit-note] क्रेडिट नोट या सेल्स रिटर्न है
    [debit-note] डेबिट नोट है
    [receipt] रसीद है, बिल नहीं
    [payment] भुगतान है, बिल नहीं
    [purchase] खरीद है
    [sales-order] सेल्स ऑर्डर है, बिल नहीं
    [estimate] एस्टिमेट या कोटेशन है
    [cancelled] रद्द किया हुआ
    [deleted] हटाया हुआ
    [draft] ड्राफ़्ट है
    [optional-voucher] ऑप्शनल (प्रो-फ़ॉर्मा) वाउचर है
    [missing-invoice-number] बिल नंबर नहीं है
    [missing-date] बिल की तारीख नहीं है
    [bad-date] तारीख पढ़ी नहीं जा सकी
    [missing-buyer] पार्टी का नाम नहीं है
    [invalid-gstin] GSTIN सही नहीं है
    [missing-amount] रकम नहीं है
    [bad-amount] रकम पढ़ी नहीं जा सकी
    [amount-not-positive] रकम शून्य या घटाव में है
    [ambiguous-total] बिल की पंक्तियों में कुल रकम अलग-अलग है
    [duplicate-in-file] यही बिल नंबर फ़ाइल में पहले भी है
    [invoice-exists] इस नंबर का बिल खाते में दूसरे विवरण के साथ पहले से है
   *[other] नहीं लिया गया ({ $reason })
    }
