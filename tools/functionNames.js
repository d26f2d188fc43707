// Excel's rules for a custom function's id and name ("Custom functions naming guidelines",
// https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming): both start with a
// letter and have at least three characters; an id has only A–Z, 0–9, underscore and period; a name
// only (Unicode) letters, underscore and period; neither may read as a cell reference (A1 to
// XFD1048576, R1C1 to R1048576C16384) or be an Excel 4.0 macro function. The build (webpack) and
// the metadata test both run this over the generated functions.json, so a name Excel would refuse
// never ships. Plain CommonJS: webpack.config.js loads it without TypeScript.

/** Excel 4.0 macro functions a short Danish-domain name could collide with (the common ones). */
const MACRO_FUNCTIONS = new Set([
  "RUN", "ECHO", "HALT", "RETURN", "RESULT", "ARGUMENT", "GOTO", "FOPEN", "FCLOSE", "FREAD", "FWRITE", "FILES",
  "EVALUATE", "EXECUTE", "CALL", "REGISTER", "DIRECTORY", "DOCUMENTS", "WINDOWS", "SELECTION", "ALERT", "INPUT",
  "MESSAGE", "BEEP", "PAUSE", "STEP", "VOLATILE", "FORMULA", "ABSREF", "RELREF", "DEREF", "REFTEXT", "TEXTREF",
]);

function colNumber(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** True when the text would be read as a cell address. */
function isCellReference(text) {
  const a1 = /^([A-Za-z]{1,3})([0-9]+)$/.exec(text);
  if (a1 && colNumber(a1[1]) <= 16384 && Number(a1[2]) >= 1 && Number(a1[2]) <= 1048576) return true;
  const r1c1 = /^[Rr]([0-9]+)[Cc]([0-9]+)$/.exec(text);
  return !!r1c1 && Number(r1c1[1]) >= 1 && Number(r1c1[1]) <= 1048576 && Number(r1c1[2]) >= 1 && Number(r1c1[2]) <= 16384;
}

/** Danish problems of the functions' ids and names; empty when Excel accepts them all. */
function functionNameProblems(functions) {
  const out = [];
  const check = (what, text, allowed) => {
    if (typeof text !== "string" || text.length < 3) out.push(`${what} "${text}" skal have mindst tre tegn`);
    else if (!/^\p{L}/u.test(text)) out.push(`${what} "${text}" skal begynde med et bogstav`);
    else if (!allowed.test(text)) out.push(`${what} "${text}" indeholder tegn, Excel ikke tillader`);
    else if (isCellReference(text)) out.push(`${what} "${text}" kan forveksles med en celleadresse`);
    else if (MACRO_FUNCTIONS.has(text.toUpperCase())) out.push(`${what} "${text}" er navnet på en Excel 4.0-makrofunktion`);
  };
  for (const f of functions) {
    check("Funktions-id", f.id, /^[A-Za-z][A-Za-z0-9_.]*$/);
    check("Funktionsnavn", f.name, /^\p{L}[\p{L}_.]*$/u);
  }
  return out;
}

module.exports = { functionNameProblems, isCellReference };
