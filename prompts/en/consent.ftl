# A buyer's STOP and START: to the buyer, and what the retailer is told.
buyer-opted-out-all = You will not receive further messages from us on WhatsApp or SMS. Reply START to receive them again.
buyer-opted-in = Welcome back: you will receive messages from us on { $channel } again. Reply STOP to end them.
buyer-opted-in-all = Welcome back: you will receive messages from us again. Reply STOP to end them.
buyer-intent-opt_out-all = they asked not to be messaged any more; I will not send them anything on WhatsApp or SMS.
buyer-intent-opt_in = they asked to receive messages on { $channel } again; reminders will go there.
buyer-intent-opt_in-all = they asked to receive messages again; reminders will go on WhatsApp and SMS.
