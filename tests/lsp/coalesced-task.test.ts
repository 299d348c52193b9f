import { describe, expect, it } from 'vitest';
import { CoalescedTask } from '../../src/lsp/coalesced-task.js';

/** An event loop driven by hand: what each turn runs, in the order it was put off. */
class Turns {
  private queue: (() => void)[] = [];
  readonly later = (run: () => void): void => void this.queue.push(run);
  /** Runs one turn: what was put off before it started (what it puts off runs next turn). */
  turn(): void {
    const now = this.queue;
    this.queue = [];
    for (const run of now) run();
  }
}

describe('CoalescedTask', () => {
  it('runs once for notices that keep coming turn after turn, once a turn passes without one', () => {
    const turns = new Turns();
    const runs: number[] = [];
    const task = new CoalescedTask((n) => runs.push(n), turns.later);
    task.add();
    for (let i = 0; i < 5; i++) {
      turns.turn();
      task.add();
    }
    turns.turn();
    expect(runs).toEqual([]);
    turns.turn();
    expect(runs).toEqual([6]);
    for (let i = 0; i < 3; i++) turns.turn();
    expect(runs).toEqual([6]);
  });

  it('runs a lone notice two turns later, and a notice after a run in a run of its own', () => {
    const turns = new Turns();
    const runs: number[] = [];
    const task = new CoalescedTask((n) => runs.push(n), turns.later);
    task.add();
    turns.turn();
    expect(runs).toEqual([]);
    turns.turn();
    expect(runs).toEqual([1]);
    task.add(0);
    turns.turn();
    turns.turn();
    expect(runs).toEqual([1, 0]);
  });

  it('waits while input stirs, and ignores a stir with nothing pending', () => {
    const turns = new Turns();
    const runs: number[] = [];
    const task = new CoalescedTask((n) => runs.push(n), turns.later);
    task.stir();
    turns.turn();
    expect(runs).toEqual([]);
    task.add();
    for (let i = 0; i < 4; i++) {
      task.stir();
      turns.turn();
    }
    expect(runs).toEqual([]);
    turns.turn();
    expect(runs).toEqual([1]);
  });

  it('runs once the wait has lasted maxWaitMs when input never pauses, and takes what came after in a run of its own', () => {
    const turns = new Turns();
    let clock = 0;
    const runs: number[] = [];
    const task = new CoalescedTask(
      (n) => runs.push(n),
      turns.later,
      () => clock,
      100,
    );
    task.add();
    for (let turn = 1; turn <= 9; turn++) {
      clock = turn * 10;
      task.add();
      turns.turn();
    }
    expect(runs).toEqual([]);
    clock = 100;
    task.stir();
    turns.turn();
    expect(runs).toEqual([10]);
    task.add();
    clock = 150;
    task.stir();
    turns.turn();
    expect(runs).toEqual([10]);
    turns.turn();
    expect(runs).toEqual([10, 1]);
  });
});
