// Panel "Budgetbemærkninger": writes the controller's Danish paragraphs per område into a sheet and
// offers to copy them.
import * as React from "react";
import { Body1, Button, Caption1, Spinner, makeStyles } from "@fluentui/react-components";
import { errorText, generateBudgetbemaerkninger, today, type Workbook } from "../flows";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: "10px" } });

export interface BudgetbemaerkningerPanelProps {
  workbook: Workbook;
  generatedOn?: number;
  /** Puts text on the clipboard; the browser's clipboard by default. */
  copy?: (text: string) => Promise<void>;
}

const browserCopy = (text: string) => navigator.clipboard.writeText(text);

export function BudgetbemaerkningerPanel({ workbook, generatedOn, copy = browserCopy }: BudgetbemaerkningerPanelProps): React.ReactElement {
  const styles = useStyles();
  const [paragraphs, setParagraphs] = React.useState<string[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [status, setStatus] = React.useState("");

  const run = async () => {
    setBusy(true);
    setStatus("");
    try {
      const out = await generateBudgetbemaerkninger(workbook, generatedOn ?? today());
      setParagraphs(out.paragraphs);
      setStatus(out.message);
    } catch (e) {
      setStatus(`Budgetbemærkningerne kunne ikke skrives: ${errorText(e)}`);
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
          <section aria-label="Teksten pr. område">
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
