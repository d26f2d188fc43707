// Disponeringsark's source: the tables to choose from, the case table read with its column mapping
// and the art per foranstaltning (both remembered in the workbook), and the check of every row,
// run in steps whenever one of them changes.
import * as React from "react";
import { CASE_FIELDS, type ColumnMapping, type Foranstaltningsart } from "../core";
import {
  checkCaseSourceInSteps, readCaseSource, runExclusive, runInSteps, saveArt, saveMapping, startDisponering,
  type CheckedSource, type SavedArts, type SavedMappings, type SourceTable, type TableInfo, type Workbook,
} from "../flows";
import { useWorkbookRevision } from "./useWorkbookRevision";

/** The source choice meaning the selection (or the sheet's used range) rather than a table. */
export const SELECTION = "__markering__";
/** A column or table choice meaning none. */
export const NONE = "__ingen__";

export type CaseField = (typeof CASE_FIELDS)[number];

export interface CaseSource {
  tables: TableInfo[];
  sourceChoice: string;
  chooseSource: (choice: string) => void;
  source: SourceTable | null;
  mapping: ColumnMapping;
  checked: CheckedSource | null;
  checking: boolean;
  /** Reads the chosen source (throws as the flow does; the panel's action says why). */
  read: () => Promise<void>;
  changeField: (field: CaseField, value: string) => void;
  changeArt: (foranstaltning: string, art: Foranstaltningsart) => void;
}

/** The tables of the workbook, re-read whenever it may have changed; the hand-picked choice stays. */
function useTables(workbook: Workbook) {
  const [tables, setTables] = React.useState<TableInfo[]>([]);
  const [sourceChoice, setSourceChoice] = React.useState(SELECTION);
  // The selection chosen by hand is kept when tables appear; an untouched choice follows the tables.
  const sourceByHand = React.useRef(false);
  const [saved, setSaved] = React.useState<SavedMappings>({});
  const [arts, setArts] = React.useState<SavedArts>({});
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
  const chooseSource = (choice: string) => {
    sourceByHand.current = true;
    setSourceChoice(choice);
  };
  return { tables, sourceChoice, chooseSource, saved, setSaved, arts, setArts };
}

/**
 * The check runs in steps (a 20.000-row table froze the pane at every mapping change); a newer
 * source or mapping makes a running check stop, and the last result stays until the new one is in.
 */
function useCheck(source: SourceTable | null, mapping: ColumnMapping, arts: SavedArts) {
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
  return { checked, checking };
}

export function useCaseSource(workbook: Workbook): CaseSource {
  const { tables, sourceChoice, chooseSource, saved, setSaved, arts, setArts } = useTables(workbook);
  const [source, setSource] = React.useState<SourceTable | null>(null);
  const [mapping, setMapping] = React.useState<ColumnMapping>({});
  const { checked, checking } = useCheck(source, mapping, arts);

  const read = async () => {
    const got = await readCaseSource(workbook, sourceChoice === SELECTION ? null : sourceChoice, saved);
    setSource(got.source);
    setMapping(got.mapping);
  };

  const changeField = (field: CaseField, value: string) => {
    if (!source) return;
    const next = { ...mapping };
    if (value === NONE) delete next[field];
    else next[field] = Number(value);
    setMapping(next);
    runExclusive(() => saveMapping(workbook, saved, source, next)).then(setSaved, () => undefined);
  };

  const changeArt = (foranstaltning: string, art: Foranstaltningsart) => {
    setArts({ ...arts, [foranstaltning]: art });
    // The saved object drops a choice equal to the default; the check already runs with the new one.
    runExclusive(() => saveArt(workbook, arts, foranstaltning, art)).then(setArts, () => undefined);
  };

  return { tables, sourceChoice, chooseSource, source, mapping, checked, checking, read, changeField, changeArt };
}
