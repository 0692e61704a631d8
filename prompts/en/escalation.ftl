# Escalation past reminders (agents/flows/escalation.py): a demand notice asked for, the
# MSME ODR (Samadhaan) filing under Section 18, how often overdue buyers are reminded.
# $number: an invoice or application number; $buyer: the buyer's name; $status: the
# invoice's status (status-*); $days: the days between reminders.
escalation-notice-ask-which = Which invoice is the demand notice for? Send its number.
escalation-notice-ask-which-buyer = Which invoice of { $buyer } is the demand notice for? Send its number.
escalation-notice-invoice-closed = Invoice { $number } is { $status }: no notice goes for it.
escalation-notice-will-be-drafted = I will draft the demand notice for invoice { $number } ({ $buyer }) under the MSMED Act, 2006, and send it to you for approval. Nothing goes to { $buyer } before you approve it.
escalation-filing-application-noted = Got it: your MSME ODR (Samadhaan) application number is { $number }.
escalation-filing-none-yet = No MSME ODR (Samadhaan) filing is recorded yet. Once you have filed, send the application number, for example “application number UP/LKO/2026/0001234”.
escalation-cadence-set = Buyers who have not paid by the due date will get a reminder { $days ->
        [one] every day
       *[other] every { $days } days
    }.
escalation-cadence-ask = How many days apart should buyers who have not paid by the due date be reminded? Send a number, for example 7.
