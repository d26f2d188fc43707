// A test double of the slice of the Excel object model the writer uses. The request context is an
// office-addin-mock OfficeMockObject (its load/sync semantics: a loaded value is readable only
// after sync); the workbook behind it is a small in-memory model whose queued operations are
// applied at sync, as Excel does, so a failing sync can be injected at any step.
import { OfficeMockObject } from "office-addin-mock";

export interface FakeSheet {
  name: string;
  visibility: string;
  props: Map<string, string>;
  /** Written cells: "row,col" → formula or value as sent. */
  cells: Map<string, unknown>;
  formats: { address: string; what: string; value: unknown }[];
  names: string[];
  validations: { address: string; rule: unknown }[];
  charts: { type: string; source: string; seriesBy: string; title?: string; xAxisTitle?: string; yAxisTitle?: string }[];
  autoFills: { from: string; to: string; type: string }[];
  /** Frozen panes as asked for: "at r,c,rows,cols", "rows n" or "columns n". */
  freeze?: string;
  protected: boolean;
}

export interface FakeOptions {
  /** 1-based number of the sync that fails (before anything of its batch is applied). */
  failAtSync?: number;
}

const addr = (r: number, c: number, rows: number, cols: number) => `${r},${c},${rows},${cols}`;

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  syncs = 0;
  suspendCalc = 0;
  suspendScreen = 0;
  /** JSON size of every batch, as a stand-in for request bytes. */
  batchBytes: number[] = [];
  private queue: (() => void)[] = [];
  private queuedBytes = 0;
  readonly context: Excel.RequestContext;

  constructor(initial: { name: string; marker?: string; cells?: Record<string, unknown> }[] = [], private options: FakeOptions = {}) {
    for (const s of initial) {
      const sheet = this.newSheet(s.name);
      if (s.marker) sheet.props.set("Styringsark", s.marker);
      for (const [k, v] of Object.entries(s.cells ?? {})) sheet.cells.set(k, v);
      this.sheets.push(sheet);
    }
    const mock = new OfficeMockObject({
      application: {
        suspendApiCalculationUntilNextSync: () => {
          this.suspendCalc++;
        },
        suspendScreenUpdatingUntilNextSync: () => {
          this.suspendScreen++;
        },
      },
    }) as unknown as Record<string, unknown>;
    const originalSync = (mock.sync as () => Promise<void>).bind(mock);
    mock.sync = async () => {
      this.syncs++;
      await originalSync();
      const batch = this.queue;
      this.queue = [];
      this.batchBytes.push(this.queuedBytes);
      this.queuedBytes = 0;
      if (this.options.failAtSync === this.syncs) throw new Error(`Simuleret fejl ved sync ${this.syncs}`);
      for (const op of batch) op();
    };
    mock.workbook = { worksheets: this.worksheetsProxy() };
    this.context = mock as unknown as Excel.RequestContext;
  }

  /** Deep snapshot for "left exactly as before" assertions. */
  snapshot(): unknown {
    return this.sheets.map((s) => ({ ...s, props: [...s.props], cells: [...s.cells] }));
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  private newSheet(name: string): FakeSheet {
    return { name, visibility: "Visible", props: new Map(), cells: new Map(), formats: [], names: [], validations: [], charts: [], autoFills: [], protected: false };
  }

  private enqueue(op: () => void, bytes = 16): void {
    this.queue.push(op);
    this.queuedBytes += bytes;
  }

  private find(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return s;
  }

  private worksheetsProxy() {
    // The proxies below are plain objects whose methods need the workbook, not their own this.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const wb = this;
    const collection = {
      items: [] as { name: string }[],
      load() {
        // Resolved when the batch is applied, like a real load.
        wb.enqueue(() => {
          // Each item is a worksheet proxy (for per-sheet reads) whose name is a plain loaded value.
          collection.items = wb.sheets.map((s) => Object.defineProperty(wb.sheetProxy(() => s), "name", { value: s.name, enumerable: true }));
        });
        return collection;
      },
      add(name: string) {
        const sheet = wb.newSheet(name);
        wb.enqueue(() => {
          if (wb.sheet(name)) throw new Error(`Et ark med navnet ${name} findes allerede`);
          wb.sheets.push(sheet);
        });
        return wb.sheetProxy(() => sheet);
      },
      getItem(name: string) {
        let resolved: FakeSheet | undefined;
        return wb.sheetProxy(() => (resolved ??= wb.find(name)));
      },
      getItemOrNullObject(name: string) {
        const proxy = wb.sheetProxy(() => wb.find(name)) as Record<string, unknown>;
        proxy.isNullObject = undefined;
        proxy.load = () => {
          wb.enqueue(() => {
            proxy.isNullObject = !wb.sheet(name);
          });
        };
        return proxy;
      },
    };
    return collection;
  }

  /** getUsedRange(OrNullObject) and its getRow: values and isNullObject are set by the sync after load. */
  private usedRangeProxy(get: () => FakeSheet, orNull: boolean) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const wb = this;
    // Excel's getUsedRange on an empty sheet gives A1; the OrNullObject variant gives a null object.
    const read = () => usedBox(get()) ?? (orNull ? null : [[""]]);
    const loadable = (pick: (v: unknown[][]) => unknown[][]) => {
      const r: { values?: unknown[][]; isNullObject?: boolean; load(what?: unknown): typeof r; getRow(i: number): unknown } = {
        load() {
          wb.enqueue(() => {
            const v = read();
            r.isNullObject = v === null;
            r.values = v === null ? undefined : pick(v);
          });
          return r;
        },
        getRow: (i: number) => loadable((v) => pick(v).slice(i, i + 1)),
      };
      return r;
    };
    return loadable((v) => v);
  }

  private sheetProxy(get: () => FakeSheet) {
    // The proxies below are plain objects whose methods need the workbook, not their own this.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const wb = this;
    const rangeProxy = (r: number, c: number, rows: number, cols: number) => {
      const at = addr(r, c, rows, cols);
      const fmt = (what: string) => (value: unknown) => wb.enqueue(() => get().formats.push({ address: at, what, value }));
      const setter = (target: Record<string, unknown>, what: string) =>
        new Proxy(target, {
          set(_t, key, value) {
            fmt(`${what}${String(key)}`)(value);
            return true;
          },
          get(t, key) {
            if (key === "getItem") return (edge: string) => setter({}, `${what}border.${edge}.`);
            return (t as Record<string | symbol, unknown>)[key] ?? setter({}, `${what}${String(key)}.`);
          },
        });
      return {
        set formulas(data: unknown[][]) {
          wb.enqueue(() => {
            const s = get();
            data.forEach((row, i) => row.forEach((v, j) => s.cells.set(`${r + i},${c + j}`, v)));
          }, JSON.stringify(data).length);
        },
        set numberFormat(value: unknown) {
          fmt("numberFormat")(value);
        },
        format: setter({}, "format."),
        dataValidation: {
          set rule(rule: unknown) {
            wb.enqueue(() => get().validations.push({ address: at, rule }));
          },
          set errorAlert(_v: unknown) {
            /* recorded with the rule */
          },
        },
        autoFill(dest: { __address: string }, type: string) {
          wb.enqueue(() => get().autoFills.push({ from: at, to: dest.__address, type }));
        },
        __address: at,
      };
    };
    const sheet = {
      getRangeByIndexes: rangeProxy,
      set visibility(v: string) {
        wb.enqueue(() => {
          get().visibility = v;
        });
      },
      set name(n: string) {
        wb.enqueue(() => {
          if (wb.sheets.some((s) => s.name === n && s !== get())) throw new Error(`Navnet ${n} er optaget`);
          get().name = n;
        });
      },
      set tabColor(_c: string) {
        /* cosmetic */
      },
      customProperties: {
        add: (k: string, v: string) => wb.enqueue(() => get().props.set(k, v)),
        getItemOrNullObject: (k: string) => {
          // Reading before the sync that loads it gives undefined, which the writer must not rely on.
          const p: { value?: string | null; isNullObject?: boolean; load(what: string): void } = {
            load: () =>
              wb.enqueue(() => {
                const v = get().props.get(k);
                p.value = v ?? null;
                p.isNullObject = v === undefined;
              }),
          };
          return p;
        },
      },
      names: { add: (n: string) => wb.enqueue(() => get().names.push(n)) },
      charts: {
        add: (type: string, source: { __address: string }, seriesBy: string) => {
          const rec: FakeSheet["charts"][number] = { type, source: source.__address, seriesBy };
          wb.enqueue(() => get().charts.push(rec));
          const titled = { set text(t: string) { rec.title = t; } };
          const axisTitle = (key: "xAxisTitle" | "yAxisTitle") => ({ set text(t: string) { rec[key] = t; } });
          return { title: titled, setPosition: () => undefined, axes: { categoryAxis: { title: axisTitle("xAxisTitle") }, valueAxis: { title: axisTitle("yAxisTitle") } } };
        },
      },
      freezePanes: {
        freezeAt: (range: { __address: string }) => wb.enqueue(() => { get().freeze = `at ${range.__address}`; }),
        freezeRows: (n: number) => wb.enqueue(() => { get().freeze = `rows ${n}`; }),
        freezeColumns: (n: number) => wb.enqueue(() => { get().freeze = `columns ${n}`; }),
      },
      protection: { protect: () => wb.enqueue(() => { get().protected = true; }) },
      activate: () => wb.enqueue(() => undefined),
      getUsedRange: () => wb.usedRangeProxy(get, false),
      getUsedRangeOrNullObject: () => wb.usedRangeProxy(get, true),
      delete: () =>
        wb.enqueue(() => {
          const s = get();
          wb.sheets = wb.sheets.filter((x) => x !== s);
        }),
    };
    return sheet;
  }
}

/**
 * A sheet's used range as a rectangle of values ("" for empty cells), from the first to the last
 * written cell; null for an empty sheet. Formulas read back as the text that was written.
 */
function usedBox(sheet: FakeSheet): unknown[][] | null {
  const keys = [...sheet.cells.keys()].map((k) => k.split(",").map(Number));
  if (keys.length === 0) return null;
  const r0 = Math.min(...keys.map((k) => k[0]));
  const r1 = Math.max(...keys.map((k) => k[0]));
  const c0 = Math.min(...keys.map((k) => k[1]));
  const c1 = Math.max(...keys.map((k) => k[1]));
  const out: unknown[][] = [];
  for (let r = r0; r <= r1; r++) {
    const row: unknown[] = [];
    for (let c = c0; c <= c1; c++) row.push(sheet.cells.get(`${r},${c}`) ?? "");
    out.push(row);
  }
  return out;
}
