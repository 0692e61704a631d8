# Invoice documents a retailer sends: photos, PDFs and accounting exports
# (tools/invoice_document.py, agents/extraction.py, agents/flows/documents.py).
error-document-empty = The file is empty. Send the photo or PDF of the invoice again.
error-document-type = I can read invoice photos (JPEG, PNG, HEIC), PDFs, and exports from Tally (XML), Excel (.xlsx) or CSV. This file is none of these.
error-document-too-large = The file is larger than { $megabytes } MB. Send a smaller photo or PDF, for example one invoice at a time.
error-document-corrupt = The file is damaged or incomplete and cannot be opened. Send it again.
error-document-encrypted = The PDF is protected by a password. Save it without the password and send it again.
error-document-too-many-pages = The PDF has more than { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
    }. Send one invoice at a time.
error-document-too-many-pixels = The image is far too large to be a photo of an invoice. Send a normal photo.
error-document-unreadable = The file { $path } could not be opened.
error-document-download = I could not download the file you sent. Please send it again.
document-read = { $pages ->
    [one] I read the invoice you sent.
   *[other] I read the invoice you sent ({ $pages } pages).
    }
document-check = Please check these, I could not read them clearly: { $fields }.
document-field = { $field ->
    [invoice_number] invoice number
    [invoice_date] invoice date
    [total] total
    [gstin_seller] your GSTIN
    [gstin_buyer] buyer's GSTIN
   *[udyam] Udyam number
    }
document-page-added = Added as page { $pages } of the same invoice.
document-not-invoice = This document is a credit or debit note, not a sale invoice, so I did not add it.
document-qr-unverified = The e-invoice QR code on this document did not pass its signature check, so I read the printed text instead. Please check every figure.
document-duplicate-invoice = Invoice { $number } ({ $buyer }, { $amount }) is already in your ledger, so nothing was added. To see it, send "{ $number } status".
document-duplicate-file = You sent this same document on { $date }; it is invoice { $number } in your ledger. Nothing was added.
document-not-retailer = To add invoices, first register your business: send "hi" to start.
import-preview = { $count ->
    [one] The file { $file } has { $count } sale invoice totalling { $total }.
   *[other] The file { $file } has { $count } sale invoices totalling { $total }.
    }
import-preview-none = The file { $file } has no sale invoices I can import.
import-preview-skipped = { $count ->
    [one] { $count } row will be skipped:
   *[other] { $count } rows will be skipped:
    }
import-preview-row = Row { $row }: { $reason }
import-preview-more = { $count ->
    [one] …and { $count } more row.
   *[other] …and { $count } more rows.
    }
import-paid-warning = An export does not say which invoices are already paid: each imported invoice is counted as unpaid, and its buyer is reminded, until you record its payment.
import-confirm = Reply YES to import them, or NO to leave the file.
import-done = { $added ->
    [0] No new invoices were added
    [one] { $added } invoice added
   *[other] { $added } invoices added
    }{ $unchanged ->
    [0] {""}
    [one] ; { $unchanged } was in your ledger already
   *[other] ; { $unchanged } were in your ledger already
    }{ $skipped ->
    [0] {""}
    [one] ; { $skipped } row skipped
   *[other] ; { $skipped } rows skipped
    }.
import-discarded = Nothing was imported.
cli-extract-field = { $field }: { $value } ({ $confidence }% sure, from { $source })
error-api-token-not-configured = This endpoint is closed: the operator has not set BAKAYA_API_TOKEN.
error-api-token-invalid = Send the deployment's API token as "Authorization: Bearer <token>".
