# பிரிவு 18 ஃபைலிங் பேக் (MSME ODR போர்ட்டல்; பழைய வழக்குகளுக்கு MSME சமாதான்). அளவுருக்கள் prompts/en/filing.ftl இல் உள்ளன.

## தலைப்பு மற்றும் போர்ட்டல்

filing-title = MSMED சட்டம், 2006 பிரிவு 18-இன் கீழ் தாமதப் பணம் தொடர்பான விண்ணப்பம்: ஃபைலிங் சுருக்கம்
filing-annex-english = இணைப்பு: இந்தச் சுருக்கத்தின் ஆங்கில உரை
filing-portal-odr = MSME ODR போர்ட்டல்
filing-portal-samadhaan = MSME சமாதான் போர்ட்டல்
filing-portal-line = எங்கே ஃபைல் செய்வது: { $portal } ({ $url })
filing-filed-on = ஃபைலிங் தேதி: { $date }
filing-as-of = தொகைகள் இந்தத் தேதி வரை: { $date }
filing-eligible = விண்ணப்பதாரர் உற்பத்தி அல்லது சேவைத் தொழில் செய்யும் குறு அல்லது சிறு நிறுவனம்; ஒவ்வொரு விநியோகத்துக்கும் முன்பே Udyam-இல் பதிவு செய்துள்ளது: நிலுவைத் தொகையைப் பிரிவு 18-இன் கீழ் உதவிக் குழுமத்துக்கு (Facilitation Council) அனுப்பலாம்.
filing-not-eligible = இந்த வழக்கைப் போர்ட்டலில் ஃபைல் செய்ய முடியாது: உற்பத்தி அல்லது சேவைத் தொழில் செய்து, விநியோகத்துக்கு முன்பே Udyam-இல் பதிவு செய்த குறு, சிறு நிறுவனங்கள் மட்டுமே பிரிவு 18-இன் கீழ் தாமதப் பணத்துக்கு விண்ணப்பிக்கலாம்.
filing-not-eligible-next = Bakaya வாடிக்கையாளருக்கு நினைவூட்டல்களைத் தொடர்ந்து அனுப்பும்; டிமாண்ட் கடிதம் அனுப்பும் வழியும் உங்களுக்கு உள்ளது.
filing-reason-udyam-number-missing = Udyam எண் தெரியவில்லை: போர்ட்டலில் அதைக் கொண்டுதான் லாக் இன் செய்ய வேண்டும். Udyam சான்றிதழிலிருந்து அதைச் சேர்க்கவும்.
filing-reason-nothing-overdue = இந்த வழக்கில் கடைசி தேதி தாண்டியும் செலுத்தப்படாத பில் எதுவும் இல்லை; எனவே இப்போது அனுப்ப எதுவும் இல்லை.

## விண்ணப்பதாரர் மற்றும் வாடிக்கையாளர்

filing-applicant = விண்ணப்பதாரர் (உங்கள் தொழில்)
filing-respondent = எதிர்த் தரப்பு (வாடிக்கையாளர்)
filing-field-name = பெயர்: { $value }
filing-field-udyam = Udyam எண்: { $value }
filing-field-category = வகை: { $value }
filing-field-activity = தொழில்: { $value }
filing-field-registered-on = Udyam பதிவு தேதி: { $value }
filing-field-address = முகவரி: { $value }
filing-field-state = மாநிலம்: { $value }
filing-field-gstin = GSTIN எண்: { $value }
filing-field-no-gstin = GSTIN: பதிவு செய்யப்படவில்லை
filing-field-pan = PAN எண்: { $value }
filing-field-nic = NIC குறியீடு: { $value }
filing-field-nic-missing = NIC குறியீடு: நீங்கள் விநியோகித்த பொருள் அல்லது சேவைக்கான குறியீட்டைப் போர்ட்டலில் தேர்ந்தெடுக்கவும்
filing-field-mobile = மொபைல்: { $value }
filing-field-email = மின்னஞ்சல்: { $value }
filing-category-micro = குறு
filing-category-small = சிறு
filing-category-medium = நடுத்தர
filing-activity-manufacturing = உற்பத்தி
filing-activity-services = சேவை
filing-activity-trading = வியாபாரம்

## கோரிக்கை

filing-claim = கோரிக்கை: { $count ->
        [one] { $count } பில்
       *[other] { $count } பில்கள்
    }
filing-table-invoice = பில்
filing-table-date = தேதி
filing-table-accepted = ஏற்பு
filing-table-due = கடைசி தேதி
filing-table-amount = தொகை
filing-table-paid = செலுத்தியது
filing-table-balance = நிலுவை
filing-table-interest = வட்டி
filing-table-total = மொத்தம்
filing-table-sum = மொத்தத் தொகை
filing-principal-outstanding = நிலுவை அசல்: { $amount }
filing-interest-claimed = { $as_of } வரை கோரும் வட்டி: { $amount }
filing-total-claimed = மொத்தக் கோரிக்கை: { $amount }
filing-basis-section16 = MSMED சட்டம், 2006 பிரிவு 16-இன் வட்டி: RBI வங்கி விகிதத்தின் மூன்று மடங்கு வீதத்தில் மாதாந்திர கூட்டு வட்டி, ஒவ்வொரு கடைசி தேதிக்கும் அடுத்த நாளிலிருந்து { $as_of } வரை, { $rates } வீதத்தில். பெற்ற தொகைகள் முதலில் வட்டிக்கு வரவு வைக்கப்பட்டுள்ளன. பணம் செலுத்தும் வரை வட்டி தொடர்ந்து சேரும்.
filing-basis-contractual = ஒப்பந்தத்தில் ஒப்புக்கொண்ட வீதத்தில் { $as_of } வரையிலான வட்டி: { $rates }.
filing-basis-none = வட்டி எதுவும் கோரப்படவில்லை.
filing-rate-section16 = { $start } முதல் { $end } வரை ஆண்டுக்கு { $annual }% (RBI வங்கி விகிதம் { $bank }%-இன் மூன்று மடங்கு)
filing-rate-contractual = { $start } முதல் { $end } வரை ஆண்டுக்கு { $annual }%
filing-council = விண்ணப்பம் விண்ணப்பதாரரின் மாநிலமான { $state }-இன் குறு மற்றும் சிறு நிறுவனங்கள் உதவிக் குழுமத்துக்கு (MSEFC) செல்லும் (பிரிவு 18).

## நோட்டீஸ்களும் ஆவணங்களும்

filing-notices = வாடிக்கையாளருக்கு அனுப்பிய டிமாண்ட் நோட்டீஸ்கள்
filing-notice-served = நோட்டீஸ் { $reference }, { $served_on } அன்று அனுப்பப்பட்டது (கையொப்பமிட்ட PDF-இன் SHA-256: { $digest })
filing-notice-none = இதுவரை டிமாண்ட் நோட்டீஸ் எதுவும் அனுப்பப்படவில்லை.
filing-documents = பதிவேற்ற வேண்டிய ஆவணங்கள்
filing-document-invoice = பில் { $number } (PDF)
filing-document-notice = கையொப்பமிட்ட டிமாண்ட் நோட்டீஸ் { $reference } (PDF)
filing-document-limit = ஒவ்வொரு கோப்பும் 2 MB-க்கு மிகாத PDF ஆக இருக்க வேண்டும்; அவை பேக்கின் documents ஃபோல்டரில் உள்ளன.

## போர்ட்டலில் செய்ய வேண்டியவை

filing-steps = ஃபைல் செய்வது எப்படி
filing-step-open = { $portal }-ஐத் திறக்கவும்: { $url }
filing-step-login-odr = குறு அல்லது சிறு நிறுவனமாக உங்கள் Udyam எண் { $udyam }-ஐக் கொண்டு லாக் இன் செய்து, Udyam-இல் பதிவு செய்த மொபைலுக்கு ({ $mobile }) வரும் OTP-ஐ உள்ளிடவும்.
filing-step-login-samadhaan = "Case Filing for Entrepreneur/MSE Units"-ஐத் தேர்ந்தெடுத்து, உங்கள் Udyam எண் { $udyam }-ஐயும் Udyam-இல் பதிவு செய்த மொபைல் எண்ணையும் ({ $mobile }) உள்ளிட்டு, அந்த மொபைலுக்கு வரும் OTP-ஐ உள்ளிடவும்.
filing-step-new-odr = வாடிக்கையாளருக்கு எதிராகத் தாமதப் பணத்துக்கான புதிய விண்ணப்பத்தைத் தொடங்கவும்.
filing-step-new-samadhaan = Application List பக்கத்தில் "Application Entry"-ஐத் தேர்ந்தெடுத்து, செலுத்தப்படாத பழைய பில்லின் தேதியை உள்ளிடவும்.
filing-step-fill = ஃபைலிங் சுருக்கத்தைப் (summary.pdf) பார்த்துப் படிவத்தை நிரப்பவும்: உங்கள் தொழில் விவரங்கள், வாடிக்கையாளர் { $buyer } (GSTIN { $gstin }), { $count ->
        [one] அந்த பில்
       *[other] அந்த { $count } பில்கள்
    }, மொத்தம் { $total }. உங்கள் PAN எண்ணையும் விநியோகித்த பொருள் அல்லது சேவையின் NIC குறியீட்டையும் போர்ட்டல் கேட்கும்.
filing-step-upload = ஒவ்வொரு பில்லையும் கையொப்பமிட்ட டிமாண்ட் { $count ->
        [one] நோட்டீஸையும்
       *[other] நோட்டீஸ்களையும்
    } ({ $references }) PDF கோப்புகளாகப் பதிவேற்றவும், ஒவ்வொன்றும் 2 MB வரை: அவை பேக்கின் documents ஃபோல்டரில் உள்ளன.
filing-step-upload-no-notice = ஒவ்வொரு பில்லையும் 2 MB வரையிலான PDF கோப்பாகப் பதிவேற்றவும்: அவை பேக்கின் documents ஃபோல்டரில் உள்ளன. வாடிக்கையாளருக்கு அனுப்பிய கையொப்பமிட்ட டிமாண்ட் நோட்டீஸ் வழக்கை வலுப்படுத்தும்: Bakaya அதைத் தயாரித்துத் தரும்.
filing-step-submit = தொகைகளைச் சுருக்கத்துடன் சரிபார்த்து, உறுதிமொழியை (declaration) ஏற்று, சமர்ப்பிக்கவும்.
filing-step-odr-stages = போர்ட்டல் முதலில் வாடிக்கையாளருடன் பேசித் தீர்த்துக்கொள்ள வாய்ப்பு தரும்; அதை ஏற்கலாம் அல்லது தவிர்க்கலாம். தீர்வு ஏற்படாவிட்டால் வழக்கு { $state }-இன் குறு மற்றும் சிறு நிறுவனங்கள் உதவிக் குழுமத்துக்குச் செல்லும்.
filing-step-reply = போர்ட்டல் காட்டும் விண்ணப்ப எண்ணைக் குறித்துக்கொண்டு இங்கே எனக்கு அனுப்புங்கள்; அப்போது Bakaya வழக்கைக் கவனித்து வரும்.
