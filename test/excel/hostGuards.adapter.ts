// What Excel refuses, checked by the Office writer before it changes anything: protected sheets of
// ours (a password is the user's; without one, the protection is put back as it was), workbook
// structure protection, a user's table named like a name of ours (one namespace), hidden sheets
// (never activated; panes and page setup only once shown), and hidden working copies that could not
// be deleted (never a reported success). On the Excel double, whose rules cite Microsoft's docs
// (test/support/excelDouble.ts).
import { writeSheets } from "../../src/excel";
import { removeLeftoversSafe } from "../../src/excel/writer";
import { writerMsg } from "../../src/excel/messages";
import { buildHistorik } from "../../src/sheets/historik";
import type { SheetSpec } from "../../src/sheets/spec";
import { ExcelDouble } from "../support/excelDouble";
import { dispAndNoegletal, overblik } from "../support/refreshFaults";
import { smallKommune } from "../support/smallKommune";

/** A workbook with the user's "Sager" and our sheets written once from the first four cases. */
async function written(build: (cases?: ReturnType<typeof smallKommune>, generatedOn?: number) => SheetSpec[]): Promise<{ wb: ExcelDouble; names: string[] }> {
  const wb = new ExcelDouble([{ name: "Sager", cells: { A1: "Cpr-nr." } }]);
  const first = build(smallKommune().slice(0, 4), 44000);
  await writeSheets(wb.context, first);
  return { wb, names: first.map((s) => s.name) };
}

const protectedBy = (wb: ExcelDouble, name: string) => {
  const s = wb.sheet(name)!;
  return { protected: s.protected, password: s.password, options: s.protectOptions };
};

describe("protected sheets of ours", () => {
  it.each([
    ["Overblik (protected by us, the user added a password)", overblik, 1],
    ["Disponering (not protected by us, the user protected it with a password)", dispAndNoegletal, 0],
  ])("%s: refused before anything changes, naming the sheet and what to do", async (_label, build, which) => {
    const { wb, names } = await written(build);
    const sheet = wb.sheet(names[which])!;
    sheet.protected = true;
    sheet.password = "hemmelig";
    const before = wb.snapshot();
    const syncs = wb.syncs;

    await expect(writeSheets(wb.context, build())).rejects.toThrow(writerMsg.sheetPasswordProtected(names[which]));
    expect(writerMsg.sheetPasswordProtected("Overblik 2025")).toBe(
      'Arket "Overblik 2025" er beskyttet med adgangskode. Fjern beskyttelsen under Gennemse › Fjern arkbeskyttelse, og prøv igen. Intet er ændret.',
    );
    // Nothing written, nothing hidden left, the password still on: exactly the workbook before.
    expect(wb.snapshot()).toEqual(before);
    expect(wb.hidden()).toEqual([]);
    expect(protectedBy(wb, names[which]).password).toBe("hemmelig");
    // Look (2), the probe that failed and the look at the protection after it.
    expect(wb.syncs - syncs).toBe(4);
  });

  it("without a password: a sheet the user protected (not protected by us) is refreshed and protected again with the user's options", async () => {
    const { wb, names } = await written(dispAndNoegletal);
    const disp = wb.sheet(names[0])!;
    expect(disp.protected).toBe(false);
    const theirs = { allowInsertRows: true, allowSort: true };
    disp.protected = true;
    disp.protectOptions = theirs;

    const out = await writeSheets(wb.context, dispAndNoegletal());
    expect(out.sheets.map((s) => [s.written, s.replaced])).toEqual([[names[0], true], [names[1], true]]);
    expect(protectedBy(wb, names[0])).toEqual({ protected: true, password: undefined, options: theirs });
    expect(wb.hidden()).toEqual([]);
  });

  it("a sheet of ours protected by us stays protected with our options after a refresh", async () => {
    const { wb, names } = await written(overblik);
    const ours = protectedBy(wb, names[1]);
    expect(ours).toEqual({ protected: true, password: undefined, options: { allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" } });
    await writeSheets(wb.context, overblik());
    expect(protectedBy(wb, names[1])).toEqual(ours);
  });

  it("a failure anywhere in the swap leaves the protection as it was (the rollback lifts only what is protected now)", async () => {
    const { wb, names } = await written(overblik);
    const small = () => overblik(smallKommune().slice(0, 3));
    const theirs = { allowFormatCells: true };
    wb.sheet(names[1])!.protectOptions = theirs;
    // The operations of the swap batch (the last but one), counted on a good run.
    const probe = wb.fork();
    const perSync: number[] = [];
    const sync = probe.context.sync;
    (probe.context as unknown as { sync: () => Promise<void> }).sync = async () => {
      const before = probe.operations;
      await sync();
      perSync.push(probe.operations - before);
    };
    const start = probe.operations;
    await writeSheets(probe.context, small());
    const swapFrom = start + perSync.slice(0, -2).reduce((a, b) => a + b, 0) + 1;
    const swapTo = swapFrom + perSync[perSync.length - 2] - 1;
    // A sample over the batch, and its last operations (protect, activate) each.
    const step = Math.ceil((swapTo - swapFrom + 1) / 6);
    const ks = new Set<number>();
    for (let k = swapFrom; k <= swapTo; k += step) ks.add(k);
    for (let k = swapTo - 3; k <= swapTo; k++) ks.add(k);
    let tried = 0;
    for (const k of ks) {
      const copy = wb.fork({ failAtOperation: k });
      await expect(writeSheets(copy.context, small())).rejects.toThrow("Arkene kunne ikke skrives");
      expect([k, protectedBy(copy, names[1])]).toEqual([k, { protected: true, password: undefined, options: theirs }]);
      expect(copy.hidden()).toEqual([]);
      tried++;
    }
    expect(tried).toBeGreaterThan(5);
  });
});

describe("workbook structure protection", () => {
  it("refuses before anything changes and says where to lift it", async () => {
    const { wb } = await written(dispAndNoegletal);
    wb.structure = { protected: true };
    const before = wb.snapshot();
    const syncs = wb.syncs;
    await expect(writeSheets(wb.context, dispAndNoegletal())).rejects.toThrow(
      "Arbejdsbogens struktur er beskyttet, så Styringsark kan ikke tilføje eller omdøbe ark. Fjern beskyttelsen under Gennemse › Beskyt projektmappe, og prøv igen. Intet er ændret.",
    );
    expect(wb.snapshot()).toEqual(before);
    expect(wb.syncs - syncs).toBe(1);
  });

  it("a first write into a protected workbook is refused the same way, with one look", async () => {
    const wb = new ExcelDouble([{ name: "Sager" }], { structure: { password: "x" } });
    await expect(writeSheets(wb.context, dispAndNoegletal())).rejects.toThrow(writerMsg.structureProtected());
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sager"]);
    expect(wb.syncs).toBe(1);
  });
});

describe("names and table names share one namespace", () => {
  it("a user's table Budget_2025 stops the write before anything changes, saying which table to rename", async () => {
    const wb = new ExcelDouble([{ name: "Sager" }, { name: "Budget" }], { tables: [{ name: "Budget_2025", sheet: "Budget", address: "A1:B3" }] });
    const specs = dispAndNoegletal();
    const before = wb.snapshot();
    await expect(writeSheets(wb.context, specs)).rejects.toThrow(writerMsg.nameIsTable("Budget_2025", specs[1].name));
    expect(writerMsg.nameIsTable("Budget_2025", "Nøgletal 2025")).toBe(
      'Tabellen "Budget_2025" hedder det samme som det navn, Styringsark giver en celle på arket "Nøgletal 2025", og Excel tillader ikke et navn og en tabel med samme navn. Omdøb tabellen (klik i den, Tabeldesign › Tabelnavn), og prøv igen. Intet er ændret.',
    );
    expect(wb.snapshot()).toEqual(before);
    expect(wb.syncs).toBe(1);
  });

  it("the table's name compared ignoring case, as Excel does", async () => {
    const wb = new ExcelDouble([{ name: "Sager" }], { tables: [{ name: "BUDGET_2025", sheet: "Sager", address: "A1:B3" }] });
    await expect(writeSheets(wb.context, dispAndNoegletal())).rejects.toThrow('Tabellen "Budget_2025"');
  });
});

describe("hidden sheets", () => {
  it("the hidden history sheet is written without being activated (Excel cannot show it)", async () => {
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    const out = await writeSheets(wb.context, [buildHistorik([])]);
    expect(out.sheets[0].written).toBe("Styringsark historik");
    expect(wb.hidden()).toEqual(["Styringsark historik"]);
    expect(wb.activated).toEqual([]);
    // And refreshed in place, still hidden and not activated.
    await writeSheets(wb.context, [buildHistorik([])]);
    expect(wb.hidden()).toEqual(["Styringsark historik"]);
    expect(wb.activated).toEqual([]);
  });

  it("with a hidden sheet first, the first shown sheet is the one activated", async () => {
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    const specs = dispAndNoegletal();
    await writeSheets(wb.context, [buildHistorik([]), ...specs]);
    expect(wb.activated).toEqual([specs[0].name]);
  });

  it("new sheets get panes and page setup only once shown, in the batch that shows them", async () => {
    const wb = new ExcelDouble([{ name: "Ark1" }]);
    const specs = overblik();
    await writeSheets(wb.context, specs);
    const ov = wb.sheet(specs[1].name)!;
    expect(ov.visibility).toBe("Visible");
    expect(ov.freeze).toBe("columns 1");
    expect(ov.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
  });

  it("a sheet of ours the user hid is refreshed where it is, hidden, without panes or page setup", async () => {
    const { wb, names } = await written(dispAndNoegletal);
    const nt = wb.sheet(names[1])!;
    nt.visibility = "Hidden";
    nt.freeze = undefined;
    nt.pageLayout = {};
    const out = await writeSheets(wb.context, dispAndNoegletal());
    expect(out.sheets[1]).toMatchObject({ written: names[1], replaced: true });
    expect([nt.visibility, nt.freeze, nt.pageLayout]).toEqual(["Hidden", undefined, {}]);
    expect(wb.activated.at(-1)).toBe(names[0]);
  });
});

describe("hidden working copies that could not be deleted", () => {
  it("make the run fail in Danish (not a success), and go when the pane starts again", async () => {
    const { wb, names } = await written(dispAndNoegletal);
    const probe = wb.fork();
    const s0 = probe.syncs;
    await writeSheets(probe.context, dispAndNoegletal());
    const cleanUp = wb.syncs + (probe.syncs - s0);
    // The clean-up batch and its retry both fail.
    wb.options.failAtSync = [cleanUp, cleanUp + 1];
    const err = await writeSheets(wb.context, dispAndNoegletal()).then(() => null, (e: Error) => e);
    const left = wb.hidden();
    // Two new contents and two backups of the refreshed sheets, all with the case table.
    expect(left).toHaveLength(4);
    expect(err?.message).toBe(writerMsg.leftoversRemain(left));
    expect(err?.message).toMatch(/^Arkene er skrevet, men 4 skjulte arbejdsark \("~Styringsark .+ 1", .+\) kunne ikke slettes; de kan indeholde en kopi af arkenes data med cpr-numre\./);
    // The content is in place all the same.
    expect(names.map((n) => wb.sheet(n)!.visibility)).toEqual(["Visible", "Visible"]);

    wb.options.failAtSync = undefined;
    expect(await removeLeftoversSafe(wb.context)).toBe(4);
    expect(wb.hidden()).toEqual([]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sager", ...names]);
  });

  it("the start's clean-up removes only hidden sheets with our temporary marker", async () => {
    const wb = new ExcelDouble([
      { name: "Ark1" },
      { name: "~Styringsark abcde 1", visibility: "Hidden", marker: "midlertidig" },
      { name: "~Styringsark abcde 2", visibility: "Hidden" },
      { name: "~Styringsark abcde 3", visibility: "Hidden", marker: "disponering" },
    ]);
    expect(await removeLeftoversSafe(wb.context)).toBe(1);
    expect(wb.hidden()).toEqual(["~Styringsark abcde 2", "~Styringsark abcde 3"]);
  });
});
