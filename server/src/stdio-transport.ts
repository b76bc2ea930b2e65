/**
 * The `--stdio` transport, with every outgoing message written to stdout in one write.
 *
 * vscode-jsonrpc's stream writer writes the `Content-Length` header and the JSON body as two
 * writes. On a pipe each write is a system call that can wake the client, which then reads a
 * header with no body behind it and goes back to sleep until the second write. One write per
 * message saves a system call and a wake-up on every answer and every diagnostics publish —
 * measurable at the sub-millisecond latencies this server works at (see bench/README.md).
 */
import { Console } from 'node:console';
import {
  AbstractMessageWriter,
  type Message,
  type MessageWriter,
  StreamMessageReader,
} from 'vscode-languageserver/node';

export class WholeMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly output: NodeJS.WritableStream) {
    super();
    output.on('error', (error: Error) => this.fireError(error));
    output.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    let frame: string;
    try {
      const body = JSON.stringify(message);
      frame = `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
    } catch (error) {
      this.fireError(error);
      return Promise.reject(error);
    }
    return new Promise<void>((resolve, reject) => {
      // Writes on one stream keep their order, so no lock is needed between messages.
      this.output.write(frame, 'utf8', (error?: Error | null) => {
        if (!error) return resolve();
        this.errorCount++;
        this.fireError(error, message, this.errorCount);
        reject(error);
      });
    });
  }

  end(): void {
    this.output.end();
  }
}

/**
 * Reader and writer over the process's stdin and stdout. What vscode-languageserver does for
 * `--stdio` on its own is repeated here, since handing it a reader and writer turns it off: the
 * process ends when the client closes stdin (0 after a `shutdown` request, 1 otherwise), and
 * console output goes to stderr so a stray `console.log` cannot corrupt the protocol stream.
 */
export function stdioTransport(shutdownReceived: () => boolean): { reader: StreamMessageReader; writer: WholeMessageWriter } {
  const exitWhenClosed = (): never => process.exit(shutdownReceived() ? 0 : 1);
  process.stdin.on('end', exitWhenClosed);
  process.stdin.on('close', exitWhenClosed);
  Object.defineProperty(globalThis, 'console', { value: new Console({ stdout: process.stderr, stderr: process.stderr }), configurable: true, writable: true });
  return { reader: new StreamMessageReader(process.stdin), writer: new WholeMessageWriter(process.stdout) };
}
