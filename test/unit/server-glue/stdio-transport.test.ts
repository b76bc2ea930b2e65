import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { WholeMessageWriter } from '../../../server/src/stdio-transport';

/** A stdout stand-in that keeps every write apart, as the pipe would see them. */
function recordingStream(): { stream: Writable; writes: string[] } {
  const writes: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      writes.push(chunk.toString('utf8'));
      callback();
    },
  });
  return { stream, writes };
}

describe('stdio transport', () => {
  it('writes each message, header and body, in one write', async () => {
    const { stream, writes } = recordingStream();
    const writer = new WholeMessageWriter(stream);
    await writer.write({ jsonrpc: '2.0', id: 1, result: null } as never);
    await writer.write({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'x' } } as never);
    assert.equal(writes.length, 2);
    assert.equal(writes[0], 'Content-Length: 38\r\n\r\n{"jsonrpc":"2.0","id":1,"result":null}');
    assert.match(writes[1], /^Content-Length: \d+\r\n\r\n\{"jsonrpc":"2\.0","method":"window\/logMessage"/);
  });

  it('counts the body in UTF-8 bytes, not characters', async () => {
    const { stream, writes } = recordingStream();
    await new WholeMessageWriter(stream).write({ jsonrpc: '2.0', id: 2, result: 'é🙂' } as never);
    const [header, body] = writes[0].split('\r\n\r\n');
    assert.equal(header, `Content-Length: ${Buffer.byteLength(body, 'utf8')}`);
    assert.equal(Buffer.byteLength(body, 'utf8'), body.length + 1 + 2, 'é is two bytes, the emoji four (two UTF-16 units)');
  });

  it('reports a failed write to the connection and rejects', async () => {
    const failing = new Writable({ write: (_chunk, _encoding, callback) => callback(new Error('EPIPE')) });
    failing.on('error', () => {});
    const writer = new WholeMessageWriter(failing);
    const errors: unknown[] = [];
    writer.onError(([error]) => errors.push(error));
    await assert.rejects(writer.write({ jsonrpc: '2.0', id: 3, result: null } as never), /EPIPE/);
    assert.ok(errors.some((error) => String(error).includes('EPIPE')));
  });
});
