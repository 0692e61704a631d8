# Warnings that do not stop a flow: a likely slip, or something the retailer should know.
warning-gstin-did-you-mean = Did you mean { $gstin } ({ $name }), already in your book? Send it to use it.
warning-payment-exceeds-due = This is { $excess } more than what is owed on { $date } ({ $owed }). Check the amount; if it is right, the extra is kept as the buyer's credit.
warning-invoice-date-old = The invoice date { $date } is more than { $years ->
        [one] { $years } year
       *[other] { $years } years
    } ago: please check it.
invoice-no-interest = No Section 16 interest on this invoice:
