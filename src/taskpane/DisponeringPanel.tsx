// "Disponeringsark": pick the case table, check the column mapping, see every problem with its
// cell, choose year and booked actuals, and generate "Disponering ÅÅÅÅ" + "Nøgletal ÅÅÅÅ".
import * as React from "react";
import { useWorkbookRevision } from "./useWorkbookRevision";
import {
  Body1, Button, Caption1, Field, Input, Link, makeStyles, MessageBar, MessageBarBody, ProgressBar, Select, Spinner, Subtitle2, tokens,
} from "@fluentui/react-components";
import { nextPaint } from "./nextPaint";
import { CASE_FIELDS, FIELD_LABELS, REQUIRED_FIELDS, type ColumnMapping, type Foranstaltningsart, readYear } from "../core";
import {
  checkCaseSourceInSteps, runExclusive, runInSteps, type CheckedSource, generateDisponering, readCaseSource, saveArt, saveMapping, startDisponering, today as todayDay,
  type LocatedProblem, type SavedArts, type SavedMappings, type SourceTable, type TableInfo, type Workbook, type WriteProgress,
} from "../flows";
import { errorOf, Messages, ProblemList, type PanelError } from "./Messages";
import { useBudgetYear } from "./useBudgetYear";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  grid: { display: "grid", gridTemplateColumns: "auto minmax(0, 1fr)", gap: "4px 8px", alignItems: "center" },
  problems: { maxHeight: "320px", overflowY: "auto" },
  muted: { color: tokens.colorNeutralForeground3 },
  section: { display: "flex", flexDirection: "column", gap: "6px" },
});

/** The choices of art per foranstaltning, as the panel names them (docs/domain.md §8). */
const ART_OPTIONS: readonly [Foranstaltningsart, string][] = [
  ["anbringelse", "Anbringelse (ophører dagen før 18-årsdagen)"],
  ["eftervaern", "Efterværn (til dagen før 23-årsdagen)"],
  ["oevrig", "Øvrig (ingen aldersgrænse)"],
];

const SELECTION = "__markering__";
const NONE = "__ingen__";

export interface DisponeringPanelProps {
  workbook: Workbook;
  /** Today's date as a day number (injectable so tests are deterministic). */
  today?: () => Date;
}

export function DisponeringPanel({ workbook, today = () => new Date() }: DisponeringPanelProps): React.ReactElement {
  const styles = useStyles();
  const [tables, setTables] = React.useState<TableInfo[]>([]);
  const [sourceChoice, setSourceChoice] = React.useState(SELECTION);
  // The selection chosen by hand is kept when tables appear; an untouched choice follows the tables.
  const sourceByHand = React.useRef(false);
  const [source, setSource] = React.useState<SourceTable | null>(null);
  const [saved, setSaved] = React.useState<SavedMappings>({});
  const [mapping, setMapping] = React.useState<ColumnMapping>({});
  const [arts, setArts] = React.useState<SavedArts>({});
  const [year, setYear] = useBudgetYear(workbook, undefined, today());
  const [actualsChoice, setActualsChoice] = React.useState(NONE);
  const [busy, setBusy] = React.useState(false);
  const [reading, setReading] = React.useState(false);
  const [progress, setProgress] = React.useState<WriteProgress | null>(null);
  const [error, setError] = React.useState<PanelError | null>(null);
  const [bookedProblems, setBookedProblems] = React.useState<LocatedProblem[]>([]);
  const [done, setDone] = React.useState<string[] | null>(null);
  // The column grid is 20 Tab stops: a link before it jumps to Generér.
  const generateRef = React.useRef<HTMLButtonElement>(null);

  const revision = useWorkbookRevision();
  React.useEffect(() => {
    let alive = true;
    void startDisponering(workbook).then((start) => {
      if (!alive) return;
      setTables(start.tables);
      setSaved(start.saved);
      setArts(start.arts);
      // The user's choice stays while its table is there; else the first table, else the selection.
      setSourceChoice((chosen) =>
        start.tables.some((t) => t.name === chosen) || (chosen === SELECTION && sourceByHand.current) ? chosen : start.tables[0]?.name ?? SELECTION);
    });
    return () => {
      alive = false;
    };
  }, [workbook, revision]);

  // The check runs in steps (a 20.000-row table froze the pane at every mapping change); a newer
  // source or mapping makes a running check stop, and the last result stays until the new one is in.
  const [checked, setChecked] = React.useState<CheckedSource | null>(null);
  const [checking, setChecking] = React.useState(false);
  React.useEffect(() => {
    if (!source) {
      setChecked(null);
      return;
    }
    let wanted = true;
    setChecking(true);
    void runInSteps(checkCaseSourceInSteps(source, mapping, arts), { wanted: () => wanted }).then((c) => {
      if (!wanted || !c) return;
      setChecked(c);
      setChecking(false);
    });
    return () => {
      wanted = false;
    };
  }, [source, mapping, arts]);

  const readSource = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    setReading(true);
    try {
      await nextPaint();
      const read = await readCaseSource(workbook, sourceChoice === SELECTION ? null : sourceChoice, saved);
      setSource(read.source);
      setMapping(read.mapping);
    } catch (e) {
      setError(errorOf(e, "Kilden kunne ikke læses", "Vælg en anden kilde, eller markér sagslisten med overskrifter, og tryk Læs kilden igen."));
    } finally {
      setBusy(false);
      setReading(false);
    }
  };

  const changeField = (field: (typeof CASE_FIELDS)[number], value: string) => {
    if (!source) return;
    const next = { ...mapping };
    if (value === NONE) delete next[field];
    else next[field] = Number(value);
    setMapping(next);
    runExclusive(() => saveMapping(workbook, saved, source, next)).then(setSaved, () => undefined);
  };

  const changeArt = (foranstaltning: string, art: string) => {
    const next = { ...arts, [foranstaltning]: art as Foranstaltningsart };
    setArts(next);
    // The saved object drops a choice equal to the default; the check already runs with `next`.
    runExclusive(() => saveArt(workbook, arts, foranstaltning, art as Foranstaltningsart)).then(setArts, () => undefined);
  };

  const yearReading = readYear(year);
  const yearOk = yearReading.ok;
  const yearNumber = yearReading.ok ? yearReading.value : NaN;
  const canGenerate = !!checked && checked.missing.length === 0 && checked.cases.length > 0 && yearOk && !busy && !checking;

  const generate = async () => {
    if (!source || !checked) return;
    setBusy(true);
    setError(null);
    setDone(null);
    setBookedProblems([]);
    setProgress({ fraction: 0, text: "Forbereder arkene …" });
    try {
      // The button greys out and the progress shows before the sheets are built.
      await nextPaint();
      // Queued with every other action of the add-in (flows/queue.ts), the automatic refresh included.
      const out = await runExclusive(() => generateDisponering(workbook, {
        year: yearNumber, cases: checked.cases, source, bookedTable: actualsChoice === NONE ? null : actualsChoice,
        generatedOn: todayDay(today()), onProgress: setProgress,
      }));
      if (out.written) setDone(out.headline ? [out.message, out.headline] : [out.message]);
      else {
        setError({ text: out.message, next: out.problems.length > 0 ? "Ret beløbene i tabellen (klik på et problem for at gå til cellen), og tryk Generér igen." : "" });
        setBookedProblems(out.problems);
      }
    } catch (e) {
      setError(errorOf(e, "Arkene blev ikke skrevet"));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const headerOptions = source?.header.map((h, i) => ({ value: String(i), text: String(h ?? "").trim() || `Kolonne ${i + 1}` })) ?? [];

  return (
    <div className={styles.root}>
      <Body1 as="p">
        Lav et disponeringsark og et nøgletalsark ud fra din egen sagsliste. Første række skal være overskrifter.
      </Body1>
      <Field label="Kilde (sagsliste)">
        <Select value={sourceChoice} onChange={(_e, d) => {
          sourceByHand.current = true;
          setSourceChoice(d.value);
        }}>
          {tables.map((t) => (
            <option key={t.name} value={t.name}>{`Tabel: ${t.name} (${t.sheet})`}</option>
          ))}
          <option value={SELECTION}>Markeringen (eller hele det brugte område på arket)</option>
        </Select>
      </Field>
      <Button onClick={readSource} disabled={busy}>Læs kilden</Button>
      {reading && <Spinner size="tiny" label="Læser kilden …" />}

      {source && (
        <section aria-label="Kolonner" className={styles.section}>
          <Subtitle2 as="h2">Kolonner i {source.label}</Subtitle2>
          <Link as="button" onClick={() => generateRef.current?.focus()}>Spring kolonnerne over, og gå til Generér</Link>
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

      {checked && checked.arts.length > 0 && (
        <section aria-label="Anbringelse og efterværn" className={styles.section}>
          <Subtitle2 as="h2">Anbringelse og efterværn</Subtitle2>
          <Caption1 as="p" className={styles.muted}>
            En åben anbringelse disponeres til dagen før 18-årsdagen, efterværn til dagen før 23-årsdagen. Forslaget følger
            foranstaltningens navn; ret det her. En kolonne Art i sagslisten går forud for valget. Valget huskes i arbejdsbogen.
          </Caption1>
          <div className={styles.grid}>
            {checked.arts.map((a, i) => (
              <React.Fragment key={a.foranstaltning}>
                <label htmlFor={`art-${i}`}>{a.foranstaltning}</label>
                <Select id={`art-${i}`} value={a.art} onChange={(_e, d) => changeArt(a.foranstaltning, d.value)}
                  aria-description={a.ownCells > 0 ? `${a.ownCells} rækker har deres egen art i kolonnen Art` : undefined}>
                  {ART_OPTIONS.map(([v, text]) => (
                    <option key={v} value={v}>{text}</option>
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
          {checked.notCaseTable || checked.missing.length > 0 ? (
            <MessageBar intent="warning" layout="multiline"><MessageBarBody>{checked.summary}</MessageBarBody></MessageBar>
          ) : (
            <Body1 as="p" aria-live="polite">{checked.summary}</Body1>
          )}
          {checking && <Spinner size="tiny" label="Kontrollerer rækkerne …" />}
          <ProblemList problems={checked.problems} workbook={workbook} className={styles.problems} label="Problemer" nameSource={false} />
        </section>
      )}

      {checked && (
        <section aria-label="Generér" className={styles.section}>
          <Field label="Budgetår" validationMessage={yearReading.ok ? undefined : yearReading.message}>
            {/* Text, not a spinner: a number input turned "2025,5" into 20255. */}
            <Input value={year} inputMode="numeric" onChange={(_e, d) => setYear(d.value)} />
          </Field>
          <Field label="Bogførte beløb (valgfrit)" hint="En tabel med Konto og en kolonne pr. måned (jan … dec). En måned med et beløb på kontoen bruger beløbet; en tom måned bruger det disponerede. Har arbejdsbogen tabellen Forbrug, som prognosen bruger, bruges den, medmindre du vælger en anden tabel – så er Disponering og Prognose bogført til samme måned.">
            <Select value={actualsChoice} onChange={(_e, d) => setActualsChoice(d.value)}>
              <option value={NONE}>Ingen bogførte beløb</option>
              {tables.map((t) => (
                <option key={t.name} value={t.name}>{`Tabel: ${t.name}`}</option>
              ))}
            </Select>
          </Field>
          <Button appearance="primary" onClick={generate} disabledFocusable={!canGenerate} ref={generateRef}>Generér</Button>
        </section>
      )}

      {/* Progress and outcome come below a long panel: scrolled into view (350 × 700 shows no more). */}
      <div className={styles.section}>
        {progress && <ProgressBar value={progress.fraction} aria-label={progress.text} />}
        <Messages
          workbook={workbook}
          busy={progress ? progress.text : null}
          errors={error ? [error] : []}
          result={done ?? []}
          problems={bookedProblems}
          problemsLabel="Problemer i de bogførte beløb"
          scrollIntoView
        />
      </div>
    </div>
  );
}

/** Problems shown before "Vis alle" (the shared list's cap; see Messages.tsx). */
export { PROBLEMS_SHOWN } from "./Messages";
