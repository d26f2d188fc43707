// A strict stand-in for Excel's request context, for the reader: a property asked for with load()
// is readable only after the next context.sync(), and isNullObject only after a sync — as in
// Office.js, where proxies hold no data until the batch has run
// (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load).
// Reading earlier throws, so a reader that forgets a sync fails its test.

type Props = Record<string, unknown>;

export class StrictContext {
  syncs = 0;
  private proxies: StrictProxy[] = [];
  readonly workbook: unknown;

  constructor(build: (ctx: StrictContext) => unknown) {
    this.workbook = build(this);
  }

  /** A proxy whose `data` become readable as loaded, and whose methods are `methods`. */
  proxy(data: Props, methods: Record<string, (...args: never[]) => unknown> = {}, isNull = false): unknown {
    const p = new StrictProxy(data, isNull);
    this.proxies.push(p);
    const target: Record<string, unknown> = { ...methods, load: (names: string) => (p.load(names), target) };
    for (const key of Object.keys(data)) Object.defineProperty(target, key, { get: () => p.read(key) });
    Object.defineProperty(target, "isNullObject", { get: () => p.readNull() });
    return target;
  }

  async sync(): Promise<void> {
    this.syncs++;
    for (const p of this.proxies) p.sync();
  }

  get context(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }
}

class StrictProxy {
  private pending = new Set<string>();
  private ready = new Set<string>();
  private synced = false;
  constructor(private data: Props, private isNull: boolean) {}
  load(names: string) {
    for (const n of names.split(",")) this.pending.add(n.trim());
  }
  sync() {
    for (const n of this.pending) this.ready.add(n);
    this.pending.clear();
    this.synced = true;
  }
  read(key: string): unknown {
    if (!this.ready.has(key)) throw new Error(`${key} læst uden load() og sync()`);
    return this.data[key];
  }
  readNull(): boolean {
    if (!this.synced) throw new Error("isNullObject læst før sync()");
    return this.isNull;
  }
}
