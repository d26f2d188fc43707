// The CSV reader lives with the example data it reads (src/flows/eksempel/); re-exported for the CLI's tools.
export { parseCsv } from "../flows";
