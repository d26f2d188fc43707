// Excel passes a single cell to a range parameter as [[v]], but the functions also take a bare
// value (another add-in's or a test's call); these views let the tests pass either without casts.
import * as SOC from "../../src/functions/functions";

type Loose<R> = (...args: unknown[]) => R;
export const disponering = SOC.disponering as Loose<number[][]>;
export const disponeret = SOC.disponeret as Loose<number>;
export const haap = SOC.haap as Loose<number>;
export const gnspris = SOC.gnspris as Loose<number>;
export const risikoprognose = SOC.risikoprognose as Loose<number>;
export const atatimer = SOC.atatimer as Loose<number>;
export const plfremskrivning = SOC.plfremskrivning as Loose<number>;
export const alder = SOC.alder as Loose<number>;
