// What the bundle scan looks for (docs/security.md): the ways page script could send workbook data
// elsewhere, and the allow-list of library code that never runs with it. Shared by the patterns'
// own test (test/security/bundle.test.ts, in `npm test`) and the scan of the built bundles
// (test/deep/bundle.deep.ts, after `npm run build` in CI).
/**
 * Ways for page script to send data elsewhere. Word boundaries only where a name starts or ends with
 * a word character: `\bfetch\b` must also match `fetch("https://…")`, where no boundary follows the
 * parenthesis. Names are matched without a required call so `window["fetch"]` and `f=fetch` count.
 */
const NETWORK: { what: string; pattern: RegExp }[] = [
  { what: "fetch", pattern: /\bfetch\b/ },
  { what: "XMLHttpRequest", pattern: /\bXMLHttpRequest\b/ },
  { what: "sendBeacon", pattern: /\bsendBeacon\b/ },
  { what: "WebSocket", pattern: /\bWebSocket\b/ },
  { what: "EventSource", pattern: /\bEventSource\b/ },
  // An image whose src carries the data in its query string; terser writes `new Image` without ().
  { what: "new Image", pattern: /\bnew\s+(?:window\.|self\.|globalThis\.)?Image\b/ },
  { what: "importScripts", pattern: /\bimportScripts\b/ },
  { what: "window.open", pattern: /\b(?:window|self|globalThis|top|parent)\s*(?:\.\s*open\b|\[\s*["'`]open["'`]\s*\])/ },
  // Form submission: submitting a form, or building one (in script or in markup) to submit later.
  { what: "form.submit()", pattern: /\.\s*submit\s*\(/ },
  { what: "requestSubmit", pattern: /\brequestSubmit\b/ },
  { what: 'createElement("form")', pattern: /\bcreateElement\s*\(\s*["'`]form["'`]/i },
  { what: "<form>", pattern: /<form[\s>/]/i },
];

export interface Hit {
  what: string;
  context: string;
}

export function networkHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const { what, pattern } of NETWORK) {
    for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags + "g"))) {
      hits.push({ what, context: text.slice(Math.max(0, m.index! - 80), m.index! + 80) });
    }
  }
  return hits;
}

/** Known library code paths that never run with workbook data; each entry says why it is allowed. */
export const ALLOWED: { file: string; pattern: RegExp; why: string }[] = [];

