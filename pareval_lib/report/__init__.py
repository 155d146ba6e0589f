"""The report: study settings, the stage notebooks' parameters and display, papermill runs, the HTML page.

Owns, bottom to top: `params` (the stages and `DEFAULT_PARAMS`, the one place defaults live; the
parameters each notebook declares; a report's full parameter set), `study` (the `Study`
settings object: paths, generating and evaluating what is missing, loading results), `data`
(`ReportData` and the frames that need a study), `display` (notebook set-up, tables, notes and
figures in notebooks), `widgets` (the explorer's controls), `page` (executed notebooks merged into
one HTML file), `check` (the headless-Chromium rendering check), `run` (`build_report`: the
notebooks under papermill, then the page).
May import: every other stage; nothing imports it but `cli` and the notebooks.
"""
