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
