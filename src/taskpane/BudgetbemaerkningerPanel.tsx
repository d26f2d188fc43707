// Panel "Budgetbemærkninger": writes the controller's Danish paragraphs per område into a sheet and
// offers to copy them.
import * as React from "react";
import { Body1, Button, Caption1, Spinner, makeStyles } from "@fluentui/react-components";
import type { WorkbookActions } from "./actions";
import { generate, loadInputs, loadSettings, today, writtenText } from "./prognoseLogic";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: "10px" } });

export interface BudgetbemaerkningerPanelProps {
  actions: WorkbookActions;
  generatedOn?: number;
  /** Puts text on the clipboard; the browser's clipboard by default. */
  copy?: (text: string) => Promise<void>;
}

const browserCopy = (text: string) => navigator.clipboard.writeText(text);

export function BudgetbemaerkningerPanel({ actions, generatedOn, copy = browserCopy }: BudgetbemaerkningerPanelProps): React.ReactElement {
  const styles = useStyles();
  const [paragraphs, setParagraphs] = React.useState<string[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [status, setStatus] = React.useState("");

  const run = async () => {
    setBusy(true);
    setStatus("");
    try {
      const [inputs, settings] = await Promise.all([loadInputs(actions), loadSettings(actions)]);
      const blocking = inputs.problems.filter((p) => p.code === "table.missing");
      if (blocking.length > 0) throw new Error(blocking.map((p) => p.message).join("; "));
      const pkg = generate(inputs, settings, generatedOn ?? today());
      setParagraphs(pkg.figures.omraader.map((o) => o.text));
      const names = (await actions.generateSheets(pkg.specs.filter((s) => s.kind === "budgetbemaerkninger"))).map((s) => s.written);
      setStatus(writtenText(names));
    } catch (e) {
      setStatus(`Budgetbemærkningerne kunne ikke skrives: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const copyAll = async () => {
    try {
      await copy(paragraphs.join("\n\n"));
      setStatus("Teksten er kopieret.");
    } catch {
      setStatus("Teksten kunne ikke kopieres — markér den i arket og kopiér derfra.");
    }
  };

  return (
    <div className={styles.root}>
      <Body1 as="p">
        Skriver budgetbemærkninger pr. område ud fra budgetforudsætningerne, prognosen og sidste års tal. Prognosemetoderne er
        dem, der er valgt i panelet Prognose.
      </Body1>
      <Button appearance="primary" onClick={run} disabled={busy}>
        Skriv budgetbemærkninger
      </Button>
      {busy && <Spinner size="tiny" label="Arbejder …" />}
      {paragraphs.length > 0 && (
        <>
          <section aria-label="Budgetbemærkninger">
            {paragraphs.map((p, i) => (
              <Body1 as="p" key={i}>
                {p}
              </Body1>
            ))}
          </section>
          <Button onClick={copyAll}>Kopiér teksten</Button>
        </>
      )}
      <Caption1 role="status">{status}</Caption1>
    </div>
  );
}
