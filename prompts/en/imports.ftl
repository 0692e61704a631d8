# Bulk import of invoices from an accounting export (tools/invoice_import.py).
error-import-file-empty = The file is empty. Send the export from your accounting software (Tally XML, Excel or CSV).
error-import-file-too-large = The file is { $size_mb } MB; the limit is { $limit_mb } MB. Export a shorter period, for example one month.
error-import-file-too-many-rows = The file has more than { $limit ->
    [one] { $limit } row
   *[other] { $limit } rows
    }. Export a shorter period, for example one month.
error-import-file-type = I can read Tally XML exports, Excel (.xlsx) files and CSV files. This file is none of these.
error-import-file-xls = This is an old Excel (.xls) or password-protected file. Open it in Excel and save it as .xlsx or CSV without a password, then send it again.
error-import-file-unreadable = The file is damaged or could not be read. Export it again from your accounting software and send the new file.
error-import-file-no-header = I could not find the column names (invoice number, date, customer, total) in the first rows. Send the export with its header row.
error-import-file-no-vouchers = This Tally file has no vouchers. In Tally, export the sales vouchers (Day Book or Sales Register) as XML.
cli-import-progress = Importing invoices
cli-import-done = { $added ->
    [0] No new invoices imported
    [one] Imported { $added } invoice
   *[other] Imported { $added } invoices
    }; { $unchanged ->
    [one] { $unchanged } was already in the ledger
   *[other] { $unchanged } were already in the ledger
    }; { $skipped ->
    [one] { $skipped } row skipped
   *[other] { $skipped } rows skipped
    }.
cli-import-dry-run = Checked only, nothing saved: { $added ->
    [0] no new invoices would be imported
    [one] { $added } invoice would be imported
   *[other] { $added } invoices would be imported
    }; { $unchanged ->
    [one] { $unchanged } is already in the ledger
   *[other] { $unchanged } are already in the ledger
    }; { $skipped ->
    [one] { $skipped } row would be skipped
   *[other] { $skipped } rows would be skipped
    }.
cli-import-skipped-row = Row { $row }: { $reason }
import-skip-reason = { $reason ->
    [not-a-sale] not a sale invoice
    [credit-note] a credit note or sales return
    [debit-note] a debit note
    [receipt] a receipt, not an invoice
    [payment] a payment, not an invoice
    [purchase] a purchase
    [sales-order] a sales order, not an invoice
    [estimate] an estimate or quotation
    [cancelled] cancelled
    [deleted] deleted
    [draft] a draft
    [optional-voucher] an optional (pro-forma) voucher
    [missing-invoice-number] no invoice number
    [missing-date] no invoice date
    [bad-date] the date cannot be read
    [missing-buyer] no customer name
    [invalid-gstin] the GSTIN is not valid
    [missing-amount] no amount
    [bad-amount] the amount cannot be read
    [amount-not-positive] the amount is zero or negative
    [ambiguous-total] the invoice's rows give different totals
    [duplicate-in-file] the same invoice number appears earlier in the file
    [invoice-exists] an invoice with this number is already in the ledger with other details
   *[other] refused ({ $reason })
    }
