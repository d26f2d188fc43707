// Jest reporter for `npm run test:times`: each test file's run time (module loading included), slowest
// first, with its share of the sum, so the next slow suite is found by measuring, not guessing. On a
// shared machine the figures move with the load; compare shares, and repeat before trusting a ranking.
class SuiteTimes {
  onRunStart() {
    this.started = Date.now();
  }

  onRunComplete(_contexts, results) {
    const rows = results.testResults
      .map((r) => ({ file: r.testFilePath.replace(process.cwd() + "/", ""), ms: r.perfStats.end - r.perfStats.start, tests: r.numPassingTests + r.numFailingTests }))
      .sort((a, b) => b.ms - a.ms);
    const sum = rows.reduce((s, r) => s + r.ms, 0);
    const lines = rows.map((r) => `${(r.ms / 1000).toFixed(2).padStart(7)} s ${((100 * r.ms) / sum).toFixed(1).padStart(5)} %  ${String(r.tests).padStart(4)} tests  ${r.file}`);
    lines.push(`${(sum / 1000).toFixed(2).padStart(7)} s summed over ${rows.length} files; ${((Date.now() - this.started) / 1000).toFixed(2)} s wall`);
    process.stderr.write("\nTime per test file:\n" + lines.join("\n") + "\n");
  }
}

module.exports = SuiteTimes;
