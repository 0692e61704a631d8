# கணக்கு மென்பொருள் ஏற்றுமதியிலிருந்து பில்களை ஒரே நேரத்தில் சேர்த்தல் (tools/invoice_import.py).
error-import-file-empty = கோப்பு காலியாக உள்ளது. உங்கள் கணக்கு மென்பொருளின் ஏற்றுமதியை அனுப்புங்கள் (Tally XML, Excel அல்லது CSV).
error-import-file-too-large = கோப்பு { $size_mb } MB; வரம்பு { $limit_mb } MB. குறைந்த காலத்துக்கான ஏற்றுமதியை அனுப்புங்கள், எ.கா. ஒரு மாதம்.
error-import-file-too-many-rows = கோப்பில் { $limit ->
    [one] { $limit } வரிக்கு
   *[other] { $limit } வரிகளுக்கு
    } மேல் உள்ளன. குறைந்த காலத்துக்கான ஏற்றுமதியை அனுப்புங்கள், எ.கா. ஒரு மாதம்.
error-import-file-type = Tally XML ஏற்றுமதி, Excel (.xlsx), CSV கோப்புகளை என்னால் படிக்க முடியும். இந்தக் கோப்பு இவற்றில் எதுவும் இல்லை.
error-import-file-xls = இது பழைய Excel (.xls) அல்லது கடவுச்சொல் உள்ள கோப்பு. Excel-இல் திறந்து கடவுச்சொல் இல்லாமல் .xlsx அல்லது CSV ஆக சேமித்து மீண்டும் அனுப்புங்கள்.
error-import-file-unreadable = கோப்பு சேதமடைந்துள்ளது அல்லது படிக்க முடியவில்லை. கணக்கு மென்பொருளிலிருந்து மீண்டும் ஏற்றுமதி செய்து புதிய கோப்பை அனுப்புங்கள்.
error-import-file-no-header = முதல் வரிகளில் நெடுவரிசைப் பெயர்கள் (பில் எண், தேதி, வாடிக்கையாளர், மொத்தம்) கிடைக்கவில்லை. தலைப்பு வரியுடன் ஏற்றுமதியை அனுப்புங்கள்.
error-import-file-no-vouchers = இந்த Tally கோப்பில் வவுச்சர்கள் இல்லை. Tally-இல் விற்பனை வவுச்சர்களை (Day Book அல்லது Sales Register) XML ஆக ஏற்றுமதி செய்யுங்கள்.
cli-import-progress = பில்கள் சேர்க்கப்படுகின்றன
cli-import-done = { $added ->
    [0] புதிய பில் எதுவும் சேர்க்கப்படவில்லை
    [one] { $added } பில் சேர்க்கப்பட்டது
   *[other] { $added } பில்கள் சேர்க்கப்பட்டன
    }; { $unchanged ->
    [one] { $unchanged } பில் ஏற்கனவே கணக்கில் இருந்தது
   *[other] { $unchanged } பில்கள் ஏற்கனவே கணக்கில் இருந்தன
    }; { $skipped ->
    [one] { $skipped } வரி விடப்பட்டது
   *[other] { $skipped } வரிகள் விடப்பட்டன
    }.
cli-import-dry-run = சரிபார்ப்பு மட்டும், எதுவும் சேமிக்கப்படவில்லை: { $added ->
    [0] புதிய பில் எதுவும் சேர்க்கப்படாது
    [one] { $added } பில் சேர்க்கப்படும்
   *[other] { $added } பில்கள் சேர்க்கப்படும்
    }; { $unchanged ->
    [one] { $unchanged } பில் ஏற்கனவே கணக்கில் உள்ளது
   *[other] { $unchanged } பில்கள் ஏற்கனவே கணக்கில் உள்ளன
    }; { $skipped ->
    [one] { $skipped } வரி விடப்படும்
   *[other] { $skipped } வரிகள் விடப்படும்
    }.
cli-import-skipped-row = வரி { $row }: { $reason }
import-skip-reason = { $reason ->
    [not-a-sale] விற்பனை பில் அல்ல
    [credit-note] கிரெடிட் நோட் அல்லது விற்பனை ரிட்டர்ன்
    [debit-note] டெபிட் நோட்
    [receipt] ரசீது, பில் அல்ல
    [payment] பணம் செலுத்தியது, பில் அல்ல
    [purchase] கொள்முதல்
    [sales-order] சேல்ஸ் ஆர்டர், பில் அல்ல
    [estimate] மதிப்பீடு அல்லது கொட்டேஷன்
    [cancelled] ரத்து செய்யப்பட்டது
    [deleted] நீக்கப்பட்டது
    [draft] வரைவு
    [optional-voucher] ஆப்ஷனல் (புரோ-ஃபார்மா) வவுச்சர்
    [missing-invoice-number] பில் எண் இல்லை
    [missing-date] பில் தேதி இல்லை
    [bad-date] தேதியைப் படிக்க முடியவில்லை
    [missing-buyer] வாடிக்கையாளர் பெயர் இல்லை
    [invalid-gstin] GSTIN சரியில்லை
    [missing-amount] தொகை இல்லை
    [bad-amount] தொகையைப் படிக்க முடியவில்லை
    [amount-not-positive] தொகை பூஜ்யம் அல்லது கழிவு
    [ambiguous-total] பில்லின் வரிகளில் மொத்தம் வேறுபடுகிறது
    [duplicate-in-file] இதே பில் எண் கோப்பில் முன்பே உள்ளது
    [invoice-exists] இந்த எண்ணுள்ள பில் வேறு விவரங்களுடன் ஏற்கனவே கணக்கில் உள்ளது
   *[other] ஏற்கப்படவில்லை ({ $reason })
    }
