// Generates "Økonomitjek ÅÅÅÅ-MM" from last month's copy of the case table and the current one.
import * as React from "react";
import { useActionStatus } from "./useActionStatus";
import { StatusLines } from "./StatusLine";
import { Body1, Button, Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { generateOekonomitjek, parseOekonomitjekForm, today as todayDay, type Workbook } from "../flows";
import { useCaseSheets } from "./useCaseSheets";
import { useMaskCprChoice } from "./useMaskCprSetting";

export interface OekonomitjekPanelProps {
  workbook: Workbook;
  /** Today, proposing year and month. */
  today?: Date;
}

export function OekonomitjekPanel({ workbook, today = new Date() }: OekonomitjekPanelProps): React.ReactElement {
  const { sheets, error } = useCaseSheets(workbook);
  const [before, setBefore] = React.useState("");
  const [now, setNow] = React.useState("");
  const [year, setYear] = React.useState(String(today.getFullYear()));
  const [month, setMonth] = React.useState(String(today.getMonth() + 1));
  const [maskCpr, setMaskCpr] = useMaskCprChoice(workbook);
  const { status, setStatus, busy, run: runAction } = useActionStatus();

  const run = async () => {
    const form = parseOekonomitjekForm({ before, now, year, month, maskCpr });
    if (!form.ok) return setStatus(Object.values(form.errors));
    await runAction(async () => {
      const out = await generateOekonomitjek(workbook, { ...form.request, generatedOn: todayDay() });
      return [out.message, ...out.problems.map((p) => p.message)];
    });
  };
  const options = [<option key="" value="">(vælg ark)</option>, ...sheets.map((s) => <option key={s}>{s}</option>)];

  return (
    <div>
      <Body1 as="p">Hvad er ændret siden sidste måned: tilgang, afgang, takstændringer og ændrede stopdatoer, og effekten på forventet regnskab.</Body1>
      <Field label="Sidste måneds kopi" validationMessage={error ?? undefined}>
        <Select value={before} onChange={(_e, d) => setBefore(d.value)}>
          {options}
        </Select>
      </Field>
      <Field label="Aktuel sagstabel">
        <Select value={now} onChange={(_e, d) => setNow(d.value)}>
          {options}
        </Select>
      </Field>
      <Field label="Budgetår">
        <Input value={year} onChange={(_e, d) => setYear(d.value)} />
      </Field>
      <Field label="Måned">
        <Input value={month} onChange={(_e, d) => setMonth(d.value)} />
      </Field>
      <Checkbox label="Masker cpr-numre (010190-xxxx)" checked={maskCpr} onChange={(_e, d) => setMaskCpr(d.checked === true)} />
      <Button appearance="primary" disabled={busy} onClick={run}>
        Generér økonomitjek
      </Button>
      <StatusLines lines={status} />
    </div>
  );
}
