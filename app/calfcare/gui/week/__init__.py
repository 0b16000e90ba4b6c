"""Week: the seven days as a table, and printing the week."""
