// Panel "Prognose": choose a method per konto (remembered in the workbook), the pool's λ, and
// generate Budgetforudsætninger, Risikosager and "Prognose ÅÅÅÅ-MM".
import * as React from "react";
import { Body1, Button, Caption1, Field, Radio, RadioGroup, Select, makeStyles } from "@fluentui/react-components";
import { METHODS, type MethodId } from "../core";
import type { PrognoseSettings } from "../sheets";
import {
  checkPrognoseSettings, generateAarsanalyser, runExclusive, generatePrognose, methodSuggestion, loadPrognoseSettings, readPrognoseInputs, savePrognoseSettings, today, withLambda,
  withMethod, withSkoen, withoutSkoen, type PrognoseInputs, type Workbook,
} from "../flows";
import { NumberField } from "./NumberField";
import { errorOf, Messages, useAction } from "./Messages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px" },
  // Method and Skøn side by side when they fit, else the Skøn field wraps below (350 px pane).
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "end", "& > *": { minWidth: 0, flex: "1 1 150px" } },
});

/** The longest history a mean of the last months reaches back (ten years of bookings). */
const MAX_LAMBDA_MONTHS = 120;

export interface PrognosePanelProps {
  workbook: Workbook;
  /** Day number printed in the sheets' banners; today by default. */
  generatedOn?: number;
}

export function PrognosePanel({ workbook, generatedOn }: PrognosePanelProps): React.ReactElement {
  const styles = useStyles();
  const [inputs, setInputs] = React.useState<PrognoseInputs | null>(null);
  const [settings, setSettings] = React.useState<PrognoseSettings | null>(null);
  const action = useAction();
  const [tried, setTried] = React.useState(false);
  // Fields whose text cannot be read (by konto, or "months"): the prognosis waits until they can, so
  // it never runs with the last value a field understood.
  const [unreadable, setUnreadable] = React.useState<Record<string, boolean>>({});
  const markReadable = (key: string, valid: boolean) => setUnreadable((u) => (u[key] === !valid ? u : { ...u, [key]: !valid }));

  // A choice is saved when it is made (Budgetbemærkninger reads it from the workbook).
  const choose = (next: PrognoseSettings) => {
    setSettings(next);
    runExclusive(() => savePrognoseSettings(workbook, next)).catch((e) => action.fail(errorOf(e, "Valget kunne ikke gemmes i arbejdsbogen", "Tjek at arbejdsbogen kan redigeres, og vælg igen.")));
  };
  const fieldErrors = inputs && settings ? checkPrognoseSettings(inputs.kontos.map((k) => k.konto), settings) : {};
  const blocked = !!inputs && !!settings && (
    inputs.kontos.some(({ konto }) => settings.methods[konto] === "skoen" && unreadable[konto])
    || (settings.lambda.kind === "gennemsnit" && !!unreadable.months)
  );

  const read = async () => {
    let missing = false;
    await action.run(
      "Læser tabellerne …",
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
      "Tabellerne kunne ikke læses",
    );
    if (missing) setInputs(null);
  };

  const run = async () => {
    if (!inputs || !settings || blocked) return;
    setTried(true);
    if (Object.keys(fieldErrors).length > 0) {
      action.fail({ text: "Prognosen er ikke dannet.", next: "Ret felterne markeret med rødt, og tryk Dan prognosen igen." });
      return;
    }
    await action.run("Danner prognosen …", () => generatePrognose(workbook, inputs, settings, generatedOn ?? today()), "Prognosen kunne ikke dannes");
  };

  const analyse = async () => {
    if (!inputs) return;
    await action.run("Danner analyserne …", () => generateAarsanalyser(workbook, inputs, generatedOn ?? today()), "Analyserne kunne ikke dannes");
  };

  return (
    <div className={styles.root}>
      <Body1 as="p">
        Vælg en prognosemetode for hver konto. Valget gemmes i arbejdsbogen. Panelet læser tabellerne Budget, Forbrug,
        Budgetforudsætninger og (hvis de findes) Risikosager, Tilgang, PL og Sager.
      </Body1>
      <Button appearance="secondary" onClick={read} disabled={!!action.busy}>
        Læs tabellerne
      </Button>
      {inputs && settings && (
        <>
          {inputs.kontos.map(({ konto, tekst }) => {
            const method = settings.methods[konto] ?? "disponering";
            return (
              <div key={konto} className={styles.row}>
                <Field label={`Metode for ${konto}${tekst ? ` ${tekst}` : ""}`} hint={methodSuggestion(inputs, konto)}>
                  <Select value={method} onChange={(_e, d) => choose(withMethod(settings, konto, d.value as MethodId))}>
                    {METHODS.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.name}
                      </option>
                    ))}
                  </Select>
                </Field>
                {method === "skoen" && (
                  <NumberField
                    label={`Skøn for ${konto} (kr.)`}
                    kind="beloeb"
                    required
                    min={0}
                    value={settings.skoen?.[konto] ?? null}
                    error={tried ? fieldErrors[konto] : undefined}
                    onValue={(v, valid) => {
                      markReadable(konto, valid);
                      if (valid || v === null) choose(v === null ? withoutSkoen(settings, konto) : withSkoen(settings, konto, v));
                    }}
                  />
                )}
              </div>
            );
          })}
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
                markReadable("months", valid);
                if (valid && v !== null) choose(withLambda(settings, { kind: "gennemsnit", months: v }));
              }}
            />
          )}
          <Button appearance="primary" onClick={run} disabled={!!action.busy} disabledFocusable={blocked} aria-describedby={blocked ? "prognose-blocked" : undefined}>
            Dan prognosen
          </Button>
          {blocked && <Caption1 as="p" id="prognose-blocked">Ret felterne markeret med rødt. Prognosen dannes først, når de kan læses.</Caption1>}
          <Button appearance="secondary" onClick={analyse} disabled={!!action.busy}>
            Dan metodevalg, overgang 18 år og sammenligning
          </Button>
        </>
      )}
      <Messages workbook={workbook} busy={action.busy} errors={action.errors} result={action.result} problems={action.problems} problemsLabel="Bemærkninger" />
    </div>
  );
}
