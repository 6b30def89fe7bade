/**
 * PackStream (Bolt's binary value format), the subset a scripted server
 * needs. Decoding keeps the wire type visible: an INTEGER (markers
 * 0x00–0x7F, 0xF0–0xFF, 0xC8–0xCB) decodes to a BigInt and a FLOAT (0xC1) to
 * a number, so tests can tell what the driver actually sent.
 */

export class Struct {
  constructor(
    readonly tag: number,
    readonly fields: unknown[],
  ) {}
}

export class Reader {
  private at = 0;
  constructor(private readonly buf: Buffer) {}

  get done(): boolean {
    return this.at >= this.buf.length;
  }

  private u8(): number {
    return this.buf[this.at++];
  }

  private take(n: number): Buffer {
    const out = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }

  private size(marker: number, tiny: number, d8: number): number {
    if ((marker & 0xf0) === tiny) return marker & 0x0f;
    const width = marker - d8;
    const b = this.take(1 << width);
    return width === 0 ? b.readUInt8(0) : width === 1 ? b.readUInt16BE(0) : b.readUInt32BE(0);
  }

  value(): unknown {
    const m = this.u8();
    if (m < 0x80) return BigInt(m);
    if (m >= 0xf0) return BigInt(m - 0x100);
    if (m === 0xc0) return null;
    if (m === 0xc2) return false;
    if (m === 0xc3) return true;
    if (m === 0xc1) return this.take(8).readDoubleBE(0);
    if (m === 0xc8) return BigInt(this.take(1).readInt8(0));
    if (m === 0xc9) return BigInt(this.take(2).readInt16BE(0));
    if (m === 0xca) return BigInt(this.take(4).readInt32BE(0));
    if (m === 0xcb) return this.take(8).readBigInt64BE(0);
    if (m >= 0xcc && m <= 0xce) return Buffer.from(this.take(this.size(m, -1, 0xcc)));
    if ((m & 0xf0) === 0x80 || (m >= 0xd0 && m <= 0xd2)) return this.take(this.size(m, 0x80, 0xd0)).toString('utf8');
    if ((m & 0xf0) === 0x90 || (m >= 0xd4 && m <= 0xd6)) {
      const n = this.size(m, 0x90, 0xd4);
      return Array.from({ length: n }, () => this.value());
    }
    if ((m & 0xf0) === 0xa0 || (m >= 0xd8 && m <= 0xda)) {
      const n = this.size(m, 0xa0, 0xd8);
      const out: Record<string, unknown> = {};
      for (let i = 0; i < n; i++) out[this.value() as string] = this.value();
      return out;
    }
    if ((m & 0xf0) === 0xb0) {
      const n = m & 0x0f;
      const tag = this.u8();
      return new Struct(
        tag,
        Array.from({ length: n }, () => this.value()),
      );
    }
    throw new Error(`PackStream: unknown marker 0x${m.toString(16)}`);
  }
}

const header = (n: number, tiny: number, d8: number): Buffer => {
  if (n < 16 && tiny >= 0) return Buffer.from([tiny | n]);
  if (n < 0x100) return Buffer.from([d8, n]);
  if (n < 0x10000) return Buffer.from([d8 + 1, n >> 8, n & 0xff]);
  const b = Buffer.alloc(5);
  b[0] = d8 + 2;
  b.writeUInt32BE(n, 1);
  return b;
};

/** Encodes a value: JS numbers as FLOAT, BigInts as INTEGER (the server decides, as Neo4j does). */
export function pack(v: unknown): Buffer {
  if (v === null || v === undefined) return Buffer.from([0xc0]);
  if (v === true) return Buffer.from([0xc3]);
  if (v === false) return Buffer.from([0xc2]);
  if (typeof v === 'bigint') {
    if (v >= -16n && v < 128n) return Buffer.from([Number(v) & 0xff]);
    const b = Buffer.alloc(9);
    b[0] = 0xcb;
    b.writeBigInt64BE(v, 1);
    return b;
  }
  if (typeof v === 'number') {
    const b = Buffer.alloc(9);
    b[0] = 0xc1;
    b.writeDoubleBE(v, 1);
    return b;
  }
  if (typeof v === 'string') {
    const bytes = Buffer.from(v, 'utf8');
    return Buffer.concat([header(bytes.length, 0x80, 0xd0), bytes]);
  }
  if (Array.isArray(v)) return Buffer.concat([header(v.length, 0x90, 0xd4), ...v.map(pack)]);
  if (v instanceof Struct) return Buffer.concat([Buffer.from([0xb0 | v.fields.length, v.tag]), ...v.fields.map(pack)]);
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>);
    return Buffer.concat([header(entries.length, 0xa0, 0xd8), ...entries.flatMap(([k, x]) => [pack(k), pack(x)])]);
  }
  throw new Error(`PackStream: cannot pack ${typeof v}`);
}

/** Splits a message into Bolt chunks (≤ 65,535 bytes each) and ends it with 00 00. */
export function chunk(message: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < message.length; at += 0xffff) {
    const piece = message.subarray(at, at + 0xffff);
    parts.push(Buffer.from([piece.length >> 8, piece.length & 0xff]), piece);
  }
  parts.push(Buffer.from([0, 0]));
  return Buffer.concat(parts);
}
