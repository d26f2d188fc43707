// Panel "Prognose": choose a method per konto (remembered in the workbook), the pool's λ, and
// generate Budgetforudsætninger, Risikosager and "Prognose ÅÅÅÅ-MM".
import * as React from "react";
import { Button, Field, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { METHODS, type MethodId } from "../core";
import type { PrognoseSettings } from "../flows";
import {
  checkPrognoseSettings, generateAarsanalyser, runExclusive, generatePrognose, methodSuggestion, loadPrognoseSettings, readPrognoseInputs, savePrognoseSettings, today, withLambda,
  withMethod, withSkoen, withoutSkoen, type PrognoseInputs, type Workbook,
} from "../flows";
import { Action, Panel, Section, Stack } from "./layout";
import { NumberField } from "./NumberField";
import { errorOf, Messages, useAction } from "./Messages";
import { paneMsg } from "./messages";

/** The longest history a mean of the last months reaches back (ten years of bookings). */
const MAX_LAMBDA_MONTHS = 120;

export interface PrognosePanelProps {
  workbook: Workbook;
  /** Day number printed in the sheets' banners; today by default. */
  generatedOn?: number;
}

export function PrognosePanel({ workbook, generatedOn }: PrognosePanelProps): React.ReactElement {
  const [inputs, setInputs] = React.useState<PrognoseInputs | null>(null);
  const [settings, setSettings] = React.useState<PrognoseSettings | null>(null);
  const action = useAction();
  const [tried, setTried] = React.useState(false);
  // Fields whose text cannot be read (by konto, or "months"): the prognose waits until they can, so
  // it never runs with the last value a field understood.
  const [unreadable, setUnreadable] = React.useState<Record<string, boolean>>({});
  const markReadable = (key: string, valid: boolean) => setUnreadable((u) => (u[key] === !valid ? u : { ...u, [key]: !valid }));

  // A choice is saved when it is made (Budgetbemærkninger reads it from the workbook).
  const choose = (next: PrognoseSettings) => {
    setSettings(next);
    runExclusive(() => savePrognoseSettings(workbook, next)).catch((e) => action.fail(errorOf(e, paneMsg.prognose.choiceNotSaved, paneMsg.prognose.choiceNext)));
  };
  const fieldErrors = inputs && settings ? checkPrognoseSettings(inputs.kontos.map((k) => k.konto), settings) : {};
  const blocked = !!inputs && !!settings && (
    inputs.kontos.some(({ konto }) => settings.methods[konto] === "skoen" && unreadable[konto])
    || (settings.lambda.kind === "gennemsnit" && !!unreadable.months)
  );

  const read = async () => {
    let missing = false;
    await action.run(
      paneMsg.prognose.reading,
      async () => {
        const [loaded, saved] = await Promise.all([readPrognoseInputs(workbook), loadPrognoseSettings(workbook)]);
        // Without a required table there is nothing to choose methods for: say which and what to do.
        if (loaded.missingTables.length > 0) {
          missing = true;
          throw new Error(loaded.message);
        }
        setInputs(loaded);
        setSettings(saved);
        return loaded;
      },
      paneMsg.prognose.tablesUnreadable,
    );
    if (missing) setInputs(null);
  };

  const run = async () => {
    if (!inputs || !settings || blocked) return;
    setTried(true);
    if (Object.keys(fieldErrors).length > 0) {
      action.fail({ text: paneMsg.prognose.notMade, next: paneMsg.prognose.fieldsNext });
      return;
    }
    await action.run(paneMsg.prognose.making, () => generatePrognose(workbook, inputs, settings, generatedOn ?? today()), paneMsg.prognose.notMadeError);
  };

  const analyse = async () => {
    if (!inputs) return;
    await action.run(paneMsg.prognose.analysing, () => generateAarsanalyser(workbook, inputs, generatedOn ?? today()), paneMsg.prognose.analysesNotMade);
  };

  return (
    <Panel
      intro={"Vælg en prognosemetode for hver konto. Valget gemmes i arbejdsbogen. Panelet læser tabellerne Budget, Forbrug, " +
        "Budgetforudsætninger og (hvis de findes) Risikosager, Tilgang, PL og Sager."}
    >
      <Button appearance="secondary" onClick={read} disabled={!!action.busy}>
        Læs tabellerne
      </Button>
      {inputs && settings && (
        <>
          <Section title="Metode pr. konto" label="Metoder">
            {inputs.kontos.map(({ konto, tekst }) => (
              <MethodChoice
                key={konto} konto={konto} tekst={tekst} inputs={inputs} settings={settings} choose={choose}
                error={tried ? fieldErrors[konto] : undefined} onReadable={(valid) => markReadable(konto, valid)}
              />
            ))}
          </Section>
          <Section title="Tilgang til puljen" label="Tilgang">
            <PoolInflow settings={settings} choose={choose} onReadable={(valid) => markReadable("months", valid)} />
          </Section>
          <Action caption={blocked ? "Ret felterne markeret med rødt. Prognosen dannes først, når de kan læses." : undefined} captionId="prognose-blocked">
            <Button appearance="primary" onClick={run} disabled={!!action.busy} disabledFocusable={blocked} aria-describedby={blocked ? "prognose-blocked" : undefined}>
              Dan prognosen
            </Button>
          </Action>
          <Button appearance="secondary" onClick={analyse} disabled={!!action.busy}>
            Dan metodevalg, overgang 18 år og sammenligning
          </Button>
        </>
      )}
      <Messages workbook={workbook} busy={action.busy} errors={action.errors} result={action.result} problems={action.problems} problemsLabel="Bemærkninger" />
    </Panel>
  );
}

interface MethodChoiceProps {
  konto: string;
  tekst?: string;
  inputs: PrognoseInputs;
  settings: PrognoseSettings;
  choose: (next: PrognoseSettings) => void;
  /** An error decided by the panel (no skøn typed), shown once the user tried. */
  error?: string;
  /** Whether the Skøn field's text can be read. */
  onReadable: (valid: boolean) => void;
}

/** One konto: its method (full width, so the name is never cut), and its Skøn when that is the method. */
function MethodChoice({ konto, tekst, inputs, settings, choose, error, onReadable }: MethodChoiceProps): React.ReactElement {
  const method = settings.methods[konto] ?? "disponering";
  return (
    <Stack gap="s">
      <Field label={`Metode for ${konto}${tekst ? ` ${tekst}` : ""}`} hint={methodSuggestion(inputs, konto)}>
        <Select value={method} onChange={(_e, d) => choose(withMethod(settings, konto, d.value as MethodId))}>
          {METHODS.map((m) => (
            <option key={m.id} value={m.id} title={m.name}>
              {m.short ?? m.name}
            </option>
          ))}
        </Select>
      </Field>
      {method === "skoen" && (
        <NumberField
          label={paneMsg.prognose.skoenLabel(konto)}
          kind="beloeb"
          required
          min={0}
          value={settings.skoen?.[konto] ?? null}
          error={error}
          onValue={(v, valid) => {
            onReadable(valid);
            if (valid || v === null) choose(v === null ? withoutSkoen(settings, konto) : withSkoen(settings, konto, v));
          }}
        />
      )}
    </Stack>
  );
}

/** The pool's expected new cases per month: a mean of the last months (how many) or a linear trend. */
function PoolInflow({ settings, choose, onReadable }: {
  settings: PrognoseSettings; choose: (next: PrognoseSettings) => void; onReadable: (valid: boolean) => void;
}): React.ReactElement {
  return (
    <>
      <Field label="Forventet tilgang af nye sager pr. måned (til puljen)">
        <RadioGroup
          value={settings.lambda.kind}
          onChange={(_e, d) => choose(withLambda(settings, d.value === "trend" ? { kind: "trend" } : { kind: "gennemsnit", months: 12 }))}
        >
          <Radio value="gennemsnit" label="Gennemsnit af de seneste måneder" />
          <Radio value="trend" label="Lineær trend" />
        </RadioGroup>
      </Field>
      {settings.lambda.kind === "gennemsnit" && (
        <NumberField
          label="Antal måneder i gennemsnittet"
          kind="antal"
          min={1}
          max={MAX_LAMBDA_MONTHS}
          required
          value={settings.lambda.months}
          onValue={(v, valid) => {
            onReadable(valid);
            if (valid && v !== null) choose(withLambda(settings, { kind: "gennemsnit", months: v }));
          }}
        />
      )}
    </>
  );
}
