# Names of input fields, as error messages show them.
field-label = { $field ->
    [principal] principal
    [amount] amount
    [accepted] acceptance date
    [accepted_on] acceptance date
    [as_of] as-of date
    [invoice_date] invoice date
    [agreed_days] agreed credit days
    [bank_rate] bank rate
    [payment] payment
    [paid_on] payment date
    [gstin] GSTIN
    [buyer_gstin] buyer's GSTIN
    [udyam_number] Udyam number
    [udyam_registered_on] Udyam registration date
    [phone] phone number
    [upi_id] UPI id
    [name] name
    [invoice_number] invoice number
    [reference] payment reference
    [language] language
    [enterprise_type] enterprise type
    [activity] activity
    [rate_mode] rate mode
    [partial_month] part-month rule
    [contract_rate] contract interest rate
    [retailer] retailer
    [today] today's date
    [email] email
    [From] sender
    [from] sender
    [Body] message text
    [text] message text
    [MessageSid] message id
    [MediaUrl] attachment
    [media] attachment
    [address] address
    [notice] demand notice
    [filing] filing
    [application_number] application number
    [file] file
    [authorization] authorization
    [document] document
    [audio] voice note
    [import_file] file to import
   *[other] { $field }
}
