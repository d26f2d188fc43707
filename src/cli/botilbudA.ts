// The demo's sheets for "Botilbud A", the fictional provider of the Thisted report's bilag 1 (its
// figures live with the example tables in src/flows/eksempel/botilbudA.ts).
import { botilbudA } from "../flows";
import { buildBudgetmodel, budgetmodelRef } from "../sheets";
import { buildDoegnskema, buildDoegnskemaSummary } from "../sheets";
import type { SheetSpec } from "../sheets";

export { botilbudA };

/** The demo's sheets for Botilbud A: the budget model, two døgnskemaer and their summary. */
export function botilbudASheets(generatedOn: number): SheetSpec[] {
  const bm = buildBudgetmodel(botilbudA(), { generatedOn, source: "Thisted-rapportens bilag 1 (fiktive tal)" });
  const timepris = { ref: budgetmodelRef(bm.layout, "ataTimepris") };
  const a = buildDoegnskema({
    borger: "Borger A1", tilbud: "Botilbud A", ydelsespakke: "Funktionsniveau 3", udmaaltTimerPrUge: 8, ataTimepris: timepris, generatedOn,
    activities: [
      { tidsrum: "Morgen", beskrivelse: "Hjælp til personlig hygiejne og påklædning", lovgrundlag: "SEL § 85", start: "07:30", hyppighed: "Alle ugens 7 dage", minutter: 30, normering: "1:1", form: "Individuel" },
      { tidsrum: "Formiddag", beskrivelse: "Træning af hverdagsfærdigheder", lovgrundlag: "SEL § 85", start: "10:00", hyppighed: "Hverdage", minutter: 45, normering: "1:3", form: "Fælles" },
      { tidsrum: "Eftermiddag", beskrivelse: "Indkøb", lovgrundlag: "SEL § 85", start: "14:00", hyppighed: "Weekend", minutter: 60, normering: "1:1", form: "Individuel" },
      { tidsrum: "Middag", beskrivelse: "Samtale med kontaktperson", lovgrundlag: "SEL § 85", start: "12:30", hyppighed: "Månedligt", minutter: 60, normering: "1:1", form: "Individuel", droeftes: true },
      { tidsrum: "Aften", beskrivelse: "Fællesspisning", lovgrundlag: "SEL § 85", start: "17:30", hyppighed: "2 gange ugentligt", minutter: 90, normering: "1:3", form: "Fælles" },
      { tidsrum: "Aften", beskrivelse: "Medicinudlevering", lovgrundlag: "SUL § 138", start: "20:00", hyppighed: "Dagligt", minutter: 10, normering: "1:1", form: "Individuel", bemaerkninger: "Kan evt. samles med aftenrutine", droeftes: true },
    ],
  });
  const b = buildDoegnskema({
    borger: "Borger A2", tilbud: "Botilbud A", ydelsespakke: "Funktionsniveau 5", udmaaltTimerPrUge: 20, ataTimepris: timepris, generatedOn,
    activities: [
      { tidsrum: "Morgen", beskrivelse: "Morgenrutine", lovgrundlag: "SEL § 85", start: "07:00", hyppighed: "Alle ugens 7 dage", minutter: 60, normering: "1:1", form: "Individuel" },
      { tidsrum: "Morgen", beskrivelse: "Forflytning med lift (to-mandsbetjening)", lovgrundlag: "SEL § 85", start: "07:45", hyppighed: "Hverdage", minutter: 15, normering: "2:1", form: "Individuel" },
      { tidsrum: "Eftermiddag", beskrivelse: "Aktivitet i huset", lovgrundlag: "SEL § 85", start: "13:00", hyppighed: "Hverdage", minutter: 120, normering: "1:2", form: "Fælles" },
      { tidsrum: "Nat", beskrivelse: "Tilsyn", lovgrundlag: "SEL § 85", start: "02:00", hyppighed: "Alle ugens 7 dage", minutter: 15, normering: "1:1", form: "Individuel", droeftes: true },
    ],
  });
  const summary = buildDoegnskemaSummary({
    tilbud: "Botilbud A", skemaer: [a.layout, b.layout], generatedOn,
    staffAtaHours: { ref: budgetmodelRef(bm.layout, "staffAtaHours") }, ataTimepris: timepris,
  });
  return [bm.spec, a.spec, b.spec, summary.spec];
}
