# Forms: what is said at a confirmation besides the form's own summary.
confirm-yes-no-or-change = Reply YES to save or NO to cancel. To change something, send the field and the new value, for example “amount 80000” or “date 5 Nov”.
error-name-not-a-name = “{ $value }” does not look like a name. Send the buyer's business name, for example Ravi Stores.
error-business-name-not-a-name = “{ $value }” does not look like a business name. Send your shop or company name, for example Lakshmi Textiles.
error-invoice-number-not-a-number = “{ $value }” is not an invoice number. Send the number on the bill, for example 1043.
choice-not-understood = I did not understand “{ $value }” as one of the choices: please reply with its number.
