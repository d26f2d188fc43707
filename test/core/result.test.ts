// docs/habits.md §1: two error channels. Bad data is a value — a Problem with a code, a Danish
// message and a severity, returned in a Result — and only misuse of the API throws CoreUsageError.
import { CoreUsageError, fail, ok, parseAmount, type Problem, type Result } from "../../src/core";

describe("ok and fail", () => {
  it("ok carries the value", () => {
    expect(ok(1_200_000)).toEqual({ ok: true, value: 1_200_000 });
    expect(ok(null)).toEqual({ ok: true, value: null });
  });

  it("fail carries a problem that blocks the row (fejl) unless said to only warn (advarsel)", () => {
    expect(fail("date.invalid", "32.01.2025 er ikke en gyldig dato")).toEqual({
      ok: false, problem: { code: "date.invalid", message: "32.01.2025 er ikke en gyldig dato", severity: "fejl" },
    });
    expect(fail("cpr.substitute", "610190-1234 er et erstatningspersonnummer (dag 61–91)", "advarsel").ok).toBe(false);
    expect((fail("cpr.substitute", "…", "advarsel") as { problem: Problem }).problem.severity).toBe("advarsel");
  });

  it("a failed result has no row or column until the reader that knows them adds them", () => {
    const r = fail<number>("amount.invalid", "12 34 er ikke et gyldigt beløb");
    expect(Object.keys((r as { problem: Problem }).problem).sort()).toEqual(["code", "message", "severity"]);
  });

  it("a core parser returns bad data as a problem, not as an exception", () => {
    // docs/domain.md §3: "12 34" (a space inside digits) is refused with a Danish message.
    let r: Result<number> | undefined;
    expect(() => (r = parseAmount("12 34"))).not.toThrow();
    expect(r).toEqual({ ok: false, problem: { code: expect.any(String), message: "12 34 er ikke et gyldigt beløb", severity: "fejl" } });
  });
});

describe("CoreUsageError: a programming error", () => {
  it("is an Error with its own name, so a caller can tell it from a host's error", () => {
    const e = new CoreUsageError("haap: periodens start ligger efter dens slut");
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(CoreUsageError);
    expect(e.name).toBe("CoreUsageError");
    expect(e.message).toBe("haap: periodens start ligger efter dens slut");
  });
});
