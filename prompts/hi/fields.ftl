# इनपुट फ़ील्ड के नाम, जैसे त्रुटि संदेश दिखाते हैं।
field-label = { $field ->
    [principal] मूलधन
    [amount] राशि
    [accepted] स्वीकृति की तारीख
    [accepted_on] स्वीकृति की तारीख
    [as_of] गणना की तारीख
    [invoice_date] बिल की तारीख
    [agreed_days] तय उधार दिन
    [bank_rate] बैंक दर
    [payment] भुगतान
    [paid_on] भुगतान की तारीख
    [gstin] GSTIN
    [buyer_gstin] खरीदार का GSTIN
    [udyam_number] उद्यम नंबर
    [udyam_registered_on] उद्यम पंजीकरण की तारीख
    [phone] फ़ोन नंबर
    [upi_id] UPI आईडी
    [name] नाम
    [invoice_number] बिल नंबर
    [reference] भुगतान संदर्भ
    [language] भाषा
    [enterprise_type] उद्यम का प्रकार
    [activity] गतिविधि
    [rate_mode] दर पद्धति
    [partial_month] अधूरे महीने का नियम
    [contract_rate] अनुबंध ब्याज दर
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
   *[other] { $field }
}
