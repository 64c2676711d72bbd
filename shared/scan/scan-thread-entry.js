// A worker thread starts without its parent's tsx loader: register it here, then load the scan
// thread's TypeScript (the same way api/start.js and bin/veil.js start).
import { register } from 'tsx/esm/api';

register();
await import('./scan-thread-worker.ts');
