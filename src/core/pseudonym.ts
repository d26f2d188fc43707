// Stable pseudonyms for reports that are shared: HMAC-SHA-256 of the person's normalised CPR,
// keyed by a secret kept in the workbook's settings, so the same person has the same pseudonym
// month after month while the pseudonym reveals no name, CPR number or birth date (docs/domain.md §7).
// SHA-256 is written out here (FIPS 180-4) because the core is synchronous and host-free; Web
// Crypto's subtle.sign is asynchronous.
import { normaliseCpr } from "./cpr";
import { finish } from "./steps";

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** SHA-256 of bytes. */
export function sha256(data: Uint8Array): Uint8Array {
  const bitLen = data.length * 8;
  const padded = new Uint8Array(((data.length + 9 + 63) >> 6) << 6);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLen / 2 ** 32));
  view.setUint32(padded.length - 4, bitLen >>> 0);
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Uint32Array(64);
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      hh = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }
  const out = new Uint8Array(32);
  const ov = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) ov.setUint32(i * 4, h[i]);
  return out;
}

/** UTF-8 bytes of a string, written out so the core needs no host global (TextEncoder). */
function utf8(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/** HMAC-SHA-256 (RFC 2104) of `message` keyed by `key`. */
export function hmacSha256(key: string, message: string): Uint8Array {
  let k: Uint8Array = utf8(key);
  if (k.length > 64) k = sha256(k);
  const ipad = new Uint8Array(64), opad = new Uint8Array(64);
  for (let i = 0; i < 64; i++) {
    ipad[i] = (k[i] ?? 0) ^ 0x36;
    opad[i] = (k[i] ?? 0) ^ 0x5c;
  }
  const m = utf8(message);
  const inner = new Uint8Array(64 + m.length);
  inner.set(ipad);
  inner.set(m, 64);
  const ih = sha256(inner);
  const outer = new Uint8Array(64 + 32);
  outer.set(opad);
  outer.set(ih, 64);
  return sha256(outer);
}

// Letters only (no digits that could be read as a date), without look-alikes (I, O).
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ";

/**
 * "Person KPRM-TXWA": the same CPR (in any spelling) and secret give the same pseudonym; it holds no
 * digit of the CPR and no birth date. Null when the value is not a CPR (the caller decides).
 */
export function pseudonym(cpr: unknown, secret: string): string | null {
  const n = normaliseCpr(cpr);
  if (n === null) return null;
  return `Person ${code(hmacSha256(secret, n))}`;
}

/** "KPRM-TXWA" from the first eight bytes of a MAC. */
function code(mac: Uint8Array): string {
  let out = "";
  for (let i = 0; i < 8; i++) out += ALPHABET[mac[i] % ALPHABET.length] + (i === 3 ? "-" : "");
  return out;
}

/**
 * The pseudonym of whatever a report's CPR cell holds: a CPR (any spelling) as `pseudonym`; any
 * other text (a name or a local id typed where the CPR belongs) by its own HMAC, so it is shown
 * neither; null for an empty cell.
 */
export function personPseudonym(value: unknown, secret: string): string | null {
  const p = pseudonym(value, secret);
  if (p !== null) return p;
  const text = value === null || value === undefined ? "" : String(value).trim();
  if (text === "") return null;
  return `Person ${code(hmacSha256(secret, `tekst:${text}`))}`;
}

/**
 * The pseudonym of each distinct value (`personPseudonym`), in steps: an HMAC per person of 50.000
 * cases in one piece froze a task pane for seconds. A value seen twice is computed once.
 */
export function* personPseudonymsInSteps(values: Iterable<unknown>, secret: string): Generator<void, Map<unknown, string | null>> {
  const out = new Map<unknown, string | null>();
  for (const v of values) {
    if (out.has(v)) continue;
    out.set(v, personPseudonym(v, secret));
    if (out.size % PSEUDONYMS_PER_STEP === 0) yield;
  }
  return out;
}

/** `personPseudonymsInSteps` in one piece. */
export function personPseudonyms(values: Iterable<unknown>, secret: string): Map<unknown, string | null> {
  return finish(personPseudonymsInSteps(values, secret));
}

/** HMACs between two pauses: about 10 ms of work. */
const PSEUDONYMS_PER_STEP = 200;

/** Whether a leverandør is already its pseudonym (a case made shareable by core `shareableCases`). */
export function isLeverandoerPseudonym(name: string): boolean {
  return /^Leverandør [A-Z0-9]{4}-[A-Z0-9]{4}$/.test(name.trim());
}

/**
 * "Leverandør KPRM-TXWA": a leverandør that may be a private person (a foster family's name) in a
 * shared file (docs/domain.md §9). The same name (ignoring case and spacing) and secret give the
 * same pseudonym, so a recipient still sees which cases share a leverandør; null for an empty name.
 */

export function leverandoerPseudonym(name: string, secret: string): string | null {
  const text = name.trim().replace(/\s+/g, " ").toLowerCase();
  return text === "" ? null : `Leverandør ${code(hmacSha256(secret, `leverandør:${text}`))}`;
}
