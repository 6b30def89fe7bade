/**
 * Neo4j habits on the embedded store: common Neo4j 5 spellings rewritten to
 * what Ladybug understands, where the rewrite gives the result Neo4j would
 * (checked against Ladybug 0.19.1; the list is in cypher/README.md,
 * "Neo4j spellings the console accepts"), and a message saying what to write
 * where no faithful rewrite exists. Works on tokens (strings, comments and
 * quoted names are never touched); the text between tokens is kept as typed.
 */
import { tokenize, type Token } from '../cypher-guard/tokenize.js';
import type { Dialect } from '@basketgraph/cypher';

/** A Neo4j spelling the embedded store has no faithful equivalent for; the message says what to write. */
export class CypherSpellingError extends Error {}

export interface AdaptedCypher {
  /** The text to run (the input itself when nothing was rewritten). */
  text: string;
  /** One line per kind of rewrite made, e.g. "toFloat(x) → CAST(x AS DOUBLE)". */
  rewrites: string[];
}

/** Words the embedded store's parser reserves (found by trying each as a label in Ladybug 0.19.1). */
const RESERVED = new Set(
  `ALL AND ANY ASC ASCENDING CASE CAST COLUMN CREATE DBTYPE DEFAULT DESC DESCENDING DISTINCT ELSE END ENDS EXISTS FALSE
   GLOB GROUP HEADERS IN INSTALL JOIN MACRO MULTI_JOIN NOT NONE NULL ON ONLY OPTIONAL OR ORDER PRIMARY PROFILE
   ROLLBACK_SKIP_CHECKPOINT SHORTEST STARTS TABLE THEN TRAIL TRUE UNION UNWIND WHEN WHERE WITH XOR SINGLE ACYCLIC WSHORTEST`.split(/\s+/),
);

/** Words whose `{ … }` holds a pattern or query, not a map. */
const SUBQUERY = new Set(['COUNT', 'EXISTS', 'COLLECT']);

type Rewrite = (args: string[]) => string;

/** Function rewrites by lower-case name and argument count. */
const FUNCTIONS: Record<string, { arity: number[]; note: string; to: Rewrite }> = {
  tointeger: {
    arity: [1],
    note: "toInteger(x) → CAST(list_extract(string_split(CAST(x AS STRING), '.'), 1) AS INT64) (truncates like Neo4j; a bare CAST rounds)",
    to: ([x]) => `CAST(list_extract(string_split(CAST(${x} AS STRING), '.'), 1) AS INT64)`,
  },
  tofloat: { arity: [1], note: 'toFloat(x) → CAST(x AS DOUBLE)', to: ([x]) => `CAST(${x} AS DOUBLE)` },
  round: {
    arity: [1],
    note: 'round(x) → floor(x + 0.5) (Neo4j rounds ties towards +∞; the store has no one-argument round)',
    to: ([x]) => `floor(${x} + 0.5)`,
  },
  head: { arity: [1], note: 'head(list) → list[1] (lists count from 1 here)', to: ([l]) => `(${l})[1]` },
  last: { arity: [1], note: 'last(list) → list[-1]', to: ([l]) => `(${l})[-1]` },
  type: { arity: [1], note: 'type(r) → label(r)', to: ([r]) => `label(${r})` },
  labels: {
    arity: [1],
    note: "labels(n) → [label(n)] (one label per node; the store's labels() returns a string)",
    to: ([n]) => `[label(${n})]`,
  },
  substring: {
    arity: [2, 3],
    note: 'substring(s, start, …) → substring(s, start + 1, …) (Neo4j counts from 0, the store from 1)',
    to: ([s, start, len]) => `substring(${s}, (${start}) + 1, ${len ?? `size(${s})`})`,
  },
  split: { arity: [2], note: 'split(s, sep) → string_split(s, sep)', to: ([s, sep]) => `string_split(${s}, ${sep})` },
  rand: { arity: [0], note: 'rand() → random()', to: () => 'random()' },
};

/** Neo4j functions with no faithful equivalent: what to write instead. */
const NO_EQUIVALENT: Record<string, string> = {
  tostring:
    'toString() has no faithful equivalent on the embedded store: CAST(x AS STRING) writes integers and text as Neo4j does, but floats with six decimals (3.5 → "3.500000") and booleans as "True"; write CAST(x AS STRING) if that is what you want',
  toboolean: 'toBoolean() has no equivalent on the embedded store: write CAST(x AS BOOLEAN) (an error, not null, on other text)',
  id: "id(n) is the store's internal position here ({offset, table}), not a number: every node has a key property, write n.id",
  elementid: 'elementId() does not exist on the embedded store: every node has a key property, write n.id',
  keys: 'keys() of a node does not exist on the embedded store: name the properties (the schema is in cypher/README.md)',
  properties: 'properties() does not exist on the embedded store: name the properties, e.g. RETURN n.id, n.country',
  datetime:
    "dates are ISO text in this graph (o.date = '2011-09-09', o.datetime): compare them as text, or write timestamp('2011-09-09 08:00:00')",
  localdatetime: "dates are ISO text in this graph: compare them as text, or write timestamp('2011-09-09 08:00:00')",
  duration: "duration() does not exist on the embedded store: write INTERVAL('3 days')",
  stdev: 'stDev() does not exist on the embedded store: compute it from sum(x), sum(x * x) and count(x)',
  stdevp: 'stDevP() does not exist on the embedded store: write sqrt(avg(x * x) - avg(x) * avg(x))',
  reduce: 'reduce() does not exist on the embedded store: use list_reduce(list, (acc, x) -> …) or an aggregate over UNWIND',
};

const isSym = (t: Token | undefined, s: string) => t?.kind === 'symbol' && t.text === s;
const quote = (name: string) => `\`${name}\``;

/** Index of the matching closing bracket for every opening one. */
function pairBrackets(tokens: Token[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'symbol') return;
    if ('([{'.includes(t.text)) open.push(i);
    else if (')]}'.includes(t.text) && open.length > 0) pairs.set(open.pop()!, i);
  });
  return pairs;
}

/** Rewrites Neo4j spellings for the embedded store; throws CypherSpellingError where none is faithful. */
export function adaptNeo4jSpellings(text: string): AdaptedCypher {
  let tokens: Token[];
  try {
    tokens = tokenize(text);
  } catch {
    return { text, rewrites: [] }; // the guard or the store reports the syntax error
  }
  const pairs = pairBrackets(tokens);
  const rewrites = new Set<string>();
  const end = (t: Token) => t.offset + t.text.length;

  /** Renders tokens [from, to) with the text between them, rewriting as it goes. */
  function render(from: number, to: number, inMap: boolean): string {
    if (from >= to) return '';
    let out = '';
    let pos = tokens[from].offset;
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      out += text.slice(pos, t.offset);
      pos = end(t);
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      if (t.kind === 'word' && isSym(next, '(') && !isSym(prev, '.') && pairs.has(i + 1)) {
        const name = t.text.toLowerCase();
        const close = pairs.get(i + 1)!;
        const args = splitArgs(i + 2, close);
        const rule = FUNCTIONS[name];
        if (rule && rule.arity.includes(args.length)) {
          out += rule.to(args.map(([a, b]) => render(a, b, false)));
          rewrites.add(rule.note);
          pos = end(tokens[close]);
          i = close;
          continue;
        }
        if (name === 'round' && args.length === 2 && tokens[args[1][0]].text === '0' && args[1][1] - args[1][0] === 1) {
          out += `floor(${render(args[0][0], args[0][1], false)} + 0.5)`;
          rewrites.add('round(x, 0) → floor(x + 0.5) (Neo4j rounds ties towards +∞ at precision 0)');
          pos = end(tokens[close]);
          i = close;
          continue;
        }
        if (name === 'round' && args.length === 3)
          throw new CypherSpellingError(
            'round() with a rounding mode does not exist on the embedded store: write round(x, precision) (ties away from zero) or floor/ceil',
          );
        if (NO_EQUIVALENT[name]) throw new CypherSpellingError(NO_EQUIVALENT[name]);
      }
      if (isSym(t, '{') && pairs.has(i)) {
        const close = pairs.get(i)!;
        const subquery = prev?.kind === 'word' && SUBQUERY.has(prev.text.toUpperCase());
        const inner =
          close > i + 1
            ? text.slice(pos, tokens[i + 1].offset) +
              render(i + 1, close, !subquery) +
              text.slice(end(tokens[close - 1]), tokens[close].offset)
            : text.slice(pos, tokens[close].offset);
        out += '{' + inner + '}';
        pos = end(tokens[close]);
        i = close;
        continue;
      }
      if (
        !inMap &&
        (isSym(t, ':') || isSym(t, '|')) &&
        !isSym(prev, ':') &&
        !isSym(next, ':') &&
        next?.kind === 'word' &&
        (isSym(t, ':') || isSym(tokens[i - 2], ':'))
      ) {
        // A label or relationship type: quote reserved words.
        out += t.text;
        if (isSym(t, ':') && isSym(tokens[i + 2], ':') && tokens[i + 3]?.kind !== 'symbol') {
          throw new CypherSpellingError(
            `"(${prev?.text ?? ''}:${next.text}:${tokens[i + 3].text})" means "${next.text} or ${tokens[i + 3].text}" on the embedded store but "both labels" in Neo4j; nodes have one label here: write :${next.text}|${tokens[i + 3].text} for either`,
          );
        }
        if (RESERVED.has(next.text.toUpperCase())) {
          out += text.slice(pos, next.offset) + quote(next.text);
          rewrites.add(`reserved words used as labels or types are quoted: :${next.text} → :${quote(next.text)}`);
          pos = end(next);
          i++;
        }
        continue;
      }
      if (
        t.kind === 'word' &&
        t.text.toUpperCase() === 'ORDER' &&
        !(next?.kind === 'word' && next.text.toUpperCase() === 'BY') &&
        !isSym(prev, ':')
      ) {
        out += quote(t.text);
        rewrites.add(`a variable, alias or property named ${t.text} is quoted: ${quote(t.text)}`);
        continue;
      }
      out += t.text;
    }
    return out;
  }

  /** Top-level comma-separated argument ranges between two token indexes. */
  function splitArgs(from: number, to: number): [number, number][] {
    if (from >= to) return [];
    const args: [number, number][] = [];
    let start = from;
    for (let i = from; i < to; i++) {
      if (pairs.has(i)) i = pairs.get(i)!;
      else if (isSym(tokens[i], ',')) {
        args.push([start, i]);
        start = i + 1;
      }
    }
    args.push([start, to]);
    return args;
  }

  if (tokens.length === 0) return { text, rewrites: [] };
  const body = render(0, tokens.length, false);
  const out = text.slice(0, tokens[0].offset) + body + text.slice(end(tokens[tokens.length - 1]));
  return { text: rewrites.size > 0 ? out : text, rewrites: [...rewrites] };
}

/** The one entry point for ad-hoc Cypher (admin mutation and CLI): Neo4j spellings adapted for the embedded store. */
export function adaptCypherForStore(text: string, dialect: Dialect): AdaptedCypher {
  return dialect === 'embedded' ? adaptNeo4jSpellings(text) : { text, rewrites: [] };
}
