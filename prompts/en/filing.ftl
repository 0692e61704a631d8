# The filing pack for a Section 18 reference (MSME ODR portal, or MSME Samadhaan for older
# cases), built by tools/filing_pack.py. Amounts ($amount, $total) come formatted
# (₹1,23,456.00 in the summary, ₹1,23,456 in chat), dates as the language writes them,
# $rates as "16.50% a year (three times the RBI Bank Rate of 5.50%) from ... to ...".

## Title and portal

filing-title = Delayed payment reference under Section 18 of the MSMED Act, 2006: filing summary
filing-annex-english = Annex: English text of this summary
filing-portal-odr = MSME ODR portal
filing-portal-samadhaan = MSME Samadhaan portal
filing-portal-line = Where to file: { $portal } ({ $url })
filing-filed-on = Filing date: { $date }
filing-as-of = Figures as of: { $date }
filing-eligible = The applicant is a micro or small enterprise that manufactures or provides services and was registered on Udyam before each supply: it may refer the unpaid amount to the Facilitation Council under Section 18.
filing-not-eligible = This case cannot be filed on the portal: only micro and small manufacturers and service providers, registered on Udyam before the supply, may refer a delayed payment under Section 18.
filing-not-eligible-next = Bakaya will keep reminding the buyer, and a demand letter is still open to you.
filing-reason-udyam-number-missing = The Udyam number is not known: the portal logs in with it. Please add it from the Udyam certificate.
filing-reason-nothing-overdue = No invoice in this case is unpaid after its due date, so there is nothing to refer yet.

## Applicant and respondent

filing-applicant = Applicant (your business)
filing-respondent = Respondent (the buyer)
filing-field-name = Name: { $value }
filing-field-udyam = Udyam number: { $value }
filing-field-category = Category: { $value }
filing-field-activity = Activity: { $value }
filing-field-registered-on = Registered on Udyam on: { $value }
filing-field-address = Address: { $value }
filing-field-state = State: { $value }
filing-field-gstin = GSTIN: { $value }
filing-field-no-gstin = GSTIN: not registered
filing-field-pan = PAN: { $value }
filing-field-nic = NIC code: { $value }
filing-field-nic-missing = NIC code: choose on the portal the code of what you supplied
filing-field-mobile = Mobile: { $value }
filing-field-email = Email: { $value }
filing-category-micro = micro
filing-category-small = small
filing-category-medium = medium
filing-activity-manufacturing = manufacturing
filing-activity-services = services
filing-activity-trading = trading

## The claim

filing-claim = The claim: { $count ->
        [one] { $count } invoice
       *[other] { $count } invoices
    }
filing-table-invoice = Invoice
filing-table-date = Date
filing-table-accepted = Accepted
filing-table-due = Due date
filing-table-amount = Amount
filing-table-paid = Paid
filing-table-balance = Balance
filing-table-interest = Interest
filing-table-total = Total
filing-table-sum = Total
filing-principal-outstanding = Principal outstanding: { $amount }
filing-interest-claimed = Interest claimed to { $as_of }: { $amount }
filing-total-claimed = Total claimed: { $amount }
filing-basis-section16 = Interest under Section 16 of the MSMED Act, 2006: compound interest with monthly rests at three times the RBI Bank Rate, from the day after each due date to { $as_of }, at { $rates }. Payments received were applied to interest first. Interest keeps running until payment.
filing-basis-contractual = Interest at the rate agreed in the contract, to { $as_of }: { $rates }.
filing-basis-none = No interest is claimed.
filing-rate-section16 = { $annual }% a year (three times the RBI Bank Rate of { $bank }%) from { $start } to { $end }
filing-rate-contractual = { $annual }% a year from { $start } to { $end }
filing-council = The reference goes to the Micro and Small Enterprises Facilitation Council of { $state }, the applicant's state (Section 18).

## Notices and documents

filing-notices = Demand notices served on the buyer
filing-notice-served = Notice { $reference }, served on { $served_on } (SHA-256 of the signed PDF: { $digest })
filing-notice-none = No demand notice has been served yet.
filing-documents = Documents to upload
filing-document-invoice = Invoice { $number } (PDF)
filing-document-notice = Signed demand notice { $reference } (PDF)
filing-document-limit = Each file must be a PDF of at most 2 MB; the pack's documents folder holds them.

## The steps on the portal

filing-steps = How to file
filing-step-open = Open the { $portal } at { $url }.
filing-step-login-odr = Log in as a micro or small enterprise with your Udyam number { $udyam }, and type the OTP the portal sends to the mobile number registered on Udyam ({ $mobile }).
filing-step-login-samadhaan = Choose "Case Filing for Entrepreneur/MSE Units", enter your Udyam number { $udyam } and the mobile number registered on Udyam ({ $mobile }), then type the OTP sent to that mobile.
filing-step-new-odr = Start a new delayed-payment application against a buyer.
filing-step-new-samadhaan = On the Application List page choose "Application Entry" and enter the date of the oldest unpaid invoice.
filing-step-fill = Fill in the form from the filing summary (summary.pdf): your business details, the buyer { $buyer } (GSTIN { $gstin }) and { $count ->
        [one] the invoice
       *[other] the { $count } invoices
    }, { $total } in all. The portal also asks your PAN and the NIC code of what you supplied.
filing-step-upload = Upload each invoice and the signed demand { $count ->
        [one] notice
       *[other] notices
    } ({ $references }) as PDF files of at most 2 MB each: they are in the pack's documents folder.
filing-step-upload-no-notice = Upload each invoice as a PDF file of at most 2 MB: they are in the pack's documents folder. A signed demand notice served on the buyer makes the case stronger: Bakaya can prepare one.
filing-step-submit = Check the figures against the summary, accept the declaration and submit.
filing-step-odr-stages = The portal first offers a guided negotiation with the buyer, which you may take up or skip; if it does not settle, the case goes to the Micro and Small Enterprises Facilitation Council of { $state }.
filing-step-reply = Note the application number the portal shows and send it to me here, so that Bakaya can follow the case.
