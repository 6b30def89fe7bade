/**
 * A scripted Bolt 5.4 server on 127.0.0.1 for wire tests: the real
 * neo4j-driver connects to it, and the test answers each RUN from a script
 * and reads back every message the driver sent, with PackStream types kept
 * (integers as BigInt, floats as number).
 *
 * Covers what the adapter uses: handshake, HELLO, LOGON, TELEMETRY, BEGIN,
 * RUN, PULL (in pages of `n`), DISCARD, COMMIT, ROLLBACK, RESET, GOODBYE,
 * the FAILED state (IGNORED until RESET), and commit bookmarks.
 */
import net from 'node:net';
import { chunk, pack, Reader, Struct } from './packstream.js';

const NAMES: Record<number, string> = {
  0x01: 'HELLO',
  0x02: 'GOODBYE',
  0x0f: 'RESET',
  0x10: 'RUN',
  0x11: 'BEGIN',
  0x12: 'COMMIT',
  0x13: 'ROLLBACK',
  0x2f: 'DISCARD',
  0x3f: 'PULL',
  0x54: 'TELEMETRY',
  0x66: 'ROUTE',
  0x6a: 'LOGON',
  0x6b: 'LOGOFF',
};
const SUCCESS = 0x70;
const RECORD = 0x71;
const IGNORED = 0x7e;
const FAILURE = 0x7f;

export interface BoltMessage {
  connection: number;
  name: string;
  fields: unknown[];
}

export interface RunRequest {
  query: string;
  params: Record<string, unknown>;
  /** RUN's extra map (auto-commit) or, inside a transaction, BEGIN's. */
  extra: Record<string, unknown>;
  inTransaction: boolean;
  connection: number;
}

export type Answer = { fields: string[]; records?: unknown[][] } | { failure: { code: string; message: string } };

interface Pending {
  records: unknown[][];
}

class Connection {
  private buffered = Buffer.alloc(0);
  private parts: Buffer[] = [];
  private shaken = false;
  private failed = false;
  private tx: Record<string, unknown> | null = null;
  private readonly results: Pending[] = [];

  constructor(
    private readonly socket: net.Socket,
    private readonly id: number,
    private readonly server: ScriptedBoltServer,
  ) {
    socket.on('data', (data) => this.receive(data));
    socket.on('error', () => undefined);
  }

  private send(tag: number, ...fields: unknown[]): void {
    this.socket.write(chunk(pack(new Struct(tag, fields))));
  }

  private receive(data: Buffer): void {
    this.buffered = Buffer.concat([this.buffered, data]);
    if (!this.shaken) {
      if (this.buffered.length < 20) return;
      if (this.buffered.readUInt32BE(0) !== 0x6060b017) return void this.socket.destroy();
      const offers = [4, 8, 12, 16].map((at) => this.buffered.readUInt32BE(at));
      // [reserved, range, minor, major]: accept 5.4 when a 5.x range offered covers it.
      const fits = offers.some((o) => (o & 0xff) === 5 && ((o >> 8) & 0xff) >= 4 && ((o >> 8) & 0xff) - ((o >> 16) & 0xff) <= 4);
      this.socket.write(Buffer.from(fits ? [0, 0, 4, 5] : [0, 0, 0, 0]));
      this.buffered = this.buffered.subarray(20);
      this.shaken = true;
    }
    while (this.buffered.length >= 2) {
      const size = this.buffered.readUInt16BE(0);
      if (this.buffered.length < 2 + size) return;
      const piece = this.buffered.subarray(2, 2 + size);
      this.buffered = this.buffered.subarray(2 + size);
      if (size > 0) this.parts.push(piece);
      else if (this.parts.length > 0) {
        const message = new Reader(Buffer.concat(this.parts)).value() as Struct;
        this.parts = [];
        this.handle(NAMES[message.tag] ?? `0x${message.tag.toString(16)}`, message.fields);
      }
    }
  }

  private handle(name: string, fields: unknown[]): void {
    this.server.messages.push({ connection: this.id, name, fields });
    if (name === 'GOODBYE') return void this.socket.end();
    if (name === 'RESET') {
      this.failed = false;
      this.tx = null;
      this.results.length = 0;
      return this.send(SUCCESS, {});
    }
    if (this.failed) return this.send(IGNORED);
    switch (name) {
      case 'HELLO':
        return this.send(SUCCESS, { server: 'Neo4j/5.26.0', connection_id: `bolt-${this.id}`, hints: {} });
      case 'LOGON':
      case 'LOGOFF':
      case 'TELEMETRY':
        return this.send(SUCCESS, {});
      case 'BEGIN':
        this.tx = fields[0] as Record<string, unknown>;
        return this.send(SUCCESS, {});
      case 'RUN':
        return this.run(fields);
      case 'PULL':
      case 'DISCARD':
        return this.pull(name, fields[0] as { n: bigint; qid?: bigint });
      case 'COMMIT':
        this.tx = null;
        return this.send(SUCCESS, { bookmark: this.server.nextBookmark() });
      case 'ROLLBACK':
        this.tx = null;
        return this.send(SUCCESS, {});
      default:
        this.failed = true;
        return this.send(FAILURE, { code: 'Neo.ClientError.Request.Invalid', message: `the scripted server does not speak ${name}` });
    }
  }

  private run(fields: unknown[]): void {
    const [query, params, extra] = fields as [string, Record<string, unknown>, Record<string, unknown>];
    const answer = this.server.answer({ query, params, extra: this.tx ?? extra, inTransaction: this.tx !== null, connection: this.id });
    if ('failure' in answer) {
      this.failed = true;
      return this.send(FAILURE, answer.failure);
    }
    this.results.push({ records: [...(answer.records ?? [])] });
    this.send(SUCCESS, { fields: answer.fields, t_first: 0n, ...(this.tx ? { qid: BigInt(this.results.length - 1) } : {}) });
  }

  private pull(name: string, { n }: { n: bigint }): void {
    const result = this.results[this.results.length - 1];
    if (!result) return this.send(SUCCESS, { has_more: false });
    const take = name === 'DISCARD' ? 0 : n < 0n ? result.records.length : Number(n);
    for (const record of result.records.splice(0, take)) this.send(RECORD, record);
    if (name === 'DISCARD') result.records.length = 0;
    if (result.records.length > 0) return this.send(SUCCESS, { has_more: true });
    this.results.pop();
    const done: Record<string, unknown> = { t_last: 0n, type: 'rw', db: 'neo4j' };
    if (!this.tx) done.bookmark = this.server.nextBookmark();
    this.send(SUCCESS, done);
  }
}

export class ScriptedBoltServer {
  readonly messages: BoltMessage[] = [];
  private bookmarks = 0;
  private connections = 0;
  private readonly sockets = new Set<net.Socket>();

  private constructor(
    private readonly server: net.Server,
    readonly answer: (run: RunRequest) => Answer,
  ) {}

  /** Listens on a free port of 127.0.0.1; `answer` scripts the reply to every RUN. */
  static async start(answer: (run: RunRequest) => Answer): Promise<ScriptedBoltServer> {
    const server = net.createServer();
    const scripted = new ScriptedBoltServer(server, answer);
    server.on('connection', (socket) => {
      scripted.sockets.add(socket);
      socket.on('close', () => scripted.sockets.delete(socket));
      new Connection(socket, ++scripted.connections, scripted);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return scripted;
  }

  get port(): number {
    return (this.server.address() as net.AddressInfo).port;
  }

  nextBookmark(): string {
    return `FB:scripted-${++this.bookmarks}`;
  }

  /** The messages named `name`, in the order they arrived. */
  sent(name: string): BoltMessage[] {
    return this.messages.filter((m) => m.name === name);
  }

  /** The RUN messages (query, params, extra) whose query matches. */
  runs(match: RegExp = /.*/): { query: string; params: Record<string, unknown>; connection: number }[] {
    return this.sent('RUN')
      .map((m) => ({ query: m.fields[0] as string, params: m.fields[1] as Record<string, unknown>, connection: m.connection }))
      .filter((r) => match.test(r.query));
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
