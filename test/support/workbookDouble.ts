// An in-memory Workbook (src/flows/workbook.ts) for flow and panel tests. It answers only what a
// test gave it data for: any other call is recorded in `unexpected` and rejects, and `verify()`
// throws if there was one — so a panel that swallows the rejection still fails the test. Kept small
// so it can be swapped for the Excel-semantics double later.
import type { SheetSpec } from "../../src/sheets/spec";
import type { NewTable, SheetInfo, SourceTable, TableInfo, Workbook, WriteOptions, WrittenSheet } from "../../src/flows/workbook";

export interface DoubleTable {
  name: string;
  /** Sheet holding the table; the table's name by default. */
  sheet?: string;
  /** 0-based position of the header's first cell; A1 by default. */
  origin?: { row: number; col: number };
  /** Header row first. */
  values: unknown[][];
}

export interface DoubleSheet {
  name: string;
  /** Our marker, or absent for the user's own sheet. */
  kind?: string;
  origin?: { row: number; col: number };
  /** The used range, header row first. */
  values?: unknown[][];
}

export interface DoubleInit {
  fileName?: string;
  tables?: DoubleTable[];
  /** Name of the table readSelection returns. */
  selection?: string;
  sheets?: DoubleSheet[];
  settings?: Record<string, string>;
  /** Allow writeSheets; an Error here makes it reject with that error, as the writer's Danish error. */
  writes?: true | Error;
  /** Allow selectCell. */
  selects?: true;
  /** Allow addTables (tables and sheets are then known, empty unless given); an Error makes it reject. */
  adds?: true | Error;
  /** Make saveSetting reject (a host that cannot save). */
  saveFails?: Error;
  /** Make loadSetting reject (a host whose read fails: not the same as "no setting"). */
  loadFails?: Error;
  /** Allow openNewWorkbook; an Error makes it reject (a host that blocks the new window). */
  opens?: true | Error;
}

export class WorkbookDouble implements Workbook {
  /** Every call, as "method arg", in order. */
  readonly calls: string[] = [];
  /** Calls the test gave no data for. */
  readonly unexpected: string[] = [];
  /** Each writeSheets call's specs. */
  readonly written: SheetSpec[][] = [];
  readonly selected: { sheet: string; address: string }[] = [];
  readonly settings: Map<string, string> | null;
  private sheets: DoubleSheet[] | null;
  private tables: DoubleTable[] | null;

  constructor(private readonly init: DoubleInit = {}) {
    this.settings = init.settings ? new Map(Object.entries(init.settings)) : null;
    this.sheets = init.sheets ? [...init.sheets] : init.adds ? [] : null;
    // The test's own array: a test may empty it to make a table disappear.
    this.tables = init.tables ?? (init.adds ? [] : null);
  }

  /** A table by name, ignoring case as Excel does. */
  private findTable(name: string): DoubleTable | undefined {
    return this.tables?.find((x) => x.name.toLowerCase() === name.toLowerCase());
  }

  /** Throws if any call was not covered by the test's data. */
  verify(): void {
    if (this.unexpected.length > 0) throw new Error(`Uventede kald til arbejdsbogen: ${this.unexpected.join("; ")}`);
  }

  private call<T>(what: string, allowed: boolean, answer: () => T): Promise<T> {
    this.calls.push(what);
    if (!allowed) {
      this.unexpected.push(what);
      return Promise.reject(new Error(`Uventet kald i testen: ${what}`));
    }
    try {
      return Promise.resolve(answer());
    } catch (e) {
      return Promise.reject(e);
    }
  }

  private table(t: DoubleTable): SourceTable {
    const [header = [], ...rows] = t.values;
    return { label: `tabellen ${t.name}`, sheet: t.sheet ?? t.name, origin: t.origin ?? { row: 0, col: 0 }, header, rows };
  }

  name(): Promise<string> {
    return this.call("name", this.init.fileName !== undefined, () => this.init.fileName!);
  }

  listTables(): Promise<TableInfo[]> {
    return this.call("listTables", !!this.tables, () => this.tables!.map((t) => ({ name: t.name, sheet: t.sheet ?? t.name })));
  }

  readTable(name: string): Promise<SourceTable | null> {
    return this.call(`readTable ${name}`, !!this.tables, () => {
      const t = this.findTable(name);
      return t ? this.table(t) : null;
    });
  }

  readSelection(): Promise<SourceTable> {
    return this.call("readSelection", this.init.selection !== undefined, () => {
      const t = this.init.selection === undefined ? undefined : this.findTable(this.init.selection);
      if (!t) throw new Error(`Dobbelten har ingen tabel ${this.init.selection}`);
      return { ...this.table(t), label: `${t.sheet ?? t.name}!markering` };
    });
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.call("listSheets", !!this.sheets, () => this.sheets!.map((s) => ({ name: s.name, kind: s.kind ?? null, firstRow: s.values?.[0] ?? [] })));
  }

  readSheet(name: string): Promise<SourceTable | null> {
    return this.call(`readSheet ${name}`, !!this.sheets, () => {
      const s = this.sheets!.find((x) => x.name === name);
      if (!s) return null;
      const [header = [], ...rows] = s.values ?? [];
      return { label: `arket ${name}`, sheet: name, origin: s.origin ?? { row: 0, col: 0 }, header, rows };
    });
  }

  loadSetting(key: string): Promise<string | null> {
    return this.call(`loadSetting ${key}`, !!this.settings, () => {
      if (this.init.loadFails) throw this.init.loadFails;
      return this.settings!.get(key) ?? null;
    });
  }

  saveSetting(key: string, value: string): Promise<void> {
    return this.call(`saveSetting ${key}`, !!this.settings, () => {
      if (this.init.saveFails) throw this.init.saveFails;
      this.settings!.set(key, value);
    });
  }

  /** Writes as the real writer does: our sheets are replaced, a user's sheet keeps its name and ours gets "(2)". */
  writeSheets(specs: readonly SheetSpec[], options?: WriteOptions): Promise<WrittenSheet[]> {
    return this.call(`writeSheets ${specs.map((s) => s.name).join(", ")}`, this.init.writes !== undefined, () => {
      if (this.init.writes instanceof Error) throw this.init.writes;
      this.written.push([...specs]);
      this.sheets ??= [];
      return specs.map((spec, i) => {
        options?.onProgress?.({ fraction: (i + 1) / specs.length, text: `Skriver arket "${spec.name}" …` });
        const existing = this.sheets!.find((s) => s.name === spec.name);
        const moved = !!existing && existing.kind === undefined;
        const written = moved ? `${spec.name} (2)` : spec.name;
        this.sheets = this.sheets!.filter((s) => s.name !== written);
        this.sheets.push({ name: written, kind: spec.kind });
        return { wanted: spec.name, written, movedAsideForUserSheet: moved, replaced: !!existing && !moved };
      });
    });
  }

  /** As Excel: a taken sheet or table name (ignoring case) is refused and nothing is added. */
  addTables(tables: readonly NewTable[]): Promise<void> {
    return this.call(`addTables ${tables.map((t) => t.name).join(", ")}`, this.init.adds !== undefined, () => {
      if (this.init.adds instanceof Error) throw this.init.adds;
      const lower = (x: string) => x.toLowerCase();
      const sheets = new Set(this.sheets!.map((s) => lower(s.name)));
      const names = new Set(this.tables!.map((t) => lower(t.name)));
      for (const t of tables) {
        if (sheets.has(lower(t.sheet))) throw new Error(`Et ark med navnet ${t.sheet} findes allerede`);
        if (names.has(lower(t.name))) throw new Error(`Navnet ${t.name} er allerede i brug`);
        sheets.add(lower(t.sheet));
        names.add(lower(t.name));
      }
      for (const t of tables) {
        this.sheets!.push({ name: t.sheet, values: t.values });
        this.tables!.push({ name: t.name, sheet: t.sheet, values: t.values });
      }
    });
  }

  /** Each openNewWorkbook call's .xlsx, base64 as Excel receives it. */
  readonly opened: string[] = [];

  openNewWorkbook(base64: string): Promise<void> {
    return this.call("openNewWorkbook", this.init.opens !== undefined, () => {
      if (this.init.opens instanceof Error) throw this.init.opens;
      this.opened.push(base64);
    });
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return this.call(`selectCell ${sheet}!${address}`, this.init.selects === true, () => {
      this.selected.push({ sheet, address });
    });
  }
}
