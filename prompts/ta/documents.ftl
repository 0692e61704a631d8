# Invoice documents a retailer sends: photos, PDFs and accounting exports
# (tools/invoice_document.py, agents/extraction.py, agents/flows/documents.py).
error-document-empty = கோப்பு காலியாக உள்ளது. பில்லின் புகைப்படம் அல்லது PDF-ஐ மீண்டும் அனுப்புங்கள்.
error-document-type = பில்லின் புகைப்படம் (JPEG, PNG, HEIC), PDF, மற்றும் Tally (XML), Excel (.xlsx) அல்லது CSV ஏற்றுமதிகளை என்னால் படிக்க முடியும். இந்தக் கோப்பு இவற்றில் எதுவும் இல்லை.
error-document-too-large = கோப்பு { $megabytes } MB-ஐ விடப் பெரியது. சிறிய புகைப்படம் அல்லது PDF அனுப்புங்கள், உதாரணமாக ஒரு முறைக்கு ஒரு பில்.
error-document-corrupt = கோப்பு சேதமடைந்துள்ளது அல்லது முழுமையாக இல்லை, திறக்க முடியவில்லை. மீண்டும் அனுப்புங்கள்.
error-document-encrypted = இந்த PDF கடவுச்சொல்லால் பூட்டப்பட்டுள்ளது. கடவுச்சொல் இல்லாமல் சேமித்து மீண்டும் அனுப்புங்கள்.
error-document-too-many-pages = PDF-இல் { $pages ->
    [one] { $pages } பக்கத்துக்கு
   *[other] { $pages } பக்கங்களுக்கு
    } மேல் உள்ளன. ஒரு முறைக்கு ஒரு பில் அனுப்புங்கள்.
error-document-too-many-pixels = இந்தப் படம் ஒரு பில்லின் புகைப்படமாக இருக்க மிகவும் பெரியது. சாதாரண புகைப்படம் அனுப்புங்கள்.
error-document-unreadable = { $path } கோப்பைத் திறக்க முடியவில்லை.
error-document-download = நீங்கள் அனுப்பிய கோப்பைப் பதிவிறக்க முடியவில்லை. தயவுசெய்து மீண்டும் அனுப்புங்கள்.
document-read = { $pages ->
    [one] நீங்கள் அனுப்பிய பில்லைப் படித்தேன்.
   *[other] நீங்கள் அனுப்பிய பில்லைப் படித்தேன் ({ $pages } பக்கங்கள்).
    }
document-check = இவை தெளிவாகப் படிக்கவில்லை, சரிபார்க்கவும்: { $fields }.
document-field = { $field ->
    [invoice_number] பில் எண்
    [invoice_date] பில் தேதி
    [total] மொத்தத் தொகை
    [gstin_seller] உங்கள் GSTIN
    [gstin_buyer] வாடிக்கையாளரின் GSTIN
   *[udyam] Udyam எண்
    }
document-page-added = அதே பில்லின் பக்கம் { $pages } ஆகச் சேர்த்தேன்.
document-not-invoice = இந்த ஆவணம் கிரெடிட் அல்லது டெபிட் நோட், விற்பனை பில் அல்ல; அதனால் சேர்க்கவில்லை.
document-qr-unverified = இந்த ஆவணத்தின் இ-இன்வாய்ஸ் QR குறியீடு கையொப்பச் சரிபார்ப்பில் தேறவில்லை; அதனால் அச்சிட்ட எழுத்துகளைப் படித்தேன். ஒவ்வொரு எண்ணையும் சரிபார்க்கவும்.
document-duplicate-invoice = பில் { $number } ({ $buyer }, { $amount }) ஏற்கனவே உங்கள் கணக்கில் உள்ளது; எதுவும் சேர்க்கவில்லை. பார்க்க "{ $number } status" அனுப்புங்கள்.
document-duplicate-file = இதே ஆவணத்தை { $date } அன்று அனுப்பினீர்கள்; அது உங்கள் கணக்கில் பில் { $number }. எதுவும் சேர்க்கவில்லை.
document-not-retailer = பில்களைச் சேர்க்க முதலில் உங்கள் தொழிலைப் பதிவு செய்யுங்கள்: தொடங்க "hi" அனுப்புங்கள்.
import-preview = { $count ->
    [one] { $file } கோப்பில் { $count } விற்பனை பில் உள்ளது, மொத்தம் { $total }.
   *[other] { $file } கோப்பில் { $count } விற்பனை பில்கள் உள்ளன, மொத்தம் { $total }.
    }
import-preview-none = { $file } கோப்பில் இறக்குமதி செய்யக்கூடிய விற்பனை பில் எதுவும் இல்லை.
import-preview-skipped = { $count ->
    [one] { $count } வரி தவிர்க்கப்படும்:
   *[other] { $count } வரிகள் தவிர்க்கப்படும்:
    }
import-preview-row = வரி { $row }: { $reason }
import-preview-more = { $count ->
    [one] …மேலும் { $count } வரி.
   *[other] …மேலும் { $count } வரிகள்.
    }
import-paid-warning = எந்த பில்கள் ஏற்கனவே செலுத்தப்பட்டன என்று ஏற்றுமதியில் இருக்காது: நீங்கள் பணம் வந்ததைப் பதிவு செய்யும் வரை, இறக்குமதி செய்த ஒவ்வொரு பில்லும் நிலுவையாகக் கருதப்படும், வாடிக்கையாளருக்கு நினைவூட்டலும் போகும்.
import-confirm = இறக்குமதி செய்ய YES அனுப்புங்கள், கோப்பை விட்டுவிட NO அனுப்புங்கள்.
import-done = { $added ->
    [0] புதிய பில் எதுவும் சேர்க்கப்படவில்லை
    [one] { $added } பில் சேர்க்கப்பட்டது
   *[other] { $added } பில்கள் சேர்க்கப்பட்டன
    }{ $unchanged ->
    [0] {""}
    [one] ; { $unchanged } ஏற்கனவே கணக்கில் இருந்தது
   *[other] ; { $unchanged } ஏற்கனவே கணக்கில் இருந்தன
    }{ $skipped ->
    [0] {""}
    [one] ; { $skipped } வரி தவிர்க்கப்பட்டது
   *[other] ; { $skipped } வரிகள் தவிர்க்கப்பட்டன
    }.
import-discarded = எதுவும் இறக்குமதி செய்யப்படவில்லை.
cli-extract-field = { $field }: { $value } ({ $confidence }% உறுதி, மூலம்: { $source })
error-api-token-not-configured = இந்த எண்ட்பாயிண்ட் மூடப்பட்டுள்ளது: இயக்குநர் BAKAYA_API_TOKEN அமைக்கவில்லை.
error-api-token-invalid = டிப்ளாய்மென்ட்டின் API டோக்கனை "Authorization: Bearer <token>" என அனுப்புங்கள்.
