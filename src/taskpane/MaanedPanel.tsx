// "Opdatér måned": the monthly cycle in one click (flows/maaned.ts). Minimal on purpose: pick the
// sheet with the new extract, the year and month being closed; the flow does the rest and says what
// changed.
import * as React from "react";
import { Button, Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { parseMaanedForm, today as todayDay, updateMonth, type Workbook } from "../flows";
import { Action, Panel, Stack } from "./layout";
import { Messages, useAction } from "./Messages";
import { useBudgetYear } from "./useBudgetYear";
import { useCaseSheets } from "./useCaseSheets";
import { MASK_LABEL, useMaskCprChoice } from "./useMaskCprSetting";
import { paneMsg } from "./messages";

export interface MaanedPanelProps {
  workbook: Workbook;
  /** Today, proposing year and month. */
  today?: Date;
}

/** Why the button waits: the first field in error, in the order the fields stand. */
function blockedReason(errors: { source?: string; year?: string; month?: string }): string {
  if (errors.source) return `${errors.source}.`;
  return paneMsg.maaned.blocked;
}

export function MaanedPanel({ workbook, today = new Date() }: MaanedPanelProps): React.ReactElement {
  const { sheets, error } = useCaseSheets(workbook);
  const [source, setSource] = React.useState("");
  const [year, setYear] = useBudgetYear(workbook, undefined, today);
  const [month, setMonth] = React.useState(String(today.getMonth() + 1));
  const [maskCpr, setMaskCpr] = useMaskCprChoice(workbook);
  const action = useAction();
  // Read on every keystroke: a field in error says so at once and holds the button back.
  const form = parseMaanedForm({ source, year, month });
  const fieldErrors: { source?: string; year?: string; month?: string } = form.ok ? {} : form.errors;

  const run = async () => {
    if (!form.ok) return;
    const { request } = form;
    await action.run(paneMsg.maaned.updating, () => updateMonth(workbook, { ...request, maskCpr, generatedOn: todayDay() }));
  };

  return (
    <Panel
      intro={"Månedens arbejde i ét tryk: disponeringsark og nøgletal opdateres i de samme ark (dine noter følger deres sag), sagstabellen gemmes " +
        "som sagsbillede, og økonomitjekket for måneden laves mod sidste måneds sagsbillede."}
    >
      <Stack gap="m">
        <Field label="Nyt udtræk af sagstabellen" validationMessage={error ?? (sheets.length > 0 ? fieldErrors.source : undefined)}>
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
        <Checkbox label={MASK_LABEL} checked={maskCpr} onChange={(_e, d) => setMaskCpr(d.checked === true)} />
      </Stack>
      <Action caption={form.ok ? undefined : blockedReason(fieldErrors)} captionId="maaned-blocked">
        <Button appearance="primary" disabled={!!action.busy} disabledFocusable={!form.ok} aria-describedby={form.ok ? undefined : "maaned-blocked"} onClick={run}>
          Opdatér måned
        </Button>
      </Action>
      <Messages workbook={workbook} busy={action.busy} errors={action.errors} result={action.result} problems={action.problems} problemsLabel="Problemer i sagerne" />
    </Panel>
  );
}
