// Panel "Døgnskema": a døgnskema sheet per citizen, and the provider's summary (docs/domain.md §4).
import * as React from "react";
import { useWorkbookRevision } from "./useWorkbookRevision";
import { Button, Field, Input, Select } from "@fluentui/react-components";
import {
  generateDoegnskema, generateDoegnskemaSummary, listBudgetmodelTilbud, parseDoegnskemaForm, today, type Workbook,
} from "../flows";
import { Panel } from "./layout";
import { Messages, useAction } from "./Messages";
import { paneMsg } from "./messages";

// The Tilbud choice that lets the user type a provider without a budget model.
const OTHER = "__andet__";

export function DoegnskemaPanel({ workbook }: { workbook: Workbook }): React.ReactElement {
  const [fields, setFields] = React.useState({ borger: "", tilbud: "", ydelsespakke: "", timer: "" });
  const [errors, setErrors] = React.useState<Partial<Record<string, string>>>({});
  const [models, setModels] = React.useState<string[]>([]);
  const [picked, setPicked] = React.useState("");
  const action = useAction();
  const set = (k: keyof typeof fields) => (_e: unknown, d: { value: string }) => setFields((f) => ({ ...f, [k]: d.value }));

  const revision = useWorkbookRevision();
  React.useEffect(() => {
    let alive = true;
    void listBudgetmodelTilbud(workbook).then((m) => alive && setModels(m));
    return () => {
      alive = false;
    };
  }, [workbook, revision]);
  // A provider with a budget model is picked from the list (its name must match the model's exactly).
  const choice = picked || models[0] || OTHER;
  const tilbud = choice === OTHER ? fields.tilbud : choice;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const form = parseDoegnskemaForm({ ...fields, tilbud });
    if (!form.ok) {
      setErrors(form.errors);
      action.clear();
      return;
    }
    setErrors({});
    void action.run(paneMsg.doegnskema.making, async () => {
      const out = await generateDoegnskema(workbook, form.request, today());
      return { message: out.message, problems: out.problems };
    });
  };
  const summary = () => {
    if (tilbud.trim() === "") {
      setErrors({ tilbud: paneMsg.doegnskema.tilbudMissing });
      action.clear();
      return;
    }
    setErrors({});
    void action.run("Opretter oversigten …", () => generateDoegnskemaSummary(workbook, tilbud.trim(), today()));
  };

  return (
    <Panel
      as="form" onSubmit={submit} aria-label="Døgnskema" noValidate
      intro={"Opret et døgnskema for en borger: dagens aktiviteter med minutter, hyppighed og normering giver ATA-timer, som " +
        "sammenholdes med de udmålte timer og prissættes med tilbuddets ATA-timepris fra budgetmodellen."}
    >
      <Field label="Borger (pseudonym eller cpr-nummer)" required validationMessage={errors.borger}>
        <Input value={fields.borger} onChange={set("borger")} />
      </Field>
      {models.length > 0 && (
        <Field label="Tilbud" required validationMessage={choice === OTHER ? undefined : errors.tilbud} hint="Tilbud med en budgetmodel i arbejdsbogen">
          <Select value={choice} onChange={(_e, d) => setPicked(d.value)}>
            {models.map((m) => (
              <option key={m} value={m}>{m}</option>
            ))}
            <option value={OTHER}>Andet tilbud (skriv navnet)</option>
          </Select>
        </Field>
      )}
      {choice === OTHER && (
        <Field
          label={models.length > 0 ? "Andet tilbuds navn" : "Tilbud"}
          required
          validationMessage={errors.tilbud}
          hint={models.length > 0 ? undefined : "Der er ingen budgetmodel i arbejdsbogen endnu; opret den under Budgetmodel for at få ATA-timeprisen med."}
        >
          <Input value={fields.tilbud} onChange={set("tilbud")} />
        </Field>
      )}
      <Field label="Ydelsespakke / funktionsniveau">
        <Input value={fields.ydelsespakke} onChange={set("ydelsespakke")} />
      </Field>
      <Field label="Udmålte timer pr. uge" validationMessage={errors.timer}>
        <Input value={fields.timer} onChange={set("timer")} inputMode="decimal" />
      </Field>
      <Button appearance="primary" type="submit" disabled={!!action.busy}>
        Opret døgnskema
      </Button>
      <Button type="button" onClick={summary} disabled={!!action.busy}>
        Opret oversigt for tilbuddet
      </Button>
      <Messages workbook={workbook} busy={action.busy} errors={action.errors} result={action.result} problems={action.problems} />
    </Panel>
  );
}
