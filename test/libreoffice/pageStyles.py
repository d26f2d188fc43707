# Opens an .xlsx in LibreOffice (over a UNO socket, with Debian's python3-uno) and writes, per sheet,
# the page style LibreOffice derived from the file: pages wide it scales to (0: none), scale in percent
# and orientation.
# Usage: /usr/bin/python3 pageStyles.py <file.xlsx> <out.json> <profile home>
import json, sys

import office

src, out, home = sys.argv[1], sys.argv[2], sys.argv[3]
proc, port = office.start(home)
desktop = None
try:
    desktop = office.desktop(port)
    doc = office.open_hidden(desktop, src)
    styles = doc.StyleFamilies.getByName("PageStyles")
    res = {}
    for i in range(doc.Sheets.Count):
        sheet = doc.Sheets.getByIndex(i)
        style = styles.getByName(sheet.PageStyle)
        res[sheet.Name] = {"pagesWide": style.ScaleToPagesX, "scale": style.PageScale, "landscape": style.IsLandscape}
    with open(out, "w") as f:
        json.dump(res, f)
    doc.close(True)
finally:
    office.stop(proc, desktop)
