// The case checksum on the sheet with 200 random rows (test/sheets/checksum.recalc.ts, which `npm test`
// runs with 60): every Kontrol cell equals core, and each swap and edit flips Styringsark_opdateret.
import "../sheets/checksum.recalc";
