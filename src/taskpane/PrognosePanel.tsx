// Panel "Prognose": choose a method per konto (remembered in the workbook), the pool's λ, and
// generate Budgetforudsætninger, Risikosager and "Prognose ÅÅÅÅ-MM".
import * as React from "react";
import { Body1, Button, Field, Radio, RadioGroup, Select, Spinner, makeStyles } from "@fluentui/react-components";
import { METHODS, type MethodId } from "../core";
import type { PrognoseSettings } from "../sheets/prognosePackage";
import {
  checkPrognoseSettings, errorText, generateAarsanalyser, generatePrognose, methodSuggestion, loadPrognoseSettings, readPrognoseInputs, savePrognoseSettings, today, withLambda,
  withMethod, withSkoen, withoutSkoen, type PrognoseInputs, type Workbook,
} from "../flows";
import { NumberField } from "./NumberField";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px" },
  // Method and Skøn side by side when they fit, else the Skøn field wraps below (350 px pane).
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "end", "& > *": { minWidth: 0, flex: "1 1 150px" } },
});

export interface PrognosePanelProps {
  workbook: Workbook;
  /** Day number printed in the sheets' banners; today by default. */
  generatedOn?: number;
}

export function PrognosePanel({ workbook, generatedOn }: PrognosePanelProps): React.ReactElement {
  const styles = useStyles();
  const [inputs, setInputs] = React.useState<PrognoseInputs | null>(null);
  const [settings, setSettings] = React.useState<PrognoseSettings | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [status, setStatus] = React.useState("");
  const [problems, setProblems] = React.useState<string[]>([]);
  const [tried, setTried] = React.useState(false);

  // A choice is saved when it is made (Budgetbemærkninger reads it from the workbook).
  const choose = (next: PrognoseSettings) => {
    setSettings(next);
    savePrognoseSettings(workbook, next).catch((e) => setStatus(`Valget kunne ikke gemmes i arbejdsbogen: ${errorText(e)}`));
  };
  const fieldErrors = inputs && settings ? checkPrognoseSettings(inputs.kontos.map((k) => k.konto), settings) : {};

  const read = async () => {
    setBusy(true);
    setStatus("");
    try {
      const [loaded, saved] = await Promise.all([readPrognoseInputs(workbook), loadPrognoseSettings(workbook)]);
      setInputs(loaded);
      setSettings(saved);
      setProblems(loaded.problems.map((p) => p.message));
      setStatus(loaded.message);
    } catch (e) {
      setStatus(`Tabellerne kunne ikke læses: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const run = async () => {
    if (!inputs || !settings) return;
    setTried(true);
    if (Object.keys(fieldErrors).length > 0) {
      setStatus("Prognosen er ikke dannet: ret felterne markeret med rødt.");
      return;
    }
    setBusy(true);
    try {
      const out = await generatePrognose(workbook, inputs, settings, generatedOn ?? today());
      setProblems(out.problems.map((p) => p.message));
      setStatus(out.message);
    } catch (e) {
      setStatus(`Prognosen kunne ikke dannes: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const analyse = async () => {
    if (!inputs) return;
    setBusy(true);
    try {
      const out = await generateAarsanalyser(workbook, inputs, generatedOn ?? today());
      setProblems(out.problems.map((p) => p.message));
      setStatus(out.message);
    } catch (e) {
      setStatus(`Arkene kunne ikke dannes: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <Body1 as="p">
        Vælg en prognosemetode for hver konto. Valget gemmes i arbejdsbogen. Panelet læser tabellerne Budget, Forbrug,
        Budgetforudsætninger og (hvis de findes) Risikosager, Tilgang, PL og Sager.
      </Body1>
      <Button appearance="secondary" onClick={read} disabled={busy}>
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
                    value={settings.skoen?.[konto] ?? null}
                    error={tried ? fieldErrors[konto] : undefined}
                    onValue={(v) => choose(v === null ? withoutSkoen(settings, konto) : withSkoen(settings, konto, v))}
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
              value={settings.lambda.months}
              onValue={(v) => v !== null && choose(withLambda(settings, { kind: "gennemsnit", months: v }))}
            />
          )}
          <Button appearance="primary" onClick={run} disabled={busy}>
            Dan prognosen
          </Button>
          <Button appearance="secondary" onClick={analyse} disabled={busy}>
            Dan metodevalg, overgang 18 år og sammenligning
          </Button>
        </>
      )}
      {busy && <Spinner size="tiny" label="Arbejder …" />}
      <Body1 as="p" role="status">{status}</Body1>
      {problems.length > 0 && (
        <ul aria-label="Bemærkninger">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
