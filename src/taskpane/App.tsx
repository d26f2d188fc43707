import * as React from "react";
import { Caption1, makeStyles, MessageBar, MessageBarBody, Title3, tokens } from "@fluentui/react-components";
import type { SelvtestPort, Workbook } from "../flows";
import { Navigation } from "./Navigation";
import { PANELS, type PanelDef } from "./panels";
import { useRevisionSource, WorkbookRevisionContext } from "./useWorkbookRevision";

const useStyles = makeStyles({
  // Never sideways scrolling at 320 px: a native <select> is as wide as its longest option and a
  // flex or grid child as wide as its content unless allowed to shrink, so every control may shrink
  // to the pane and long words wrap.
  root: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0, maxWidth: "100%", boxSizing: "border-box",
    overflowWrap: "anywhere",
    "& select": { minWidth: 0, maxWidth: "100%", width: "100%", textOverflow: "ellipsis" },
    "& .fui-Select, & .fui-Input, & .fui-Field, & .fui-Textarea": { minWidth: 0, maxWidth: "100%" },
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  workbook: Workbook;
  /** Panels to offer; defaults to every registered panel. */
  panels?: PanelDef[];
  /** Why this Excel cannot run the add-in (missing requirement sets), in Danish; shown first. */
  hostProblem?: string | null;
  /** The host checks of "Kontrollér Excel" on Oversigt. */
  selvtest?: SelvtestPort;
}

export function App({ workbook, panels = PANELS, hostProblem = null, selvtest }: AppProps): React.ReactElement {
  const styles = useStyles();
  const [fileName, setFileName] = React.useState<string | null>(null);
  const [selected, setSelected] = React.useState(panels[0]?.id ?? "");
  React.useEffect(() => {
    let alive = true;
    workbook.name().then(
      (name) => alive && setFileName(name),
      () => alive && setFileName(""),
    );
    return () => {
      alive = false;
    };
  }, [workbook]);
  const panel = panels.find((p) => p.id === selected) ?? panels[0];
  const revision = useRevisionSource(panel?.id ?? "");
  const [opened, setOpened] = React.useState<string[]>(panel ? [panel.id] : []);
  React.useEffect(() => {
    if (panel && !opened.includes(panel.id)) setOpened((o) => [...o, panel.id]);
  }, [panel, opened]);
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">Styringsark</Title3>
        <Caption1 className={styles.muted} aria-live="polite">
          {fileName === null ? "Finder arbejdsbogen …" : fileName ? `Arbejdsbog: ${fileName}` : "Arbejdsbogen kunne ikke læses"}
        </Caption1>
      </header>
      {hostProblem && (
        <MessageBar intent="error">
          <MessageBarBody>{hostProblem}</MessageBarBody>
        </MessageBar>
      )}
      <Navigation panels={panels} selected={panel?.id ?? ""} onSelect={setSelected} />
      {/* A panel is mounted when first opened and then kept (hidden) while another tab is shown: the
          source read, the check, the results and the outcome of a write still running survive a
          change of tab. */}
      <WorkbookRevisionContext.Provider value={revision}>
        {panels
          .filter((p) => opened.includes(p.id))
          .map((p) => (
            <section key={p.id} aria-label={p.title} hidden={p.id !== panel?.id}>
              {p.render(workbook, { selvtest })}
            </section>
          ))}
      </WorkbookRevisionContext.Provider>
    </main>
  );
}
