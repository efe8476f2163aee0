// Kept only for test/bench/idle-cost.ts, which imports descendantPids from here: the process-tree
// helpers now live in process-tree.ts and the kiosk launcher in cli-kiosk.ts. Delete this file once
// the bench imports process-tree.js.
export { childPids, descendantPids } from './process-tree.js';
