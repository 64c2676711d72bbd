#!/usr/bin/env node
// `npm start`: runs the TypeScript API through tsx in this very process (no build step, no child
// process), so SIGTERM/SIGINT reach api/main.ts's shutdown handler directly on Node 20 and 22.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
