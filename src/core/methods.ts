// The prognosis methods per konto (docs/domain.md §1.3, §4) as one declarative table (docs/habits.md §3): the
// task pane lists them, the Prognose sheet prints their names, and `prognose` computes each.
import { glidendeGennemsnit, pulje, tolvtedele } from "./prognosis";
import { fail, ok, type Result } from "./result";
import { msg } from "./messages";

export type MethodId = "disponering" | "risikosager" | "pulje" | "glidende" | "tolvtedele" | "ramme" | "skoen";

/** What a method reads besides forbrug til dato. */
export type MethodInput = "disponering" | "risiko" | "pulje" | "historik" | "budget" | "skoen";

export interface MethodDef {
  id: MethodId;
  /** Danish name as the user sees it in the panel and on the Prognose sheet. */
  name: string;
  /** One Danish line: how the rest of the year is estimated. */
  description: string;
  needs: readonly MethodInput[];
}

export const METHODS: readonly MethodDef[] = [
  {
    id: "disponering", name: "Disponering på cpr-niveau", needs: ["disponering"],
    description: "Forbrug til dato + disponeret resten af året fra disponeringsarket",
  },
  {
    id: "risikosager", name: "Disponering + risikosager", needs: ["disponering", "risiko"],
    description: "Forbrug til dato + disponeret resten af året + risikosager vægtet med sandsynlighed",
  },
  {
    id: "pulje", name: "Disponering + pulje for ukendt tilgang", needs: ["disponering", "pulje"],
    description: "Forbrug til dato + disponeret resten af året + forventet tilgang × månedspris × resterende måneder",
  },
  {
    id: "glidende", name: "12-måneders glidende gennemsnit", needs: ["historik"],
    description: "Forbrug til dato + gennemsnittet af de seneste 12 bogførte måneder × resterende måneder",
  },
  {
    id: "tolvtedele", name: "Periodisering i 12-dele", needs: ["budget"],
    description: "Forbrug til dato + budget/12 × resterende måneder",
  },
  { id: "ramme", name: "Rammestyring", needs: ["budget"], description: "Forventet regnskab = budgettet" },
  { id: "skoen", name: "Skøn", needs: ["skoen"], description: "Forventet regnskab = et indtastet beløb" },
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

export interface PrognoseInputs {
  budget: number;
  /** Booked actuals of the budget year, months 1..k. */
  actuals: readonly number[];
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

const sum = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0);

/**
 * Forventet regnskab for one konto by its method. Missing inputs the method needs are a Problem
 * (the panel lists them), never silently 0.
 */
export function prognose(method: MethodId, inputs: PrognoseInputs): Result<number> {
  const k = inputs.actuals.length;
  const toDate = sum(inputs.actuals);
  const need = <T>(value: T | undefined, what: string): Result<T> =>
    value === undefined ? fail("method.input", msg.prognoseInputMissing(methodDef(method).name, what)) : ok(value);
  const disp = () => need(inputs.disponeretRest, "disponeret resten af året");
  switch (method) {
    case "disponering": {
      const d = disp();
      return d.ok ? ok(toDate + d.value) : d;
    }
    case "risikosager": {
      const d = disp();
      if (!d.ok) return d;
      const r = need(inputs.risiko, "risikosager");
      return r.ok ? ok(toDate + d.value + r.value) : r;
    }
    case "pulje": {
      const d = disp();
      if (!d.ok) return d;
      const p = need(inputs.pulje, "tilgang og månedspris");
      return p.ok ? ok(toDate + d.value + pulje(p.value.lambda, p.value.prisPrMaaned, k)) : p;
    }
    case "glidende": {
      const h = need(inputs.history, "bogført forbrug pr. måned");
      return h.ok ? glidendeGennemsnit(h.value, k) : h;
    }
    case "tolvtedele":
      return ok(tolvtedele(inputs.actuals, inputs.budget));
    case "ramme":
      return ok(inputs.budget);
    case "skoen":
      return need(inputs.skoen, "skønnet beløb");
  }
}
