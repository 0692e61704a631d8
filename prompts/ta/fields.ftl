# உள்ளீட்டுப் புலங்களின் பெயர்கள், பிழைச் செய்திகளில் காட்டப்படுவது போல.
field-label = { $field ->
    [principal] அசல் தொகை
    [amount] தொகை
    [accepted] ஏற்பு தேதி
    [accepted_on] ஏற்பு தேதி
    [as_of] கணக்கிடும் தேதி
    [invoice_date] பில் தேதி
    [agreed_days] ஒப்புக்கொண்ட கடன் நாட்கள்
    [bank_rate] வங்கி விகிதம்
    [payment] பணம் செலுத்துதல்
    [paid_on] பணம் செலுத்திய தேதி
    [gstin] GSTIN
    [buyer_gstin] வாடிக்கையாளரின் GSTIN
    [udyam_number] Udyam எண்
    [udyam_registered_on] Udyam பதிவு தேதி
    [phone] மொபைல் எண்
    [upi_id] UPI ஐடி
    [name] பெயர்
    [invoice_number] பில் எண்
    [reference] UTR / ரெஃபரன்ஸ் நம்பர்
    [language] மொழி
    [enterprise_type] நிறுவன வகை
    [activity] தொழில் வகை
    [rate_mode] விகித முறை
    [partial_month] முழுமையடையாத மாத விதி
    [contract_rate] ஒப்பந்த வட்டி விகிதம்
    [retailer] விற்பனையாளர்
    [today] இன்றைய தேதி
    [email] ஈமெயில்
    [From] அனுப்புநர்
    [from] அனுப்புநர்
    [Body] மெசேஜ்
    [text] மெசேஜ்
    [MessageSid] மெசேஜ் ஐடி
    [MediaUrl] இணைப்பு
    [media] இணைப்பு
    [address] முகவரி
    [notice] டிமாண்ட் நோட்டீஸ்
    [filing] ஃபைலிங்
    [application_number] விண்ணப்ப எண்
    [file] கோப்பு
    [authorization] அங்கீகாரம்
    [document] ஆவணம்
    [audio] குரல் பதிவு
    [import_file] இறக்குமதி கோப்பு
   *[other] { $field }
}
