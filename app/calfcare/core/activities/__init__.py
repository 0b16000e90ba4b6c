"""Runs recorded by a watch or phone: FIT, TCX and GPX files read into the progress log.

``sources`` finds activity files in the paths given (files, folders, zip
exports, gzipped files); ``formats`` reads each with a parser made for its
format; ``importing`` turns what was read into log entries, one transaction a
run. Nothing here imports Qt: the app runs the reading in a worker thread.
"""
