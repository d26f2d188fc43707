// The workbook's "Masker CPR i rapporter" as the initial value of a report's own checkbox: the user
// may still change it for one report without changing the workbook setting.
import * as React from "react";
import { loadMaskCpr, type Workbook } from "../flows";

/** [value, setValue]: the setting until the user changes the checkbox, then the user's choice. */
export function useMaskCprChoice(workbook: Pick<Workbook, "loadSetting">): [boolean, (on: boolean) => void] {
  const [fromSetting, setFromSetting] = React.useState(true);
  const [chosen, setChosen] = React.useState<boolean | null>(null);
  React.useEffect(() => {
    let alive = true;
    void loadMaskCpr(workbook).then((on) => alive && setFromSetting(on));
    return () => {
      alive = false;
    };
  }, [workbook]);
  return [chosen ?? fromSetting, setChosen];
}
