import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { gemmNtModuleSource } from '../../scripts/build-wasm.mjs';

describe('the committed WebAssembly kernel', () => {
  it('when the kernel is assembled again from its source then the committed bytes are the same (npm run build:wasm -w analysis)', async () => {
    const committed = readFileSync(new URL('../../src/recommend/gemm-nt-wasm.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await gemmNtModuleSource());
  });
});
