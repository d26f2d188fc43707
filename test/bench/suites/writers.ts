// The two writers: what the Office writer sends to Excel (counted, the same on every machine) and
// how long building and writing the .xlsx takes.
import { buildDisponering } from "../../../src/sheets/disponering";
import { buildNoegletal } from "../../../src/sheets/noegletal";
import { writeSheets } from "../../../src/excel";
import { writeXlsxBuffer } from "../../../src/xlsx";
import { FakeWorkbook } from "../../support/fakeExcel";
import { syntheticCases } from "../../support/randomCases";
import { benchCount, benchRow } from "../bench";

const mb = (bytes: number) => (bytes / 1048576).toLocaleString("da-DK", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

const officeWrites = new Map<number, Promise<{ syncs: number; batchBytes: number[] }>>();
/** One write per size, shared by the rows that report on it. */
function officeWrite(n: number) {
  let p = officeWrites.get(n);
  if (!p) {
    p = (async () => {
      const spec = buildDisponering({ year: 2025, cases: syntheticCases(n), generatedOn: 45000 }).spec;
      const wb = new FakeWorkbook();
      const r = await writeSheets(wb.context, [spec]);
      return { syncs: r.syncs, batchBytes: wb.batchBytes };
    })();
    officeWrites.set(n, p);
  }
  return p;
}

for (const n of [1000, 20000, 50000]) {
  const rows = n.toLocaleString("da-DK");
  benchCount({
    name: `Office-skriver: context.sync, ${rows} rækker`,
    work: `skriver disponeringsarket for ${rows} sager i den testdobbelte arbejdsbog`,
    unit: "syncs",
    measure: async () => (await officeWrite(n)).syncs,
  });
  benchCount({
    name: `Office-skriver: største request, ${rows} rækker`,
    work: "det største enkelte request-batch til Excel (Excel afviser over ca. 5 MB)",
    unit: "bytes",
    budget: 5 * 1024 * 1024,
    measure: async () => {
      const b = (await officeWrite(n)).batchBytes;
      return { value: Math.max(...b), note: `i alt ${mb(b.reduce((s, x) => s + x, 0))} MB` };
    },
  });
}

let xlsxBytes = 0;
benchRow({
  name: ".xlsx: byg og skriv disponeringsark + nøgletal, 20.000 sager",
  work: "buildDisponering + buildNoegletal for 20.000 validerede sager, derefter XML og zip (writeXlsxBuffer); sagerne er genereret før tidtagningen",
  setup: () => syntheticCases(20000),
  ours: async (cases) => {
    const { spec, layout } = buildDisponering({ year: 2025, cases, generatedOn: 45000 });
    const noegletal = buildNoegletal({ year: 2025, disponering: layout, generatedOn: 45000 }).spec;
    const buf = await writeXlsxBuffer([spec, noegletal]);
    xlsxBytes = buf.length;
    return buf;
  },
  targetMs: 5000,
  reps: 5,
  note: () => `${mb(xlsxBytes)} MB`,
});
