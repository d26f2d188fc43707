// Generates "Overblik ÅÅÅÅ" (key figures with charts) and "Portefølje ÅÅÅÅ" from a case table.
import * as React from "react";
import {
  Button, Checkbox, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Select,
} from "@fluentui/react-components";
import { readYear } from "../core";
import { closeYear, generateOverblik, parseOverblikForm, shareLeverandoerer, sharePortefoelje, today, type OverblikForm, type Workbook } from "../flows";
import { Action, Panel, Paragraph, Section, Stack } from "./layout";
import { Messages, useAction } from "./Messages";
import { useBudgetYear } from "./useBudgetYear";
import { useCaseSheets } from "./useCaseSheets";
import { MASK_LABEL, useMaskCprChoice } from "./useMaskCprSetting";
import { paneMsg } from "./messages";

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
  const baseYear = baseYearText ?? (readYear(year).ok ? String(Number(year) - 1) : "");
  const [target, setTarget] = React.useState("75 %");
  const [maskCpr, setMaskCpr] = useMaskCprChoice(workbook);
  const [fieldErrors, setFieldErrors] = React.useState<Partial<Record<keyof OverblikForm, string>>>({});
  const action = useAction();
  const closing = useAction();
  // The year to close: the one before the budget year until the user types one (closing is done
  // after New Year, when the budget year has moved on).
  const [closeYearText, setCloseYear] = React.useState<string | null>(null);
  const yearToClose = closeYearText ?? (readYear(year).ok ? String(Number(year) - 1) : "");
  const closeYearReading = readYear(yearToClose);
  const closeYearOk = closeYearReading.ok;
  // Closing a year saves its figures for good (a closed year is shown from what was saved, never
  // recomputed), so it asks first.
  const [confirming, setConfirming] = React.useState(false);
  const chosen = source || sheets[0] || "";

  const run = async () => {
    const form = parseOverblikForm({ source: chosen, year, baseYear, target, maskCpr });
    if (!form.ok) {
      action.clear();
      return setFieldErrors(form.errors);
    }
    setFieldErrors({});
    await action.run(paneMsg.overblik.writing, () => generateOverblik(workbook, { ...form.request, generatedOn: today() }));
  };

  // Del som fil: the Portefølje (or Leverandører) of the same choices, always masked and with values only, in a new workbook.
  const share = async (which: "portefoelje" | "leverandoerer" = "portefoelje") => {
    const form = parseOverblikForm({ source: chosen, year, baseYear, target, maskCpr: true });
    if (!form.ok) {
      action.clear();
      return setFieldErrors(form.errors);
    }
    setFieldErrors({});
    const request = { ...form.request, generatedOn: today() };
    if (which === "leverandoerer") await action.run(paneMsg.overblik.sharingLeverandoerer, () => shareLeverandoerer(workbook, request), paneMsg.overblik.leverandoererNotShared);
    else await action.run(paneMsg.overblik.sharingPortefoelje, () => sharePortefoelje(workbook, request), paneMsg.overblik.portefoeljeNotShared);
  };

  const close = async () => {
    setConfirming(false);
    if (!chosen || !closeYearOk) return;
    await closing.run(paneMsg.overblik.closing(yearToClose), () => closeYear(workbook, { source: chosen, year: Number(yearToClose), generatedOn: today() }), paneMsg.overblik.notClosed);
  };

  return (
    <Panel intro="Nøgletal pr. foranstaltning måned for måned med diagrammer, sagsbehandlerporteføljen og leverandørerne.">
      <Stack gap="m">
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
        <Checkbox label={MASK_LABEL} checked={maskCpr} onChange={(_e, d) => setMaskCpr(d.checked === true)} />
      </Stack>
      <Button appearance="primary" disabled={!!action.busy} onClick={run}>
        Generér overblik, portefølje og leverandører
      </Button>
      <Action caption="Del som fil åbner en ny projektmappe med porteføljen: kun værdier og personer som pseudonymer, klar til at sende.">
        <Button disabled={!!action.busy} onClick={() => share("portefoelje")}>
          Del porteføljen som fil
        </Button>
      </Action>
      <Action caption="Leverandørerne som fil: plejefamilier og andre, der kan være private personer, med pseudonym; kun værdier.">
        <Button disabled={!!action.busy} onClick={() => share("leverandoerer")}>
          Del leverandørerne som fil
        </Button>
      </Action>
      <Messages workbook={workbook} busy={action.busy} errors={action.errors} result={action.result} problems={action.problems} problemsLabel="Problemer i sagerne" />
      <Section title="Årsafslutning">
        <Paragraph small>
          Gem årets helårspersoner, GNS-pris og beløb pr. foranstaltning og konto i arbejdsbogen, så Overblik kan vise året som
          tidligere år. Tidligere år beregnes aldrig ud fra dagens sagsliste; år før tilføjelsesprogrammet kan gives i en tabel Regnskab (Konto, År, Regnskab).
        </Paragraph>
        <Field label="År, der lukkes" validationMessage={closeYearReading.ok ? undefined : closeYearReading.message}>
          <Input value={yearToClose} onChange={(_e, d) => setCloseYear(d.value)} inputMode="numeric" />
        </Field>
        <Button disabled={!!closing.busy || !chosen || !closeYearOk} onClick={() => setConfirming(true)}>
          Luk året {closeYearOk ? yearToClose : ""}
        </Button>
        {/* Asked in place rather than in a modal dialog: the pane is 350 px wide and the question
            stands next to the button that asked it. */}
        {confirming && closeYearOk && (
          <MessageBar intent="warning" layout="multiline" role="group" aria-label={paneMsg.overblik.closeQuestion(yearToClose)}>
            <MessageBarBody>
              <MessageBarTitle>{paneMsg.overblik.closeQuestion(yearToClose)}</MessageBarTitle>
              {paneMsg.overblik.closeSaves(chosen, yearToClose)}
              {paneMsg.overblik.closeThen(yearToClose)}
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" ref={(b) => b?.focus()} onClick={close}>{`Ja, luk ${yearToClose}`}</Button>
              <Button onClick={() => setConfirming(false)}>Annullér</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <Messages workbook={workbook} busy={closing.busy} errors={closing.errors} result={closing.result} problems={closing.problems} problemsLabel="Problemer i sagerne" />
      </Section>
    </Panel>
  );
}
