// Pseudonyms for shared reports: HMAC-SHA-256 (RFC 2104) keyed by the workbook's secret.
import { createHmac } from "crypto";
import { hmacSha256, personPseudonym, pseudonym, sha256 } from "../../src/core/pseudonym";

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

describe("SHA-256 and HMAC-SHA-256 against the published test vectors", () => {
  it("SHA-256 of 'abc' (FIPS 180-4 example)", () => {
    expect(hex(sha256(new TextEncoder().encode("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
  it("HMAC-SHA-256 RFC 4231 test case 2", () => {
    expect(hex(hmacSha256("Jefe", "what do ya want for nothing?"))).toBe("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  });
});

describe("pseudonym", () => {
  it("is the same for every spelling of one person and the same secret, month after month", () => {
    const p = pseudonym("010190-1234", "hemmelig");
    expect(p).toMatch(/^Person [A-Z]{4}-[A-Z]{4}$/);
    for (const s of ["0101901234", "010190 1234", "01 01 90\u20131234", 101901234]) expect(pseudonym(s, "hemmelig")).toBe(p);
  });
  it("differs between people and between secrets, and holds no digit", () => {
    expect(pseudonym("020290-1234", "hemmelig")).not.toBe(pseudonym("010190-1234", "hemmelig"));
    expect(pseudonym("010190-1234", "en anden")).not.toBe(pseudonym("010190-1234", "hemmelig"));
    expect(pseudonym("010190-xxxx", "hemmelig")).toBeNull();
  });
});

describe("personPseudonym: whatever stands in a report's CPR cell", () => {
  it("is the CPR's pseudonym for a CPR, its own for other text, null for an empty cell", () => {
    expect(personPseudonym(" 010190-1234 ", "hemmelig")).toBe(pseudonym("010190-1234", "hemmelig"));
    const name = personPseudonym("Anna Jensen", "hemmelig");
    expect(name).toMatch(/^Person [A-Z]{4}-[A-Z]{4}$/);
    expect(name).toBe(personPseudonym(" Anna Jensen", "hemmelig"));
    expect(name).not.toBe(personPseudonym("Anna Jensen", "en anden"));
    expect([personPseudonym(null, "h"), personPseudonym("  ", "h")]).toEqual([null, null]);
  });
});

it("hashes the UTF-8 bytes of key and text (æøå and beyond) as Node's own HMAC does", () => {
  for (const [key, text] of [["nøgle", "Åse Ærø \u{1F600} ñ"], ["k".repeat(100), "tekst:Ægir Øster\u2013Å"]]) {
    expect(hex(hmacSha256(key, text))).toBe(createHmac("sha256", Buffer.from(key, "utf8")).update(Buffer.from(text, "utf8")).digest("hex"));
  }
});
