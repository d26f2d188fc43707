// A number typed in Danish, read by the core's parsers. The field keeps exactly what the user typed
// (a controlled <input type="number"> rewrites "12.000.000" to 12000 and "2,5" to 25 and drops
// characters mid-edit) and shows what it understood, or why it cannot read it, under the field.
import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import { formatNumber, parseAmount } from "../core";

export type NumberKind = "beloeb" | "antal";

export interface NumberFieldProps {
  label: string;
  kind: NumberKind;
  /** The number last understood; null when the field is empty or unreadable. */
  value: number | null;
  onValue: (value: number | null) => void;
  /** Smallest accepted count (kind "antal"). */
  min?: number;
  required?: boolean;
  /** An error decided outside the field (e.g. "skriv et skøn"), shown like its own. */
  error?: string;
}

export type NumberReading = { ok: true; value: number | null; understood: string } | { ok: false; error: string };

/** What the text means: empty (null), a number, or a Danish reason it is not one. */
export function readNumberText(text: string, kind: NumberKind, min = 1): NumberReading {
  if (text.trim() === "") return { ok: true, value: null, understood: "" };
  const r = parseAmount(text);
  if (!r.ok) {
    return { ok: false, error: kind === "antal" ? `"${text.trim().slice(0, 40)}" er ikke et helt tal. Skriv fx 12.` : r.problem.message };
  }
  if (kind === "antal") {
    if (!Number.isInteger(r.value) || r.value < min) return { ok: false, error: `Skriv et helt tal på mindst ${min}.` };
    return { ok: true, value: r.value, understood: "" };
  }
  const decimals = Number.isInteger(r.value) ? 0 : 2;
  return { ok: true, value: r.value, understood: `Forstået som ${formatNumber(r.value, decimals)} kr.` };
}

const textOf = (value: number | null, kind: NumberKind) =>
  value === null ? "" : formatNumber(value, kind === "antal" || Number.isInteger(value) ? 0 : 2);

export function NumberField({ label, kind, value, onValue, min, required, error }: NumberFieldProps): React.ReactElement {
  const [text, setText] = React.useState(() => textOf(value, kind));
  const reading = readNumberText(text, kind, min);
  const shownError = !reading.ok ? reading.error : required && reading.value === null ? (error ?? "Feltet skal udfyldes.") : error;
  return (
    <Field
      label={label}
      required={required}
      validationState={shownError ? "error" : reading.ok && reading.understood ? "success" : "none"}
      validationMessage={shownError ?? (reading.ok && reading.understood ? reading.understood : undefined)}
    >
      <Input
        inputMode={kind === "antal" ? "numeric" : "decimal"}
        value={text}
        onChange={(_e, d) => {
          setText(d.value);
          const next = readNumberText(d.value, kind, min);
          onValue(next.ok ? next.value : null);
        }}
      />
    </Field>
  );
}
