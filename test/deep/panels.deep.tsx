/** @jest-environment jsdom */
// The task pane's panel tests once more, with every computed style the panel support keeps
// (test/support/panel.tsx: jsdom's computation, kept until the document changes) compared with
// jsdom's own: a difference fails the test that asked for it. `npm test` runs them without the check.
process.env.CHECK_COMPUTED_STYLE = "1";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the variable is set
require("../taskpane/panels.test");
