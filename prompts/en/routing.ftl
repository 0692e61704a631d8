# A buyer's reply when more than one supplier has reminded them lately.
buyer-which-supplier = Thank you. Which supplier is your message about? Reply with the number:
    { $options }
