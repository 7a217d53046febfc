// Reads a password for a command-line script: typed at a terminal without being shown, or the
// first line of standard input when it is piped. Never an argument, which npm prints and `ps` shows.
import { text } from 'node:stream/consumers';

function typedWithoutEcho(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    let typed = '';
    process.stderr.write(prompt);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') return finish(new Error('cancelled'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    input.on('data', onData);
  });
}

export async function readPassword(prompt = 'Password: '): Promise<string> {
  if (process.stdin.isTTY) return typedWithoutEcho(prompt);
  return (await text(process.stdin)).split(/\r?\n/)[0];
}
