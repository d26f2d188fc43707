import * as React from "react";
import { Body1 } from "@fluentui/react-components";

export interface PanelStatus {
  intent: "success" | "error";
  text: string;
}

/**
 * One line of result or error as a live region. Plain text rather than Fluent's MessageBar, which
 * measures itself with ResizeObserver and needs none of that for one line.
 */
export function StatusLine({ status }: { status: PanelStatus | null }): React.ReactElement | null {
  if (!status) return null;
  return (
    <Body1 as="p" role={status.intent === "error" ? "alert" : "status"}>
      {status.text}
    </Body1>
  );
}
