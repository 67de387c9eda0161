"""Layer 4, tables: spreadsheets in and out (one reader for CSV and .xlsx, strict or guessing;
the tidy export) and the periods people write in them (dates, weeks, months).

May import: workspace, models, errors, i18n. Never writes workspace files (that is `writing`).
"""
