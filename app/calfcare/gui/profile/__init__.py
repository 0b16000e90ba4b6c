"""My answers: the intake's answers, and changing them."""
