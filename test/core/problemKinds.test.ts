// Problems grouped by kind for the pane (src/core/problemKinds.ts): real problems first, informing
// notes last, each kind once with its count and what to do.
import { groupProblems, msg, problemKindOf } from "../../src/core";

const p = (code: string, severity: "fejl" | "advarsel" = "fejl") => ({ code, severity, message: code });

describe("problemKindOf", () => {
  test.each([
    ["date.invalid", "date"], ["date.twoDigitYear", "date"], ["number.invalid", "amount"], ["number.negative", "amount"],
    ["unit.invalid", "unit"], ["required", "required"], ["cpr.masked", "cpr"], ["cpr.format", "cpr"],
    ["cpr.date", "cprDate"], ["cpr.substitute", "substitute"], ["row.overlap", "overlap"], ["alder.graense", "age"],
    ["row.invalid", "other"], ["something.new", "other"],
  ])("%s is %s", (code, kind) => expect(problemKindOf(code)).toBe(kind));
  it("a problem without a code is 'other'", () => expect(problemKindOf(undefined)).toBe("other"));
});

describe("groupProblems", () => {
  // The example table: 320 notes about substitute numbers buried 14 real overlaps.
  const problems = [
    ...Array.from({ length: 320 }, () => p("cpr.substitute", "advarsel")),
    ...Array.from({ length: 14 }, () => p("row.overlap", "advarsel")),
    p("date.invalid"), p("date.invalid"), p("number.invalid"),
  ];
  const groups = groupProblems(problems);

  it("puts kinds with errors first, then warnings, and the informing kind last", () => {
    expect(groups.map((g) => [g.kind, g.problems.length, g.errors, g.warnings, g.quiet])).toEqual([
      ["date", 2, 2, 0, false],
      ["amount", 1, 1, 0, false],
      ["overlap", 14, 0, 14, false],
      ["substitute", 320, 0, 320, true],
    ]);
  });

  it("gives each kind its title and what to do", () => {
    expect(groups[2].title).toBe("Overlappende sager for samme person");
    expect(groups[2].todo).toBe(msg.kind.overlap.todo);
    expect(groups[3].todo).toBe("Til orientering: rækkerne er talt med. Tjek blot, at numrene er de rigtige.");
  });

  it("keeps every problem once, in its original order within the kind", () => {
    expect(groups.reduce((n, g) => n + g.problems.length, 0)).toBe(problems.length);
    const mixed = groupProblems([{ ...p("date.invalid"), message: "a" }, p("number.invalid"), { ...p("date.invalid"), message: "b" }]);
    expect(mixed[0].problems.map((x) => x.message)).toEqual(["a", "b"]);
  });
});
