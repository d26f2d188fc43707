// Panel "Budgetmodel": creates "Budgetmodel <tilbud>" for a provider and budget year (DOMAIN.md §5).
import * as React from "react";
import { StatusLine, type PanelStatus } from "./StatusLine";
import { Body1, Button, Field, Input } from "@fluentui/react-components";
import type { WorkbookActions } from "./actions";
import { budgetmodelRequest } from "./budgetmodelForm";

export function BudgetmodelPanel({ actions }: { actions: WorkbookActions }): React.ReactElement {
  const [tilbud, setTilbud] = React.useState("");
  const [year, setYear] = React.useState(String(new Date().getFullYear() + 1));
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [status, setStatus] = React.useState<PanelStatus | null>(null);
  const [busy, setBusy] = React.useState(false);
  const create = actions.createBudgetmodel;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const form = budgetmodelRequest({ tilbud, year });
    if (!form.ok) {
      setErrors(form.errors);
      return;
    }
    setErrors({});
    if (!create) return;
    setBusy(true);
    setStatus(null);
    try {
      const out = await create(form.request);
      setStatus({ intent: "success", text: `Arket "${out.sheets.join(", ")}" er oprettet.${out.note ? ` ${out.note}` : ""}` });
    } catch (error) {
      setStatus({ intent: "error", text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} aria-label="Budgetmodel" noValidate>
      <Body1 as="p">
        Opret en tilbudsspecifik budgetmodel: variable og faste omkostninger, indtægter pr. funktionsniveau, forventet
        regnskabsresultat, årsværk, ATA-timer og rammebesparelse. Gule celler er indtastning; arket er beskyttet uden adgangskode.
      </Body1>
      <Field label="Tilbud" required validationMessage={errors.tilbud}>
        <Input value={tilbud} onChange={(_e, d) => setTilbud(d.value)} />
      </Field>
      <Field label="Budgetår" required validationMessage={errors.year}>
        <Input value={year} onChange={(_e, d) => setYear(d.value)} inputMode="numeric" />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy || !create}>
        {busy ? "Opretter …" : "Opret budgetmodel"}
      </Button>
      <StatusLine status={status} />
    </form>
  );
}
