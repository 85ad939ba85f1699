// What the on-demand views chunk holds: the open menu and the save/manage dialog (see ViewsMenu.tsx). The menu
// button and the views themselves (useAuditViews: a default view applies on load) stay in the first load.
export { ViewsDialog } from './ViewsDialog.tsx';
export { ViewsMenuList } from './ViewsMenuList.tsx';
