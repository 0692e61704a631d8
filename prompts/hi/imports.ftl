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
