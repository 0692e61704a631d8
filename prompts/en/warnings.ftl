# Warnings that do not stop a flow: a likely slip, or something the retailer should know.
warning-gstin-did-you-mean = Did you mean { $gstin } ({ $name }), already in your book? Send it to use it.
warning-payment-exceeds-due = This is { $excess } more than what is owed on { $date } ({ $owed }). Check the amount; if it is right, the extra is kept as the buyer's credit.
warning-invoice-date-old = The invoice date { $date } is more than { $years ->
        [one] { $years } year
       *[other] { $years } years
    } ago: please check it.
invoice-no-interest = No Section 16 interest on this invoice:

error-address-invalid = That does not look like a postal address. Send { $low } to { $high } characters with the door number, street, town and PIN code.
error-notice-not-found = There is no such notice.
error-notice-approval-not-retailer = Only the business's registered number can approve notice { $reference }. Nothing was sent.
error-notice-approval-not-awaiting = Notice { $reference } is not waiting for approval.
error-notice-approval-stale-version = Notice { $reference } was changed after that version was shown; approve the latest version.
error-filing-not-found = There is no such filing.
error-application-number-invalid = That does not look like an application number (4 to 64 characters).
