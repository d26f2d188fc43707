// Office's own error text ("An internal error has occurred", code "GeneralException") means nothing
// to a consultant: it is shown as a Danish sentence with what to do next, and the original text is
// kept as a detail for whoever supports them. A failed Office.js request rejects with an
// OfficeExtension.Error whose `code` is one of OfficeExtension.ErrorCodes or Excel.ErrorCodes and
// whose `message` is English (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).

/** An error as the panel shows it: what happened, what to do, and Office's own words if any. */
export interface ErrorText {
  text: string;
  /** What to do next, in Danish; "" when the text already says it. */
  next: string;
  /** Office's original code and message, or null for our own Danish errors. */
  detail: string | null;
}

interface Known {
  text: string;
  next: string;
}

const TRY_AGAIN = "Prøv igen. Hjælper det ikke, så gem arbejdsbogen, luk den og åbn den igen.";

// Codes that mean the same to the user share one text.
const EDITING_CELL: Known = { text: "Excel er ved at redigere en celle.", next: "Tryk Enter eller Esc i cellen, og prøv igen." };
const UNSUPPORTED: Known = { text: "Excel understøtter ikke handlingen her.", next: "Prøv i Excel til skrivebordet eller på nettet i den nyeste version." };
const SMALLER_TABLE = "Gør tabellen mindre (fx ét år ad gangen), eller brug Excel til skrivebordet.";

/** The codes a request against the workbook can fail with, in the user's terms. */
const CODES: Record<string, Known> = {
  GeneralException: { text: "Excel meldte en intern fejl og udførte ikke handlingen.", next: TRY_AGAIN },
  ItemNotFound: {
    text: "Et ark, en tabel eller et navn, som handlingen skulle bruge, findes ikke (længere) i arbejdsbogen.",
    next: "Tjek at arket eller tabellen ikke er omdøbt eller slettet, og prøv igen.",
  },
  ApiNotFound: {
    text: "Denne version af Excel kan ikke det, handlingen kræver.",
    next: "Opdatér Excel (Microsoft 365), eller brug Excel på nettet.",
  },
  InvalidArgument: {
    text: "Excel afviste en værdi, som handlingen sendte til arbejdsbogen.",
    next: "Tjek tabellens indhold (fx meget lange tekster eller formler) og prøv igen.",
  },
  AccessDenied: {
    text: "Excel gav ikke adgang til at ændre arbejdsbogen.",
    next: "Tjek at arbejdsbogen ikke er skrivebeskyttet, og at du må redigere den.",
  },
  InsufficientPermissions: {
    text: "Du har ikke rettighed til at ændre arbejdsbogen.",
    next: "Åbn en kopi, du må redigere, eller bed ejeren om adgang.",
  },
  InvalidOperationInCellEditMode: EDITING_CELL,
  InvalidOperation: { text: "Excel kunne ikke udføre handlingen i arbejdsbogens nuværende tilstand.", next: TRY_AGAIN },
  InvalidReference: {
    text: "En henvisning i arbejdsbogen er ugyldig.",
    next: "Tjek at arkene og tabellerne ikke er omdøbt undervejs, og prøv igen.",
  },
  ItemAlreadyExists: {
    text: "Et ark, en tabel eller et navn med samme navn findes allerede.",
    next: "Omdøb det eksisterende, eller slet det, og prøv igen.",
  },
  UnsupportedOperation: UNSUPPORTED,
  NotImplemented: UNSUPPORTED,
  ActivityLimitReached: { text: "Excel nåede sin grænse for aktivitet.", next: "Vent et øjeblik, og prøv igen." },
  RequestPayloadSizeLimitExceeded: {
    text: "Der var for mange data til at sende til Excel på én gang.",
    next: SMALLER_TABLE,
  },
  ResponsePayloadSizeLimitExceeded: {
    text: "Der var for mange data til at læse fra Excel på én gang.",
    next: SMALLER_TABLE,
  },
  Conflict: { text: "En anden ændrede arbejdsbogen samtidig.", next: "Vent til ændringen er gemt, og prøv igen." },
  ServiceNotAvailable: { text: "Excel-tjenesten svarer ikke lige nu.", next: "Vent et øjeblik, og prøv igen." },
  ConnectionFailure: { text: "Forbindelsen til Excel blev afbrudt.", next: "Tjek netværket, og prøv igen." },
  Unauthenticated: { text: "Du er ikke logget ind.", next: "Log ind i Office igen, og prøv igen." },
  EditModeError: EDITING_CELL,
  InvalidSelection: {
    text: "Excel kan ikke læse markeringen, som den er (fx flere områder på én gang).",
    next: "Markér ét sammenhængende område med overskrifterne øverst, og prøv igen.",
  },
  UnsupportedSheet: {
    text: "Det aktive ark er ikke et almindeligt regneark (fx et diagramark).",
    next: "Gå til arket med tabellen, og prøv igen.",
  },
  FilteredRangeConflict: {
    text: "Excel kan ikke ændre et område, der er filtreret.",
    next: "Ryd filteret (Data › Ryd), og prøv igen.",
  },
  MergedRangeConflict: {
    text: "Excel kan ikke ændre et område med flettede celler på den måde.",
    next: "Ophæv fletningen af cellerne, og prøv igen.",
  },
};

// An Office.js request fails with an OfficeExtension.Error, whose name the type declares as
// "OfficeExtension.Error" and which Excel reports as "RichApi.Error"; both are the host's words.
const HOST_ERROR_NAMES = new Set(["RichApi.Error", "OfficeExtension.Error"]);

/** Office's English messages seen without a code (e.g. re-thrown inside our own Danish message). */
const MESSAGES: [RegExp, string][] = [
  [/An internal error has occurred/i, "GeneralException"],
  [/The requested resource doesn't exist|does not exist|could not be found|ItemNotFound/i, "ItemNotFound"],
  [/The API you are trying to use could not be found|ApiNotFound/i, "ApiNotFound"],
  [/The argument is invalid or missing or has an incorrect format|InvalidArgument/i, "InvalidArgument"],
  [/cell edit mode|InvalidOperationInCellEditMode/i, "InvalidOperationInCellEditMode"],
  [/Access denied|AccessDenied/i, "AccessDenied"],
  [/payload size limit|PayloadSizeLimitExceeded/i, "RequestPayloadSizeLimitExceeded"],
  [/GeneralException/, "GeneralException"],
  [/InvalidArgument/, "InvalidArgument"],
];

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : typeof e === "object" && e !== null && "message" in e ? String((e as { message: unknown }).message) : String(e));
// Office.js's codes are strings; the common API's Office.Error (settings.saveAsync …) has a number.
const codeOf = (e: unknown): string | null => {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" && code !== "" ? code : typeof code === "number" ? String(code) : null;
};
const hostNamed = (e: unknown): boolean => {
  if (typeof e !== "object" || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return (typeof name === "string" && HOST_ERROR_NAMES.has(name)) || typeof code === "number" || "debugInfo" in e;
};

/** The Office error in `e` or in its cause chain: its code (known or not) and its own message. */
function officeError(e: unknown): { code: string; message: string; guessed: boolean } | null {
  for (let x: unknown = e, depth = 0; x !== undefined && x !== null && depth < 5; x = (x as { cause?: unknown }).cause, depth++) {
    const code = codeOf(x);
    const message = messageOf(x);
    if (code && (CODES[code] || hostNamed(x))) return { code, message, guessed: false };
    const hit = MESSAGES.find(([re]) => re.test(message));
    if (hit && !(x as { cause?: unknown }).cause) return { code: hit[1], message: ourCause(message), guessed: true };
    if (typeof x !== "object") break;
  }
  return null;
}

/** The English cause our own Danish messages carry after "Årsag: ". */
function ourCause(message: string): string {
  const i = message.lastIndexOf("Årsag: ");
  return i >= 0 ? message.slice(i + "Årsag: ".length) : message;
}

/**
 * The error as Danish text for the panel. Our own errors are Danish already and pass unchanged;
 * Office's English is replaced by a Danish sentence, wherever in the message it stands, and kept as
 * the detail.
 */
export function hostErrorText(e: unknown): ErrorText {
  const message = messageOf(e);
  const office = officeError(e);
  if (!office) return { text: message, next: "", detail: null };
  const known = CODES[office.code] ?? { text: "Excel afviste handlingen.", next: TRY_AGAIN };
  const detail = office.guessed || office.message.includes(office.code) ? office.message : `${office.code}: ${office.message}`;
  if (message === office.message || message.trim() === "") return { text: known.text, next: known.next, detail };
  // Our Danish sentence around Office's words: keep ours, put Danish where the English stood.
  const text = message.includes(office.message) ? message.replace(office.message, known.text) : `${message} ${known.text}`;
  return { text, next: known.next, detail };
}
