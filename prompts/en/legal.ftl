# Errors, warnings and eligibility reasons from tools/due_date.py, bank_rate.py,
# eligibility.py and interest.py (MSMED Act 2006 ss.15-16).
# Every error gets $field; the other parameters are listed beside each group.

## Due date, s.15 ($accepted_on, $invoice_date; $agreed_days; warning: $agreed_days, $cap)

error-acceptance-before-invoice = The acceptance date ({ $accepted_on }) cannot be before the invoice date ({ $invoice_date }).
error-agreed-days-negative = The agreed credit days cannot be negative ({ $agreed_days }): give the number of days agreed in writing, from 0 to 45, or leave it empty if there is no written agreement.
warning-credit-period-capped = The agreed credit period of { $agreed_days ->
        [one] { $agreed_days } day
       *[other] { $agreed_days } days
    } is longer than the law allows: Section 15 of the MSMED Act does not allow more than { $cap ->
        [one] { $cap } day
       *[other] { $cap } days
    } from acceptance, so payment is due { $cap ->
        [one] { $cap } day
       *[other] { $cap } days
    } after acceptance and interest runs from the day after.

## Interest, s.16 ($as_of, $paid_on, $invoice_date)

error-as-of-before-invoice = The as-of date ({ $as_of }) cannot be before the invoice date ({ $invoice_date }): interest is worked out as of a day on or after the invoice date.
error-payment-before-invoice = The payment dated { $paid_on } is before the invoice date ({ $invoice_date }): a payment against this invoice cannot be earlier than the invoice. Please check the payment date.
error-payment-after-as-of = The payment dated { $paid_on } is after the as-of date ({ $as_of }): a quote counts only payments made on or before that date.

## Bank Rate ($day, $first_day; files: $path, $line, $value, $previous, $expected)

error-bank-rate-unknown = The RBI Bank Rate on { $day } is not known: the bank rate table starts on { $first_day }. Add the earlier rate to the table or give the bank rate to use.
error-bank-rate-file-unreadable = The bank rate file { $path } cannot be read. Check that it exists and is a UTF-8 CSV file.
error-bank-rate-file-header = The bank rate file { $path } must begin with the header line { $expected }.
error-bank-rate-file-date = The bank rate file { $path }, line { $line }: “{ $value }” is not a date in the form YYYY-MM-DD.
error-bank-rate-file-rate = The bank rate file { $path }, line { $line }: “{ $value }” is not a bank rate. Write the rate in percent, more than 0 and less than 100, for example 5.50.
error-bank-rate-file-order = The bank rate file { $path }, line { $line }: the date { $value } must be later than the date on the line before ({ $previous }). List each change once, oldest first.
error-bank-rate-file-empty = The bank rate file { $path } has no rates: add one line per change, for example 2025-12-05,5.50,RBI.

## Who may claim Section 16 interest ($registered_on, $supply_date)

eligibility-medium-enterprise = A medium enterprise has no right to Section 16 interest: Chapter V of the MSMED Act protects only micro and small enterprises.
eligibility-trader = Traders (retail and wholesale trade) registered on Udyam get no delayed-payment rights under Sections 15 to 18 (Ministry of MSME office memoranda of 2021). Reminders, and any late-payment interest agreed in the contract, still apply.
eligibility-registered-after-supply = The Udyam registration ({ $registered_on }) is later than the supply ({ $supply_date }): Section 16 covers only supplies made on or after the date of registration.
eligibility-not-registered = The business has no Udyam registration: the MSMED Act's delayed-payment rights (Sections 15 to 18: statutory interest, the Facilitation Council) cover only suppliers registered on Udyam before the supply. Registering on the Udyam portal is free and covers later supplies.
eligibility-registration-date-unknown = The Udyam registration date is not known: Section 16 applies only if the enterprise was registered on or before the supply. Please add the date from the Udyam certificate.
eligibility-enterprise-type-unknown = The enterprise type (micro, small or medium) is not known: Section 16 applies only to micro and small enterprises. Please add it from the Udyam certificate.
eligibility-activity-unknown = The activity (manufacturing, services or trading) is not known: Section 16 does not apply to traders. Please say what the business does.
