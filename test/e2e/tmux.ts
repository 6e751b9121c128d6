// Driving the real binary in a real terminal: tmux new-session -d, send-keys, capture-pane.
import { execFileSync, spawnSync } from 'node:child_process';

export const hasTmux = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;

export class Tmux {
  private readonly socket = `roadmap-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

  constructor(command: string) {
    this.tmux('new-session', '-d', '-s', 'main', '-x', '110', '-y', '40', command);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', 'main');
  }

  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'main', ...keys);
  }

  /** Waits until the screen shows `text` (the program answers at its own pace). */
  async waitFor(text: string | RegExp, timeoutMs = 15_000): Promise<string> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return screen;
      if (Date.now() > until) throw new Error(`timed out waiting for ${String(text)}; screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  kill(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}
