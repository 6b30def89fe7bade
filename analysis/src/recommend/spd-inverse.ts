/**
 * Inverse of a dense symmetric positive definite matrix through a blocked
 * Cholesky factorisation, on row-major Float64Arrays. Used by EASE
 * (a few thousand items). Every inner loop is a dot product over contiguous
 * row segments of b×b blocks (a 2×2 register-tiled "C ±= X·Yᵀ" kernel), so
 * the working set of each step stays in cache.
 *
 *   G = L·Lᵀ (left-looking blocked Cholesky, L in the lower triangle),
 *   N = L⁻ᵀ (upper triangular, built block by block in the upper triangle),
 *   G⁻¹ = N·Nᵀ.
 * About n³ flops in all (n³/3 per stage). The block products run in a
 * WebAssembly SIMD kernel (wasm-gemm.ts) when the block size is a multiple of
 * 4: the matrix is copied into the kernel's memory, padded with identity rows
 * to a multiple of 4 (the inverse of the padded matrix holds the inverse of
 * the original in its top-left corner); otherwise, or with `simd: false`, in
 * the JavaScript kernel below. Both give the same inverse up to rounding.
 */
import { createGemmArena, type GemmNT } from './wasm-gemm.js';

/** C[i][j] += alpha · Σ_k X[i][k]·Y[j][k] for i < m, j < p, k < len (row-major, given offsets and strides). */
const gemmNT: GemmNT = function gemmNT(c, cOff, cStride, x, xOff, xStride, y, yOff, yStride, m, p, len, alpha) {
  let i = 0;
  for (; i + 3 < m; i += 4) {
    const x0 = xOff + i * xStride;
    const x1 = x0 + xStride;
    const x2 = x1 + xStride;
    const x3 = x2 + xStride;
    const c0 = cOff + i * cStride;
    let j = 0;
    for (; j + 1 < p; j += 2) {
      const y0 = yOff + j * yStride;
      const y1 = y0 + yStride;
      let s00 = 0,
        s01 = 0,
        s10 = 0,
        s11 = 0,
        s20 = 0,
        s21 = 0,
        s30 = 0,
        s31 = 0;
      for (let k = 0; k < len; k++) {
        const b0 = y[y0 + k],
          b1 = y[y1 + k];
        const a0 = x[x0 + k],
          a1 = x[x1 + k],
          a2 = x[x2 + k],
          a3 = x[x3 + k];
        s00 += a0 * b0;
        s01 += a0 * b1;
        s10 += a1 * b0;
        s11 += a1 * b1;
        s20 += a2 * b0;
        s21 += a2 * b1;
        s30 += a3 * b0;
        s31 += a3 * b1;
      }
      let q = c0 + j;
      c[q] += alpha * s00;
      c[q + 1] += alpha * s01;
      q += cStride;
      c[q] += alpha * s10;
      c[q + 1] += alpha * s11;
      q += cStride;
      c[q] += alpha * s20;
      c[q + 1] += alpha * s21;
      q += cStride;
      c[q] += alpha * s30;
      c[q + 1] += alpha * s31;
    }
    if (j < p) {
      const y0 = yOff + j * yStride;
      let s0 = 0,
        s1 = 0,
        s2 = 0,
        s3 = 0;
      for (let k = 0; k < len; k++) {
        const b = y[y0 + k];
        s0 += x[x0 + k] * b;
        s1 += x[x1 + k] * b;
        s2 += x[x2 + k] * b;
        s3 += x[x3 + k] * b;
      }
      c[c0 + j] += alpha * s0;
      c[c0 + cStride + j] += alpha * s1;
      c[c0 + 2 * cStride + j] += alpha * s2;
      c[c0 + 3 * cStride + j] += alpha * s3;
    }
  }
  for (; i + 1 < m; i += 2) {
    const x0 = xOff + i * xStride;
    const x1 = x0 + xStride;
    const c0 = cOff + i * cStride;
    const c1 = c0 + cStride;
    let j = 0;
    for (; j + 1 < p; j += 2) {
      const y0 = yOff + j * yStride;
      const y1 = y0 + yStride;
      let s00 = 0,
        s01 = 0,
        s10 = 0,
        s11 = 0;
      for (let k = 0; k < len; k++) {
        const a0 = x[x0 + k],
          a1 = x[x1 + k],
          b0 = y[y0 + k],
          b1 = y[y1 + k];
        s00 += a0 * b0;
        s01 += a0 * b1;
        s10 += a1 * b0;
        s11 += a1 * b1;
      }
      c[c0 + j] += alpha * s00;
      c[c0 + j + 1] += alpha * s01;
      c[c1 + j] += alpha * s10;
      c[c1 + j + 1] += alpha * s11;
    }
    if (j < p) {
      const y0 = yOff + j * yStride;
      let s0 = 0,
        s1 = 0;
      for (let k = 0; k < len; k++) {
        const b = y[y0 + k];
        s0 += x[x0 + k] * b;
        s1 += x[x1 + k] * b;
      }
      c[c0 + j] += alpha * s0;
      c[c1 + j] += alpha * s1;
    }
  }
  if (i < m) {
    const x0 = xOff + i * xStride;
    const c0 = cOff + i * cStride;
    for (let j = 0; j < p; j++) {
      const y0 = yOff + j * yStride;
      let s = 0;
      for (let k = 0; k < len; k++) s += x[x0 + k] * y[y0 + k];
      c[c0 + j] += alpha * s;
    }
  }
};

/**
 * Returns G⁻¹ (a new n×n row-major array) for a symmetric positive definite G.
 * Only G's lower triangle (diagonal included) is read; `g` is overwritten.
 * Throws when G is not (numerically) positive definite.
 * @param blockSize tile size b (default 64).
 */
export function invertSpdInPlace(g: Float64Array, n: number, blockSize = 64, options: { simd?: boolean } = {}): Float64Array {
  if (g.length < n * n) throw new Error('invertSpdInPlace: array smaller than n×n');
  const b = Math.max(2, blockSize);
  const padded = Math.ceil(n / 4) * 4;
  const arena = options.simd !== false && b % 4 === 0 ? createGemmArena(2 * padded * padded + (Math.ceil(padded / b) + 1) * b * b) : null;
  if (!arena) return invertBlocked(g, n, b, (length) => new Float64Array(length), gemmNT);
  const w = arena.alloc(padded * padded);
  for (let i = 0; i < n; i++) w.set(g.subarray(i * n, i * n + i + 1), i * padded);
  for (let i = n; i < padded; i++) w[i * padded + i] = 1;
  const p = invertBlocked(w, padded, b, (length) => arena.alloc(length), arena.gemmNT);
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) out.set(p.subarray(i * padded, i * padded + n), i * n);
  return out;
}

/** The blocked algorithm, with its work arrays from `alloc` and its block products by `mm`. */
function invertBlocked(g: Float64Array, n: number, b: number, alloc: (length: number) => Float64Array, mm: GemmNT): Float64Array {
  const nb = Math.ceil(n / b);
  const start = (blk: number) => blk * b;
  const size = (blk: number) => Math.min(b, n - blk * b);
  const off = (bi: number, bj: number) => start(bi) * n + start(bj);

  // 1. Left-looking blocked Cholesky: the lower triangle of g becomes L.
  const invDiag: Float64Array[] = []; // per block: L_KK⁻¹ transposed (upper), dense kb×kb
  for (let K = 0; K < nb; K++) {
    const kb = size(K);
    for (let M = 0; M < K; M++) {
      const mb = size(M);
      for (let I = K; I < nb; I++) {
        mm(g, off(I, K), n, g, off(I, M), n, g, off(K, M), n, size(I), kb, mb, -1);
      }
    }
    // Unblocked Cholesky of the diagonal block.
    const d = off(K, K);
    for (let j = 0; j < kb; j++) {
      const rj = d + j * n;
      let s = g[rj + j];
      for (let t = 0; t < j; t++) s -= g[rj + t] * g[rj + t];
      if (!(s > 0)) throw new Error(`invertSpdInPlace: matrix not positive definite at ${start(K) + j}`);
      const ljj = Math.sqrt(s);
      g[rj + j] = ljj;
      for (let i = j + 1; i < kb; i++) {
        const ri = d + i * n;
        let v = g[ri + j];
        for (let t = 0; t < j; t++) v -= g[ri + t] * g[rj + t];
        g[ri + j] = v / ljj;
      }
    }
    // Panel below: A_IK := A_IK · L_KK⁻ᵀ.
    for (let I = K + 1; I < nb; I++) {
      const o = off(I, K);
      for (let i = 0; i < size(I); i++) {
        const ri = o + i * n;
        for (let j = 0; j < kb; j++) {
          const rj = d + j * n;
          let v = g[ri + j];
          for (let t = 0; t < j; t++) v -= g[ri + t] * g[rj + t];
          g[ri + j] = v / g[rj + j];
        }
      }
    }
    // Inverse of the diagonal block (lower M = L_KK⁻¹), stored transposed (upper).
    const mt = alloc(kb * kb);
    for (let j = 0; j < kb; j++) {
      mt[j * kb + j] = 1 / g[d + j * n + j];
      for (let i = j + 1; i < kb; i++) {
        const ri = d + i * n;
        let s = 0;
        for (let t = j; t < i; t++) s += g[ri + t] * mt[j * kb + t];
        mt[j * kb + i] = -s / g[ri + i];
      }
    }
    invDiag.push(mt);
  }

  // 2. N = L⁻ᵀ into the upper triangle: for I > J, M_IJ = -M_II · Σ_{K=J}^{I-1} L_IK M_KJ, N_JI = M_IJᵀ.
  const t = alloc(b * b);
  for (let I = 1; I < nb; I++) {
    const ib = size(I);
    const mi = invDiag[I];
    for (let J = 0; J < I; J++) {
      const jb = size(J);
      t.fill(0);
      mm(t, 0, jb, g, off(I, J), n, invDiag[J], 0, jb, ib, jb, jb, 1);
      for (let K = J + 1; K < I; K++) mm(t, 0, jb, g, off(I, K), n, g, off(J, K), n, ib, jb, size(K), 1);
      // N_JI[j][i] = -Σ_{s<=i} M_II[i][s] · T[s][j], with M_II[i][s] = mi[s][i].
      const o = off(J, I);
      for (let i = 0; i < ib; i++) {
        for (let j = 0; j < jb; j++) {
          let s = 0;
          for (let q = 0; q <= i; q++) s += mi[q * ib + i] * t[q * jb + j];
          g[o + j * n + i] = -s;
        }
      }
    }
  }

  // 3. G⁻¹ = N·Nᵀ: P_IJ = Σ_{K>=J} N_IK N_JKᵀ for I <= J, mirrored.
  const p = alloc(n * n);
  for (let I = 0; I < nb; I++) {
    for (let J = I; J < nb; J++) {
      for (let K = J; K < nb; K++) {
        const kb = size(K);
        const [xa, xo, xs] = K === I ? [invDiag[I], 0, kb] : [g, off(I, K), n];
        const [ya, yo, ys] = K === J ? [invDiag[J], 0, kb] : [g, off(J, K), n];
        mm(p, off(I, J), n, xa, xo, xs, ya, yo, ys, size(I), size(J), kb, 1);
      }
      if (I !== J) {
        const o = off(I, J);
        const m = off(J, I);
        for (let i = 0; i < size(I); i++) for (let j = 0; j < size(J); j++) p[m + j * n + i] = p[o + i * n + j];
      }
    }
  }
  return p;
}
