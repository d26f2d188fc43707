// Panel "Budgetmodel": creates "Budgetmodel <tilbud>" for a provider and budget year (docs/domain.md §5).
import * as React from "react";
import { useWorkbookRevision } from "./useWorkbookRevision";
import { Button, Field, Input, Select } from "@fluentui/react-components";
import {
  generateBudgetmodel, parseBudgetmodelForm, PREFILL_SOURCES, startBudgetmodel, today, type PrefillChoice,
  type PrefillSource, type Workbook,
} from "../flows";
import { Panel, Paragraph, Section } from "./layout";
import { Messages, useAction } from "./Messages";
import { useBudgetYear } from "./useBudgetYear";
import { paneMsg } from "./messages";

const SOURCE_LABELS: Record<PrefillSource, string> = paneMsg.budgetmodel.sources;

export function BudgetmodelPanel({ workbook, defaultYear }: { workbook: Workbook; defaultYear?: number }): React.ReactElement {
  const [tilbud, setTilbud] = React.useState("");
  const [year, setYear] = useBudgetYear(workbook, defaultYear);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [tables, setTables] = React.useState<string[]>([]);
  const [choice, setChoice] = React.useState<PrefillChoice>({});
  // The table slots the user chose by hand: a re-read keeps those and proposes the rest anew.
  const chosenByHand = React.useRef(new Set<string>());
  const action = useAction();

  const revision = useWorkbookRevision();
  React.useEffect(() => {
    let live = true;
    // Without tables (or a host that cannot list them) the panel still creates an empty model.
    void startBudgetmodel(workbook).then((start) => {
      if (!live) return;
      setTables(start.tables);
      // A choice the user made stays while its table is still there.
      setChoice((chosen) => ({
        ...start.choice,
        ...Object.fromEntries(Object.entries(chosen).filter(([slot, t]) => chosenByHand.current.has(slot) && (!t || start.tables.includes(t)))),
      }));
    });
    return () => {
      live = false;
    };
  }, [workbook, revision]);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const form = parseBudgetmodelForm({ tilbud, year });
    if (!form.ok) {
      setErrors(form.errors);
      action.clear();
      return;
    }
    setErrors({});
    await action.run("Opretter budgetmodellen …", () => generateBudgetmodel(workbook, form.request, choice, today()));
  };

  return (
    <Panel
      as="form" onSubmit={submit} aria-label="Budgetmodel" noValidate
      intro={"Opret en tilbudsspecifik budgetmodel: variable og faste omkostninger, indtægter pr. funktionsniveau, forventet " +
        "regnskabsresultat, årsværk, ATA-timer og rammebesparelse. Gule celler er indtastning; arket er beskyttet uden adgangskode."}
    >
      <Field label="Tilbud" required validationMessage={errors.tilbud}>
        <Input value={tilbud} onChange={(_e, d) => setTilbud(d.value)} />
      </Field>
      <Field label="Budgetår" required validationMessage={errors.year}>
        <Input value={year} onChange={(_e, d) => setYear(d.value)} inputMode="numeric" />
      </Field>
      <Section label="Udfyld fra tabeller">
        <Paragraph>Udfyld eventuelt modellen fra tabeller i arbejdsbogen (omkostningslinjer matches på navn):</Paragraph>
        {PREFILL_SOURCES.map((s) => (
          <Field key={s} label={SOURCE_LABELS[s]}>
            <Select value={choice[s] ?? ""} onChange={(_e, d) => {
              chosenByHand.current.add(s);
              setChoice({ ...choice, [s]: d.value });
            }}>
              <option value="">(ingen)</option>
              {tables.map((t) => (
                <option key={t} value={t}>{t}</option>
              ))}
            </Select>
          </Field>
        ))}
      </Section>
      <Button appearance="primary" type="submit" disabled={!!action.busy}>
        Opret budgetmodel
      </Button>
      <Messages workbook={workbook} busy={action.busy} errors={action.errors} result={action.result} problems={action.problems} problemsLabel="Problemer i tabellerne" />
    </Panel>
  );
}
