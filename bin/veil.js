#!/usr/bin/env node
// `npx veil …` entry: runs the TypeScript CLI through tsx, so no build step is needed after npm install.
import { register } from 'tsx/esm/api';

register();
await import('./veil.ts');
