// The whole walk: an injected failure at every operation of every batch of a refresh (the sampled
// walk is in test/excel/refresh.adapter.ts).
import { dispAndNoegletal, overblik, walkFaults } from "../support/refreshFaults";

it.each([
  ["Disponering + Nøgletal", dispAndNoegletal],
  ["Disponering + Overblik", overblik],
])("%s: every operation of every batch", async (_l, build) => {
  const r = await walkFaults(build);
  expect(r.unchanged + r.told + r.completed).toBe(r.tried);
  expect(r.unchanged).toBeGreaterThan(r.tried / 2);
}, 600000);
