# What the payment monitor and the buyer-reply agent tell retailers and buyers.

## To the retailer
channel-whatsapp = WhatsApp
channel-sms = SMS
channel-email = email
monitor-reminder-sent = Reminder sent to { $buyer } for invoice { $number } by { $channels }.
monitor-reminder-impossible-no-contact = I could not remind { $buyer } about invoice { $number }: I have no mobile number or email for them.
monitor-reminder-impossible-opted-out = I could not remind { $buyer } about invoice { $number }: they have asked not to get our messages.
monitor-deadline-alert = Heads-up: invoice { $number } from { $buyer } ({ $amount }) is due on { $date }, { $days ->
        [0] today
        [one] in { $days } day
       *[other] in { $days } days
    }.
monitor-overdue-alert = Invoice { $number } from { $buyer } was due on { $date } and is unpaid. Due now: { $total }, including interest so far of { $interest }. I can prepare a formal demand notice for your approval.
# The next step, 15, 30 and 45 days after the due date: the overdue line, what is due now, then
# the suggestion (a demand notice at 15 and, firmer, at 30; at 45 a Facilitation Council reference
# for a supplier Section 16 protects, otherwise the notice or legal advice and why not the council).
monitor-next-step-overdue = Invoice { $number } from { $buyer } was due on { $date } and is now { $days ->
        [one] { $days } day
       *[other] { $days } days
    } overdue.
monitor-next-step-due-now = Due now: { $total }, including interest so far of { $interest }.
monitor-next-step-due-now-no-interest = Due now: { $total }.
monitor-next-step-notice = Reminders alone have not worked so far. A formal demand notice often does: I can prepare one for your approval. Reply: notice { $number }
monitor-next-step-notice-firm = A month past the due date, it is time for a formal demand notice: the longer a debt waits, the harder it is to recover. I will prepare it for your approval; nothing goes out without your yes. Reply: notice { $number }
monitor-next-step-council = As a micro or small enterprise registered on Udyam, you can now refer this to the Micro and Small Enterprises Facilitation Council of your state under Section 18 of the MSMED Act, 2006, through the MSME ODR portal. The council first tries conciliation and, if that fails, decides the case, with Section 16 interest.
monitor-next-step-council-notice-first = If you have not sent a demand notice yet, send one first. Reply: notice { $number }
monitor-next-step-no-council = Consider a formal demand notice (reply: notice { $number }) or legal advice on recovering the amount. A reference to the Micro and Small Enterprises Facilitation Council under Section 18 of the MSMED Act is not open to you for this invoice: { $reasons }
monitor-daily-summary = Today: { $count ->
        [one] { $count } pending invoice
       *[other] { $count } pending invoices
    }, { $total } due in all, { $overdue } of them overdue.
monitor-channel-failed = I could not deliver the reminder for invoice { $number } to { $buyer } by { $channel } (the number or address may be wrong). Please check their contact details.

## The retailer's setting: days between overdue reminders
error-overdue-reminder-days-invalid = Reminders after the due date can go every { $min } to { $max } days: "{ $value }" is not a whole number of days in that range.

## Buyer replies: what the retailer is told
retailer-buyer-replied = Reply from { $buyer } about invoice { $number }:
    "{ $text }"
    I understood: { $meaning }
buyer-intent-promise_to_pay = they promise to pay on { $date }. I will follow up that day.
buyer-intent-promise_to_pay-undated = they promise to pay, without a date.
buyer-intent-claims_paid = they say they have paid (reference: { $reference }). Please check your account; if it arrived, tell me "{ $number } paid <amount> <reference> on <date>" and I will record it.
buyer-intent-dispute = they dispute the bill ({ $reason }). I have paused reminders for this invoice until you decide.
buyer-intent-more_time = they ask for more time.
buyer-intent-more_time-dated = they ask for more time, until { $date }. I will follow up that day.
buyer-intent-invoice_copy = they asked for a copy of the invoice; I sent them its details.
buyer-intent-payment_link = they asked how to pay; I sent them your payment details.
buyer-intent-payment_link-missing = they asked how to pay, but you have not given me a UPI id yet.
buyer-intent-opt_out = they asked not to be messaged on { $channel } any more; I will not use it again.
buyer-intent-other = nothing I can act on; please read their message.
reference-none = none given

## To the buyer
buyer-promise-noted = Thank you. Noted: payment for invoice { $number } on { $date }.
buyer-promise-undated = Thank you. Please tell us the date you will pay invoice { $number }.
buyer-claim-noted = Thank you. We have asked { $retailer } to confirm the payment for invoice { $number }.
buyer-dispute-noted = Thank you for telling us. Your concern about invoice { $number } has been passed to { $retailer }; reminders are paused until they reply.
buyer-more-time-noted = We have passed your request for more time on invoice { $number } to { $retailer }.
buyer-more-time-noted-dated = We have passed your request for time until { $date } on invoice { $number } to { $retailer }.
buyer-invoice-copy = Invoice { $number } from { $retailer }: dated { $date }, amount { $amount }, due on { $due_date }. Due now: { $total }.
buyer-payment-link = You can pay { $total } for invoice { $number } to { $retailer } with any UPI app: { $link }
buyer-dispute-noted-sms = Thank you. Your concern about invoice { $number } is with { $retailer }; reminders are paused until they reply.
buyer-invoice-copy-sms = Invoice { $number } ({ $retailer }): { $amount }, due { $due_date }. Due now: { $total }.
buyer-payment-link-sms = Pay { $total } for invoice { $number } to { $retailer } with any UPI app, to UPI id { $upi_id }
buyer-payment-link-missing = { $retailer } will send you their payment details shortly.
buyer-opted-out = You will not receive further messages from us on { $channel }. Reply START to receive them again.
