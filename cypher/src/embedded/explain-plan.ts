/**
 * Reads the embedded store's `EXPLAIN` output: a drawing of boxes, one operator each, laid out in columns
 * of equal width (the widest box's, plus one space; the first box, the plan's title, has that width). Used to check that a key-lookup query starts from its key and never scans a table
 * that grows with the shop (cypher/test/key-lookup-plans.test.ts).
 */

export interface PlanOperator {
  /** e.g. `SCAN_NODE_TABLE` */
  name: string;
  /** The operator's number in the plan, e.g. 3 for `SCAN_NODE_TABLE[3]`. */
  id: number;
  /** Its detail lines without the timing counters (`Tables: Customer`, `Operators: SCAN_NODE_TABLE[3]`, …). */
  details: string[];
}

const COUNTERS = /^(NumOutputTuples|ExecutionTime|TotalTime):/;

/** Every operator box of an EXPLAIN drawing, in no particular order. */
export function parsePlan(drawing: string): PlanOperator[] {
  const lines = drawing.split('\n').map((l) => [...l]);
  const COLUMN_WIDTH =
    (lines
      .find((l) => l[0] === '┌')
      ?.join('')
      .trimEnd().length ?? 0) + 1;
  if (COLUMN_WIDTH < 2) return [];
  const columns = Math.ceil(Math.max(0, ...lines.map((l) => l.length)) / COLUMN_WIDTH);
  const operators: PlanOperator[] = [];
  for (let col = 0; col < columns; col++) {
    let box: string[] | null = null;
    for (const line of lines) {
      const cell = line.slice(col * COLUMN_WIDTH, col * COLUMN_WIDTH + COLUMN_WIDTH - 1).join('');
      if (cell.startsWith('┌')) box = [];
      else if (cell.startsWith('└') && box) {
        const title = /^([A-Z_]+)\[(\d+)\]$/.exec(box[0] ?? '');
        if (title) operators.push({ name: title[1], id: Number(title[2]), details: box.slice(1) });
        box = null;
      } else if (box) {
        const text = cell.replace(/│/g, '').trim();
        if (text && !/^-+$/.test(text) && !COUNTERS.test(text)) box.push(text);
      }
    }
  }
  return operators;
}

/** The table an operator reads (`Tables: Customer` → `Customer`), if it names one. */
export function tableOf(op: PlanOperator): string | undefined {
  return op.details.map((d) => /^Tables: (.+)$/.exec(d)?.[1]).find((t) => t !== undefined);
}

/**
 * Full scans of node tables outside `small`: `SCAN_NODE_TABLE` operators that no `SEMI_MASKER` restricts
 * to the nodes another branch of the plan found. A masked scan reads only those nodes' groups (its cost follows
 * the rows asked for); an unmasked one reads the whole table, whose size grows with the shop.
 */
export function unmaskedScans(plan: PlanOperator[], small: ReadonlySet<string>): PlanOperator[] {
  const masked = new Set<string>();
  for (const op of plan.filter((o) => o.name === 'SEMI_MASKER')) {
    // `Operators: SCAN_NODE_TABLE[3]`, further targets on the following lines.
    for (const d of op.details) for (const m of d.matchAll(/SCAN_NODE_TABLE\[(\d+)\]/g)) masked.add(m[1]);
  }
  return plan.filter((o) => o.name === 'SCAN_NODE_TABLE' && !masked.has(String(o.id)) && !small.has(tableOf(o) ?? ''));
}
