# Opens an .xlsx in LibreOffice (over a UNO socket, with Debian's python3-uno) and writes, per sheet,
# the page style LibreOffice derived from the file: pages wide it scales to (0: none), scale in percent
# and orientation.
# Usage: /usr/bin/python3 pageStyles.py <file.xlsx> <out.json> <profile home>
import json, os, subprocess, sys, time

import uno
from com.sun.star.beans import PropertyValue

src, out, home = sys.argv[1], sys.argv[2], sys.argv[3]
port = 20000 + os.getpid() % 10000
proc = subprocess.Popen(
    ["soffice", "--headless", "--invisible", "--norestore", f"--accept=socket,host=127.0.0.1,port={port};urp;"],
    env={**os.environ, "HOME": home}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = None
    for _ in range(240):
        try:
            ctx = resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(0.5)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    hidden = PropertyValue()
    hidden.Name, hidden.Value = "Hidden", True
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (hidden,))
    styles = doc.StyleFamilies.getByName("PageStyles")
    res = {}
    for i in range(doc.Sheets.Count):
        sheet = doc.Sheets.getByIndex(i)
        style = styles.getByName(sheet.PageStyle)
        res[sheet.Name] = {"pagesWide": style.ScaleToPagesX, "scale": style.PageScale, "landscape": style.IsLandscape}
    with open(out, "w") as f:
        json.dump(res, f)
    doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
finally:
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
