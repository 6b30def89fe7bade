/**
 * A Cypher lexer for the read-only guard: strings, comments and quoted
 * names become single tokens, so keywords hidden inside them are not
 * mistaken for clauses and clauses cannot hide behind them. Unterminated
 * strings, comments or quoted names are errors.
 */
export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'param' | 'symbol';

export interface Token {
  kind: TokenKind;
  text: string;
  offset: number;
}

export class TokenizeError extends Error {}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (/\s/u.test(c)) {
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new TokenizeError(`unterminated comment at offset ${i}`);
      i = end + 2;
    } else if (c === "'" || c === '"') {
      const start = i++;
      for (;;) {
        if (i >= n) throw new TokenizeError(`unterminated string at offset ${start}`);
        if (text[i] === '\\') i += 2;
        else if (text[i] === c) break;
        else i++;
      }
      i++;
      tokens.push({ kind: 'string', text: text.slice(start, i), offset: start });
    } else if (c === '`') {
      const start = i++;
      for (;;) {
        if (i >= n) throw new TokenizeError(`unterminated quoted name at offset ${start}`);
        if (text[i] === '`' && text[i + 1] === '`') i += 2;
        else if (text[i] === '`') break;
        else i++;
      }
      i++;
      tokens.push({ kind: 'quoted', text: text.slice(start, i), offset: start });
    } else if (c === '$') {
      const start = i++;
      while (i < n && WORD_PART.test(text[i])) i++;
      tokens.push({ kind: 'param', text: text.slice(start, i), offset: start });
    } else if (WORD_START.test(c)) {
      const start = i;
      while (i < n && WORD_PART.test(text[i])) i++;
      tokens.push({ kind: 'word', text: text.slice(start, i), offset: start });
    } else if (/[0-9]/.test(c)) {
      const start = i;
      while (i < n && /[0-9A-Za-z_.]/.test(text[i]) && !(text[i] === '.' && text[i + 1] === '.')) i++;
      tokens.push({ kind: 'number', text: text.slice(start, i), offset: start });
    } else {
      tokens.push({ kind: 'symbol', text: c, offset: i });
      i++;
    }
  }
  return tokens;
}
