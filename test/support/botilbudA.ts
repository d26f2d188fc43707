// Botilbud A's budget model figures (docs/domain.md §5, hand-checked there), through the model's
// worksheet-scoped names: the same numbers whether the model is built alone or in the demo workbook.
export function expectBotilbudAFigures(name: (n: string) => number): void {
  expect(name("Aarets_udgiftsgrundlag")).toBeCloseTo(25528776, 6);
  expect(name("Takstberegningsgrundlag")).toBeCloseTo(29446776, 6);
  expect(name("Forventet_regnskabsresultat")).toBeCloseTo(-2133048, 6);
  expect(Math.round(name("Gns_pladspris_aar"))).toBe(755046);
  expect(Math.round(name("Gns_pladspris_doegn"))).toBe(2069);
  expect(Math.round(name("ATA_timepris"))).toBe(501);
  expect(name("Aarsvaerk_til_reduktion").toFixed(1)).toBe("4.4");
  expect(Math.round(name("Rammebesparelse_kr"))).toBe(765863);
  expect((name("Rammebesparelse_pct_variable") * 100).toFixed(1)).toBe("3.6");
}
