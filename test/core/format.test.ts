// Display rounding is Excel's ROUND on the decimal value (docs/domain.md §3): half away from zero, on the
// number the user typed and sees — never toFixed on the binary float (1.005.toFixed(2) is "1.00").
// Excel: ROUND rounds to num_digits decimal places, halves away from zero
// (https://learn.microsoft.com/en-us/previous-versions/office/developer/office-2010/ff196588(v=office.14)).
import { formatKr, formatNumber, formatPercent, relativeChange, roundForDisplay, roundedText } from "../../src/core";

describe("roundForDisplay / roundedText (Excel's ROUND)", () => {
  it("rounds docs/domain.md §3's cases as Excel does: 1,005 → 1,01; 0,35 → 0,4; −2,5 → −3", () => {
    expect(roundForDisplay(1.005, 2)).toBe(1.01);
    expect(roundForDisplay(0.35, 1)).toBe(0.4);
    expect(roundForDisplay(-2.5, 0)).toBe(-3);
    expect(formatNumber(1.005, 2)).toBe("1,01");
    expect(formatNumber(0.35, 1)).toBe("0,4");
    expect(formatNumber(-2.5)).toBe("-3");
  });

  it("rounds halves away from zero and carries through nines", () => {
    expect(roundedText(2.5)).toBe("3");
    expect(roundedText(0.5)).toBe("1");
    expect(roundedText(-0.5)).toBe("-1");
    expect(roundedText(9.995, 2)).toBe("10.00");
    expect(roundedText(999_999.5)).toBe("1000000");
    expect(roundedText(0.005, 2)).toBe("0.01");
    expect(roundedText(0.0049, 2)).toBe("0.00");
    expect(roundedText(1234.5678, 2)).toBe("1234.57");
  });

  it("keeps a sign only on a non-zero result, and very large and small numbers", () => {
    expect(roundedText(-0.4)).toBe("0");
    expect(roundedText(-0.04, 1)).toBe("0.0");
    expect(roundedText(0)).toBe("0");
    expect(roundedText(1e21)).toBe("1000000000000000000000");
    expect(roundedText(1.5e-7, 2)).toBe("0.00");
  });

  it("formats Danish grouping and decimals", () => {
    expect(formatNumber(1_200_000)).toBe("1.200.000");
    expect(formatNumber(-4_483_562.5)).toBe("-4.483.563");
    expect(formatNumber(75_000.505, 2)).toBe("75.000,51");
    expect(formatKr(1_200_000.5)).toBe("1.200.001 kr.");
  });

  it("states a change in percent as (f − b)/b: +500 on 1.000.000 is 0,05 % and shows as 0,1 %", () => {
    expect(relativeChange(1_000_500, 1_000_000)).toBe(0.0005);
    expect(formatPercent(relativeChange(1_000_500, 1_000_000))).toBe("0,1 %");
    // The binary f/b − 1 lands just below 0,05 % and would show 0,0 %.
    expect(formatPercent(1_000_500 / 1_000_000 - 1)).toBe("0,0 %");
    expect(formatPercent(0.042)).toBe("4,2 %");
  });
});
