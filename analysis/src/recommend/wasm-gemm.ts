/**
 * The WebAssembly SIMD version of spd-inverse's GEMM kernel (≈ 3× the plain
 * JavaScript kernel here: 13 vs 4.5 GFLOP/s), with the memory it works in:
 * every operand must live in one WebAssembly memory, so the inverse
 * allocates its work arrays from an arena of exactly the size it needs.
 * Source: analysis/scripts/gemm-nt-wat.mjs; bytes: gemm-nt-wasm.ts.
 */
import { GEMM_NT_WASM_BASE64 } from './gemm-nt-wasm.js';

/** C[cOff + i·cStride + j] += alpha · Σ_k X[xOff + i·xStride + k] · Y[yOff + j·yStride + k]. */
export type GemmNT = (
  c: Float64Array,
  cOff: number,
  cStride: number,
  x: Float64Array,
  xOff: number,
  xStride: number,
  y: Float64Array,
  yOff: number,
  yStride: number,
  m: number,
  p: number,
  len: number,
  alpha: number,
) => void;

export interface GemmArena {
  /** A zeroed array of `length` doubles inside the arena. */
  alloc(length: number): Float64Array;
  /** The SIMD kernel: m must be a multiple of 4, p and len of 2, all arrays from `alloc`. */
  gemmNT: GemmNT;
}

let compiled: WebAssembly.Module | null | undefined;

function gemmModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    const bytes = Buffer.from(GEMM_NT_WASM_BASE64, 'base64');
    compiled = WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
  }
  return compiled;
}

const PAGE = 65_536;

/** An arena of `doubles` doubles with the kernel bound to it; null where WebAssembly SIMD is unavailable or the size too big. */
export function createGemmArena(doubles: number): GemmArena | null {
  const module = gemmModule();
  const pages = Math.ceil((doubles * 8) / PAGE) + 1;
  if (!module || pages > 65_536) return null;
  const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
  const kernel = new WebAssembly.Instance(module, { env: { memory } }).exports.gemmNT as (...args: number[]) => void;
  let next = 0;
  return {
    alloc(length) {
      if ((next + length) * 8 > memory.buffer.byteLength) throw new Error('GemmArena: out of space');
      const a = new Float64Array(memory.buffer, next * 8, length);
      next += length + (length & 1); // keep 16-byte alignment
      return a;
    },
    gemmNT(c, cOff, cStride, x, xOff, xStride, y, yOff, yStride, m, p, len, alpha) {
      kernel(
        c.byteOffset + cOff * 8,
        cStride * 8,
        x.byteOffset + xOff * 8,
        xStride * 8,
        y.byteOffset + yOff * 8,
        yStride * 8,
        m,
        p,
        len * 8,
        alpha,
      );
    },
  };
}
