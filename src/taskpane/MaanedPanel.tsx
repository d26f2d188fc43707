// "Opdatér måned": the monthly cycle in one click (flows/maaned.ts). Minimal on purpose: pick the
// sheet with the new extract, the year and month being closed; the flow does the rest and says what
// changed.
import * as React from "react";
import { Body1, Button, Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { today as todayDay, updateMonth, type Workbook } from "../flows";
import { Messages, useAction } from "./Messages";
import { useBudgetYear } from "./useBudgetYear";
import { useCaseSheets } from "./useCaseSheets";
import { useMaskCprChoice } from "./useMaskCprSetting";

export interface MaanedPanelProps {
  workbook: Workbook;
  /** Today, proposing year and month. */
  today?: Date;
}

export function MaanedPanel({ workbook, today = new Date() }: MaanedPanelProps): React.ReactElement {
  const { sheets, error } = useCaseSheets(workbook);
  const [source, setSource] = React.useState("");
  const [year, setYear] = useBudgetYear(workbook, undefined, today);
  const [month, setMonth] = React.useState(String(today.getMonth() + 1));
  const [maskCpr, setMaskCpr] = useMaskCprChoice(workbook);
  const [fieldErrors, setFieldErrors] = React.useState<{ source?: string; year?: string; month?: string }>({});
  const action = useAction();

  const run = async () => {
    const y = Number(year), m = Number(month);
    const errors: typeof fieldErrors = {};
    if (source === "") errors.source = "Vælg arket med det nye udtræk af sagstabellen";
    if (!Number.isInteger(y) || y < 2000 || y > 2100) errors.year = "Budgetåret skal være et årstal, fx 2025";
    if (!Number.isInteger(m) || m < 1 || m > 12) errors.month = "Måneden skal være et tal fra 1 til 12";
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return action.clear();
    await action.run("Opdaterer måneden …", () => updateMonth(workbook, { source, year: y, month: m, maskCpr, generatedOn: todayDay() }));
  };

  return (
    <div>
      <Body1 as="p">
        Månedens arbejde i ét tryk: disponeringsark og nøgletal opdateres i de samme ark (dine noter følger deres sag), sagstabellen gemmes
        som sagsbillede, og økonomitjekket for måneden laves mod sidste måneds sagsbillede.
      </Body1>
      <Field label="Nyt udtræk af sagstabellen" validationMessage={fieldErrors.source ?? error ?? undefined}>
        <Select value={source} onChange={(_e, d) => setSource(d.value)}>
          {[...(source === "" ? [<option key="" value="" disabled>Vælg et ark</option>] : []), ...sheets.map((s) => <option key={s}>{s}</option>)]}
        </Select>
      </Field>
      <Field label="Budgetår" validationMessage={fieldErrors.year}>
        <Input value={year} onChange={(_e, d) => setYear(d.value)} inputMode="numeric" />
      </Field>
      <Field label="Måned der lukkes" validationMessage={fieldErrors.month}>
        <Input value={month} onChange={(_e, d) => setMonth(d.value)} inputMode="numeric" />
      </Field>
      <Checkbox label="Masker cpr-numre (010190-xxxx)" checked={maskCpr} onChange={(_e, d) => setMaskCpr(d.checked === true)} />
      <Button appearance="primary" disabled={!!action.busy} onClick={run}>
        Opdatér måned
      </Button>
      <Messages workbook={workbook} busy={action.busy} errors={action.errors} result={action.result} problems={action.problems} problemsLabel="Problemer i sagerne" />
    </div>
  );
}
