# The demand notice (MSMED Act 2006 ss.15-18) and the general demand letter, built by
# tools/demand_notice.py. Every figure is computed by tools/ and passed in already
# formatted: amounts ($amount, $total, $principal, $interest) as ₹1,23,456.00, dates as
# the language writes them, $rates as "16.50% a year (3 × RBI Bank Rate 5.50%)".

## Title and heading

notice-title-section16 = DEMAND NOTICE under Sections 15, 16 and 17 of the Micro, Small and Medium Enterprises Development Act, 2006
notice-title-general = DEMAND FOR PAYMENT
notice-reference = Ref.: { $reference }
notice-date = Date: { $date }
notice-place = Place: { $place }
notice-from = From
notice-to = To
notice-udyam = Udyam Registration No. { $udyam } ({ $category } enterprise, registered on { $registered_on })
notice-gstin = GSTIN: { $gstin }
notice-no-gstin = GSTIN: not registered
notice-category-micro = micro
notice-category-small = small
notice-category-medium = medium
notice-subject-section16 = Subject: Payment of { $total } overdue on { $count ->
        [one] { $count } invoice
       *[other] { $count } invoices
    }, with compound interest under Section 16 of the MSMED Act, 2006
notice-subject-general = Subject: Payment of { $total } overdue on { $count ->
        [one] { $count } invoice
       *[other] { $count } invoices
    }
notice-salutation = Dear Sir/Madam,

## Body

notice-supplies = We supplied goods or services to you under the { $count ->
        [one] invoice
       *[other] invoices
    } listed below, which you accepted on the dates shown. The amounts below remain unpaid on { $as_of }.
notice-credit-none = No credit period was agreed in writing, so under Section 15 of the Act payment was due within 15 days of acceptance.
notice-credit-agreed = The credit period agreed in writing was { $days ->
        [one] { $days } day
       *[other] { $days } days
    }; Section 15 of the Act allows at most 45 days from acceptance.
notice-credit-mixed = The due date of each invoice follows Section 15 of the Act: the credit period agreed in writing (at most 45 days from acceptance), or 15 days from acceptance where none was agreed.
notice-table-invoice = Invoice
notice-table-date = Date
notice-table-accepted = Accepted
notice-table-due = Due
notice-table-amount = Amount
notice-table-paid = Paid
notice-table-balance = Balance
notice-table-interest = Interest
notice-table-total = Total
notice-table-sum = Total
notice-law-section16 = Under Section 16 of the Act, a buyer who does not pay within the time in Section 15 must pay compound interest with monthly rests, from the day after the due date, at three times the bank rate notified by the Reserve Bank of India, notwithstanding anything in any agreement. Under Section 17 you are liable to pay the amount with that interest.
notice-interest-section16 = Interest to { $as_of }: { $interest }, at { $rates }, compounded monthly from the day after each due date; { $partial ->
        [ignored] a part month bears no interest
       *[other] a part month bears interest in proportion to the days elapsed
    }; payments received are applied to interest first. Interest continues to run until payment.
notice-interest-contractual = Interest to { $as_of } at the rate agreed in the contract: { $interest }, at { $rates }. It continues to run until payment.
notice-interest-none = This letter claims no statutory interest. { $reason }
notice-payments = Payments received so far: { $paid }.
notice-demand = We therefore call upon you to pay { $total } ({ $words }), being { $principal } outstanding and { $interest } interest, within { $days ->
        [one] { $days } day
       *[other] { $days } days
    } of receiving this notice, that is by { $pay_by }, quoting the reference { $reference }.
notice-pay-upi = Pay by UPI to { $upi }.
notice-consequence-section16 = If the amount is not paid in that time, we will refer the matter to the Micro and Small Enterprises Facilitation Council under Section 18 of the Act, through the MSME ODR portal, without further notice. Under Section 19, an application to set aside an award of the Council requires the deposit of 75% of the amount awarded.
notice-consequence-general = If the amount is not paid in that time, we will take the further steps open to us in law to recover it, without further notice.
notice-tax-section16 = Please note: under Section 43B(h) of the Income-tax Act, 1961 (and the corresponding provision of the Income-tax Act, 2025), a sum payable to a micro or small enterprise and paid after the time in Section 15 of the MSMED Act is deductible only in the year in which it is actually paid. Under Section 23 of the MSMED Act the interest is not deductible, and under Section 22 unpaid amounts and interest must be disclosed in audited accounts.
notice-reservation = This notice is without prejudice to all our other rights and remedies, which are reserved.
notice-signature = For { $supplier }
notice-signatory = Authorised signatory
notice-verification = This document is signed electronically: its SHA-256 digest and an Ed25519 signature are recorded under the reference { $reference } and can be checked with "bakaya notice verify".
notice-annex-english = Annex: English text of this notice
notice-page = Page { $page } of { $pages }
notice-rate-section16 = { $annual }% a year (three times the RBI Bank Rate of { $bank }%) from { $start } to { $end }
notice-rate-contractual = { $annual }% a year from { $start } to { $end }
notice-missing-address = The notice needs the full postal address of { $party }. Please send it in one message (building, street, town, PIN code).
