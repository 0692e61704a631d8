# The retailer's controls: pausing and resuming a buyer's reminders, the daily summary.
reminders-paused = Reminders for invoice { $number } are paused. Send “resume reminders { $number }” to start them again.
reminders-already-paused = Reminders for invoice { $number } are already paused. Send “resume reminders { $number }” to start them again.
reminders-resumed = Reminders for invoice { $number } are on again.
reminders-resumed-missed = A reminder was missed while they were paused: { $buyer } gets it at the next allowed hour.
reminders-not-paused = Reminders for invoice { $number } are not paused; they go as planned.
reminders-invoice-closed = Invoice { $number } is { $status }: no reminders go for it.
summary-is-on = Your daily summary is on: every morning from 9 AM. Send “daily summary off” to stop it.
summary-is-off = Your daily summary is off. Send “daily summary on” to get one every morning from 9 AM.
summary-turned-on = Daily summary on: you will get one every morning from 9 AM.
summary-turned-off = Daily summary off. Send “daily summary on” to get it again.
