# Opens an .xlsx in LibreOffice (over a UNO socket, with Debian's python3-uno), applies each scenario's
# edits as a user would make them (type a value, insert rows — LibreOffice moves every reference as
# Excel does), recalculates, and writes per scenario the cells asked for and every formula cell whose
# result is an error value. The document is loaded afresh for each scenario.
# Usage: /usr/bin/python3 edits.py <file.xlsx> <in.json> <out.json> <profile home>
# in.json: {"read": [[sheet, row, col], …], "scenarios": [{"name": …, "edits": [
#   {"op": "set", "sheet": …, "row": r, "col": c, "value": number | text},
#   {"op": "insertRows", "sheet": …, "row": r, "count": n}]}]}   (rows and columns 0-based)
import json, sys

import office
from com.sun.star.table.CellContentType import FORMULA, TEXT

src, spec_in, out, home = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
with open(spec_in) as f:
    spec = json.load(f)
proc, port = office.start(home)
desktop = None
ERROR = 4  # com.sun.star.sheet.FormulaResult.ERROR


def cell_value(cell):
    if cell.getType() == FORMULA:
        if cell.getError() != 0:
            return {"error": cell.getString()}
        return {"text": cell.getString()} if cell.FormulaResultType2 == TEXT else {"number": cell.getValue(), "text": cell.getString()}
    if cell.getType() == TEXT:
        return {"text": cell.getString()}
    return {"number": cell.getValue(), "text": cell.getString()}


try:
    desktop = office.desktop(port)
    results = {}
    for scenario in spec["scenarios"]:
        doc = office.open_hidden(desktop, src)
        for e in scenario["edits"]:
            sheet = doc.Sheets.getByName(e["sheet"])
            if e["op"] == "set":
                cell = sheet.getCellByPosition(e["col"], e["row"])
                if e["value"] is None:
                    cell.setString("")
                elif isinstance(e["value"], str):
                    cell.setString(e["value"])
                else:
                    cell.setValue(e["value"])
            elif e["op"] == "insertRows":
                sheet.getRows().insertByIndex(e["row"], e["count"])
        doc.calculateAll()
        cells = {f"{s}!{r},{c}": cell_value(doc.Sheets.getByName(s).getCellByPosition(c, r)) for s, r, c in spec["read"]}
        errors = []
        for i in range(doc.Sheets.Count):
            sheet = doc.Sheets.getByIndex(i)
            ranges = sheet.queryFormulaCells(ERROR)
            for addr in ranges.getRangeAddresses():
                for r in range(addr.StartRow, addr.EndRow + 1):
                    for c in range(addr.StartColumn, addr.EndColumn + 1):
                        errors.append(f"{sheet.Name}!{r},{c}: {sheet.getCellByPosition(c, r).getString()}")
        results[scenario["name"]] = {"cells": cells, "errors": errors[:50]}
        doc.close(True)
    with open(out, "w") as f:
        json.dump(results, f)
finally:
    office.stop(proc, desktop)
