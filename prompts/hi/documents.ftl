# Invoice documents a retailer sends: photos, PDFs and accounting exports
# (tools/invoice_document.py, agents/extraction.py, agents/flows/documents.py).
error-document-empty = फ़ाइल खाली है। बिल की फ़ोटो या PDF दोबारा भेजें।
error-document-type = मैं बिल की फ़ोटो (JPEG, PNG, HEIC), PDF, और Tally (XML), Excel (.xlsx) या CSV के एक्सपोर्ट पढ़ सकता हूँ। यह फ़ाइल इनमें से कोई नहीं है।
error-document-too-large = फ़ाइल { $megabytes } MB से बड़ी है। छोटी फ़ोटो या PDF भेजें, जैसे एक बार में एक बिल।
error-document-corrupt = फ़ाइल खराब या अधूरी है और खुल नहीं रही। इसे दोबारा भेजें।
error-document-encrypted = यह PDF पासवर्ड से सुरक्षित है। इसे बिना पासवर्ड के सेव करके दोबारा भेजें।
error-document-too-many-pages = PDF में { $pages ->
    [one] { $pages } पेज
   *[other] { $pages } पेज
    } से ज़्यादा हैं। एक बार में एक बिल भेजें।
error-document-too-many-pixels = यह इमेज बिल की फ़ोटो होने के लिए बहुत ही बड़ी है। सामान्य फ़ोटो भेजें।
error-document-unreadable = फ़ाइल { $path } खुल नहीं सकी।
error-document-download = आपकी भेजी फ़ाइल डाउनलोड नहीं हो सकी। कृपया दोबारा भेजें।
document-read = { $pages ->
    [one] आपका भेजा बिल मैंने पढ़ लिया।
   *[other] आपका भेजा बिल मैंने पढ़ लिया ({ $pages } पेज)।
    }
document-check = कृपया ये जाँच लें, ये साफ़ नहीं पढ़े गए: { $fields }।
document-field = { $field ->
    [invoice_number] बिल नंबर
    [invoice_date] बिल की तारीख
    [total] कुल राशि
    [gstin_seller] आपका GSTIN
    [gstin_buyer] पार्टी का GSTIN
   *[udyam] Udyam नंबर
    }
document-page-added = उसी बिल के पेज { $pages } के रूप में जोड़ दिया।
document-not-invoice = यह दस्तावेज़ क्रेडिट या डेबिट नोट है, बिक्री का बिल नहीं, इसलिए मैंने इसे नहीं जोड़ा।
document-qr-unverified = इस दस्तावेज़ का ई-इनवॉइस QR कोड अपने हस्ताक्षर की जाँच में सही नहीं निकला, इसलिए मैंने छपा हुआ टेक्स्ट पढ़ा। कृपया हर आँकड़ा जाँच लें।
document-duplicate-invoice = बिल { $number } ({ $buyer }, { $amount }) आपके खाते में पहले से है, इसलिए कुछ नहीं जोड़ा। देखने के लिए "{ $number } status" भेजें।
document-duplicate-file = आपने यही दस्तावेज़ { $date } को भेजा था; यह आपके खाते में बिल { $number } है। कुछ नहीं जोड़ा।
document-not-retailer = बिल जोड़ने के लिए पहले अपना व्यवसाय रजिस्टर करें: शुरू करने के लिए "hi" भेजें।
import-preview = { $count ->
    [one] फ़ाइल { $file } में { $count } बिक्री बिल है, कुल { $total }।
   *[other] फ़ाइल { $file } में { $count } बिक्री बिल हैं, कुल { $total }।
    }
import-preview-none = फ़ाइल { $file } में ऐसा कोई बिक्री बिल नहीं है जिसे मैं इंपोर्ट कर सकूँ।
import-preview-skipped = { $count ->
    [one] { $count } पंक्ति छोड़ी जाएगी:
   *[other] { $count } पंक्तियाँ छोड़ी जाएँगी:
    }
import-preview-row = पंक्ति { $row }: { $reason }
import-preview-more = { $count ->
    [one] …और { $count } पंक्ति।
   *[other] …और { $count } पंक्तियाँ।
    }
import-paid-warning = एक्सपोर्ट में यह नहीं होता कि कौन-से बिल चुका दिए गए हैं: हर इंपोर्ट किया गया बिल तब तक बकाया माना जाएगा, और पार्टी को याद दिलाया जाएगा, जब तक आप उसका भुगतान दर्ज न करें।
import-confirm = इंपोर्ट करने के लिए YES भेजें, या फ़ाइल छोड़ने के लिए NO।
import-done = { $added ->
    [0] कोई नया बिल नहीं जुड़ा
    [one] { $added } बिल जोड़ा गया
   *[other] { $added } बिल जोड़े गए
    }{ $unchanged ->
    [0] {""}
    [one] ; { $unchanged } पहले से खाते में था
   *[other] ; { $unchanged } पहले से खाते में थे
    }{ $skipped ->
    [0] {""}
    [one] ; { $skipped } पंक्ति छोड़ी गई
   *[other] ; { $skipped } पंक्तियाँ छोड़ी गईं
    }।
import-discarded = कुछ भी इंपोर्ट नहीं किया गया।
cli-extract-field = { $field }: { $value } ({ $confidence }% भरोसा, स्रोत: { $source })
error-api-token-not-configured = यह एंडपॉइंट बंद है: ऑपरेटर ने BAKAYA_API_TOKEN सेट नहीं किया है।
error-api-token-invalid = डिप्लॉयमेंट का API टोकन "Authorization: Bearer <token>" के रूप में भेजें।
