import * as React from "react";
import { Body1, Caption1, Switch } from "@fluentui/react-components";
import { loadMaskCpr, saveMaskCpr, type Workbook } from "../flows";
import { errorOf, Messages, type PanelError } from "./Messages";

export interface OversigtPanelProps {
  workbook: Workbook;
}

/** What the add-in offers, in the user's words, and the workbook's settings. */
export function OversigtPanel({ workbook }: OversigtPanelProps): React.ReactElement {
  const [maskCpr, setMaskCpr] = React.useState(true);
  const [error, setError] = React.useState<PanelError | null>(null);
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
      await saveMaskCpr(workbook, on);
    } catch (e) {
      // The switch must show what is stored, or the next report would mask differently than shown.
      setMaskCpr(before);
      setError(errorOf(e, "Indstillingen kunne ikke gemmes i arbejdsbogen", "Tjek at arbejdsbogen kan redigeres, og prøv igen."));
    }
  };

  return (
    <div>
      <Body1 as="p">
        Styringsark hjælper med økonomistyringen af det specialiserede socialområde: disponeringsark på cpr-niveau,
        helårspersoner og gennemsnitspriser, prognoser og budgetbemærkninger.
      </Body1>
      <Body1 as="p">
        Funktionerne kan skrives direkte i cellerne, fx <code>=SOC.HÅP(...)</code>, <code>=SOC.DISPONERET(...)</code> og{" "}
        <code>=SOC.GNSPRIS(...)</code>.
      </Body1>
      <Caption1 as="p">Cpr-numre forlader aldrig arbejdsbogen. Tilføjelsesprogrammet sender ingen data nogen steder hen.</Caption1>
      <Switch label="Masker cpr-numre i rapporter" checked={maskCpr} onChange={(_e, d) => void toggle(d.checked)} />
      <Caption1 as="p">
        Overblik, Portefølje og Økonomitjek viser cpr-numre som 010190-xxxx; du kan stadig ændre det for den enkelte rapport.
      </Caption1>
      <Messages workbook={workbook} errors={error ? [error] : []} />
    </div>
  );
}
