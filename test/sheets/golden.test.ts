// Golden files (docs/habits.md §4): a sheet description is data, so the Tabel 5.2 disposition and key-
// figure sheets are snapshotted; a change to a layout or a formula shows up as a reviewable diff in
// test/sheets/__snapshots__/. Update deliberately with `npx jest -u test/sheets/golden.test.ts`.
import { buildDisponering } from "../../src/sheets/disponering";
import { buildNoegletal } from "../../src/sheets/noegletal";
import { tabel52Cases } from "../support/tabel52";

describe("golden sheet descriptions", () => {
  const generatedOn = 45000;
  const { spec, layout } = buildDisponering({ year: 2017, cases: tabel52Cases(), generatedOn, kommune: "VIVE Tabel 5.2" });

  it("Disponering 2017", () => {
    expect(spec).toMatchSnapshot();
  });

  it("Nøgletal 2017", () => {
    expect(buildNoegletal({ year: 2017, disponering: layout, generatedOn, kommune: "VIVE Tabel 5.2" }).spec).toMatchSnapshot();
  });
});
