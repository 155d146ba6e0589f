"""The report: study settings, notebook set-up, papermill runs and the HTML report.

Owns: `study` (the `Study` settings object: paths, what to generate and evaluate; the report's
data loader), `notebook` (notebook parameters and display, running the stage notebooks with
papermill, HTML assembly), `widgets` (the explorer's controls).
May import: every other stage; nothing imports it but `cli`.
"""
