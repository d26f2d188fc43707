// Panel "Døgnskema": a døgnskema sheet per citizen, and the provider's summary (docs/domain.md §4).
import * as React from "react";
import { StatusLine, type PanelStatus } from "./StatusLine";
import { Body1, Button, Field, Input } from "@fluentui/react-components";
import {
  errorText, generateDoegnskema, generateDoegnskemaSummary, parseDoegnskemaForm, today, type CreatedOutcome, type Workbook,
} from "../flows";

export function DoegnskemaPanel({ workbook }: { workbook: Workbook }): React.ReactElement {
  const [fields, setFields] = React.useState({ borger: "", tilbud: "", ydelsespakke: "", timer: "" });
  const [errors, setErrors] = React.useState<Partial<Record<string, string>>>({});
  const [status, setStatus] = React.useState<PanelStatus | null>(null);
  const [busy, setBusy] = React.useState(false);
  const set = (k: keyof typeof fields) => (_e: unknown, d: { value: string }) => setFields((f) => ({ ...f, [k]: d.value }));

  const run = async (work: () => Promise<CreatedOutcome>) => {
    setBusy(true);
    setStatus(null);
    try {
      setStatus({ intent: "success", text: (await work()).message });
    } catch (error) {
      setStatus({ intent: "error", text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const form = parseDoegnskemaForm(fields);
    if (!form.ok) {
      setErrors(form.errors);
      return;
    }
    setErrors({});
    void run(() => generateDoegnskema(workbook, form.request, today()));
  };
  const summary = () => {
    if (fields.tilbud.trim() === "") {
      setErrors({ tilbud: "Skriv tilbuddets navn" });
      return;
    }
    setErrors({});
    void run(() => generateDoegnskemaSummary(workbook, fields.tilbud.trim(), today()));
  };

  return (
    <form onSubmit={submit} aria-label="Døgnskema" noValidate>
      <Body1 as="p">
        Opret et døgnskema for en borger: dagens aktiviteter med minutter, hyppighed og normering giver ATA-timer, som
        sammenholdes med de udmålte timer og prissættes med tilbuddets ATA-timepris fra budgetmodellen.
      </Body1>
      <Field label="Borger (pseudonym eller cpr-nr.)" required validationMessage={errors.borger}>
        <Input value={fields.borger} onChange={set("borger")} />
      </Field>
      <Field label="Tilbud" required validationMessage={errors.tilbud}>
        <Input value={fields.tilbud} onChange={set("tilbud")} />
      </Field>
      <Field label="Ydelsespakke / funktionsniveau">
        <Input value={fields.ydelsespakke} onChange={set("ydelsespakke")} />
      </Field>
      <Field label="Udmålte timer pr. uge" validationMessage={errors.timer}>
        <Input value={fields.timer} onChange={set("timer")} inputMode="decimal" />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy}>
        Opret døgnskema
      </Button>{" "}
      <Button type="button" onClick={summary} disabled={busy}>
        Opret oversigt for tilbuddet
      </Button>
      <StatusLine status={status} />
    </form>
  );
}
