// The prognose methods per konto (docs/domain.md §1.3, §4) as one declarative table (docs/habits.md §3): the
// task pane lists them, each row computes its forventet regnskab and writes its Prognose-sheet formula.
import { glidendeGennemsnit, pulje, tolvtedele } from "./prognose";
import { fail, ok, type Result } from "./result";
import { msg } from "./messages";

export type MethodId = "disponering" | "risikosager" | "pulje" | "glidende" | "tolvtedele" | "ramme" | "skoen";

/** What a method reads besides forbrug til dato. */
export type MethodInput = "disponering" | "risiko" | "pulje" | "historik" | "budget" | "skoen";

export interface PrognoseInputs {
  budget: number;
  /** Booked amounts of the budget year, months 1..k. */
  booked: readonly number[];
  /** Every booked month, oldest first, ending with month k (may reach into earlier years). */
  history?: readonly number[];
  /** Disposed amount for months k+1..12 from the disponeringsark. */
  disponeretRest?: number;
  /** Weighted risk cases for months k+1..12. */
  risiko?: number;
  /** Pool parameters: λ (one value or one per month k+1..12) and the monthly price of a new case. */
  pulje?: { lambda: number | readonly number[]; prisPrMaaned: number };
  /** The typed full-year estimate. */
  skoen?: number;
}

/** Where each input a method needs is found, and its Danish name when it is missing. */
const INPUTS = {
  disponering: { field: "disponeretRest", what: "disponeret resten af året" },
  risiko: { field: "risiko", what: "risikosager" },
  pulje: { field: "pulje", what: "tilgang og månedspris" },
  historik: { field: "history", what: "bogført forbrug pr. måned" },
  budget: { field: "budget", what: "budget" },
  skoen: { field: "skoen", what: "skønnet beløb" },
} as const satisfies Record<MethodInput, { field: keyof PrognoseInputs; what: string }>;

/** The inputs with every field of the needs `N` present. */
type Given<N extends MethodInput> = PrognoseInputs & {
  [K in N as (typeof INPUTS)[K]["field"]]-?: NonNullable<PrognoseInputs[(typeof INPUTS)[K]["field"]]>;
};

/** Cells of the Prognose sheet a method's rest-of-year formula may refer to (A1 references). */
export interface RestCells {
  disponeret: string;
  risiko: string;
  pulje: string;
  /** Mean of the last 12 booked months. */
  gns12: string;
  skoen: string;
  budget: string;
  /** Forbrug til dato. */
  forbrug: string;
  /** Number of months left (12 − k). */
  restMonths: string;
}

export interface MethodDef {
  id: MethodId;
  /** Danish name as the user sees it in the panel and on the Prognose sheet. */
  name: string;
  /** The name short enough for the pane's method list at 320 px, where `name` is longer. */
  short?: string;
  /** One Danish line: how the rest of the year is estimated. */
  description: string;
  needs: readonly MethodInput[];
  /**
   * Forventet regnskab for one konto. An input the method needs that is missing is a Problem (the
   * panel lists it), never silently 0.
   */
  compute: (inputs: PrognoseInputs) => Result<number>;
  /** The Prognose sheet's "prognose resten af året" as an Excel formula over the sheet's cells. */
  restFormula: (cells: RestCells) => string;
}

/** Forbrug til dato and the number of booked months k. */
interface SoFar {
  toDate: number;
  k: number;
}

const sum = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0);

/** A method row whose `estimate` sees only inputs its `needs` guarantee (checked in that order). */
function method<N extends MethodInput>(row: {
  id: MethodId; name: string; short?: string; description: string; needs: readonly N[];
  estimate: (inputs: Given<N>, soFar: SoFar) => Result<number> | number;
  restFormula: (cells: RestCells) => string;
}): MethodDef {
  const { estimate, ...def } = row;
  return {
    ...def,
    compute: (inputs) => {
      for (const n of row.needs) {
        const input = INPUTS[n];
        if (inputs[input.field] === undefined) return fail("method.input", msg.prognoseInputMissing(row.name, input.what));
      }
      const r = estimate(inputs as Given<N>, { toDate: sum(inputs.booked), k: inputs.booked.length });
      return typeof r === "number" ? ok(r) : r;
    },
  };
}

export const METHODS: readonly MethodDef[] = [
  method({
    id: "disponering", name: "Disponering på cpr-niveau", needs: ["disponering"],
    description: "Forbrug til dato + disponeret resten af året fra disponeringsarket",
    estimate: (i, { toDate }) => toDate + i.disponeretRest,
    restFormula: (c) => c.disponeret,
  }),
  method({
    id: "risikosager", name: "Disponering + risikosager", needs: ["disponering", "risiko"],
    description: "Forbrug til dato + disponeret resten af året + risikosager vægtet med sandsynlighed",
    estimate: (i, { toDate }) => toDate + i.disponeretRest + i.risiko,
    restFormula: (c) => `${c.disponeret}+${c.risiko}`,
  }),
  method({
    id: "pulje", name: "Disponering + pulje for ukendt tilgang", short: "Disponering + pulje", needs: ["disponering", "pulje"],
    description: "Forbrug til dato + disponeret resten af året + forventet tilgang × månedspris × resterende måneder",
    estimate: (i, { toDate, k }) => toDate + i.disponeretRest + pulje(i.pulje.lambda, i.pulje.prisPrMaaned, k),
    restFormula: (c) => `${c.disponeret}+${c.pulje}`,
  }),
  method({
    id: "glidende", name: "12-måneders glidende gennemsnit", short: "12 mdr. glidende gennemsnit", needs: ["historik"],
    description: "Forbrug til dato + gennemsnittet af de seneste 12 bogførte måneder × resterende måneder",
    estimate: (i, { k }) => glidendeGennemsnit(i.history, k),
    restFormula: (c) => `${c.gns12}*${c.restMonths}`,
  }),
  method({
    id: "tolvtedele", name: "Periodisering i 12-dele", needs: ["budget"],
    description: "Forbrug til dato + budget/12 × resterende måneder",
    estimate: (i) => tolvtedele(i.booked, i.budget),
    restFormula: (c) => `${c.budget}/12*${c.restMonths}`,
  }),
  method({
    id: "ramme", name: "Rammestyring", needs: ["budget"], description: "Forventet regnskab = budgettet",
    estimate: (i) => i.budget,
    restFormula: (c) => `${c.budget}-${c.forbrug}`,
  }),
  method({
    id: "skoen", name: "Skøn", needs: ["skoen"], description: "Forventet regnskab = et indtastet beløb",
    estimate: (i) => i.skoen,
    restFormula: (c) => `${c.skoen}-${c.forbrug}`,
  }),
];

export const METHOD_IDS: readonly MethodId[] = METHODS.map((m) => m.id);

export function methodDef(id: MethodId): MethodDef {
  const def = METHODS.find((m) => m.id === id);
  if (!def) throw new Error(`Ukendt metode ${String(id)}`);
  return def;
}

/** Accepts an id or a Danish name (any case), as stored in settings or typed in a sheet. */
export function parseMethodId(input: unknown): Result<MethodId> {
  const key = String(input ?? "").trim().toLowerCase();
  const def = METHODS.find((m) => m.id === key || m.name.toLowerCase() === key);
  return def ? ok(def.id) : fail("method.unknown", msg.prognoseMethodUnknown(String(input ?? "")));
}

/** Forventet regnskab for one konto by its method (the method row computes it). */
export function prognose(method: MethodId, inputs: PrognoseInputs): Result<number> {
  return methodDef(method).compute(inputs);
}
