// A stand-in for the browser's WebSocket, under the real remote socket (remote-socket.ts): the test
// opens it, makes it hear a message or drop the link, and reads what the page sent.
export class FakeSocket {
  /** Every socket made since the test cleared this, oldest first. */
  static all: FakeSocket[] = [];
  static readonly OPEN = 1;
  static readonly CLOSED = 3;
  readyState = 0;
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  /** What the page sent, as it went on the wire. */
  readonly sent: string[] = [];
  /** The page closed it. */
  closed = false;
  constructor(readonly url: URL) {
    FakeSocket.all.push(this);
  }
  /** What the page sent, each message parsed. */
  get messages(): unknown[] {
    return this.sent.map((data) => JSON.parse(data));
  }
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.closed = true;
    this.readyState = FakeSocket.CLOSED;
  }
  /** The server accepts the link. */
  open() {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
  }
  /** A message from the server. */
  hear(message: object) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  /** The link goes down without the page asking (the server stopped). */
  drop() {
    this.readyState = FakeSocket.CLOSED;
    this.onclose?.();
  }
}

/** The socket made last. */
export const lastSocket = (): FakeSocket => FakeSocket.all[FakeSocket.all.length - 1];
