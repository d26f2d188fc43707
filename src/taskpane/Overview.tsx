import * as React from "react";
import { Body1, Caption1 } from "@fluentui/react-components";

/** What the add-in offers, in the user's words. */
export function Overview(): React.ReactElement {
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
    </div>
  );
}
