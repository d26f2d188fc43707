// Panel "Budgetbemærkninger": writes the controller's Danish paragraphs per område into a sheet and
// offers to copy them.
import * as React from "react";
import { Button } from "@fluentui/react-components";
import { generateBudgetbemaerkninger, today, type Workbook } from "../flows";
import { Panel, Paragraph, Section, Stack } from "./layout";
import { Messages, useAction } from "./Messages";
import { paneMsg } from "./messages";

export interface BudgetbemaerkningerPanelProps {
  workbook: Workbook;
  generatedOn?: number;
  /** Puts text on the clipboard; the browser's clipboard by default. */
  copy?: (text: string) => Promise<void>;
}

const browserCopy = (text: string) => navigator.clipboard.writeText(text);

export function BudgetbemaerkningerPanel({ workbook, generatedOn, copy = browserCopy }: BudgetbemaerkningerPanelProps): React.ReactElement {
  const [paragraphs, setParagraphs] = React.useState<string[]>([]);
  const action = useAction();

  const run = () =>
    action.run(
      paneMsg.budgetbemaerkninger.writing,
      async () => {
        const out = await generateBudgetbemaerkninger(workbook, generatedOn ?? today());
        setParagraphs(out.paragraphs);
        return out;
      },
      paneMsg.budgetbemaerkninger.notWritten,
    );

  const copyAll = async () => {
    try {
      await copy(paragraphs.join("\n\n"));
      action.setResult([paneMsg.budgetbemaerkninger.copied]);
    } catch {
      action.fail({ text: paneMsg.budgetbemaerkninger.notCopied, next: paneMsg.budgetbemaerkninger.copyByHand });
    }
  };

  return (
    <Panel
      intro="Skriver budgetbemærkninger pr. område ud fra budgetforudsætningerne, prognosen og sidste års tal. Prognosemetoderne er dem, der er valgt i panelet Prognose."
    >
      <Button appearance="primary" onClick={run} disabled={!!action.busy}>
        Skriv budgetbemærkninger
      </Button>
      <Messages workbook={workbook} busy={action.busy} errors={action.errors} result={action.result} problems={action.problems} problemsLabel="Bemærkninger" />
      {paragraphs.length > 0 && (
        <Section title="Teksten pr. område">
          {/* Each område its own paragraph, a line apart: they never run together. */}
          <Stack gap="m">
            {paragraphs.map((p, i) => (
              <Paragraph key={i}>{p}</Paragraph>
            ))}
          </Stack>
          <Button onClick={copyAll}>Kopiér teksten</Button>
        </Section>
      )}
    </Panel>
  );
}
