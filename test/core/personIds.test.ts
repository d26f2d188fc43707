// personIds: the typed-array table behind SOC.HÅP's CPR merge must group exactly like a plain Map of
// normalised CPR texts would.
import { personIds, personKey } from "../../src/core";
import { prng } from "../support/randomCases";

/** Reference: ids in order of first appearance, by personKey; blank = a person of its own. */
function reference(cprs: (string | null)[]): number[] {
  const ids = new Map<string, number>();
  let next = 0;
  return cprs.map((c) => {
    const key = personKey(c);
    if (key === null) return next++;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = next++));
    return id;
  });
}

/** Two id lists describe the same grouping when they map one-to-one onto each other. */
function sameGrouping(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const ab = new Map<number, number>(), ba = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    if ((ab.get(a[i]) ?? b[i]) !== b[i] || (ba.get(b[i]) ?? a[i]) !== a[i]) return false;
    ab.set(a[i], b[i]);
    ba.set(b[i], a[i]);
  }
  return true;
}

describe("personIds", () => {
  it("groups the written forms of one CPR and keeps blanks and other text apart", () => {
    const cprs = ["010190-1234", "0101901234", " 010190-1234 ", "020290-2222", null, "  ", "", "Borger A", "Borger A", "borger a"];
    const { person, persons } = personIds(cprs);
    expect([...person]).toEqual([0, 0, 0, 1, 2, 3, 4, 5, 5, 6]);
    expect(persons).toBe(7);
  });

  it("agrees with a Map of normalised texts on 20.000 random CPRs with many repeats (hash collisions included)", () => {
    const rnd = prng(11);
    const pool = Array.from({ length: 6000 }, () => {
      const d = String(1 + Math.floor(rnd() * 91)).padStart(2, "0");
      const m = String(1 + Math.floor(rnd() * 12)).padStart(2, "0");
      const y = String(Math.floor(rnd() * 100)).padStart(2, "0");
      return `${d}${m}${y}-${String(Math.floor(rnd() * 10000)).padStart(4, "0")}`;
    });
    const cprs = Array.from({ length: 20000 }, () => {
      const c = pool[Math.floor(rnd() * pool.length)];
      const r = rnd();
      return r < 0.1 ? c.replace("-", "") : r < 0.15 ? ` ${c}` : r < 0.18 ? null : c;
    });
    const { person, persons } = personIds(cprs);
    const ref = reference(cprs);
    expect(sameGrouping(person, ref)).toBe(true);
    expect(persons).toBe(Math.max(...ref) + 1);
  });
});

describe("personIds on text that is almost a CPR number", () => {
  it.each([0, 1, 2, 3, 4, 5, 7, 8, 9, 10])("a letter at position %i makes it other text, not a CPR", (pos) => {
    const cpr = "010190-1234";
    const odd = cpr.slice(0, pos) + "a" + cpr.slice(pos + 1);
    // Were the odd text read as a number it could collide with a real CPR's number; it must stay apart.
    const { person } = personIds([cpr, odd, odd]);
    expect([...person]).toEqual([0, 1, 1]);
  });

  it.each([0, 1, 2, 3, 4, 5, 7, 8, 9, 10])("an x at position %i masks it: it identifies no one and never merges", (pos) => {
    const cpr = "010190-1234";
    const masked = cpr.slice(0, pos) + "x" + cpr.slice(pos + 1);
    const { person } = personIds([cpr, masked, masked]);
    expect([...person]).toEqual([0, 1, 2]);
  });
});
