// "Del som fil" opens its file with Excel.createWorkbook (src/excel/newWorkbook.ts): the size is checked
// before Excel on the web is asked (it refuses a request above 5 MB, "Resource limits and performance
// optimization for Office Add-ins",
// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization),
// and each refusal Excel explains is said in Danish; only what Excel does not explain, on the web, is
// left to the pop-up guess of flows/share.ts.
import { MAX_NEW_WORKBOOK_BASE64, newWorkbookMsg, openNewWorkbook, type NewWorkbookHost } from "../../src/excel/newWorkbook";
import { HostRefusal, shareAsFile } from "../../src/flows";
import { WorkbookDouble } from "../support/workbookDouble";
import { OfficeError } from "../support/excelDouble";

function host(platform: string, fails?: Error, sets = ["ExcelApi 1.8"]) {
  const opened: number[] = [];
  const h: NewWorkbookHost = {
    platform,
    isSetSupported: (name, version) => sets.includes(`${name} ${version}`),
    createWorkbook: async (b) => {
      opened.push(b.length);
      if (fails) throw fails;
    },
  };
  return { h, opened };
}

const SIX_MB = "A".repeat(6 * 1024 * 1024);

describe("Del som fil: createWorkbook's refusals", () => {
  it("Excel on the web: a file over the limit is refused before it is sent, with its size and what to do", async () => {
    const { h, opened } = host("OfficeOnline");
    await expect(openNewWorkbook(SIX_MB, h)).rejects.toThrow(
      "Filen fylder 6,0 MB, når den sendes til Excel, og Excel på internettet tager højst imod 5 MB ad gangen fra et tilføjelsesprogram. Del færre rapporter ad gangen, eller brug Excel på computeren, som ikke har den grænse.",
    );
    expect(opened).toEqual([]);
    // At the limit it is sent (50.000 cases' Portefølje is 4,9 MB of base64).
    await openNewWorkbook("A".repeat(MAX_NEW_WORKBOOK_BASE64), h);
    expect(opened).toEqual([MAX_NEW_WORKBOOK_BASE64]);
  });

  it("Excel on the computer has no such limit: a 6 MB file is sent", async () => {
    const { h, opened } = host("PC");
    await openNewWorkbook(SIX_MB, h);
    expect(opened).toEqual([SIX_MB.length]);
  });

  it("names the cause Excel gives: payload, extension hardening, a missing API, a refusal on the computer", async () => {
    const payload = new OfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    await expect(openNewWorkbook("QUJD", host("Mac", payload).h)).rejects.toThrow(newWorkbookMsg.tooLarge(4));
    const hardening = new OfficeError("GeneralException", "This operation is not allowed due to the extension hardening policy.");
    const e = await openNewWorkbook("QUJD", host("PC", hardening).h).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostRefusal);
    expect((e as Error).message).toBe("Windows' sikkerhedspolitik (extensionHardening) forhindrer Excel i at åbne filen. Bed IT om at tillade .xlsx-filer fra Excel-tilføjelsesprogrammer. (Excel: This operation is not allowed due to the extension hardening policy.)");
    const { h, opened } = host("PC", undefined, []);
    await expect(openNewWorkbook("QUJD", h)).rejects.toThrow("Denne version af Excel kan ikke åbne en ny projektmappe fra et tilføjelsesprogram (det kræver ExcelApi 1.8). Opdater Office, eller brug Excel på internettet.");
    expect(opened).toEqual([]);
    await expect(openNewWorkbook("QUJD", host("PC", new OfficeError("GeneralException", "Busy")).h)).rejects.toThrow(
      "Excel kunne ikke åbne den nye projektmappe. Luk eventuelle dialogbokse i Excel, og prøv igen. (Excel: Busy)",
    );
  });

  it("through the flow: a refusal is shown as the adapter says it; an unexplained failure on the web is the pop-up guess", async () => {
    const spec = { name: "Rapport", kind: "test", formats: [], blocks: [{ kind: "cells" as const, row: 0, col: 0, cells: [["Tal", 1]] }] };
    const refusing = new WorkbookDouble({ opens: new HostRefusal(newWorkbookMsg.noApi()) });
    await expect(shareAsFile(refusing, { sheets: [spec as never], cprs: new Set<number>() })).rejects.toThrow(newWorkbookMsg.noApi());
    const unexplained = new OfficeError("GeneralException", "An internal error has occurred.");
    await expect(openNewWorkbook("QUJD", host("OfficeOnline", unexplained).h)).rejects.toBe(unexplained);
    await expect(shareAsFile(new WorkbookDouble({ opens: unexplained }), { sheets: [spec as never], cprs: new Set<number>() })).rejects.toThrow(
      "Excel kunne ikke åbne den nye projektmappe. Tillad pop op-vinduer for Excel, og prøv igen.",
    );
  });
});
