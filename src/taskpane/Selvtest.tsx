// "Kontrollér Excel" on the Oversigt panel: runs the self-test (flows/selvtest.ts) and shows its report —
// host, platform, version, requirement sets and each check ✓/✗ with its reason — with "Kopiér rapport",
// whose text holds no workbook data, for the pilot kommune to send us.
import * as React from "react";
import { Body1, Button, Caption1, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { platformText, reportText, runSelvtest, type SelvtestPort, type SelvtestRapport, type Workbook } from "../flows";
import { Paragraph, Section } from "./layout";
import { Messages, useAction } from "./Messages";
import { paneMsg } from "./messages";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: "0", listStyleType: "none", display: "flex", flexDirection: "column", gap: "4px" },
  failed: { color: tokens.colorPaletteRedForeground1 },
  text: { width: "100%" },
});

export function Selvtest({ port, workbook }: { port: SelvtestPort; workbook: Workbook }): React.ReactElement {
  const styles = useStyles();
  const action = useAction();
  const [rapport, setRapport] = React.useState<SelvtestRapport | null>(null);
  const [copy, setCopy] = React.useState<"copied" | "failed" | null>(null);

  const check = () => {
    setRapport(null);
    setCopy(null);
    void action.run(
      paneMsg.selvtest.checking,
      async () => {
        const r = await runSelvtest(port);
        setRapport(r);
        const passed = r.checks.filter((c) => c.ok).length;
        return { message: paneMsg.selvtest.passed(passed, r.checks.length) };
      },
      paneMsg.selvtest.notRun,
    );
  };

  const copyReport = async () => {
    if (!rapport) return;
    try {
      await navigator.clipboard.writeText(reportText(rapport));
      setCopy("copied");
    } catch {
      // A task pane's frame may not be allowed the clipboard: the text is then shown to copy by hand.
      setCopy("failed");
    }
  };

  return (
    <Section title="Kontrollér Excel">
      <Paragraph>
        Afprøver på et midlertidigt ark, om denne Excel kan alt det, Styringsark bruger. Arket slettes igen bagefter; dine egne
        ark bliver ikke ændret.
      </Paragraph>
      <Button disabled={!!action.busy} onClick={check}>
        Kontrollér Excel
      </Button>
      <Messages workbook={workbook} busy={action.busy} errors={action.errors} result={action.result} />
      {rapport && (
        <>
          <Caption1 as="p" block>
            {`Excel: ${rapport.host.host || "ukendt"} · ${platformText(rapport.host.platform)} · version ${rapport.host.version || "ukendt"} · Styringsark ${rapport.host.addinVersion ?? "(ukendt version)"}`}
          </Caption1>
          <ul className={styles.list} aria-label="Kravsæt">
            {rapport.sets.map((s) => (
              <li key={s.name} className={s.supported ? undefined : styles.failed}>
                <Body1>{`${s.supported ? "✓" : "✗"} ${s.name} ${s.version}${s.supported ? "" : ` mangler: ${s.needed}`}`}</Body1>
              </li>
            ))}
            {rapport.highest.map((h) => (
              <li key={`højeste ${h.name}`}>
                <Caption1>{paneMsg.selvtest.highest(h.name, h.version)}</Caption1>
              </li>
            ))}
          </ul>
          <ul className={styles.list} aria-label="Kontroller">
            {rapport.checks.map((c) => (
              <li key={c.id} className={c.ok ? undefined : styles.failed}>
                <Body1>
                  {`${c.ok ? "✓" : "✗"} `}
                  <strong>{c.title}</strong>
                  {`: ${c.reason}`}
                </Body1>
              </li>
            ))}
          </ul>
          <Button onClick={() => void copyReport()}>Kopiér rapport</Button>
          {copy === "copied" && <Body1 role="status">Rapporten er kopieret. Den indeholder ingen data fra arbejdsbogen.</Body1>}
          {copy === "failed" && (
            <>
              <Body1 role="status">Rapporten kunne ikke kopieres automatisk. Markér teksten herunder, og kopiér den med Ctrl+C.</Body1>
              <Textarea className={styles.text} readOnly aria-label="Rapporten som tekst" value={reportText(rapport)} resize="vertical" rows={8} />
            </>
          )}
        </>
      )}
    </Section>
  );
}
