// docs/domain.md §9 "Fitting the assumptions to the frame": the worked example and hand calculations.
import { rammetilpasning, rammeTekst, type RammeLinje } from "../../src/core";

const linjer: RammeLinje[] = [
  { foranstaltning: "Plejefamilie", haap: 40, pris: 400_000, plejefamilie: true },
  { foranstaltning: "Døgninstitution", haap: 8, pris: 2_000_000, plejefamilie: false },
];
const worked = { omraade: "anbringelsesområdet", ramme: 30_000_000, linjer, flytFra: "Døgninstitution", flytTil: "Plejefamilie", maal: 0.75 };

describe("rammetilpasning (docs/domain.md §9 example)", () => {
  const r = rammetilpasning(worked);

  it("gives F = 32.000.000 and an overrun of 2.000.000, and the price change −6,25 %", () => {
    expect(r.udgift).toBe(32_000_000);
    expect(r.helaarsforanstaltninger).toBe(48);
    expect(r.overskridelse).toBe(2_000_000);
    expect(r.prisaendring).toBeCloseTo(-0.0625, 12);
  });

  it("gives the proportional HÅP 37,5 and 7,5, and 1,0 HÅP when all is taken on Døgninstitution", () => {
    expect(r.linjer.map((l) => l.haapRammen)).toEqual([37.5, 7.5]);
    expect(r.linjer.map((l) => l.reduktion)).toEqual([2.5, 0.5]);
    expect(r.linjer[1].reduktionAltHer).toBe(1);
    expect(r.linjer[0].reduktionAltHer).toBe(5); // 2.000.000 / 400.000
  });

  it("moves 1,25 HÅP from Døgninstitution to Plejefamilie: share 83,3 % → 85,9 %", () => {
    expect(r.flyt).toEqual({ fra: "Døgninstitution", til: "Plejefamilie", haap: 1.25, muligt: true, andelFoer: 40 / 48, andelEfter: 41.25 / 48 });
    expect(r.flyt!.andelFoer).toBeCloseTo(0.8333, 4);
    expect(r.flyt!.andelEfter).toBeCloseTo(0.859375, 12);
  });

  it("says it in one Danish sentence for the budget text", () => {
    expect(rammeTekst(r, linjer)).toBe(
      "Med de forventede 48 helårsforanstaltninger på anbringelsesområdet bliver udgiften 32,0 mio. kr., hvilket er 2,0 mio. kr. mere end budgetrammen på 30,0 mio. kr. " +
        "Rammen holdes, hvis 1,25 helårspersoner flyttes fra døgninstitution til plejefamilie, så andelen i plejefamilie går fra 83,3 % til 85,9 % (målet er 75,0 %), " +
        "eller hvis gennemsnitspriserne samlet falder 6,3 %.",
    );
  });
});

describe("rammetilpasning: edges", () => {
  it("moves nothing to a dearer foranstaltning, and says when more would have to move than there are", () => {
    const dearer = rammetilpasning({ ...worked, flytFra: "Plejefamilie", flytTil: "Døgninstitution" });
    expect(dearer.flyt).toMatchObject({ haap: null, muligt: false, andelEfter: null });
    // Frame 20.000.000: overrun 12.000.000 / 1.600.000 = 7,5 HÅP, but Døgninstitution has 8 → possible;
    // frame 10.000.000: 22.000.000 / 1.600.000 = 13,75 > 8 → not possible.
    expect(rammetilpasning({ ...worked, ramme: 20_000_000 }).flyt).toMatchObject({ haap: 7.5, muligt: true });
    const tight = rammetilpasning({ ...worked, ramme: 10_000_000 });
    expect(tight.flyt).toMatchObject({ haap: 13.75, muligt: false });
    expect(rammeTekst(tight, linjer)).toContain("13,75 helårspersoner flyttes fra døgninstitution til plejefamilie — det er flere end de 8, der forventes i døgninstitution, eller");
    expect(tight.flyt!.andelEfter).toBeNull();
  });

  it("computes nothing that needs the frame before it is typed, and says room in the frame as 'mindre'", () => {
    const none = rammetilpasning({ ...worked, ramme: null });
    expect([none.overskridelse, none.prisaendring, none.linjer[0].haapRammen, none.flyt!.haap]).toEqual([null, null, null, null]);
    expect(none.flyt!.andelFoer).toBeCloseTo(40 / 48, 12);
    expect(rammeTekst(none, linjer)).toBe("Skriv budgetrammen for anbringelsesområdet i den gule celle, og dan arket igen for at få teksten.");
    const room = rammetilpasning({ ...worked, ramme: 33_500_000 });
    expect(room.overskridelse).toBe(-1_500_000);
    expect(rammeTekst(room, linjer)).toBe("Med de forventede 48 helårsforanstaltninger på anbringelsesområdet bliver udgiften 32,0 mio. kr., hvilket er 1,5 mio. kr. mindre end budgetrammen på 33,5 mio. kr.");
  });
});
