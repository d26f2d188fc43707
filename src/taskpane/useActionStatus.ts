// One Excel action at a time from a panel: busy while it runs, then its result lines or the Danish
// error message as the panel's status.
import * as React from "react";

export function useActionStatus() {
  const [status, setStatus] = React.useState<string[]>([]);
  const [busy, setBusy] = React.useState(false);
  const run = async (action: () => Promise<string[]>) => {
    setBusy(true);
    try {
      setStatus(await action());
    } catch (e) {
      setStatus([e instanceof Error ? e.message : String(e)]);
    } finally {
      setBusy(false);
    }
  };
  return { status, setStatus, busy, run };
}
