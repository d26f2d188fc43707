// Rendering a task-pane panel and acting on it as a user does (@testing-library/user-event).
import * as React from "react";
import { configure, render, screen } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";

// On a shared 2-core machine a Fluent panel can take over a second to settle: waitFor's default of
// 1 s made these tests flaky without anything being wrong.
configure({ asyncUtilTimeout: 5000, defaultHidden: true });

export const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

export type User = ReturnType<typeof userEvent.setup>;

// No delay between keys and no pointer-events check (it calls getComputedStyle up the tree per event).
export const user = (): User => userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

/** Replaces a field's text as a user does: clear it, then paste (one input event instead of one per key). */
export async function fill(u: User, box: HTMLElement, value: string): Promise<void> {
  await u.clear(box);
  if (value !== "") await u.paste(value);
}

export const textbox = (name: string | RegExp) => screen.getByRole("textbox", { name });
