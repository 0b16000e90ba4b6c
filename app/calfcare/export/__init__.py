"""The week on paper and in calendars: printable HTML, .ics events and (with Qt) PDF."""
