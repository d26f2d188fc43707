// The visual meaning of each style name, shared by both writers so Excel and the .xlsx file agree.
// Input cells are the only unlocked ones on a protected sheet (docs/domain.md §7).
import type { StyleName } from "./spec";

export interface StyleLook {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  /** Unlocked on a protected sheet. */
  unlocked?: boolean;
  borderTop?: boolean;
}

export const STYLE_LOOKS: Record<StyleName, StyleLook> = {
  title: { bold: true, fontSize: 14, fontColor: "#1F4E79" },
  banner: { italic: true, fontColor: "#595959", fill: "#F2F2F2" },
  header: { bold: true, fill: "#DDEBF7", fontColor: "#1F4E79" },
  section: { bold: true, fontColor: "#1F4E79" },
  input: { fill: "#FFF2CC", fontColor: "#7F6000", unlocked: true },
  output: { fill: "#E2EFDA" },
  subtotal: { bold: true, fill: "#F2F2F2", borderTop: true },
  total: { bold: true, fill: "#D9D9D9", borderTop: true },
  note: { italic: true, fontColor: "#595959" },
  /** A warning that must be seen: bold red (e.g. "HÅP er ikke opdateret"). */
  alert: { bold: true, fontColor: "#C00000" },
};

/** Colour legend rows a sheet with inputs can show (Danish). */
export const STYLE_LEGEND: ReadonlyArray<readonly [StyleName, string]> = [
  ["input", "Gul: indtastning — ret her"],
  ["output", "Grøn: beregnet resultat"],
  ["total", "Grå: sum"],
];
