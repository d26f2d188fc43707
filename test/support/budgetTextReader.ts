// A budget paragraph read as a reader reads it (docs/domain.md §4 "Budget text arithmetic"): the figures
// it quotes, each with the precision it is shown at, and the checks a reader with a calculator makes —
// helårsforanstaltninger × price gives the amount, mængde- + priseffekt give the deviation to the krone.
// Independent of src/core's formatting: the numbers are parsed back from the Danish text.

/** A figure as shown: its value and half the step it was rounded to (0,05 for one decimal). */
export interface Shown {
  value: number;
  half: number;
}

export interface ReadParagraph {
  haapForventet: Shown;
  haapBudget: Shown;
  prisForventet?: Shown;
  prisBudget?: Shown;
  forventet: Shown;
  budget?: Shown;
  split?: { afvigelse: number; maengde: number; pris: number };
}

/** "1.056.751" → 1056751, "102,2" → 102,2 with half its last step. */
function danish(text: string, mio = false): Shown {
  const [whole, frac = ""] = text.split(",");
  const value = Number(`${whole.replace(/\./g, "")}.${frac || "0"}`) * (mio ? 1e6 : 1);
  return { value, half: (mio ? 1e6 : 1) * 0.5 * 10 ** -frac.length };
}

const must = (m: RegExpExecArray | null, what: string, text: string): RegExpExecArray => {
  if (!m) throw new Error(`Teksten mangler ${what}: ${text}`);
  return m;
};

export function readParagraph(text: string): ReadParagraph {
  const h = must(/i alt (-?[\d.,]+) helårsforanstaltning(?:er)? på .*?(?:mod (-?[\d.,]+) i budgettet|(, det samme som i budgettet))/.exec(text), "helårsforanstaltninger", text);
  const haapForventet = danish(h[1]);
  const haapBudget = h[2] !== undefined ? danish(h[2]) : haapForventet;
  const p = /gennemsnitspris er (-?[\d.]+) kr\. \(forventet regnskab ÷ helårsforanstaltninger\)(?: mod (-?[\d.]+) kr\. i budgettet)?/.exec(text);
  const f = must(/Det forventede regnskab er (-?[\d.,]+) (mio\. )?kr\./.exec(text), "det forventede regnskab", text);
  const b = /budgettet på (-?[\d.,]+) (mio\. )?kr\./.exec(text);
  const s = /Afvigelsen på (-?[\d.]+) kr\. består af en mængdeeffekt på (-?[\d.]+) kr\. .*?priseffekt på (-?[\d.]+) kr\./.exec(text);
  const whole = (t: string) => danish(t).value;
  return {
    haapForventet, haapBudget,
    ...(p ? { prisForventet: danish(p[1]), ...(p[2] ? { prisBudget: danish(p[2]) } : {}) } : {}),
    forventet: danish(f[1], f[2] !== undefined),
    ...(b ? { budget: danish(b[1], b[2] !== undefined) } : {}),
    ...(s ? { split: { afvigelse: whole(s[1]), maengde: whole(s[2]), pris: whole(s[3]) } } : {}),
  };
}

/**
 * Whether a × b, with a and b as shown, can be c as shown: the largest error of the product of two
 * rounded figures is |a|·Δb + |b|·Δa + Δa·Δb, plus c's own rounding.
 */
export function productAgrees(a: Shown, b: Shown, c: Shown): boolean {
  const slack = Math.abs(a.value) * b.half + Math.abs(b.value) * a.half + a.half * b.half + c.half;
  return Math.abs(a.value * b.value - c.value) <= slack * (1 + 1e-12);
}

/** The reader's checks of one paragraph; the list of what does not multiply out (empty when all do). */
export function arithmeticErrors(text: string): string[] {
  const r = readParagraph(text);
  const errors: string[] = [];
  if (!r.prisForventet || !r.prisBudget || !r.budget || !r.split) return ["teksten har ikke begge priser, budgettet og afvigelsens opdeling"];
  if (!productAgrees(r.haapForventet, r.prisForventet, r.forventet)) {
    errors.push(`${r.haapForventet.value} × ${r.prisForventet.value} = ${r.haapForventet.value * r.prisForventet.value}, ikke ${r.forventet.value}`);
  }
  if (!productAgrees(r.haapBudget, r.prisBudget, r.budget)) {
    errors.push(`${r.haapBudget.value} × ${r.prisBudget.value} = ${r.haapBudget.value * r.prisBudget.value}, ikke budgettet ${r.budget.value}`);
  }
  const { afvigelse, maengde, pris } = r.split;
  if (maengde + pris !== afvigelse) errors.push(`${maengde} + ${pris} = ${maengde + pris}, ikke afvigelsen ${afvigelse}`);
  if (Math.abs(afvigelse - (r.forventet.value - r.budget.value)) > r.forventet.half + r.budget.half) {
    errors.push(`afvigelsen ${afvigelse} er ikke ${r.forventet.value} − ${r.budget.value}`);
  }
  // Mængdeeffekt = ΔHÅP × budget price; priseffekt = Δprice × expected HÅP, each shown to the krone.
  const dH: Shown = { value: r.haapForventet.value - r.haapBudget.value, half: r.haapForventet.half + r.haapBudget.half };
  if (!productAgrees(dH, r.prisBudget, { value: maengde, half: 0.5 })) errors.push(`mængdeeffekten ${maengde} er ikke ${dH.value} × ${r.prisBudget.value}`);
  const dP: Shown = { value: r.prisForventet.value - r.prisBudget.value, half: r.prisForventet.half + r.prisBudget.half };
  if (!productAgrees(dP, r.haapForventet, { value: pris, half: 1 })) errors.push(`priseffekten ${pris} er ikke ${dP.value} × ${r.haapForventet.value}`);
  return errors;
}
