// How wide a text is, in the unit a column width is counted in: the width of a digit of the
// default font (Excel's <col width> and Office.js widths both count "characters" of the widest digit,
// sheets/columns.ts). Used to make every label fit its column (sheets/print.ts).
//
// The table: advance widths of DejaVu Sans and DejaVu Sans Bold (read from the font files' hmtx and
// cmap tables), each divided by the advance of the regular digit "0". DejaVu Sans is the font
// LibreOffice draws Calibri with on a machine without Calibri or its metric twin Carlito (as the CI
// machine that renders the demo to PDF); LibreOffice then also counts column widths in DejaVu digits,
// so a text of n digit widths needs a column of n plus padding in either program. Calibri's letters,
// measured against its own digit, are of about the same proportions (it is narrower overall, and so is
// its digit); FIT_MARGIN covers the differences. The LibreOffice render in CI is the check
// (test/libreoffice/print.lo.ts); Excel itself is not run there.

/** The characters of the table, in order. */
const CHARS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~æøåÆØÅéÉèüÜöÖäÄ–—−…·×½§«»‘’“”€°²³";
/** Regular: thousandths of a digit width, one per character of CHARS. */
const REGULAR = [
  500, 630, 723, 1317, 1000, 1493, 1226, 432, 613, 613, 786, 1317, 500, 567, 500, 530, 1000, 1000, 1000, 1000,
  1000, 1000, 1000, 1000, 1000, 1000, 530, 530, 1317, 1317, 1317, 834, 1572, 1075, 1078, 1097, 1210, 993, 904,
  1218, 1182, 464, 464, 1031, 876, 1356, 1176, 1237, 948, 1237, 1092, 998, 960, 1150, 1075, 1554, 1077, 960,
  1077, 613, 530, 613, 1317, 786, 786, 963, 998, 864, 998, 967, 553, 998, 996, 437, 437, 910, 437, 1531, 996,
  962, 998, 998, 646, 819, 616, 996, 930, 1285, 930, 930, 825, 1000, 530, 1000, 1317, 1543, 962, 963, 1531,
  1237, 1075, 967, 993, 967, 996, 1150, 962, 1237, 963, 1075, 786, 1572, 1317, 1572, 500, 1317, 1523, 786, 962,
  962, 500, 500, 814, 814, 1000, 786, 630, 630,
];
/** Bold: thousandths of a (regular) digit width. */
const BOLD = [
  547, 717, 819, 1317, 1094, 1575, 1371, 481, 718, 718, 822, 1317, 597, 652, 597, 574, 1094, 1094, 1094, 1094,
  1094, 1094, 1094, 1094, 1094, 1094, 629, 629, 1317, 1317, 1317, 912, 1572, 1216, 1198, 1153, 1305, 1074,
  1074, 1290, 1315, 585, 585, 1218, 1002, 1564, 1315, 1336, 1152, 1336, 1210, 1132, 1072, 1276, 1216, 1734,
  1212, 1138, 1140, 718, 574, 718, 1317, 786, 786, 1061, 1125, 932, 1125, 1066, 684, 1125, 1119, 539, 539,
  1045, 539, 1638, 1119, 1080, 1125, 1125, 775, 936, 751, 1119, 1025, 1452, 1014, 1025, 915, 1119, 574, 1119,
  1317, 1647, 1080, 1061, 1705, 1336, 1216, 1066, 1074, 1066, 1119, 1276, 1080, 1336, 1061, 1216, 786, 1572,
  1317, 1572, 597, 1317, 1627, 786, 1015, 1015, 597, 597, 1033, 1033, 1094, 786, 688, 688,
];

// Widths by character code (the table's characters all lie below U+2213); 0 = not in the table.
const REGULAR_BY_CODE = new Float64Array(0x2214);
const BOLD_BY_CODE = new Float64Array(0x2214);
[...CHARS].forEach((c, i) => {
  REGULAR_BY_CODE[c.charCodeAt(0)] = REGULAR[i] / 1000;
  BOLD_BY_CODE[c.charCodeAt(0)] = BOLD[i] / 1000;
});
/** A character outside the table counts as a wide letter ("W" is 1,55). */
const UNKNOWN = 1.6;
/** Extra room for differences between fonts and renderers. */
export const FIT_MARGIN = 1.05;

/**
 * Width of `text` in digit widths of the default font (11 pt), at `size` points, bold or not; the
 * longest line when the text holds line breaks.
 */
export function textWidth(text: string, size = 11, bold = false): number {
  const table = bold ? BOLD_BY_CODE : REGULAR_BY_CODE;
  let widest = 0;
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      widest = Math.max(widest, line);
      line = 0;
      continue;
    }
    // A character outside the table (or half of a surrogate pair, counted once) is UNKNOWN wide.
    if (code >= 0xdc00 && code < 0xe000) continue;
    line += (code < table.length ? table[code] : 0) || UNKNOWN;
  }
  return (Math.max(widest, line) * size) / 11;
}

/** Column width (sheets/columns.ts units) that shows `text` whole: its width with margin, plus the cell padding. */
export function widthFor(text: string, size = 11, bold = false): number {
  return Math.ceil((textWidth(text, size, bold) * FIT_MARGIN + 1) * 4) / 4;
}
