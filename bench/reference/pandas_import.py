"""The comparison for the import benchmark: what an analyst would do with
pandas. Reads the Swedish CSV (BOM, ';', decimal comma), converts the types
and writes the rows to SQLite. Validation is pandas' own (types only)."""
import sqlite3
import sys

import pandas as pd

csv_path, db_path = sys.argv[1], sys.argv[2]
frame = pd.read_csv(csv_path, sep=";", decimal=",", encoding="utf-8-sig",
                    dtype={"SSYK": "string"},
                    parse_dates=["Anställningsdatum", "Slutdatum"])
with sqlite3.connect(db_path) as connection:
    frame.to_sql("employee", connection, index=False, if_exists="replace")
print(len(frame))
