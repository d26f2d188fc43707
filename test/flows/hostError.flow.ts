// Office's English error text shown as Danish with what to do next; the original kept as detail.
// Codes and messages as an OfficeExtension.Error carries them (code from OfficeExtension.ErrorCodes /
// Excel.ErrorCodes, English message): learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
// and learn.microsoft.com/javascript/api/office/officeextension.errorcodes.
import { hostErrorText } from "../../src/flows/hostError";

/** An error shaped as Office.js rejects a request. */
function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

describe("hostErrorText", () => {
  it("turns Office's internal error into a Danish sentence, with the English as the detail", () => {
    expect(hostErrorText(officeError("GeneralException", "An internal error has occurred."))).toEqual({
      text: "Excel meldte en intern fejl og udførte ikke handlingen.",
      next: "Prøv igen. Hjælper det ikke, så gem arbejdsbogen, luk den og åbn den igen.",
      detail: "GeneralException: An internal error has occurred.",
    });
  });

  it.each([
    ["ItemNotFound", "The requested resource doesn't exist.", "Et ark, en tabel eller et navn, som handlingen skulle bruge, findes ikke (længere) i arbejdsbogen."],
    ["ApiNotFound", "The API you are trying to use could not be found. It may be available in a newer version of Excel.", "Denne version af Excel kan ikke det, handlingen kræver."],
    ["InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "Excel afviste en værdi, som handlingen sendte til arbejdsbogen."],
    ["InvalidOperationInCellEditMode", "The operation isn't available while Excel is in Edit cell mode.", "Excel er ved at redigere en celle."],
  ])("says %s in Danish and keeps the English as detail", (code, english, danish) => {
    const out = hostErrorText(officeError(code, english));
    expect(out.text).toBe(danish);
    expect(out.next).not.toBe("");
    expect(out.detail).toBe(`${code}: ${english}`);
  });

  it("replaces the English cause inside our own Danish message and keeps the rest of it", () => {
    const cause = officeError("GeneralException", "An internal error has occurred.");
    const ours = Object.assign(new Error("Arkene kunne ikke skrives, og arbejdsbogen er uændret. Årsag: An internal error has occurred."), { cause });
    expect(hostErrorText(ours)).toEqual({
      text: "Arkene kunne ikke skrives, og arbejdsbogen er uændret. Årsag: Excel meldte en intern fejl og udførte ikke handlingen.",
      next: "Prøv igen. Hjælper det ikke, så gem arbejdsbogen, luk den og åbn den igen.",
      detail: "GeneralException: An internal error has occurred.",
    });
  });

  it("recognises Office's English without a code (a message that lost its error object)", () => {
    expect(hostErrorText(new Error("Årsag: An internal error has occurred."))).toMatchObject({
      text: "Årsag: Excel meldte en intern fejl og udførte ikke handlingen.",
      detail: "An internal error has occurred.",
    });
  });

  it("names an unknown Office code as Excel's refusal, still with the original", () => {
    expect(hostErrorText(officeError("NonBlankCellOffSheet", "This operation is not permitted."))).toEqual({
      text: "Excel afviste handlingen.",
      next: "Prøv igen. Hjælper det ikke, så gem arbejdsbogen, luk den og åbn den igen.",
      detail: "NonBlankCellOffSheet: This operation is not permitted.",
    });
  });

  // The type declares an OfficeExtension.Error's name as "OfficeExtension.Error" (Excel reports
  // "RichApi.Error"): a read that fails with a code we do not list is still the host's English.
  it("a read failure named as the type declares it, with a code we do not list, is Danish too", () => {
    const e = Object.assign(new Error("The current selection is invalid for this operation."), {
      name: "OfficeExtension.Error", code: "InvalidSelectionX",
    });
    expect(hostErrorText(e)).toEqual({
      text: "Excel afviste handlingen.",
      next: "Prøv igen. Hjælper det ikke, så gem arbejdsbogen, luk den og åbn den igen.",
      detail: "InvalidSelectionX: The current selection is invalid for this operation.",
    });
  });

  it("says the read failures a case table meets (a selection of several areas, a chart sheet) in Danish", () => {
    const sel = Object.assign(new Error("The current selection is invalid for this operation."), { name: "OfficeExtension.Error", code: "InvalidSelection" });
    expect(hostErrorText(sel)).toMatchObject({
      text: "Excel kan ikke læse markeringen, som den er (fx flere områder på én gang).",
      next: "Markér ét sammenhængende område med overskrifterne øverst, og prøv igen.",
    });
    const chart = Object.assign(new Error("This operation is not supported on a chart sheet."), { name: "OfficeExtension.Error", code: "UnsupportedSheet" });
    expect(hostErrorText(chart).text).toBe("Det aktive ark er ikke et almindeligt regneark (fx et diagramark).");
  });

  it("the common API's error (a number for a code) inside our Danish sentence gives Danish, the English as detail", () => {
    const cause = { name: "Internal Error", code: 5001, message: "An internal error occurred while processing the request." };
    const ours = Object.assign(new Error(`Indstillingen kunne ikke gemmes i arbejdsbogen (${cause.message})`), { cause });
    expect(hostErrorText(ours)).toEqual({
      text: "Indstillingen kunne ikke gemmes i arbejdsbogen (Excel afviste handlingen.)",
      next: "Prøv igen. Hjælper det ikke, så gem arbejdsbogen, luk den og åbn den igen.",
      detail: "5001: An internal error occurred while processing the request.",
    });
  });

  it("passes our own Danish errors through unchanged, without a detail", () => {
    expect(hostErrorText(new Error('Tabellen "Forbrug" har ingen bogførte måneder'))).toEqual({
      text: 'Tabellen "Forbrug" har ingen bogførte måneder', next: "", detail: null,
    });
    expect(hostErrorText("noget gik galt")).toEqual({ text: "noget gik galt", next: "", detail: null });
  });
});
