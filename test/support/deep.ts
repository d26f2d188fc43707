// `npm run test:deep` sets STYRINGSARK_DEEP=1 (test/deep/jest.config.js) and also runs some unit test
// files at full size: the number of random cases, rows or cells they try. `npm test` runs the same
// checks on a tenth, so it stays fast; CI runs both.
export const DEEP = process.env.STYRINGSARK_DEEP === "1";

/** The size to try: `unit` in `npm test`, `deep` in `npm run test:deep`. */
export const size = (unit: number, deep: number): number => (DEEP ? deep : unit);
