// A number typed in Danish, read by the core's field readers (core/fields.ts) so every panel gives the
// same answer with an example. The field keeps exactly what the user typed (a controlled
// <input type="number"> rewrites "12.000.000" to 12000 and "2,5" to 25 and drops characters
// mid-edit) and shows what it understood, or why it cannot read it, under the field. The panel learns
// whether the text is valid, so a field in error stops its action instead of running with the last
// value it understood.
import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import { formatNumber, msg, readAmount, readCount } from "../core";
import { paneMsg } from "./messages";

export type NumberKind = "beloeb" | "antal";

export interface NumberFieldProps {
  label: string;
  kind: NumberKind;
  /** The number last understood; null when the field is empty or unreadable. */
  value: number | null;
  /** The number understood (null when empty) and whether the text is valid. */
  onValue: (value: number | null, valid: boolean) => void;
  /** Smallest accepted value (a count's minimum; 0 for an amount that cannot be negative). */
  min?: number;
  /** Largest accepted count (kind "antal"). */
  max?: number;
  required?: boolean;
  /** An error decided outside the field (e.g. "skriv et skøn"), shown like its own. */
  error?: string;
}

export type NumberReading = { ok: true; value: number | null; understood: string } | { ok: false; error: string };

/** What the text means: empty (null), a number, or the one Danish reason it is not one. */
export function readNumberText(text: string, kind: NumberKind, min?: number, max?: number): NumberReading {
  if (text.trim() === "") return { ok: true, value: null, understood: "" };
  if (kind === "antal") {
    const r = readCount(text, min ?? 1, max);
    return r.ok ? { ok: true, value: r.value, understood: "" } : { ok: false, error: r.message };
  }
  const r = readAmount(text, min === undefined ? {} : { min });
  if (!r.ok) return { ok: false, error: r.message };
  return { ok: true, value: r.value, understood: paneMsg.amountUnderstood(r.value) };
}

const textOf = (value: number | null, kind: NumberKind) =>
  value === null ? "" : formatNumber(value, kind === "antal" || Number.isInteger(value) ? 0 : 2);

export function NumberField({ label, kind, value, onValue, min, max, required, error }: NumberFieldProps): React.ReactElement {
  const [text, setText] = React.useState(() => textOf(value, kind));
  const reading = readNumberText(text, kind, min, max);
  const shownError = !reading.ok ? reading.error : required && reading.value === null ? (error ?? msg.field.required()) : error;
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
          const next = readNumberText(d.value, kind, min, max);
          onValue(next.ok ? next.value : null, next.ok && !(required && next.value === null));
        }}
      />
    </Field>
  );
}
