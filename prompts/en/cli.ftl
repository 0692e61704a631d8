# Command line and operator messages.
cli-error = Error: { $message }
cli-gstin-valid = { $gstin }: valid ({ $state })
cli-gstin-invalid = { $gstin }: invalid: { $reason }
cli-db-ready = Database ready.
cli-saved = Saved.
cli-serving = Bakaya is running at { $url }
cli-audit-intact = Audit log intact: { $rows ->
        [one] { $rows } row checked
       *[other] { $rows } rows checked
    }.
cli-audit-edited = Audit log broken: row { $seq } was changed after it was written.
cli-audit-deleted = Audit log broken: row { $seq } was deleted.
cli-audit-relinked = Audit log broken: row { $seq } does not link to the row before it (that row was changed or removed).

quote-due-date = Due date (Section 15): { $date }
quote-interest-from = Interest runs from: { $date }
quote-days-overdue = Days overdue: { $days }
quote-months-complete = Complete months: { $months }
quote-principal-outstanding = Principal outstanding: { $amount }
quote-interest = Interest so far: { $amount }
quote-total-due = Total due: { $amount }
quote-basis-section16 = Basis: Section 16, MSMED Act 2006 — compound interest with monthly rests at three times the RBI Bank Rate.
quote-basis-contractual = Basis: the interest rate agreed in the contract (Section 16 does not apply).
quote-basis-none = No interest is claimed: Section 16 does not apply and no rate was agreed.
quote-convention = RBI Bank Rate: { $rate_mode ->
        [frozen] the rate on the first day of interest, throughout
       *[floating] the rate in force when each monthly period starts
    }; part month: { $partial ->
        [ignored] not counted (complete months only)
        [actual-365] annual rate × days ÷ 365
       *[period-fraction] monthly rate × days elapsed ÷ days in that monthly period
    }.

error-required = { $field } is required.
error-choice-invalid = { $field }: "{ $value }" is not one of: { $allowed }.
error-already-registered = The number { $phone } is already registered.
error-buyer-exists = A buyer with GSTIN { $gstin } is already in your book.
error-invoice-exists = Invoice { $number } is already recorded.
error-date-in-future = { $field }: { $value } is in the future.
error-invoice-closed = Invoice { $number } is already closed ({ $status }).
error-payment-date-before-invoice = The payment date ({ $paid_on }) cannot be before the invoice date ({ $invoice_date }).
error-payment-format = A payment must be written DATE:AMOUNT, e.g. 2026-03-01:25000 (got "{ $value }").
error-rate-invalid = { $field }: "{ $value }" is not a rate in percent between 0 and 100.
error-retailer-unknown = No retailer is registered with the number { $phone }.
error-buyer-unknown = No buyer with GSTIN { $gstin } is in this retailer's book.
error-invoice-unknown = No invoice numbered { $number } was found.
cli-sandbox-at = Sandbox chat page: { $url }
cli-parsed = intent: { $intent }, language: { $language }, slots: { $slots }
cli-worker-started = Worker started ({ $concurrency ->
        [one] { $concurrency } job at a time
       *[other] { $concurrency } jobs at a time
    }). Stop it with Ctrl+C.
cli-monitor-ran = Monitor ran: { $sent ->
        [one] { $sent } message sent
       *[other] { $sent } messages sent
    }, { $summaries ->
        [one] { $summaries } daily summary
       *[other] { $summaries } daily summaries
    }.
cli-understood = intent: { $intent }, language: { $language }, promised date: { $date }, reference: { $reference }
cli-set-aside-none = No message is set aside.
cli-set-aside-line = #{ $id } { $received } { $channel } { $sender } ({ $attempts ->
        [one] tried once
       *[other] tried { $attempts } times
    }): { $error }
cli-retried = Message #{ $id } was processed again.
cli-not-set-aside = Message #{ $id } is not set aside.

# bakaya notice verify FILE: $reference, $version, $signed_at (a date and time), $sha256
# is not used (digests are long); $state: the notice's state (cli-notice-state-*).
cli-notice-valid = Valid: this is demand notice { $reference }, version { $version }, signed on { $signed_at }; { $state }.
cli-notice-unknown = Not on record: no notice issued here has this content. The file was changed, or it was not issued by this installation.
cli-notice-bad-signature = The signature on record for notice { $reference }, version { $version } does not check out: do not rely on this file.
cli-notice-state-approved = this version was approved by the business
cli-notice-state-not-approved = this version was not approved (a draft, or replaced by a later version)
error-file-unreadable = The file { $path } could not be read.
