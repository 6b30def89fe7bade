/**
 * The WebAssembly text of the GEMM kernel behind the dense SPD inverse (EASE):
 *   C[i][j] += alpha · Σ_k X[i][k] · Y[j][k]   (row-major; i < m, j < p, k < len)
 * with f64x2 SIMD along k and a 4×2 block of accumulators. Pointers and row
 * strides are in bytes; m must be a multiple of 4, p of 2, len (in bytes) of 16.
 * Written out by a loop because WAT has no macros; `npm run build:wasm -w analysis`
 * assembles it into src/recommend/gemm-nt-wasm.ts.
 */
const R = 4;
const S = 2;
const acc = [];
for (let r = 0; r < R; r++) for (let s = 0; s < S; s++) acc.push(`$a${r}${s}`);

export function gemmNtWat() {
  const w = [];
  w.push('(module');
  w.push('  (import "env" "memory" (memory 1 65536))');
  w.push('  (func (export "gemmNT") (param $c i32) (param $cs i32) (param $x i32) (param $xs i32) (param $y i32) (param $ys i32)');
  w.push('        (param $m i32) (param $p i32) (param $lenBytes i32) (param $alpha f64)');
  w.push('    (local $i i32) (local $j i32) (local $k i32) (local $cp i32)');
  w.push(`    ${Array.from({ length: R }, (_, r) => `(local $x${r} i32)`).join(' ')} (local $y0 i32) (local $y1 i32)`);
  w.push(`    (local $b0 v128) (local $b1 v128) (local $t v128) ${acc.map((a) => `(local ${a} v128)`).join(' ')}`);
  w.push('    (block $iDone (loop $iLoop');
  w.push('      (br_if $iDone (i32.ge_u (local.get $i) (local.get $m)))');
  w.push('      (local.set $x0 (i32.add (local.get $x) (i32.mul (local.get $i) (local.get $xs))))');
  for (let r = 1; r < R; r++) w.push(`      (local.set $x${r} (i32.add (local.get $x${r - 1}) (local.get $xs)))`);
  w.push('      (local.set $j (i32.const 0))');
  w.push('      (block $jDone (loop $jLoop');
  w.push('        (br_if $jDone (i32.ge_u (local.get $j) (local.get $p)))');
  w.push('        (local.set $y0 (i32.add (local.get $y) (i32.mul (local.get $j) (local.get $ys))))');
  w.push('        (local.set $y1 (i32.add (local.get $y0) (local.get $ys)))');
  for (const a of acc) w.push(`        (local.set ${a} (v128.const f64x2 0 0))`);
  w.push('        (local.set $k (i32.const 0))');
  w.push('        (block $kDone (loop $kLoop');
  w.push('          (br_if $kDone (i32.ge_u (local.get $k) (local.get $lenBytes)))');
  w.push('          (local.set $b0 (v128.load (i32.add (local.get $y0) (local.get $k))))');
  w.push('          (local.set $b1 (v128.load (i32.add (local.get $y1) (local.get $k))))');
  for (let r = 0; r < R; r++) {
    w.push(`          (local.set $t (v128.load (i32.add (local.get $x${r}) (local.get $k))))`);
    for (let s = 0; s < S; s++)
      w.push(`          (local.set $a${r}${s} (f64x2.add (local.get $a${r}${s}) (f64x2.mul (local.get $t) (local.get $b${s}))))`);
  }
  w.push('          (local.set $k (i32.add (local.get $k) (i32.const 16)))');
  w.push('          (br $kLoop)))');
  for (let r = 0; r < R; r++) {
    for (let s = 0; s < S; s++) {
      w.push(
        `        (local.set $cp (i32.add (i32.add (local.get $c) (i32.mul (i32.add (local.get $i) (i32.const ${r})) (local.get $cs))) (i32.shl (i32.add (local.get $j) (i32.const ${s})) (i32.const 3))))`,
      );
      w.push(
        `        (f64.store (local.get $cp) (f64.add (f64.load (local.get $cp)) (f64.mul (local.get $alpha) (f64.add (f64x2.extract_lane 0 (local.get $a${r}${s})) (f64x2.extract_lane 1 (local.get $a${r}${s}))))))`,
      );
    }
  }
  w.push('        (local.set $j (i32.add (local.get $j) (i32.const 2)))');
  w.push('        (br $jLoop)))');
  w.push('      (local.set $i (i32.add (local.get $i) (i32.const 4)))');
  w.push('      (br $iLoop)))');
  w.push('  )');
  w.push(')');
  return w.join('\n') + '\n';
}
