# Reminders to buyers (agents/reminder_drafting.py, agents/cultural_adaptation.py):
# the free text for email and for WhatsApp inside the 24-hour window, the email
# subject, and the festival calendar's file errors (tools/festivals.py).
# Approved WhatsApp and DLT SMS templates live in prompts/templates/*.yaml.
# Parameters: $buyer, $retailer, $invoice, $amount, $due_date, $as_of, $interest, $total,
# $days (days overdue, a number), $payment_link. Amounts and dates come formatted by tools/.

## Salutation and closing, by tone (soft: a long-standing buyer who pays on time; firm: final and overdue)

reminder-salutation-soft = Dear { $buyer },
reminder-salutation-standard = Dear { $buyer },
reminder-salutation-firm = Dear { $buyer },
reminder-closing-soft =
    Thank you for your continued business.
    Warm regards,
    { $retailer }
reminder-closing-standard =
    Thank you.
    Regards,
    { $retailer }
reminder-closing-firm =
    Regards,
    { $retailer }

## Email subject, by stage

reminder-subject-first-reminder = Invoice { $invoice }: { $amount } due on { $due_date }
reminder-subject-second-reminder = Reminder: invoice { $invoice } for { $amount } is due on { $due_date }
reminder-subject-final-reminder = Final reminder: invoice { $invoice } for { $amount } is due on { $due_date }
reminder-subject-overdue-reminder = Overdue: invoice { $invoice }, due on { $due_date }
reminder-subject-promise-follow-up = Invoice { $invoice }: your promised payment
reminder-subject-overdue-firm = Payment overdue: invoice { $invoice }, due on { $due_date }
reminder-subject-overdue-final = Final request for payment: invoice { $invoice }, due on { $due_date }

## Body, by stage (and tone for the first reminder)

reminder-body-first-reminder-soft = We hope all is well with you. This is a gentle reminder that our invoice { $invoice } for { $amount } falls due on { $due_date }. Thank you, as always, for paying on time.
reminder-body-first-reminder = This is a reminder that our invoice { $invoice } for { $amount } is due for payment on { $due_date }. We request you to kindly arrange the payment by that date.
reminder-body-second-reminder = We would like to remind you again that invoice { $invoice } for { $amount } is due on { $due_date }. Kindly arrange the payment by the due date.
reminder-body-final-reminder = This is our final reminder before the due date: invoice { $invoice } for { $amount } must be paid by { $due_date }. Please make sure the payment reaches us on time.
reminder-body-overdue-reminder = Invoice { $invoice } for { $amount } was due on { $due_date } and is now { $days ->
        [one] { $days } day
       *[other] { $days } days
    } overdue. We request you to pay it without further delay.
reminder-body-promise-follow-up = Thank you for letting us know when you will pay. As promised, kindly pay invoice { $invoice } for { $amount }, whose due date is { $due_date }.
# The overdue reminders after the first grow firmer: overdue-firm (2nd and 3rd), overdue-final (4th on).
reminder-body-overdue-firm = Despite our earlier reminders, invoice { $invoice } for { $amount }, due on { $due_date }, is still unpaid and is now { $days ->
        [one] { $days } day
       *[other] { $days } days
    } overdue. Please pay it immediately, or tell us today when you will pay.
reminder-body-overdue-final = Despite several reminders, invoice { $invoice } for { $amount }, due on { $due_date }, is still unpaid and is now { $days ->
        [one] { $days } day
       *[other] { $days } days
    } overdue. This is our final request: please pay the full amount without further delay.

## Interest so far (once overdue, when interest applies)

reminder-interest-so-far = Interest up to { $as_of }: { $interest }. Total now due: { $total }.

## Legal position: only in a firm reminder from a supplier protected by Section 16 (micro or small, not a trader)

reminder-legal-section16-upcoming = As a micro or small enterprise registered on Udyam, we are protected by the MSMED Act, 2006: if the payment is late, interest under Section 16 of the Act runs from the day after the due date at three times the RBI bank rate, compounded monthly.
reminder-legal-section16-running = As a micro or small enterprise registered on Udyam, we are protected by the MSMED Act, 2006: interest under Section 16 of the Act has been running since the day after the due date at three times the RBI bank rate, compounded monthly.
reminder-legal-43bh = Please also note that under Section 43B(h) of the Income-tax Act, 1961 (and the corresponding provision of the Income-tax Act, 2025, which applies from 1 April 2026), a purchase from a micro or small enterprise that is paid late can be deducted only in the year in which it is actually paid.

## What may follow: only in the firmest overdue reminder (section18 only from a supplier protected by Section 16)

reminder-legal-section18 = If the amount remains unpaid, we may refer the matter to the Micro and Small Enterprises Facilitation Council under Section 18 of the MSMED Act, 2006.
reminder-further-steps = If the amount remains unpaid, we may take further steps to recover it.

## Payment

reminder-payment-link = You can pay using this link: { $payment_link }
reminder-already-paid = If you have already paid, please ignore this message or reply with the payment reference.
# The value of the payment-details variable of a template when there is no payment link.
reminder-payment-details-none = as per the invoice
reminder-amount-balance = { $balance } (the balance of { $amount })

## Festival calendar file (tools/festivals.py; $path, $line, $value, $name, $expected)

error-festival-file-unreadable = The festival calendar { $path } cannot be read. Check that it exists and is a UTF-8 CSV file.
error-festival-file-header = The festival calendar { $path } must begin with the header line { $expected }.
error-festival-file-date = The festival calendar { $path }, line { $line }: “{ $value }” is not a date in the form YYYY-MM-DD.
error-festival-file-name = The festival calendar { $path }, line { $line }: the festival has no name.
error-festival-file-regions = The festival calendar { $path }, line { $line }: “{ $value }” is not a list of regions. Write ALL, or two-letter state codes separated by “;”, for example TN;KL.
error-festival-file-confidence = The festival calendar { $path }, line { $line }: “{ $value }” is not one of { $expected }.
error-festival-file-duplicate = The festival calendar { $path }, line { $line }: { $name } on { $value } is already listed.
error-festival-file-empty = The festival calendar { $path } lists no festivals: add one line per festival day, for example 2026-11-08,Diwali,ALL,listed,central list.
reminder-notice-served = A demand notice ({ $reference }) was served on you on { $date } for this amount.
