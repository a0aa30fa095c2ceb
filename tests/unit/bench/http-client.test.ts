import { describe, expect, it } from 'vitest';
import { parseAnswer, requestBytes } from '../../bench/http-client.ts';

const bytes = (text: string) => Buffer.from(text, 'latin1');

describe('the load generator reads an answer to its end', () => {
  it('waits for the whole body of a declared length', () => {
    const head = 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n';
    expect(parseAnswer(bytes(`${head}{"a":`), false)).toBeUndefined();
    expect(parseAnswer(bytes(`${head}{"a":"bcd"}`), false)).toEqual({ status: 200, close: false });
  });

  it('waits for the last chunk and the empty line of a chunked body', () => {
    const head = 'HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n';
    expect(parseAnswer(bytes(`${head}5\r\nhello\r\n`), false)).toBeUndefined();
    expect(parseAnswer(bytes(`${head}5\r\nhello\r\n0\r\n`), false)).toBeUndefined();
    expect(parseAnswer(bytes(`${head}5\r\nhello\r\n0\r\n\r\n`), false)).toEqual({
      status: 201,
      close: false,
    });
    expect(parseAnswer(bytes(`${head}0\r\nX-Trailer: 1\r\n\r\n`), false)?.status).toBe(201);
    expect(parseAnswer(bytes(`${head}zz\r\n`), false)).toEqual({ status: 0, close: true });
  });

  it('counts an answer of unknown length as whole only when the server closes', () => {
    const answer = bytes('HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nall of it');
    expect(parseAnswer(answer, false)).toBeUndefined();
    expect(parseAnswer(answer, true)).toEqual({ status: 200, close: true });
  });

  it('needs no body for 204 and 304, and sees a connection the server will close', () => {
    expect(parseAnswer(bytes('HTTP/1.1 204 No Content\r\n\r\n'), false)?.status).toBe(204);
    expect(
      parseAnswer(
        bytes('HTTP/1.1 429 Too Many\r\nconnection: Close\r\ncontent-length: 0\r\n\r\n'),
        false,
      ),
    ).toEqual({ status: 429, close: true });
  });

  it('writes a request with its JSON body and length', () => {
    const text = requestBytes(
      'POST',
      new URL('http://127.0.0.1:4321/api/sourcing?locale=en'),
      '{"é":1}',
    ).toString('utf8');
    expect(text).toMatch(
      /^POST \/api\/sourcing\?locale=en HTTP\/1\.1\r\nHost: 127\.0\.0\.1:4321\r\n/,
    );
    expect(text).toContain('Content-Length: 8\r\n');
    expect(text.endsWith('\r\n\r\n{"é":1}')).toBe(true);
  });
});
