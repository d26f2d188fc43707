// The one way a panel tells the user what happened: a busy line while an action runs, errors in
// Fluent's error style (red, role=alert) each with what to do next, the result as its own block, and
// the problems in the user's data as a list naming their table, clickable to the cell. Field errors
// are not here: they stand under their field (Fluent Field's validationMessage).
import * as React from "react";
import { Body1, Body1Strong, Button, Caption1, Link, makeStyles, mergeClasses, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { groupProblems } from "../core";
import { hostErrorText, runExclusive, type LocatedProblem, type Workbook } from "../flows";
import { nextPaint } from "./nextPaint";
import { paneMsg } from "./messages";

/** An error as shown: what happened, what to do next, and Office's original words when it was Office. */
export interface PanelError {
  text: string;
  next?: string;
  detail?: string | null;
  /** The detail is the add-in's own fault, not Excel's words. */
  technical?: boolean;
}

/**
 * A fault in the add-in's own code (a TypeError such as "Cannot read properties of undefined") is
 * not the user's to read: it is said in Danish, with what to do, and the engine's words as detail.
 */
const PROGRAM_FAULTS = [TypeError, ReferenceError, RangeError, SyntaxError];
export const UNEXPECTED_ERROR = paneMsg.unexpected;

/** A thrown error as a panel error; `what` says what failed ("Tabellerne kunne ikke læses"). */
export function errorOf(e: unknown, what?: string, next?: string): PanelError {
  if (PROGRAM_FAULTS.some((kind) => e instanceof kind)) {
    const detail = (e as Error).message;
    return { text: what ? `${what}: ${UNEXPECTED_ERROR.text.toLowerCase()}.` : `${UNEXPECTED_ERROR.text}.`, next: UNEXPECTED_ERROR.next, detail, technical: true };
  }
  const t = hostErrorText(e);
  const text = what ? `${what}: ${t.text}` : t.text;
  return { text, next: t.next || next || "", detail: t.detail };
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", scrollMarginTop: "8px" },
  block: { display: "flex", flexDirection: "column", gap: "4px", margin: 0 },
  line: { margin: 0 },
  detail: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  problems: { maxHeight: "320px", overflowY: "auto" },
});

export interface MessagesProps {
  workbook: Workbook;
  /** Danish text while an action runs ("Skriver arkene …"); null when idle. */
  busy?: string | null;
  errors?: readonly PanelError[];
  /** Result lines, each its own paragraph. */
  result?: readonly string[];
  problems?: readonly LocatedProblem[];
  problemsLabel?: string;
  /** Name each problem's table (off where the panel already names the one table it reads). */
  nameSource?: boolean;
  /** Scroll the block into view when something appears in it (a long panel at 350 × 700). */
  scrollIntoView?: boolean;
}

export function Messages({
  workbook, busy = null, errors = [], result = [], problems = [], problemsLabel = "Problemer", nameSource = true, scrollIntoView = false,
}: MessagesProps): React.ReactElement | null {
  const styles = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  const shown = !!busy || errors.length > 0 || result.length > 0 || problems.length > 0;
  const key = `${busy ?? ""}|${errors.length}|${result.join("|")}|${problems.length}`;
  // When an action ends, focus goes to what it said (its button was disabled while it ran, which
  // sent the keyboard back to the top of the pane); a screen reader reads the block it lands on.
  const outcomeRef = React.useRef<HTMLDivElement>(null);
  const wasBusy = React.useRef(false);
  React.useEffect(() => {
    if (busy) wasBusy.current = true;
    else if (wasBusy.current && (errors.length > 0 || result.length > 0)) {
      wasBusy.current = false;
      outcomeRef.current?.focus();
    }
  }, [busy, errors.length, result.length]);
  React.useEffect(() => {
    // jsdom has no scrollIntoView; a host without it simply does not scroll.
    if (scrollIntoView && shown) ref.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [scrollIntoView, shown, key]);
  if (!shown) return null;
  return (
    <div ref={ref} className={styles.root} data-messages="">
      {busy && <Spinner size="tiny" labelPosition="after" label={busy} role="status" />}
      {errors.length > 0 && (
        <div role="alert" className={styles.block} tabIndex={-1} ref={outcomeRef}>
          {errors.map((e, i) => (
            <MessageBar key={i} intent="error" layout="multiline">
              <MessageBarBody>
                <Body1 as="p" className={styles.line}>{e.text}</Body1>
                {e.next && <Body1 as="p" className={styles.line}>{e.next}</Body1>}
                {e.detail && <Caption1 as="p" className={mergeClasses(styles.line, styles.detail)}>{`${e.technical ? "Teknisk besked" : "Excels egen besked"}: ${e.detail}`}</Caption1>}
              </MessageBarBody>
            </MessageBar>
          ))}
        </div>
      )}
      {result.length > 0 && (
        <div role="status" className={styles.block} tabIndex={-1} ref={errors.length > 0 ? undefined : outcomeRef}>
          {result.map((line, i) => (
            <Body1 as="p" key={i} className={styles.line}>{line}</Body1>
          ))}
        </div>
      )}
      <ProblemList problems={problems} workbook={workbook} label={problemsLabel} nameSource={nameSource} className={styles.problems} />
    </div>
  );
}

/** "Fejl i tabellen Forbrug, C5: …" (or "Fejl i C5: …" when the panel names the table itself). */
export function problemText(p: LocatedProblem, nameSource = true): string {
  // A problem without a cell (a missing table, say) names its table in its own words.
  if (!p.address) return p.message;
  const kind = p.severity === "fejl" ? "Fejl" : "Advarsel";
  return `${kind} i ${nameSource && p.source ? `${p.source}, ` : ""}${p.address}: ${p.message}`;
}

/**
 * Problems shown per kind before "Vis alle": thousands of links are thousands of Tab stops before
 * Generér. A kind that only informs shows none until asked.
 */
export const PROBLEMS_SHOWN = 10;

/**
 * Problems grouped by kind (core's groupProblems): the real problems first, each kind with its count
 * and what to do, and one that selects its cell in the workbook when clicked.
 */
const useListStyles = makeStyles({
  groups: { display: "flex", flexDirection: "column", gap: "12px", overflowWrap: "anywhere" },
  group: { display: "flex", flexDirection: "column", gap: "2px", alignItems: "flex-start" },
  list: { margin: 0, paddingLeft: "18px", alignSelf: "stretch" },
  // A link is a button here, and a button is an inline block whose baseline is its last line: the
  // bullet stood at the last line. Aligned to the top, the line (and so the bullet) is its first.
  item: { verticalAlign: "top", textAlign: "start" },
  todo: { color: tokens.colorNeutralForeground2 },
});

export function ProblemList({ problems, workbook, label, nameSource = true, className }: {
  problems: readonly LocatedProblem[]; workbook: Workbook; label: string; nameSource?: boolean; className?: string;
}): React.ReactElement | null {
  const styles = useListStyles();
  const [opened, setOpened] = React.useState<ReadonlySet<string>>(new Set());
  if (problems.length === 0) return null;
  const groups = groupProblems(problems);
  return (
    <div role="group" aria-label={label} className={mergeClasses(styles.groups, className)}>
      {groups.map((g) => {
        const open = opened.has(g.kind);
        const shown = open ? g.problems : g.quiet ? [] : g.problems.slice(0, PROBLEMS_SHOWN);
        const count = g.problems.length.toLocaleString("da-DK");
        return (
          <section key={g.kind} aria-label={g.title} className={styles.group}>
            {/* Not a heading: the list stands in panels whose headings differ (axe heading-order). */}
            <Body1Strong as="p" block>{`${g.title} (${count})`}</Body1Strong>
            <Caption1 as="p" block className={styles.todo}>{g.todo}</Caption1>
            {shown.length > 0 && (
              <ul aria-label={g.title} className={styles.list}>
                {shown.map((p, i) => (
                  <li key={i}>
                    {p.address && p.sheet ? (
                      <Link as="button" className={styles.item} onClick={() => workbook.selectCell(p.sheet!, p.address!).catch(() => undefined)}>
                        {problemText(p, nameSource)}
                      </Link>
                    ) : (
                      problemText(p, nameSource)
                    )}
                  </li>
                ))}
              </ul>
            )}
            {shown.length < g.problems.length && (
              <Button appearance="subtle" size="small" onClick={() => setOpened(new Set([...opened, g.kind]))}>
                {shown.length === 0 ? `Vis de ${count}` : `Vis alle ${count} (${shown.length} vises)`}
              </Button>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** Outcome of a flow as a panel shows it. */
export interface ActionResult {
  message: string;
  problems?: readonly LocatedProblem[];
  /** Further result lines (a note). */
  lines?: readonly string[];
  /** The action did not do its work: shown as an error (with the problems), not as a result. */
  failed?: PanelError;
}

/** How a failed action is said: what failed ("Arkene blev ikke skrevet") and what to do then. */
export interface FailureWords {
  what?: string;
  next?: string;
}

/**
 * One action at a time (in this panel, and queued behind any other action of the add-in): busy (with its Danish text) from the click's own render, then the result
 * and problems, or the error. Replaces a panel's separate busy/status/problems state.
 */
export function useAction() {
  const [busy, setBusy] = React.useState<string | null>(null);
  const [errors, setErrors] = React.useState<PanelError[]>([]);
  const [result, setResult] = React.useState<string[]>([]);
  const [problems, setProblems] = React.useState<LocatedProblem[]>([]);
  const clear = () => {
    setErrors([]);
    setResult([]);
    setProblems([]);
  };
  const run = async (busyText: string, work: () => Promise<ActionResult>, failed?: string | FailureWords): Promise<boolean> => {
    clear();
    setBusy(busyText);
    try {
      // The busy line paints before any of the action's work runs (the flows then work in slices).
      await nextPaint();
      // One action on the workbook at a time, the automatic refresh included (flows/queue.ts).
      const out = await runExclusive(work);
      if (out.failed) setErrors([out.failed]);
      else setResult([out.message, ...(out.lines ?? [])].filter((s) => s !== ""));
      setProblems([...(out.problems ?? [])]);
      return !out.failed;
    } catch (e) {
      const words = typeof failed === "string" ? { what: failed } : failed ?? {};
      setErrors([errorOf(e, words.what, words.next)]);
      return false;
    } finally {
      setBusy(null);
    }
  };
  const fail = (e: PanelError | PanelError[]) => {
    clear();
    setErrors(Array.isArray(e) ? e : [e]);
  };
  return { busy, errors, result, problems, run, fail, clear, setResult, setProblems };
}
