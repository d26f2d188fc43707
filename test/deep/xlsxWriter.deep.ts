// The .xlsx writer's tests with the 20.000-row report (test/xlsx/writer.test.ts, which `npm test` runs
// with 5.000 rows): the parts in many pieces, the pauses, the one-piece writer's parts.
import "../xlsx/writer.test";
