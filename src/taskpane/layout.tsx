// The pane's one layout system. Every panel is built from these few pieces, so spacing, headings and
// paragraphs look the same everywhere and fit a 320 px task pane:
// - `Panel`: the panel's column (its intro first), groups a large step apart;
// - `Section`: a group with its heading above, separated from the group before it by Fluent's
//   `Divider` (the same line on every panel, not one drawn by hand);
// - `Stack`: a column whose children stand apart by one of Fluent's spacing tokens;
// - `Paragraph`: text as its own block (Fluent's text components are inline: two of them side by
//   side run together, "…114,6 mio. kr.Der forventes…");
// - `Action`: a caption above the button it explains, never beside it.
// Controls take the full width (a select never cuts its text because a label beside it took the room).
import * as React from "react";
import { Body1, Caption1, Divider, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";

const GAPS = { s: tokens.spacingVerticalS, m: tokens.spacingVerticalM, l: tokens.spacingVerticalXL } as const;
export type Gap = keyof typeof GAPS;

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", alignItems: "stretch", minWidth: 0, margin: 0, padding: 0, border: "none" },
  s: { gap: GAPS.s },
  m: { gap: GAPS.m },
  l: { gap: GAPS.l },
  // The divider takes its own height only; the section's gap puts the heading a step below it.
  divider: { flexGrow: 0 },
  heading: { margin: 0 },
  paragraph: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface StackProps extends React.HTMLAttributes<HTMLElement> {
  gap?: Gap;
  /** For `as="form"`: the panel checks its fields itself and says why in Danish. */
  noValidate?: boolean;
  /** The element to render; a form or section keeps its role. */
  as?: "div" | "section" | "form";
  children?: React.ReactNode;
}

/** A column whose children stand `gap` apart (Fluent spacing tokens) and take its full width. */
export const Stack = React.forwardRef<HTMLElement, StackProps>(
  function Stack({ gap = "m", as = "div", className, children, ...rest }, ref) {
    const styles = useStyles();
    return React.createElement(as, { ...rest, ref, className: mergeClasses(styles.stack, styles[gap], className) }, children);
  },
);

/** A panel: its intro, then its groups a large step apart. */
export function Panel({ intro, children, ...rest }: { intro?: React.ReactNode } & Omit<StackProps, "gap">): React.ReactElement {
  return (
    <Stack gap="l" {...rest}>
      {intro !== undefined && <Paragraph>{intro}</Paragraph>}
      {children}
    </Stack>
  );
}

/** A group of a panel: a heading above its content, a line between it and the group before. */
export function Section({ title, label, children, className }: {
  /** The heading; without one the group is named by `label` alone. */
  title?: React.ReactNode;
  /** The region's accessible name (defaults to the title when that is text). */
  label?: string;
  children?: React.ReactNode;
  className?: string;
}): React.ReactElement {
  const styles = useStyles();
  return (
    <Stack as="section" gap="m" aria-label={label ?? (typeof title === "string" ? title : undefined)} className={className}>
      <Divider className={styles.divider} />
      {title !== undefined && <Subtitle2 as="h2" className={styles.heading}>{title}</Subtitle2>}
      {children}
    </Stack>
  );
}

/** A paragraph as its own block; `small` for a caption, muted. */
export function Paragraph({ children, small = false, id, className }: { children?: React.ReactNode; small?: boolean; id?: string; className?: string }): React.ReactElement {
  const styles = useStyles();
  const Text = small ? Caption1 : Body1;
  return (
    <Text as="p" block id={id} className={mergeClasses(styles.paragraph, small && styles.muted, className)}>
      {children}
    </Text>
  );
}

/** A button (or a few) with the caption that explains it standing above it. */
export function Action({ caption, captionId, children }: { caption?: React.ReactNode; captionId?: string; children: React.ReactNode }): React.ReactElement {
  return (
    <Stack gap="s">
      {caption !== undefined && <Paragraph small id={captionId}>{caption}</Paragraph>}
      {children}
    </Stack>
  );
}
