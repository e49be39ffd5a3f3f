import type { ChildProcess } from 'node:child_process'
import readline from 'node:readline'
import type { Readable } from 'node:stream'

const COLORS = [36, 35, 33, 32, 34, 91, 96, 95]
const useColor = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR

/** "[web] " in a colour of its own (when the terminal has colours). */
export function prefixFor(name: string, index: number, width = 6): string {
  const label = `[${name}]`.padEnd(width + 2)
  return useColor ? `\x1b[${COLORS[index % COLORS.length]}m${label}\x1b[0m ` : `${label} `
}

/** Copies a child's stdout and stderr line by line, each line prefixed with the child's name. */
export function pipeWithPrefix(child: ChildProcess, prefix: string, onLine?: (line: string) => void): void {
  const pipe = (stream: Readable | null, out: NodeJS.WriteStream) => {
    if (!stream) return
    readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      out.write(`${prefix}${line}\n`)
      onLine?.(line)
    })
  }
  pipe(child.stdout, process.stdout)
  pipe(child.stderr, process.stderr)
}

export const say = (message: string) => process.stdout.write(`${prefixFor('start', 7)}${message}\n`)
