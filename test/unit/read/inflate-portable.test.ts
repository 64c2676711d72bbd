import { beforeAll, expect, it, vi } from 'vitest';
import { describeInflatePath } from '../../support/inflate-contract';

/**
 * Where DecompressionStream lacks 'deflate-raw' (older browsers), the reader falls back to fflate.
 * Node always has it, so this file takes it away (each test file runs in its own module graph)
 * and checks the fallback reads and defends exactly like the native path.
 */
beforeAll(() => {
  vi.stubGlobal(
    'DecompressionStream',
    class {
      constructor() {
        throw new TypeError('unsupported format');
      }
    },
  );
});

it('runs without the platform inflater, so the reads below go through fflate', () => {
  expect(() => new DecompressionStream('deflate-raw')).toThrow(TypeError);
});

describeInflatePath('portable (fflate) inflate path');
