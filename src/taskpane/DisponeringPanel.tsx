// "Disponeringsark": pick the case table, check the column mapping, see every problem with its
// cell, choose year and booked actuals, and generate "Disponering ÅÅÅÅ" + "Nøgletal ÅÅÅÅ".
import * as React from "react";
import {
  Body1, Button, Caption1, Field, Input, Link, makeStyles, MessageBar, MessageBarBody, ProgressBar, Select,
  Subtitle2, tokens,
} from "@fluentui/react-components";
import { CASE_FIELDS, FIELD_LABELS, REQUIRED_FIELDS, ymdToDay, type ColumnMapping } from "../core";
import type { WorkbookActions } from "./actions";
import type { GenerateProgress, SourceData, TableInfo } from "./caseSource";
import {
  buildSpecs, checkSource, initialMapping, MAPPING_SETTING, parseSavedMappings, readActuals, rememberMapping,
  type SavedMappings,
} from "./disponeringFlow";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  grid: { display: "grid", gridTemplateColumns: "auto 1fr", gap: "4px 8px", alignItems: "center" },
  problems: { margin: 0, paddingLeft: "18px", maxHeight: "220px", overflowY: "auto" },
  muted: { color: tokens.colorNeutralForeground3 },
  section: { display: "flex", flexDirection: "column", gap: "6px" },
});

const rows = (n: number) => `${n} ${n === 1 ? "række" : "rækker"}`;

const SELECTION = "__markering__";
const NONE = "__ingen__";

export interface DisponeringPanelProps {
  actions: WorkbookActions;
  /** Today's date as a day number (injectable so tests are deterministic). */
  today?: () => Date;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function DisponeringPanel({ actions, today = () => new Date() }: DisponeringPanelProps): React.ReactElement {
  const styles = useStyles();
  const [tables, setTables] = React.useState<TableInfo[]>([]);
  const [sourceChoice, setSourceChoice] = React.useState(SELECTION);
  const [source, setSource] = React.useState<SourceData | null>(null);
  const [saved, setSaved] = React.useState<SavedMappings>({});
  const [mapping, setMapping] = React.useState<ColumnMapping>({});
  const [year, setYear] = React.useState(String(today().getFullYear()));
  const [actualsChoice, setActualsChoice] = React.useState(NONE);
  const [busy, setBusy] = React.useState(false);
  const [progress, setProgress] = React.useState<GenerateProgress | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [done, setDone] = React.useState<string | null>(null);

  React.useEffect(() => {
    let alive = true;
    actions.listTables().then((t) => {
      if (!alive) return;
      setTables(t);
      if (t.length > 0) setSourceChoice(t[0].name);
    }, () => undefined);
    actions.loadSetting(MAPPING_SETTING).then((s) => alive && setSaved(parseSavedMappings(s)), () => undefined);
    return () => {
      alive = false;
    };
  }, [actions]);

  const checked = React.useMemo(() => (source ? checkSource(source, mapping) : null), [source, mapping]);

  const readSource = async () => {
    setError(null);
    setDone(null);
    try {
      const s = sourceChoice === SELECTION ? await actions.readSelection() : await actions.readTable(sourceChoice);
      setSource(s);
      setMapping(initialMapping(s, saved));
    } catch (e) {
      setError(`Kilden kunne ikke læses: ${errorText(e)}`);
    }
  };

  const changeField = (field: (typeof CASE_FIELDS)[number], value: string) => {
    if (!source) return;
    const next = { ...mapping };
    if (value === NONE) delete next[field];
    else next[field] = Number(value);
    setMapping(next);
    const nextSaved = rememberMapping(saved, source, next);
    setSaved(nextSaved);
    actions.saveSetting(MAPPING_SETTING, JSON.stringify(nextSaved)).catch(() => undefined);
  };

  const yearNumber = Number(year);
  const yearOk = Number.isInteger(yearNumber) && yearNumber >= 1900 && yearNumber <= 9998;
  const canGenerate = !!checked && checked.missing.length === 0 && checked.cases.length > 0 && yearOk && !busy;

  const generate = async () => {
    if (!source || !checked) return;
    setBusy(true);
    setError(null);
    setDone(null);
    setProgress({ fraction: 0, text: "Forbereder arkene …" });
    try {
      let actuals;
      if (actualsChoice !== NONE) {
        actuals = readActuals(await actions.readTable(actualsChoice));
        if (actuals.problems.length > 0) {
          setError(actuals.problems.map((p) => p.message).join("\n"));
          return;
        }
      }
      const t = today();
      const specs = buildSpecs({
        year: yearNumber, cases: checked.cases, source, actuals,
        generatedOn: ymdToDay(t.getFullYear(), t.getMonth() + 1, t.getDate()),
      });
      const written = await actions.generateSheets(specs, setProgress);
      const moved = written.filter((w) => w.movedAsideForUserSheet);
      setDone(
        `Færdig: ${written.map((w) => `"${w.written}"`).join(" og ")} er skrevet med ${checked.cases.length} sager.` +
          (moved.length > 0 ? ` Et ark af dine hed allerede ${moved.map((w) => `"${w.wanted}"`).join(", ")} og er ikke rørt.` : ""),
      );
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const headerOptions = source?.headers.map((h, i) => ({ value: String(i), text: String(h ?? "").trim() || `Kolonne ${i + 1}` })) ?? [];

  return (
    <div className={styles.root}>
      <Body1 as="p">
        Lav et disponeringsark og et nøgletalsark ud fra din egen sagsliste. Første række skal være overskrifter.
      </Body1>
      <Field label="Kilde (sagsliste)">
        <Select value={sourceChoice} onChange={(_e, d) => setSourceChoice(d.value)}>
          {tables.map((t) => (
            <option key={t.name} value={t.name}>{`Tabel: ${t.name} (${t.sheet})`}</option>
          ))}
          <option value={SELECTION}>Markeringen (eller hele det brugte område på arket)</option>
        </Select>
      </Field>
      <Button onClick={readSource} disabled={busy}>Læs kilden</Button>

      {source && (
        <section aria-label="Kolonner" className={styles.section}>
          <Subtitle2 as="h2">Kolonner i {source.label}</Subtitle2>
          <Caption1 as="p" className={styles.muted}>Ret koblingen, hvis en kolonne er genkendt forkert. Valget huskes i arbejdsbogen.</Caption1>
          <div className={styles.grid}>
            {CASE_FIELDS.map((f) => (
              <React.Fragment key={f}>
                <label htmlFor={`kolonne-${f}`}>{FIELD_LABELS[f]}{REQUIRED_FIELDS.includes(f) ? " *" : ""}</label>
                <Select id={`kolonne-${f}`} value={mapping[f] !== undefined ? String(mapping[f]) : NONE} onChange={(_e, d) => changeField(f, d.value)}>
                  <option value={NONE}>(ingen)</option>
                  {headerOptions.map((o) => (
                    <option key={o.value} value={o.value}>{o.text}</option>
                  ))}
                </Select>
              </React.Fragment>
            ))}
          </div>
        </section>
      )}

      {checked && (
        <section aria-label="Kontrol af sagerne" className={styles.section}>
          <Subtitle2 as="h2">Kontrol</Subtitle2>
          {checked.missing.length > 0 ? (
            <MessageBar intent="warning"><MessageBarBody>Vælg en kolonne til {checked.missing.join(" og ")}.</MessageBarBody></MessageBar>
          ) : (
            <Body1 as="p" aria-live="polite">
              {`${rows(checked.dataRows)}: ${checked.cases.length} sager bruges, ${rows(checked.rejectedRows)} har fejl og er udeladt, ${checked.problems.filter((p) => p.severity === "advarsel").length} advarsler.`}
            </Body1>
          )}
          {checked.problems.length > 0 && (
            <ul className={styles.problems} aria-label="Problemer">
              {checked.problems.map((p, i) => (
                <li key={i}>
                  {p.address ? (
                    <Link as="button" onClick={() => actions.selectCell(p.sheet, p.address!).catch(() => undefined)}>
                      {`${p.severity === "fejl" ? "Fejl" : "Advarsel"} i ${p.address}: ${p.message}`}
                    </Link>
                  ) : (
                    p.message
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {checked && (
        <section aria-label="Generér" className={styles.section}>
          <Field label="Budgetår" validationMessage={yearOk ? undefined : "Skriv et årstal med fire cifre"}>
            <Input type="number" value={year} onChange={(_e, d) => setYear(d.value)} />
          </Field>
          <Field label="Bogførte beløb (valgfrit)" hint="En tabel med Konto og en kolonne pr. måned (jan … dec). Bogførte måneder bruger beløbene, resten dispositionerne.">
            <Select value={actualsChoice} onChange={(_e, d) => setActualsChoice(d.value)}>
              <option value={NONE}>Ingen bogførte beløb</option>
              {tables.map((t) => (
                <option key={t.name} value={t.name}>{`Tabel: ${t.name}`}</option>
              ))}
            </Select>
          </Field>
          <Button appearance="primary" onClick={generate} disabled={!canGenerate}>Generér</Button>
        </section>
      )}

      {progress && <ProgressBar value={progress.fraction} aria-label={progress.text} />}
      {progress && <Caption1 aria-live="polite">{progress.text}</Caption1>}
      {error && <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
      {done && <MessageBar intent="success"><MessageBarBody>{done}</MessageBarBody></MessageBar>}
    </div>
  );
}
