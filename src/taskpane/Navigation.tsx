// The pane's navigation in one row at any width: the tabs that fit, in the order of the work, and a
// "Flere" menu with the rest, grouped by who does them (økonomikonsulent, controller, tilbudsleder).
// The tab shown is always among the visible tabs. Fluent's Overflow measures the row and hides the
// tabs that do not fit (display: none, so they are no Tab stops); the menu is reached by Tab after
// the tabs, opened with Enter or Space, walked with the arrow keys, and closed with Escape.
import * as React from "react";
import {
  makeStyles, Menu, MenuButton, MenuGroup, MenuGroupHeader, MenuItem, MenuList, MenuPopover, MenuTrigger, Overflow, OverflowItem, Tab, TabList,
  useOverflowMenu, useOverflowVisibility,
} from "@fluentui/react-components";
import { GROUPS } from "./panelGroups";
import type { PanelDef } from "./panels";

const useStyles = makeStyles({
  // The row is the measured container: the tab list takes what the menu leaves.
  row: { display: "flex", flexWrap: "nowrap", alignItems: "center", minWidth: 0, overflow: "hidden" },
  tabs: { flexWrap: "nowrap", minWidth: 0 },
  more: { flexShrink: 0, minWidth: "auto" },
});

export interface NavigationProps {
  panels: readonly PanelDef[];
  selected: string;
  onSelect: (id: string) => void;
}

export function Navigation({ panels, selected, onSelect }: NavigationProps): React.ReactElement {
  const styles = useStyles();
  return (
    <nav aria-label="Funktioner">
      <Overflow padding={4}>
        <div className={styles.row}>
          <TabList className={styles.tabs} size="small" selectedValue={selected} onTabSelect={(_e, d) => onSelect(String(d.value))}>
            {panels.map((p) => (
              // The shown panel's tab never goes into the menu.
              <OverflowItem key={p.id} id={p.id} pinned={p.id === selected}>
                <Tab value={p.id}>{p.title}</Tab>
              </OverflowItem>
            ))}
          </TabList>
          <MoreMenu panels={panels} onSelect={onSelect} className={styles.more} />
        </div>
      </Overflow>
    </nav>
  );
}

/** "Flere (n)": the tabs that did not fit, under the heading of who does them. */
function MoreMenu({ panels, onSelect, className }: { panels: readonly PanelDef[]; onSelect: (id: string) => void; className: string }): React.ReactElement | null {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  const { itemVisibility } = useOverflowVisibility();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton ref={ref} appearance="subtle" size="small" className={className} aria-label={`Flere funktioner (${overflowCount})`}>
          {`Flere (${overflowCount})`}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {GROUPS.map((g) => (
            <HiddenGroup key={g.id} title={g.title} panels={panels.filter((p) => (p.group ?? "start") === g.id && itemVisibility[p.id] === false)} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** One group of the menu: its heading when it has a hidden tab, and those tabs. */
function HiddenGroup({ title, panels: hidden, onSelect }: { title: string; panels: readonly PanelDef[]; onSelect: (id: string) => void }): React.ReactElement | null {
  if (hidden.length === 0) return null;
  return (
    <MenuGroup>
      <MenuGroupHeader>{title}</MenuGroupHeader>
      {hidden.map((p) => (
        <MenuItem key={p.id} onClick={() => onSelect(p.id)}>{p.title}</MenuItem>
      ))}
    </MenuGroup>
  );
}
