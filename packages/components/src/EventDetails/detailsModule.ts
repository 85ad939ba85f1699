// What the on-demand details chunk holds: the event details panel and the JSON tree (see LazyEventDetails.tsx).
export { EventDetails } from './EventDetails.tsx';
export { JsonTree } from './JsonTree.tsx';
