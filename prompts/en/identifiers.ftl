# Errors from tools/gstin.py, udyam.py, phone.py, money.py, dates.py and upi.py.
# Every message gets $field; the others are listed beside each group.

## GSTIN ($gstin, normalised; $length, $state_code, $pan, $entity, $expected, $found)

error-gstin-length = { $length ->
    [0] The GSTIN is empty: a GSTIN has exactly 15 characters.
    [one] GSTIN { $gstin } has only 1 character: a GSTIN has exactly 15.
   *[other] GSTIN { $gstin } has { $length } characters: a GSTIN has exactly 15.
}
error-gstin-format = GSTIN { $gstin } should contain only the letters A–Z and the digits 0–9, and begin with the two-digit state code.
error-gstin-state-code = GSTIN { $gstin } begins with { $state_code }, which is not a GST state code (01–38, 97 or 99, except 25 and 28).
error-gstin-state-code-legacy = GSTIN { $gstin } begins with the old state code { $state_code }, which is no longer used (25 became 26 in 2020; Andhra Pradesh is 37). Please check the current GSTIN on the GST portal.
error-gstin-pan = GSTIN { $gstin }: characters 3 to 12 ({ $pan }) should be the holder's PAN: 5 letters, 4 digits (not 0000) and a letter, with the holder type as the 4th letter (for example C for a company, P for a person, F for a firm).
error-gstin-entity-number = GSTIN { $gstin }: the 13th character (the registration number within the state) cannot be { $entity }; it is 1–9 or A–Z.
error-gstin-default-z = GSTIN { $gstin }: the 14th character should be Z, not { $found }.
error-gstin-check-character = GSTIN { $gstin }: check character should be { $expected }, not { $found }.

## Udyam ($value as typed; $udyam_number normalised, $state, $suggestion or "none")

error-udyam-format = “{ $value }” is not a Udyam registration number; it should look like UDYAM-MH-26-0012345 (UDYAM, the state letters, the 2-digit district number and the 7-digit serial).
error-udyam-state = { $suggestion ->
    [none] { $udyam_number }: { $state } is not a state code used by the Udyam portal.
   *[other] { $udyam_number }: { $state } is not a state code used by the Udyam portal; did you mean { $suggestion }?
}

## Phone (no parameters: the number is never echoed, so the message is safe to log)

error-phone-invalid = That is not an Indian mobile number. Please send the 10-digit number starting with 6, 7, 8 or 9, for example 98765 43210 (with or without +91).

## Amounts ($value as typed)

error-amount-invalid = “{ $value }” is not an amount in rupees. Write it in figures with at most 2 decimal places, for example 1,20,000 or 1,20,000.50 or 1.2 lakh.
error-amount-not-positive = The amount must be more than zero; “{ $value }” is not.
error-amount-too-large = “{ $value }” is more than the largest amount Bakaya records ({ $limit }, that is 1,000 crore). Check the number of zeros.
error-udyam-already-registered = The Udyam number { $number } is already registered with Bakaya by another mobile number. If it is yours, please write to the Bakaya operator; your attempt has been noted.

## Dates ($field, which InputError shows as its label from fields.ftl; $value, $format)

error-date-invalid = { $field }: “{ $value }” is not a date in the form { $format }, for example 2026-10-03.

## UPI ($value; $max_length)

error-upi-id-invalid = “{ $value }” is not a UPI ID. A UPI ID looks like name@bank, for example shop.name@okicici.
error-upi-reference-invalid = “{ $value }” cannot be used as a UPI payment reference: it may have up to { $max_length ->
        [one] { $max_length } character
       *[other] { $max_length } characters
    }, only letters, digits, dots, hyphens, slashes or underscores.
