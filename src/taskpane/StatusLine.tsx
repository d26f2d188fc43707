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

/** Several result lines (sheets written, then the problems found) as one live region. */
export function StatusLines({ lines }: { lines: readonly string[] }): React.ReactElement {
  return (
    <div role="status">
      {lines.map((s) => (
        <Body1 as="p" key={s}>
          {s}
        </Body1>
      ))}
    </div>
  );
}
