// "Disponeringsark": pick the case table, check the column mapping, see every problem with its
// cell, choose year and booked amounts, and generate "Disponering ÅÅÅÅ" + "Nøgletal ÅÅÅÅ".
import * as React from "react";
import { Button, Field, Input, Link, makeStyles, MessageBar, MessageBarBody, ProgressBar, Select, Spinner } from "@fluentui/react-components";
import { FIELD_LABELS, REQUIRED_FIELDS, readYear, CASE_FIELDS, type Foranstaltningsart } from "../core";
import { generateDisponering, today as todayDay, type CheckedSource, type TableInfo, type Workbook, type WriteProgress } from "../flows";
import { Panel, Paragraph, Section, Stack } from "./layout";
import { Messages, ProblemList, useAction, type ActionResult } from "./Messages";
import { useBudgetYear } from "./useBudgetYear";
import { NONE, SELECTION, useCaseSource, type CaseSource } from "./useCaseSource";

/**
 * The choices of art per foranstaltning, short enough for a 320 px pane; the age limits they stand
 * for are said above the list (docs/domain.md §8).
 */
const ART_OPTIONS: readonly [Foranstaltningsart, string][] = [
  ["anbringelse", "Anbringelse (til 18 år)"],
  ["eftervaern", "Efterværn (til 23 år)"],
  ["oevrig", "Øvrig (ingen aldersgrænse)"],
];

const BOOKED_HINT =
  "En tabel med Konto og en kolonne pr. måned (jan … dec). En måned med et beløb på kontoen bruger beløbet; en tom måned bruger det " +
  "disponerede. Har arbejdsbogen tabellen Forbrug, som prognosen bruger, bruges den, medmindre du vælger en anden tabel – så er " +
  "Disponering og Prognose bogført til samme måned.";

export interface DisponeringPanelProps {
  workbook: Workbook;
  /** Today's date as a day number (injectable so tests are deterministic). */
  today?: () => Date;
}

export function DisponeringPanel({ workbook, today = () => new Date() }: DisponeringPanelProps): React.ReactElement {
  const cases = useCaseSource(workbook);
  const { source, checked, checking } = cases;
  const [year, setYear] = useBudgetYear(workbook, undefined, today());
  const [bookedChoice, setBookedChoice] = React.useState(NONE);
  const action = useAction();
  const [progress, setProgress] = React.useState<WriteProgress | null>(null);
  // The column list is 20 Tab stops: a link before it jumps to Generér.
  const generateRef = React.useRef<HTMLButtonElement>(null);
  // Læs kilden is disabled while it reads, which sent the keyboard back to the top of the pane: when
  // the check's summary is there, focus goes to it (a live region, read out where focus lands).
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const [reads, setReads] = React.useState(0);
  React.useEffect(() => {
    if (reads > 0) summaryRef.current?.focus();
  }, [reads, checked !== null]);

  const readSource = async () => {
    await action.run("Læser kilden …", async () => {
      await cases.read();
      return { message: "" };
    }, { what: "Kilden kunne ikke læses", next: "Vælg en anden kilde, eller markér sagslisten med overskrifter, og tryk Læs kilden igen." });
    setReads((n) => n + 1);
  };

  const yearReading = readYear(year);
  const canGenerate = !!checked && checked.missing.length === 0 && checked.cases.length > 0 && yearReading.ok && !action.busy && !checking;

  const generate = async () => {
    if (!source || !checked || !yearReading.ok) return;
    setProgress({ fraction: 0, text: "Forbereder arkene …" });
    // useAction lets the busy line and the progress paint before the sheets are built.
    await action.run("Forbereder arkene …", async (): Promise<ActionResult> => {
      const out = await generateDisponering(workbook, {
        year: yearReading.value, cases: checked.cases, source, bookedTable: bookedChoice === NONE ? null : bookedChoice,
        generatedOn: todayDay(today()), onProgress: setProgress,
      });
      if (out.written) return { message: out.message, lines: out.headline ? [out.headline] : [] };
      const next = out.problems.length > 0 ? "Ret beløbene i tabellen (klik på et problem for at gå til cellen), og tryk Generér igen." : "";
      return { message: out.message, problems: out.problems, failed: { text: out.message, next } };
    }, "Arkene blev ikke skrevet");
    setProgress(null);
  };

  return (
    <Panel intro="Lav et disponeringsark og et nøgletalsark ud fra din egen sagsliste. Første række skal være overskrifter.">
      <SourcePicker cases={cases} busy={!!action.busy} onRead={() => void readSource()} />
      {source && <ColumnMapping cases={cases} onSkip={() => generateRef.current?.focus()} />}
      {checked && checked.arts.length > 0 && <ArtChoices checked={checked} onChange={cases.changeArt} />}
      {checked && <CheckResult checked={checked} checking={checking} workbook={workbook} summaryRef={summaryRef} />}
      {checked && (
        <Section label="Generér">
          <Field label="Budgetår" validationMessage={yearReading.ok ? undefined : yearReading.message}>
            {/* Text, not a spinner: a number input turned "2025,5" into 20255. */}
            <Input value={year} inputMode="numeric" onChange={(_e, d) => setYear(d.value)} />
          </Field>
          <BookedPicker tables={cases.tables} value={bookedChoice} onChange={setBookedChoice} />
          <Button appearance="primary" onClick={generate} disabledFocusable={!canGenerate} ref={generateRef}>Generér</Button>
        </Section>
      )}
      {/* Progress and outcome come below a long panel: scrolled into view (350 × 700 shows no more). */}
      <Stack gap="s">
        {progress && <ProgressBar value={progress.fraction} aria-label={progress.text} />}
        <Messages
          workbook={workbook}
          busy={progress ? progress.text : action.busy}
          errors={action.errors}
          result={action.result}
          problems={action.problems}
          problemsLabel="Problemer i de bogførte beløb"
          scrollIntoView
        />
      </Stack>
    </Panel>
  );
}

/** Where the chosen table stands, or what the selection means; long names stay out of the options. */
function sourceHint(tables: readonly TableInfo[], choice: string): string {
  const table = tables.find((t) => t.name === choice);
  if (table) return `Tabellen ${table.name} står på arket ${table.sheet}.`;
  return "Det markerede område læses; er kun én celle markeret, læses hele det brugte område på arket.";
}

function SourcePicker({ cases, busy, onRead }: { cases: CaseSource; busy: boolean; onRead: () => void }): React.ReactElement {
  return (
    <Stack gap="s">
      <Field label="Kilde (sagsliste)" hint={sourceHint(cases.tables, cases.sourceChoice)}>
        <Select value={cases.sourceChoice} onChange={(_e, d) => cases.chooseSource(d.value)}>
          {cases.tables.map((t) => (
            <option key={t.name} value={t.name}>{t.name}</option>
          ))}
          <option value={SELECTION}>Markeringen på arket</option>
        </Select>
      </Field>
      <Button onClick={onRead} disabled={busy}>Læs kilden</Button>
    </Stack>
  );
}

function ColumnMapping({ cases, onSkip }: { cases: CaseSource; onSkip: () => void }): React.ReactElement {
  const headerOptions = cases.source?.header.map((h, i) => ({ value: String(i), text: String(h ?? "").trim() || `Kolonne ${i + 1}` })) ?? [];
  return (
    <Section title={`Kolonner i ${cases.source?.label ?? ""}`} label="Kolonner">
      <Link as="button" onClick={onSkip}>Spring kolonnerne over, og gå til Generér</Link>
      <Paragraph small>Ret koblingen, hvis en kolonne er genkendt forkert. Valget huskes i arbejdsbogen.</Paragraph>
      {/* Label above its select, each the pane's full width: beside each other the select was cut ("Foranst…"). */}
      <Stack gap="s">
        {CASE_FIELDS.map((f) => (
          <Field key={f} label={`${FIELD_LABELS[f]}${REQUIRED_FIELDS.includes(f) ? " *" : ""}`}>
            <Select id={`kolonne-${f}`} value={cases.mapping[f] !== undefined ? String(cases.mapping[f]) : NONE} onChange={(_e, d) => cases.changeField(f, d.value)}>
              <option value={NONE}>(ingen)</option>
              {headerOptions.map((o) => (
                <option key={o.value} value={o.value}>{o.text}</option>
              ))}
            </Select>
          </Field>
        ))}
      </Stack>
    </Section>
  );
}

function ArtChoices({ checked, onChange }: { checked: CheckedSource; onChange: (foranstaltning: string, art: Foranstaltningsart) => void }): React.ReactElement {
  return (
    <Section title="Anbringelse og efterværn">
      <Paragraph small>
        En åben anbringelse disponeres til dagen før 18-årsdagen, efterværn til dagen før 23-årsdagen. Forslaget følger
        foranstaltningens navn; ret det her. En kolonne Art i sagslisten går forud for valget. Valget huskes i arbejdsbogen.
      </Paragraph>
      <Stack gap="s">
        {checked.arts.map((a, i) => (
          <Field key={a.foranstaltning} label={a.foranstaltning} hint={a.ownCells > 0 ? `${a.ownCells} rækker har deres egen art i kolonnen Art` : undefined}>
            <Select id={`art-${i}`} value={a.art} onChange={(_e, d) => onChange(a.foranstaltning, d.value as Foranstaltningsart)}>
              {ART_OPTIONS.map(([v, text]) => (
                <option key={v} value={v}>{text}</option>
              ))}
            </Select>
          </Field>
        ))}
      </Stack>
    </Section>
  );
}

// Thousands of problems scroll inside their list, so Budgetår and Generér stay near.
const useCheckStyles = makeStyles({ problems: { maxHeight: "320px", overflowY: "auto" } });

function CheckResult({ checked, checking, workbook, summaryRef }: {
  checked: CheckedSource; checking: boolean; workbook: Workbook; summaryRef: React.Ref<HTMLDivElement>;
}): React.ReactElement {
  const styles = useCheckStyles();
  return (
    <Section title="Kontrol" label="Kontrol af sagerne">
      <div aria-live="polite" tabIndex={-1} ref={summaryRef}>
        {checked.notCaseTable || checked.missing.length > 0 ? (
          <MessageBar intent="warning" layout="multiline"><MessageBarBody>{checked.summary}</MessageBarBody></MessageBar>
        ) : (
          <Paragraph>{checked.summary}</Paragraph>
        )}
      </div>
      {checking && <Spinner size="tiny" label="Kontrollerer rækkerne …" />}
      <ProblemList problems={checked.problems} workbook={workbook} className={styles.problems} label="Problemer" nameSource={false} />
    </Section>
  );
}

function BookedPicker({ tables, value, onChange }: { tables: readonly TableInfo[]; value: string; onChange: (v: string) => void }): React.ReactElement {
  return (
    <Field label="Bogførte beløb (valgfrit)" hint={BOOKED_HINT}>
      <Select value={value} onChange={(_e, d) => onChange(d.value)}>
        <option value={NONE}>Ingen bogførte beløb</option>
        {tables.map((t) => (
          <option key={t.name} value={t.name}>{t.name}</option>
        ))}
      </Select>
    </Field>
  );
}

/** Problems shown before "Vis alle" (the shared list's cap; see Messages.tsx). */
export { PROBLEMS_SHOWN } from "./Messages";
