# Escalation past reminders (agents/flows/escalation.py): a demand notice asked for, the
# MSME ODR (Samadhaan) filing under Section 18, how often overdue buyers are reminded.
# $number: an invoice or application number; $buyer: the buyer's name; $status: the
# invoice's status (status-*); $days: the days between reminders.
escalation-notice-ask-which = Which invoice is the demand notice for? Send its number.
escalation-notice-ask-which-buyer = Which invoice of { $buyer } is the demand notice for? Send its number.
escalation-notice-invoice-closed = Invoice { $number } is { $status }: no notice goes for it.
escalation-notice-will-be-drafted = I will draft the demand notice for invoice { $number } ({ $buyer }) under the MSMED Act, 2006, and send it to you for approval. Nothing goes to { $buyer } before you approve it.
escalation-filing-application-noted = Got it: your MSME ODR (Samadhaan) application number is { $number }.
escalation-filing-none-yet = No MSME ODR (Samadhaan) filing is recorded yet. To prepare the filing pack, send for example “ODR filing INV-42”; once you have filed, send the application number, for example “application number UP/LKO/2026/0001234”.
escalation-cadence-set = Buyers who have not paid by the due date will get a reminder { $days ->
        [one] every day
       *[other] every { $days } days
    }.
escalation-cadence-ask = How many days apart should buyers who have not paid by the due date be reminded? Send a number, for example 7.

# The notice put before the retailer, its approval, edit or cancellation, and delivery.
# $reference: the notice's reference; $version: its version number; $count: how many
# invoices it demands; $numbers: their numbers; $total, $interest: amounts; $pay_by: a
# date; $days: days given to pay; $low, $high: the range of days; $due: a due date;
# $channels: how it went to the buyer; $reason: why no statutory interest is claimed;
# $supplier: the retailer's business name.
escalation-notice-not-overdue = Invoice { $number } is due on { $due }. A demand notice can be drafted from the day after, if it is still unpaid.
escalation-notice-ask-retailer-address = For the notice I need your business address as it should be printed on it: door number, street, town and PIN code.
escalation-notice-ask-buyer-address = What is { $buyer }'s postal address for the notice? Door number, street, town and PIN code.
escalation-notice-unavailable = Notices cannot be drafted on this installation right now. Nothing was sent.
escalation-notice-drafted = Demand notice { $reference } (version { $version }) for { $buyer } is ready, PDF attached: { $count ->
        [one] invoice { $numbers }
       *[other] { $count } invoices ({ $numbers })
    }, { $total } in all, including interest of { $interest }, to be paid within { $days ->
        [one] 1 day
       *[other] { $days } days
    }, by { $pay_by }.
escalation-notice-drafted-general = This is a general demand letter, not a Section 16 notice: { $reason }
escalation-notice-approve-ask = Reply APPROVE to send it to { $buyer }, EDIT to change the days to pay, or CANCEL. Nothing goes to { $buyer } before you approve.
escalation-notice-edit-ask = How many days should { $buyer } get to pay after receiving the notice? Send a number from { $low } to { $high }.
escalation-notice-cancelled = Notice { $reference } is cancelled. Nothing was sent to the buyer.
escalation-notice-sent = Notice { $reference } (version { $version }) is approved and went to { $buyer } by { $channels }. Reminders to { $buyer } will now mention it.
escalation-notice-approved-no-channel = Notice { $reference } (version { $version }) is approved, but { $buyer } has no email address and has not agreed to WhatsApp messages, so I could not send it. Please send the attached PDF by registered post or courier and keep the receipt.
escalation-notice-channel-email = email
escalation-notice-channel-whatsapp = WhatsApp
escalation-notice-to-buyer = { $supplier } has sent you demand notice { $reference } for { $total }, to be paid by { $pay_by }. The notice is attached.
escalation-notice-email-subject = Demand notice { $reference } from { $supplier }

# The filing pack for the Facilitation Council: $portal (filing-portal-*), $link (where the
# whole pack is), $count/$numbers the invoices, $total the amount claimed, $date a day.
escalation-filing-ready = The filing pack against { $buyer } is ready for the { $portal }: { $count ->
        [one] invoice { $numbers }
       *[other] { $count } invoices ({ $numbers })
    }, { $total } claimed with interest. The summary PDF is attached; the whole pack (the form's fields, the summary and the signed notices) is here: { $link }
    Reply APPROVE to get the steps for filing it, or CANCEL.
escalation-filing-no-edit = The pack takes every figure from your records: correct the invoice or payment there, then ask for the pack again. Reply APPROVE or CANCEL.
escalation-filing-cancelled = The filing pack is cancelled. Nothing was filed.
escalation-filing-ask-invoice = Which invoice is application { $number } about? Send its number.
escalation-filing-recorded = Recorded: application { $number } against { $buyer }. Reminders to { $buyer } are stopped while the case is pending; tell me when it is decided or settled.
escalation-filing-status = Your { $portal } application { $number } against { $buyer } was recorded on { $date }. Reminders to { $buyer } are stopped while it is pending.
escalation-filing-needs-notice = The filing pack needs your address and { $buyer }'s: ask for a demand notice first (for example “notice INV-42”), which asks for them and is usually served before filing.

# Udyam details checked before the first filing pack: $udyam, $name, $category, $activity,
# $registered (a date); $fields: which details differ (escalation-udyam-field-*).
escalation-udyam-confirm = Before the filing pack, please check these details against your Udyam certificate (the portal checks them against Udyam):
    Udyam number: { $udyam }
    Name: { $name }
    Category: { $category }
    Activity: { $activity }
    Registered on: { $registered }
    Do they match? Reply YES or NO.
escalation-udyam-not-confirmed = Nothing was prepared. The portal checks your details against Udyam, so they must match your certificate: correct them on the Udyam portal or ask for them to be corrected here, then ask for the filing pack again.
escalation-udyam-mismatch = Udyam holds other details for { $udyam } ({ $fields }). Nothing was prepared: the portal would refuse the application. Please check your Udyam certificate.
escalation-udyam-field-unknown = no such registration
escalation-udyam-field-udyam-number = Udyam number
escalation-udyam-field-name = name
escalation-udyam-field-category = category
escalation-udyam-field-activity = activity
escalation-udyam-field-registered-on = registration date
escalation-filing-update-noted = Noted on application { $number }. Send “ODR status” any time to see where it stands.
escalation-filing-last-update = Last update ({ $date }): { $status }
