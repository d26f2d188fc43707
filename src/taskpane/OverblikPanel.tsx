// Generates "Overblik ÅÅÅÅ" (key figures with charts) and "Portefølje ÅÅÅÅ" from a case table.
import * as React from "react";
import { Body1, Button, Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { generateOverblik, parseOverblikForm, today, type OverblikForm, type Workbook } from "../flows";
import { Messages, useAction } from "./Messages";
import { useBudgetYear } from "./useBudgetYear";
import { useCaseSheets } from "./useCaseSheets";
import { useMaskCprChoice } from "./useMaskCprSetting";

export interface OverblikPanelProps {
  workbook: Workbook;
  /** Budget year proposed in the form. */
  defaultYear?: number;
}

export function OverblikPanel({ workbook, defaultYear }: OverblikPanelProps): React.ReactElement {
  const { sheets, error } = useCaseSheets(workbook);
  const [source, setSource] = React.useState("");
  const [year, setYear] = useBudgetYear(workbook, defaultYear);
  // The index's base year follows the budget year until the user types one.
  const [baseYearText, setBaseYear] = React.useState<string | null>(null);
  const baseYear = baseYearText ?? (/^\d{4}$/.test(year.trim()) ? String(Number(year) - 1) : "");
  const [target, setTarget] = React.useState("75 %");
  const [maskCpr, setMaskCpr] = useMaskCprChoice(workbook);
  const [fieldErrors, setFieldErrors] = React.useState<Partial<Record<keyof OverblikForm, string>>>({});
  const action = useAction();
  const chosen = source || sheets[0] || "";

  const run = async () => {
    const form = parseOverblikForm({ source: chosen, year, baseYear, target, maskCpr });
    if (!form.ok) {
      action.clear();
      return setFieldErrors(form.errors);
    }
    setFieldErrors({});
    await action.run("Skriver overblik og portefølje …", () => generateOverblik(workbook, { ...form.request, generatedOn: today() }));
  };

  return (
    <div>
      <Body1 as="p">Nøgletal pr. foranstaltning måned for måned med diagrammer, og sagsbehandlerporteføljen.</Body1>
      <Field label="Ark med sager" validationMessage={fieldErrors.source ?? error ?? undefined}>
        <Select value={chosen} onChange={(_e, d) => setSource(d.value)}>
          {sheets.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </Select>
      </Field>
      <Field label="Budgetår" validationMessage={fieldErrors.year}>
        <Input value={year} onChange={(_e, d) => setYear(d.value)} inputMode="numeric" />
      </Field>
      <Field label="Basisår for indeks" validationMessage={fieldErrors.baseYear}>
        <Input value={baseYear} onChange={(_e, d) => setBaseYear(d.value)} inputMode="numeric" />
      </Field>
      <Field label="Mål for andel i plejefamilie" validationMessage={fieldErrors.target}>
        <Input value={target} onChange={(_e, d) => setTarget(d.value)} />
      </Field>
      <Checkbox label="Masker personer (pseudonym i stedet for cpr-nr. og navn)" checked={maskCpr} onChange={(_e, d) => setMaskCpr(d.checked === true)} />
      <Button appearance="primary" disabled={!!action.busy} onClick={run}>
        Generér overblik og portefølje
      </Button>
      <Messages workbook={workbook} busy={action.busy} errors={action.errors} result={action.result} problems={action.problems} problemsLabel="Problemer i sagerne" />
    </div>
  );
}
