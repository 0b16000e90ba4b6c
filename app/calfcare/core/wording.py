"""Words every screen, printout and file shares: the one safety note.

No imports, so the window's shell can show the note before anything else loads.
"""

# The one safety note: every screen, printout and file that gives advice carries it.
DISCLAIMER = (
    "CalfCare gives general self-care guidance from five running articles. "
    "It does not replace a doctor or physiotherapist."
)
# Where the runner is told to get pain checked, the note ends with what to do.
GET_IT_CHECKED = "If the pain gets worse, or you are unsure, get it checked."
