import * as React from "react";
import {
  Body1, Body1Strong, Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Switch, tokens,
} from "@fluentui/react-components";
import { eksempelTablesPresent, insertEksempelTables, loadMaskCpr, runExclusive, saveMaskCpr, type SelvtestPort, type Workbook } from "../flows";
import { errorOf, Messages, useAction, type PanelError } from "./Messages";
import { Panel, Paragraph, Section, Stack } from "./layout";
import { GROUPS, type PanelGroup } from "./panelGroups";
import { Selvtest } from "./Selvtest";
import { MASK_SETTING_LABEL } from "./useMaskCprSetting";
import { useWorkbookChanged } from "./useWorkbookRevision";

export interface OversigtPanelProps {
  workbook: Workbook;
  /** The host checks of "Kontrollér Excel"; without it the button is not offered. */
  selvtest?: SelvtestPort;
}

/**
 * The order of work, grouped by who does it as the navigation is, and the Excel tables each step
 * reads (names as the flows look them up).
 */
export const KOM_I_GANG: readonly { step: string; group: PanelGroup; needs: string }[] = [
  { step: "Disponeringsark (første gang)", group: "konsulent", needs: "en sagsliste, fx tabellen Sager (Cpr-nr., Foranstaltning, Konto, Takst, Startdato, Stopdato)" },
  { step: "Opdatér måned (hver måned)", group: "konsulent", needs: "det nye udtræk af sagslisten på et ark; disponeringsark, nøgletal og økonomitjek opdateres i ét tryk" },
  { step: "Økonomitjek (når du vil se en anden måned)", group: "konsulent", needs: "sidste måneds kopi af sagslisten og den aktuelle, på hver sit ark" },
  { step: "Prognose", group: "konsulent", needs: "tabellerne Budget, Forbrug og Budgetforudsætninger; gerne også Risikosager, Tilgang, PL, Regnskab og Sager" },
  { step: "Budgetbemærkninger", group: "controller", needs: "de samme tabeller som Prognose og de metoder, der er valgt dér" },
  { step: "Overblik", group: "controller", needs: "et ark med sagslisten (overskrifter i første række)" },
  { step: "Budgetmodel og Døgnskema", group: "tilbudsleder", needs: "gerne tabellerne Regnskab, Budget fra økonomisystemet og HÅP pr. funktionsniveau" },
];

// Lists keep their bullets and numbers inside the pane's padding.
const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groupTitle: { margin: 0 },
});

/** Kom i gang's steps under the heading of who takes them, numbered through in the order of the work. */
function KomIGang(): React.ReactElement {
  const styles = useStyles();
  let number = 1;
  return (
    <Stack gap="s">
      {GROUPS.map((g) => {
        const steps = KOM_I_GANG.filter((k) => k.group === g.id);
        if (steps.length === 0) return null;
        const start = number;
        number += steps.length;
        return (
          <Stack gap="s" key={g.id}>
            <Body1Strong as="h3" className={styles.groupTitle}>{g.title}</Body1Strong>
            <ol className={styles.list} start={start}>
              {steps.map((k) => (
                <li key={k.step}>
                  <Body1>
                    <strong>{k.step}</strong>: {k.needs}.
                  </Body1>
                </li>
              ))}
            </ol>
          </Stack>
        );
      })}
    </Stack>
  );
}

/** What the add-in offers, in the user's words, and the workbook's settings. */
export function OversigtPanel({ workbook, selvtest }: OversigtPanelProps): React.ReactElement {
  const [maskCpr, setMaskCpr] = React.useState(true);
  const [error, setError] = React.useState<PanelError | null>(null);
  const eksempel = useAction();
  const workbookChanged = useWorkbookChanged();
  // Example tables already in the workbook: a second set is inserted only when the user says so.
  const [already, setAlready] = React.useState<string[] | null>(null);
  // A stored value arriving after the user flipped the switch must not flip it back.
  const touched = React.useRef(false);
  React.useEffect(() => {
    let alive = true;
    void loadMaskCpr(workbook).then((on) => alive && !touched.current && setMaskCpr(on));
    return () => {
      alive = false;
    };
  }, [workbook]);

  const toggle = async (on: boolean) => {
    const before = maskCpr;
    touched.current = true;
    setMaskCpr(on);
    setError(null);
    try {
      await runExclusive(() => saveMaskCpr(workbook, on));
    } catch (e) {
      // The switch must show what is stored, or the next report would mask differently than shown.
      setMaskCpr(before);
      setError(errorOf(e, "Indstillingen kunne ikke gemmes i arbejdsbogen", "Tjek at arbejdsbogen kan redigeres, og prøv igen."));
    }
  };

  const insert = async () => {
    setAlready(null);
    const inserted = await eksempel.run("Indsætter eksempeltabellerne …", () => insertEksempelTables(workbook), "Eksempeltabellerne kunne ikke indsættes");
    // The other panels' lists now have the example tables to offer.
    if (inserted) workbookChanged();
  };
  const askFirst = async () => {
    let present: string[] = [];
    try {
      present = await eksempelTablesPresent(workbook);
    } catch {
      // Not knowing is no reason to stop: the insert itself never changes an existing table.
    }
    if (present.length > 0) setAlready(present);
    else await insert();
  };

  return (
    <Panel>
      <Stack gap="s">
        <Paragraph>
          Styringsark hjælper med økonomistyringen af det specialiserede socialområde: disponeringsark på cpr-niveau,
          helårspersoner og gennemsnitspriser, prognoser og budgetbemærkninger.
        </Paragraph>
        <Paragraph>
          Funktionerne kan skrives direkte i cellerne, fx <code>=SOC.HÅP(...)</code>, <code>=SOC.DISPONERET(...)</code> og{" "}
          <code>=SOC.GNSPRIS(...)</code>.
        </Paragraph>
      </Stack>
      <Section title="Kom i gang">
        <Paragraph>Tag panelerne i denne rækkefølge. Hvert panel læser Excel-tabeller med bestemte navne:</Paragraph>
        <KomIGang />
        <Paragraph>
          Sådan laver du en tabel: markér dine data med overskrifter i første række, vælg Indsæt → Tabel, og skriv tabellens
          navn (fx Forbrug) i feltet Tabelnavn under fanen Tabeldesign.
        </Paragraph>
        <Paragraph>
          Vil du først prøve med eksempeldata? Knappen indsætter Eksempel Kommunes tabeller (Sager, Budget, Forbrug,
          Budgetforudsætninger …) på nye ark. Dine egne ark og tabeller bliver ikke ændret.
        </Paragraph>
        <Button disabled={!!eksempel.busy} onClick={() => void askFirst()}>
          Indsæt eksempeltabeller
        </Button>
        {already && (
          <MessageBar intent="warning" layout="multiline" role="group" aria-label="Eksempeltabellerne er allerede indsat">
            <MessageBarBody>
              <MessageBarTitle>Eksempeltabellerne er allerede indsat</MessageBarTitle>
              {`Arbejdsbogen har allerede ${already.length === 1 ? "tabellen" : "tabellerne"} ${already.join(", ")}. `}
              Et sæt mere kommer på nye ark ved siden af med andre navne; panelerne læser fortsat de første.
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" ref={(b) => b?.focus()} onClick={() => void insert()}>Indsæt et sæt mere</Button>
              <Button onClick={() => setAlready(null)}>Annullér</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <Messages workbook={workbook} busy={eksempel.busy} errors={eksempel.errors} result={eksempel.result} scrollIntoView />
      </Section>
      <Section title="Cpr-numre">
        <Paragraph small>Cpr-numre forlader aldrig arbejdsbogen. Tilføjelsesprogrammet sender ingen data nogen steder hen.</Paragraph>
        <Switch label={MASK_SETTING_LABEL} checked={maskCpr} onChange={(_e, d) => void toggle(d.checked)} />
        <Paragraph small>
          Portefølje og Økonomitjek viser personer med et pseudonym i stedet for cpr-nummer og navn (samme person, samme pseudonym hver måned); du kan stadig ændre det for den enkelte rapport.
        </Paragraph>
        <Messages workbook={workbook} errors={error ? [error] : []} />
      </Section>
      {selvtest && <Selvtest port={selvtest} workbook={workbook} />}
    </Panel>
  );
}
