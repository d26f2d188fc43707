// The two writers: what the Office writer sends to Excel (counted, the same on every machine) and
// how long writing the .xlsx takes against a plain writer of the same cells.
import { buildDisponering } from "../../../src/sheets/disponering";
import { buildNoegletal } from "../../../src/sheets/noegletal";
import { writeSheets } from "../../../src/excel";
import { writeXlsxBuffer } from "../../../src/xlsx";
import { FakeWorkbook } from "../../support/fakeExcel";
import { syntheticCases } from "../../support/randomCases";
import { benchCount, benchRow, QUICK, same, size } from "../bench";
import { xlsxCounts, xlsxFloor } from "../floors";

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

const XLSX_CASES = size(20_000, 5_000);
let xlsxBytes = 0;
benchRow({
  name: `.xlsx: skriv disponeringsark + nøgletal, ${XLSX_CASES.toLocaleString("da-DK")} sager`,
  clock: "cpu",
  work:
    `writeXlsxBuffer for arkene af ${XLSX_CASES.toLocaleString("da-DK")} sager: XML for hver celle, typografier, udskriftslayout, zip ` +
    "(arkene bygges før tidtagningen; at bygge dem måles i rækken Generér)",
  setup: () => {
    const { spec, layout } = buildDisponering({ year: 2025, cases: syntheticCases(XLSX_CASES), generatedOn: 45000 });
    return [spec, buildNoegletal({ year: 2025, disponering: layout, generatedOn: 45000 }).spec];
  },
  ours: async (specs) => {
    const buf = await writeXlsxBuffer(specs);
    xlsxBytes = buf.length;
    return buf;
  },
  floor: {
    work: "de samme celler (værdier, formler, delte formler, delte tekster, typografi pr. celle) som XML ved strengsammenkædning, pakket mens de skrives med samme zip (fflates streaming-Zip, niveau 6); uden udskriftslayout, bredder og sammenfletning af typografier",
    run: (specs) => xlsxFloor(specs),
  },
  check: (_specs, ours, floor) => {
    const a = xlsxCounts(ours as Uint8Array), b = xlsxCounts(floor as Uint8Array);
    same("celler", a.cells, b.cells);
    same("formler", a.formulas, b.formulas);
    same("delte tekster", a.strings, b.strings);
  },
  targetMs: QUICK ? undefined : 5000,
  ratioTarget: 2,
  reps: 5,
  note: () => `${mb(xlsxBytes)} MB`,
});
