# LibreOffice headless over a UNO socket (Debian's python3-uno), shared by the scripts beside it:
# start it with a profile of its own, wait for its socket, and open a file hidden.
import os, subprocess, time

import uno
from com.sun.star.beans import PropertyValue


def start(home):
    """Starts soffice listening on a port of this process; returns (process, port)."""
    port = 20000 + os.getpid() % 10000
    proc = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", f"--accept=socket,host=127.0.0.1,port={port};urp;"],
        env={**os.environ, "HOME": home}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    return proc, port


def desktop(port):
    """The Desktop of the soffice on `port`, waiting up to two minutes for it to listen."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = None
    for _ in range(240):
        try:
            ctx = resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(0.5)
    return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)


def open_hidden(desk, path):
    hidden = PropertyValue()
    hidden.Name, hidden.Value = "Hidden", True
    return desk.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (hidden,))


def stop(proc, desk=None):
    """Asks LibreOffice to quit (when it got that far) and waits for it; kills it after 30 s."""
    if desk is not None:
        try:
            desk.terminate()
        except Exception:
            pass
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
