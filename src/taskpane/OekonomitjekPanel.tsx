// Generates "Økonomitjek ÅÅÅÅ-MM" from last month's copy of the case table and the current one.
import * as React from "react";
import { Button, Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { generateOekonomitjek, parseOekonomitjekForm, shareOekonomitjek, today as todayDay, type OekonomitjekForm, type Workbook } from "../flows";
import { Action, Panel, Stack } from "./layout";
import { Messages, useAction } from "./Messages";
import { useBudgetYear } from "./useBudgetYear";
import { useCaseSheets } from "./useCaseSheets";
import { MASK_LABEL, useMaskCprChoice } from "./useMaskCprSetting";
import { paneMsg } from "./messages";

export interface OekonomitjekPanelProps {
  workbook: Workbook;
  /** Today, proposing year and month. */
  today?: Date;
}

export function OekonomitjekPanel({ workbook, today = new Date() }: OekonomitjekPanelProps): React.ReactElement {
  const { sheets, error } = useCaseSheets(workbook);
  const [before, setBefore] = React.useState("");
  const [now, setNow] = React.useState("");
  const [year, setYear] = useBudgetYear(workbook, undefined, today);
  const [month, setMonth] = React.useState(String(today.getMonth() + 1));
  const [maskCpr, setMaskCpr] = useMaskCprChoice(workbook);
  const [fieldErrors, setFieldErrors] = React.useState<Partial<Record<keyof OekonomitjekForm, string>>>({});
  const action = useAction();
  // The current table is usually the first case sheet; last month's copy is the user's choice.
  const chosenNow = now || sheets[0] || "";

  const run = async () => {
    const form = parseOekonomitjekForm({ before, now: chosenNow, year, month, maskCpr });
    if (!form.ok) {
      action.clear();
      return setFieldErrors(form.errors);
    }
    setFieldErrors({});
    await action.run(paneMsg.oekonomitjek.writing, () => generateOekonomitjek(workbook, { ...form.request, generatedOn: todayDay() }));
  };
  // Del som fil: the same Økonomitjek, always masked and with values only, in a new workbook.
  const share = async () => {
    const form = parseOekonomitjekForm({ before, now: chosenNow, year, month, maskCpr: true });
    if (!form.ok) {
      action.clear();
      return setFieldErrors(form.errors);
    }
    setFieldErrors({});
    await action.run(paneMsg.oekonomitjek.sharing, () => shareOekonomitjek(workbook, { ...form.request, generatedOn: todayDay() }), paneMsg.oekonomitjek.notShared);
  };
  // A placeholder the user cannot pick again once a sheet is chosen.
  const options = (value: string) => [
    ...(value === "" ? [<option key="" value="" disabled>Vælg et ark</option>] : []),
    ...sheets.map((s) => <option key={s}>{s}</option>),
  ];

  return (
    <Panel intro="Hvad er ændret siden sidste måned: tilgang, afgang, takstændringer og ændrede stopdatoer, og effekten på forventet regnskab.">
      <Stack gap="m">
        <Field label="Sidste måneds kopi" validationMessage={fieldErrors.before ?? error ?? undefined}>
          <Select value={before} onChange={(_e, d) => setBefore(d.value)}>
            {options(before)}
          </Select>
        </Field>
        <Field label="Aktuel sagstabel" validationMessage={fieldErrors.now}>
          <Select value={chosenNow} onChange={(_e, d) => setNow(d.value)}>
            {options(chosenNow)}
          </Select>
        </Field>
        <Field label="Budgetår" validationMessage={fieldErrors.year}>
          <Input value={year} onChange={(_e, d) => setYear(d.value)} inputMode="numeric" />
        </Field>
        <Field label="Måned" validationMessage={fieldErrors.month}>
          <Input value={month} onChange={(_e, d) => setMonth(d.value)} inputMode="numeric" />
        </Field>
        <Checkbox label={MASK_LABEL} checked={maskCpr} onChange={(_e, d) => setMaskCpr(d.checked === true)} />
      </Stack>
      <Button appearance="primary" disabled={!!action.busy} onClick={run}>
        Generér økonomitjek
      </Button>
      <Action caption="Del som fil åbner en ny projektmappe med økonomitjekket: kun værdier og personer som pseudonymer, klar til at sende.">
        <Button disabled={!!action.busy} onClick={share}>
          Del som fil
        </Button>
      </Action>
      <Messages workbook={workbook} busy={action.busy} errors={action.errors} result={action.result} problems={action.problems} problemsLabel="Problemer i sagerne" />
    </Panel>
  );
}
