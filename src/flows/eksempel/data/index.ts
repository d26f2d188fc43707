// Eksempel Kommune's tables as the CSV text Danish Excel saves (semicolons, Danish numbers and dates),
// keyed by their file names. One source for `npm run demo` (src/cli) and the task pane's "Indsæt
// eksempeltabeller" (../eksempel.ts). The modules are generated: see each file's first line.
import budget from "./eksempel-kommune-budget";
import budgetforudsaetninger from "./eksempel-kommune-budgetforudsaetninger";
import forbrugTidligereAar from "./eksempel-kommune-forbrug-tidligere-aar";
import forbrug from "./eksempel-kommune-forbrug";
import leverandoerer from "./eksempel-kommune-leverandoerer";
import pl from "./eksempel-kommune-pl";
import regnskab from "./eksempel-kommune-regnskab";
import risikosager from "./eksempel-kommune-risikosager";
import sagerForrigeMaaned from "./eksempel-kommune-sager-forrige-maaned";
import sager from "./eksempel-kommune-sager";
import tilgang from "./eksempel-kommune-tilgang";

export const EKSEMPEL_CSV = {
  "eksempel-kommune-budget.csv": budget,
  "eksempel-kommune-budgetforudsaetninger.csv": budgetforudsaetninger,
  "eksempel-kommune-forbrug-tidligere-aar.csv": forbrugTidligereAar,
  "eksempel-kommune-forbrug.csv": forbrug,
  "eksempel-kommune-leverandoerer.csv": leverandoerer,
  "eksempel-kommune-pl.csv": pl,
  "eksempel-kommune-regnskab.csv": regnskab,
  "eksempel-kommune-risikosager.csv": risikosager,
  "eksempel-kommune-sager-forrige-maaned.csv": sagerForrigeMaaned,
  "eksempel-kommune-sager.csv": sager,
  "eksempel-kommune-tilgang.csv": tilgang,
} as const;

export type EksempelFile = keyof typeof EKSEMPEL_CSV;
