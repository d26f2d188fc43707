// Generates "Overblik ÅÅÅÅ" (key figures with charts) and "Portefølje ÅÅÅÅ" from a case table.
import * as React from "react";
import { useActionStatus } from "./useActionStatus";
import { StatusLines } from "./StatusLine";
import { Body1, Button, Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { generateOverblik, parseOverblikForm, today, type Workbook } from "../flows";
import { useCaseSheets } from "./useCaseSheets";
import { useMaskCprChoice } from "./useMaskCprSetting";

export interface OverblikPanelProps {
  workbook: Workbook;
  /** Budget year proposed in the form. */
  defaultYear?: number;
}

export function OverblikPanel({ workbook, defaultYear = new Date().getFullYear() }: OverblikPanelProps): React.ReactElement {
  const { sheets, error } = useCaseSheets(workbook);
  const [source, setSource] = React.useState("");
  const [year, setYear] = React.useState(String(defaultYear));
  const [baseYear, setBaseYear] = React.useState(String(defaultYear - 1));
  const [target, setTarget] = React.useState("75 %");
  const [maskCpr, setMaskCpr] = useMaskCprChoice(workbook);
  const { status, setStatus, busy, run: runAction } = useActionStatus();
  const chosen = source || sheets[0] || "";

  const run = async () => {
    const form = parseOverblikForm({ source: chosen, year, baseYear, target, maskCpr });
    if (!form.ok) return setStatus(Object.values(form.errors));
    await runAction(async () => {
      const out = await generateOverblik(workbook, { ...form.request, generatedOn: today() });
      return [out.message, ...out.problems.map((p) => p.message)];
    });
  };

  return (
    <div>
      <Body1 as="p">Nøgletal pr. foranstaltning måned for måned med diagrammer, og sagsbehandlerporteføljen.</Body1>
      <Field label="Ark med sager" validationMessage={error ?? undefined}>
        <Select value={chosen} onChange={(_e, d) => setSource(d.value)}>
          {sheets.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </Select>
      </Field>
      <Field label="Budgetår">
        <Input value={year} onChange={(_e, d) => setYear(d.value)} />
      </Field>
      <Field label="Basisår for indeks">
        <Input value={baseYear} onChange={(_e, d) => setBaseYear(d.value)} />
      </Field>
      <Field label="Mål for andel i plejefamilie">
        <Input value={target} onChange={(_e, d) => setTarget(d.value)} />
      </Field>
      <Checkbox label="Masker cpr-numre (010190-xxxx)" checked={maskCpr} onChange={(_e, d) => setMaskCpr(d.checked === true)} />
      <Button appearance="primary" disabled={busy} onClick={run}>
        Generér overblik og portefølje
      </Button>
      <StatusLines lines={status} />
    </div>
  );
}
