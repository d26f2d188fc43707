// Panel tests wait for the task pane's asynchronous work (settings, reads) with findBy/waitFor.
// Testing Library's default of 1 s is a wall-clock budget: on a loaded 2-core CI machine a Fluent
// render can take longer and a correct panel fails. The assertions stay exact; only the patience grows.
if (typeof document !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { configure } = require("@testing-library/dom") as typeof import("@testing-library/dom");
  configure({ asyncUtilTimeout: 10_000 });
}
