/** What a command gets to talk to the world: output streams and the engine functions. */
import { engine, type EngineName, type Engines } from './engines';

export interface CliIO {
  /** A line (or lines) for standard output. */
  out(text: string): void;
  /** A line (or lines) for standard error. */
  err(text: string): void;
}

export interface CliContext extends CliIO {
  engine<K extends EngineName>(name: K): Engines[K];
}

export function makeContext(io: CliIO, overrides?: Partial<Engines>): CliContext {
  return { out: io.out, err: io.err, engine: (name) => engine(name, overrides) };
}

export const processIO: CliIO = {
  out: (text) => void process.stdout.write(text + '\n'),
  err: (text) => void process.stderr.write(text + '\n'),
};
