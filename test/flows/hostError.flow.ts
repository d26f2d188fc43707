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
    expect(hostErrorText(officeError("FilteredRangeConflict", "This operation is not permitted."))).toEqual({
      text: "Excel afviste handlingen.",
      next: "Prøv igen. Hjælper det ikke, så gem arbejdsbogen, luk den og åbn den igen.",
      detail: "FilteredRangeConflict: This operation is not permitted.",
    });
  });

  it("passes our own Danish errors through unchanged, without a detail", () => {
    expect(hostErrorText(new Error('Tabellen "Forbrug" har ingen bogførte måneder'))).toEqual({
      text: 'Tabellen "Forbrug" har ingen bogførte måneder', next: "", detail: null,
    });
    expect(hostErrorText("noget gik galt")).toEqual({ text: "noget gik galt", next: "", detail: null });
  });
});
