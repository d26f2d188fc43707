// The workbook's "Masker personer i rapporter" as the initial value of a report's own checkbox: the user
// may still change it for one report without changing the workbook setting.
import * as React from "react";
import { loadMaskCpr, type Workbook } from "../flows";
import { paneMsg } from "./messages";

/** The one wording for masking, on every report's checkbox (and, with "i rapporter", the setting). */
export const MASK_LABEL = paneMsg.mask.label;
export const MASK_SETTING_LABEL = paneMsg.mask.settingLabel;

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
