// Panel "Døgnskema": a døgnskema sheet per citizen, and the provider's summary (docs/domain.md §4).
import * as React from "react";
import { StatusLine, type PanelStatus } from "./StatusLine";
import { Body1, Button, Field, Input } from "@fluentui/react-components";
import type { WorkbookActions } from "./actions";
import { doegnskemaRequest } from "./budgetmodelForm";

export function DoegnskemaPanel({ actions }: { actions: WorkbookActions }): React.ReactElement {
  const [fields, setFields] = React.useState({ borger: "", tilbud: "", ydelsespakke: "", timer: "" });
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [status, setStatus] = React.useState<PanelStatus | null>(null);
  const [busy, setBusy] = React.useState(false);
  const set = (k: keyof typeof fields) => (_e: unknown, d: { value: string }) => setFields((f) => ({ ...f, [k]: d.value }));

  const run = async (work: () => Promise<{ sheets: string[]; note?: string }>) => {
    setBusy(true);
    setStatus(null);
    try {
      const out = await work();
      setStatus({ intent: "success", text: `Oprettet: ${out.sheets.join(", ")}.${out.note ? ` ${out.note}` : ""}` });
    } catch (error) {
      setStatus({ intent: "error", text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const form = doegnskemaRequest(fields);
    if (!form.ok) {
      setErrors(form.errors);
      return;
    }
    setErrors({});
    const create = actions.createDoegnskema;
    if (create) void run(() => create(form.request));
  };
  const summary = () => {
    if (fields.tilbud.trim() === "") {
      setErrors({ tilbud: "Skriv tilbuddets navn" });
      return;
    }
    setErrors({});
    const create = actions.createDoegnskemaSummary;
    if (create) void run(() => create(fields.tilbud.trim()));
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
      <Button appearance="primary" type="submit" disabled={busy || !actions.createDoegnskema}>
        Opret døgnskema
      </Button>{" "}
      <Button type="button" onClick={summary} disabled={busy || !actions.createDoegnskemaSummary}>
        Opret oversigt for tilbuddet
      </Button>
      <StatusLine status={status} />
    </form>
  );
}
