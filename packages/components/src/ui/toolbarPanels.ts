// What the on-demand panels chunk holds (see panels.ts). The triggers, and the state that outlives a panel (the
// views, a running export), stay in the first load.
export { ExportPanel } from '../ExportButton/ExportPanel.tsx';
export { ViewsDialog } from '../ViewsMenu/ViewsDialog.tsx';
export { ViewsMenuList } from '../ViewsMenu/ViewsMenuList.tsx';
