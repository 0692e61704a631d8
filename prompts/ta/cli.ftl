# கட்டளை வரி மற்றும் இயக்குநர் செய்திகள்.
cli-error = பிழை: { $message }
cli-gstin-valid = { $gstin }: சரியானது ({ $state })
cli-gstin-invalid = { $gstin }: தவறானது: { $reason }
cli-db-ready = தரவுத்தளம் தயார்.
cli-saved = சேமிக்கப்பட்டது.
cli-serving = Bakaya { $url }-இல் இயங்குகிறது
cli-audit-intact = தணிக்கைப் பதிவு முழுமையாக உள்ளது: { $rows ->
        [one] { $rows } வரிசை சரிபார்க்கப்பட்டது
       *[other] { $rows } வரிசைகள் சரிபார்க்கப்பட்டன
    }.
cli-audit-edited = தணிக்கைப் பதிவு உடைந்துள்ளது: வரிசை { $seq } எழுதப்பட்ட பின் மாற்றப்பட்டது.
cli-audit-deleted = தணிக்கைப் பதிவு உடைந்துள்ளது: வரிசை { $seq } நீக்கப்பட்டது.
cli-audit-relinked = தணிக்கைப் பதிவு உடைந்துள்ளது: வரிசை { $seq } அதற்கு முந்தைய வரிசையுடன் இணையவில்லை (அந்த வரிசை மாற்றப்பட்டது அல்லது நீக்கப்பட்டது).

quote-due-date = கடைசி தேதி (பிரிவு 15): { $date }
quote-interest-from = வட்டி தொடங்கும் தேதி: { $date }
quote-days-overdue = தாமதமான நாட்கள்: { $days }
quote-months-complete = முழு மாதங்கள்: { $months }
quote-principal-outstanding = நிலுவை அசல்: { $amount }
quote-interest = இதுவரை வட்டி: { $amount }
quote-total-due = மொத்தம் செலுத்த வேண்டியது: { $amount }
quote-basis-section16 = அடிப்படை: MSMED சட்டம், 2006 பிரிவு 16 — RBI வங்கி விகிதத்தின் மூன்று மடங்கில் மாதாந்திர கூட்டு வட்டி.
quote-basis-contractual = அடிப்படை: ஒப்பந்தத்தில் ஒப்புக்கொண்ட வட்டி விகிதம் (பிரிவு 16 பொருந்தாது).
quote-basis-none = வட்டி கோரப்படவில்லை: பிரிவு 16 பொருந்தாது, வட்டி விகிதமும் ஒப்புக்கொள்ளப்படவில்லை.
quote-convention = RBI வங்கி விகிதம்: { $rate_mode ->
        [frozen] வட்டி தொடங்கிய நாளின் விகிதம், முழுக் காலத்துக்கும்
       *[floating] ஒவ்வொரு மாதக் காலமும் தொடங்கும்போது நடைமுறையில் உள்ள விகிதம்
    }; முழுமையடையாத மாதம்: { $partial ->
        [ignored] கணக்கில் சேர்க்கப்படவில்லை (முழு மாதங்கள் மட்டும்)
        [actual-365] ஆண்டு விகிதம் × நாட்கள் ÷ 365
       *[period-fraction] மாத விகிதம் × கடந்த நாட்கள் ÷ அந்த மாதக் காலத்தின் நாட்கள்
    }.

error-required = { $field } கட்டாயம் தேவை.
error-choice-invalid = { $field }: "{ $value }" இவற்றில் ஒன்றல்ல: { $allowed }.
error-already-registered = { $phone } என்ற எண் ஏற்கனவே பதிவு செய்யப்பட்டுள்ளது.
error-buyer-exists = GSTIN { $gstin } உள்ள வாடிக்கையாளர் ஏற்கனவே உங்கள் பட்டியலில் உள்ளார்.
error-invoice-exists = பில் { $number } ஏற்கனவே பதிவு செய்யப்பட்டுள்ளது.
error-date-in-future = { $field }: { $value } எதிர்காலத் தேதி.
error-invoice-closed = பில் { $number } ஏற்கனவே முடிக்கப்பட்டது ({ $status }).
error-payment-date-before-invoice = பணம் செலுத்திய தேதி ({ $paid_on }) பில் தேதிக்கு ({ $invoice_date }) முன்னதாக இருக்க முடியாது.
error-payment-format = பணம் செலுத்தியதை தேதி:தொகை என எழுதவும், எ.கா. 2026-03-01:25000 (கிடைத்தது "{ $value }").
error-rate-invalid = { $field }: "{ $value }" 0 முதல் 100 வரையிலான சதவீத விகிதம் அல்ல.
error-retailer-unknown = { $phone } என்ற எண்ணில் எந்த விற்பனையாளரும் பதிவு செய்யப்படவில்லை.
error-buyer-unknown = GSTIN { $gstin } உள்ள வாடிக்கையாளர் இந்த விற்பனையாளரின் பட்டியலில் இல்லை.
error-invoice-unknown = { $number } என்ற எண்ணுள்ள பில் கிடைக்கவில்லை.
cli-sandbox-at = சாண்ட்பாக்ஸ் அரட்டைப் பக்கம்: { $url }
cli-parsed = நோக்கம்: { $intent }, மொழி: { $language }, ஸ்லாட்கள்: { $slots }
cli-worker-started = வொர்க்கர் தொடங்கியது (ஒரே நேரத்தில் { $concurrency ->
        [one] { $concurrency } வேலை
       *[other] { $concurrency } வேலைகள்
    }). நிறுத்த Ctrl+C அழுத்தவும்.
cli-monitor-ran = மானிட்டர் இயங்கியது: { $sent ->
        [one] { $sent } மெசேஜ் அனுப்பப்பட்டது
       *[other] { $sent } மெசேஜ்கள் அனுப்பப்பட்டன
    }, { $summaries ->
        [one] { $summaries } தினசரிச் சுருக்கம்
       *[other] { $summaries } தினசரிச் சுருக்கங்கள்
    }.
cli-understood = நோக்கம்: { $intent }, மொழி: { $language }, உறுதியளித்த தேதி: { $date }, ரெஃபரன்ஸ் நம்பர்: { $reference }
cli-set-aside-none = எந்த மெசேஜும் தனியாக வைக்கப்படவில்லை.
cli-set-aside-line = #{ $id } { $received } { $channel } { $sender } ({ $attempts ->
        [one] { $attempts } முறை முயற்சி
       *[other] { $attempts } முறை முயற்சி
    }): { $error }
cli-retried = மெசேஜ் #{ $id } மீண்டும் செயலாக்கப்பட்டது.
cli-not-set-aside = மெசேஜ் #{ $id } தனியாக வைக்கப்படவில்லை.

# bakaya notice verify FILE. அளவுருக்கள் prompts/en/cli.ftl இல் உள்ளன.
cli-notice-valid = சரியானது: இது டிமாண்ட் நோட்டீஸ் { $reference }, பதிப்பு { $version }, { $signed_at } அன்று கையொப்பமிடப்பட்டது; { $state }.
cli-notice-unknown = பதிவில் இல்லை: இங்கிருந்து வெளியான எந்த நோட்டீஸிலும் இந்த உள்ளடக்கம் இல்லை. கோப்பு மாற்றப்பட்டுள்ளது, அல்லது இங்கிருந்து வெளியானது அல்ல.
cli-notice-bad-signature = நோட்டீஸ் { $reference }, பதிப்பு { $version }-இன் பதிவிலுள்ள கையொப்பம் பொருந்தவில்லை: இந்தக் கோப்பை நம்ப வேண்டாம்.
cli-notice-state-approved = இந்தப் பதிப்புக்கு நிறுவனம் ஒப்புதல் தந்தது
cli-notice-state-not-approved = இந்தப் பதிப்புக்கு ஒப்புதல் இல்லை (வரைவு, அல்லது பிந்தைய பதிப்பால் மாற்றப்பட்டது)
error-file-unreadable = { $path } கோப்பைப் படிக்க முடியவில்லை.
