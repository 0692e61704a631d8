# The conversation with retailers and buyers (WhatsApp, SMS, sandbox).

## Onboarding
onboarding-welcome = Welcome to Bakaya! I help your business get paid on time: I keep your invoices, remind your buyers before the due date and work out the interest the MSMED Act gives you. First, which language would you like?
onboarding-language-option = { $number } - English
onboarding-language-again = Please reply with 1, 2 or 3.
onboarding-ask-udyam = What is your Udyam registration number? It looks like UDYAM-TN-02-0012345. If you don't have one, reply NONE.
onboarding-no-udyam = Without an Udyam registration made before the supply, the MSMED Act's delayed-payment rights (Sections 15 to 18: statutory interest and the Facilitation Council) do not apply. I will still keep your invoices and remind your buyers.
onboarding-ask-udyam-date = On what date was your business registered on Udyam? (for example 10 January 2024)
onboarding-date-not-understood = I could not read that date.
onboarding-udyam-date-noted = Noted: registered on { $date }.
onboarding-ask-enterprise-type = Is your enterprise 1 - Micro, 2 - Small or 3 - Medium (as on your Udyam certificate)?
onboarding-medium-not-protected = Please note: medium enterprises do not get the MSMED Act's delayed-payment protection (Sections 15 to 18 cover only micro and small suppliers). I will still keep your invoices, remind your buyers and track what is owed, and can claim interest at a rate your contract states.
onboarding-ask-activity = What does your business do? 1 - Manufacturing, 2 - Services, 3 - Trading (buying and selling goods)
onboarding-trader-not-protected = Please note: since 2021, traders (retail and wholesale) may register on Udyam but get no delayed-payment rights under Sections 15 to 18 of the MSMED Act: no statutory interest and no Facilitation Council case. I will still keep your invoices, remind your buyers, and can send a demand letter claiming the interest rate your invoice or contract states.
onboarding-ask-name = What is your business name?
onboarding-ask-upi = Your UPI id, so buyers can pay you with one tap (for example lakshmitex@okaxis)? Reply SKIP to add it later.
onboarding-ask-consent = Last step: Bakaya will store your business and invoice details and message your buyers on your behalf. Reply YES to accept the terms, or NO.
onboarding-consent-needed = I can only continue once you accept the terms. Reply YES when you are ready.
onboarding-done = All set, { $name }! You are registered.

## Help, language, cancel
help-text = You can write to me in your own words, for example:
    • INV-42 to 33AAACR5055K1ZE Rs 1,20,000 on 3 Oct, 30 days credit (add an invoice)
    • show pending
    • INV-42 status
    • INV-42 paid 50000 UTR 123456789012 on 5 Nov
    • who is 27AAPFU0939F1ZV (look up a buyer)
    • change language
    • cancel (stop what we are doing)
language-ask = Which language would you like?
language-changed = Done, I will write to you in English from now on.
cancelled = Cancelled. Nothing was saved.
nothing-to-cancel = There is nothing to cancel.
not-understood = Sorry, I did not understand that.
confirm-yes-no = Reply YES to save or NO to cancel.

## Adding an invoice
invoice-ask-invoice-number = What is the invoice number?
invoice-ask-buyer = Who is the buyer? Send their GSTIN or their name.
invoice-ask-buyer-name = What is the buyer's name?
invoice-ask-buyer-phone = What is { $name }'s mobile number, for reminders? Reply SKIP if you don't have it.
invoice-ask-amount = What is the invoice amount?
invoice-ask-invoice-date = What is the invoice date?
invoice-ask-accepted-on = When did the buyer receive (accept) the goods or services? Reply SAME if it was on the invoice date ({ $date }).
invoice-ask-agreed-days = How many days of credit did the buyer agree to in writing? Reply NONE if there is no written agreement (then the law gives 15 days).
invoice-credit-days = { $days ->
    [one] { $days } day of credit
   *[other] { $days } days of credit
}
invoice-credit-none = no written credit agreement (15 days by law)
invoice-confirm = Please check:
    Invoice { $number } to { $buyer }
    Amount: { $amount }
    Invoice date: { $invoice_date }, accepted on { $accepted_on }
    { $credit }
    Payment due by: { $due_date }
invoice-discarded = OK, I have not saved that invoice.
invoice-saved = Saved invoice { $number }. Payment is due by { $due_date }.
invoice-reminders-planned = I will remind the buyer on { $dates }.
invoice-reminders-none-no-contact = I have no mobile number or email for { $buyer }, so no reminders can go to them; I will still alert you before and after the due date.
invoice-reminders-none-opted-out = { $buyer } has asked not to get our messages, so no reminders will go to them; I will still alert you before and after the due date.
invoice-ask-which = Which invoice? Send its number.
invoice-not-found = I could not find invoice { $number }.
invoice-overdue-days = { $days ->
    [one] { $days } day overdue
   *[other] { $days } days overdue
}
invoice-paid-on-time = paid on { $date }, on time
invoice-paid-late = paid on { $date }, { $days ->
    [one] { $days } day late
   *[other] { $days } days late
}
invoice-due-today = due today
invoice-due-in-days = { $days ->
    [one] due in { $days } day
   *[other] due in { $days } days
}
invoice-detail = Invoice { $number } ({ $status })
    Buyer: { $buyer }
    Amount: { $amount }, invoice date { $invoice_date }
    Due by { $due_date }: { $timing }
    Paid so far: { $paid }
    Interest so far: { $interest }
    Total due now: { $total }
status-active = active
status-overdue = overdue
status-notice-sent = notice sent
status-dispute-filed = dispute filed
status-paid = paid
status-written-off = written off

## Pending invoices
pending-none = You have no pending invoices.
pending-header = { $count ->
    [one] { $count } pending invoice, { $total } due in all:
   *[other] { $count } pending invoices, { $total } due in all:
}
pending-line = • { $number } - { $buyer } - due { $due_date } ({ $status }) - interest { $interest } - total { $total }
pending-more = { $count ->
        [one] …and { $count } more invoice.
       *[other] …and { $count } more invoices.
    }

## Payments
payment-ask-invoice-number = Which invoice was paid? Send its number.
payment-ask-amount = How much was paid for { $number }? Reply FULL if it was paid in full.
payment-ask-date = On what date was it paid?
payment-ask-reference = What is the payment reference (UTR, UPI reference or cheque number)?
payment-confirm = Please check: { $amount } received for { $number } on { $date }, reference { $reference }. Still due after this: { $remaining }.
payment-discarded = OK, I have not recorded that payment.
payment-saved-closed = Recorded. Invoice { $number } is fully paid and closed; no more reminders will go out.
payment-saved-part = Recorded the part payment for { $number }. I will keep following up on the rest.

## Buyers
buyer-ask-which = Which buyer? Send their GSTIN or name.
buyer-not-found = I found no buyer matching "{ $query }" in your book.
buyer-many = More than one buyer matches: { $names }. Which one?
buyer-summary = { $name } (GSTIN { $gstin })
    Invoices: { $invoices }, open: { $open }
    Paid on time: { $paid_on_time }, paid late: { $paid_late }
    Outstanding now: { $outstanding }
buyer-message-received = Thank you. Your message has been passed on to { $retailer }.
buyer-message-forwarded = Message from your buyer { $buyer } ({ $phone }):
    "{ $text }"

## Errors in conversation
turn-failed = Sorry, something went wrong with that message. It has been kept and will be looked at; anything you were in the middle of was stopped. You can go on: send help to see what I can do.
error-date-not-understood = I could not read "{ $value }" as a date. Try for example 3 Oct 2026 or 03/10/2026.
error-agreed-days-invalid = "{ $value }" is not a number of days.
error-text-too-long = The message is too long (at most { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    }).
error-sender-invalid = The sender “{ $value }” is not an Indian mobile number (+91 and 10 digits).
error-provider-id-invalid = The message id must be 1 to 64 letters and digits.
error-text-control-characters = The message holds characters that cannot be stored (control characters or broken Unicode). Please send plain text.
error-media-invalid = An attachment link is not a valid media address.

## Sandbox page
sandbox-title = Bakaya sandbox
sandbox-advance-days = Days:
sandbox-advance = Move the clock forward
sandbox-retailer = Retailer
sandbox-buyer = Buyer
sandbox-type-here = Type a message
sandbox-attach = Attach a photo, PDF, export or audio file
sandbox-send = Send
sandbox-record = Record a voice note (click again to send it)
sandbox-recording = Recording: click again to send
sandbox-voice-note = Voice note
sandbox-no-microphone = The browser did not allow the microphone. Attach an audio file with 📎 instead.
