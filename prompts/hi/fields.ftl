# इनपुट फ़ील्ड के नाम, जैसे त्रुटि संदेश दिखाते हैं।
field-label = { $field ->
    [principal] मूल रकम
    [amount] रकम
    [accepted] स्वीकृति की तारीख
    [accepted_on] स्वीकृति की तारीख
    [as_of] गणना की तारीख
    [invoice_date] बिल की तारीख
    [agreed_days] उधार के तय दिन
    [bank_rate] बैंक रेट
    [payment] पेमेंट
    [paid_on] पेमेंट की तारीख
    [gstin] GSTIN
    [buyer_gstin] ग्राहक का GSTIN
    [udyam_number] Udyam नंबर
    [udyam_registered_on] Udyam रजिस्ट्रेशन की तारीख
    [phone] फ़ोन नंबर
    [upi_id] UPI आईडी
    [name] नाम
    [invoice_number] बिल नंबर
    [reference] UTR/रेफ़रेंस नंबर
    [language] भाषा
    [enterprise_type] बिज़नेस का प्रकार (सूक्ष्म, लघु, मध्यम)
    [activity] बिज़नेस का काम
    [rate_mode] दर पद्धति
    [partial_month] अधूरे महीने का नियम
    [contract_rate] कॉन्ट्रैक्ट की ब्याज दर
    [retailer] विक्रेता
    [today] आज की तारीख
    [email] ईमेल
    [From] भेजने वाला
    [from] भेजने वाला
    [Body] मैसेज
    [text] मैसेज
    [MessageSid] मैसेज आईडी
    [MediaUrl] अटैचमेंट
    [media] अटैचमेंट
    [address] पता
    [notice] डिमांड नोटिस
    [filing] फ़ाइलिंग
    [application_number] आवेदन नंबर
    [file] फ़ाइल
    [authorization] प्राधिकरण
    [document] दस्तावेज़
    [audio] वॉइस नोट
    [import_file] इंपोर्ट की फ़ाइल
   *[other] { $field }
}
