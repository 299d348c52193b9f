/** How a task is put off to the event loop's next turn (setImmediate; a test may pass its own). */
export type NextTurn = (run: () => void) => void;

/** How long a burst's run may wait for its input to pause, in milliseconds: well under a keystroke's felt delay. */
export const MAX_WAIT_MS = 100;

/**
 * Runs a task once for a burst of notices: once a whole turn of the event loop has passed without
 * a new notice or a stir. vscode-jsonrpc decodes and handles the messages it has read one per turn
 * (a `setImmediate` each), and a long message comes in chunks over several turns, so edits that
 * queued up while the server was busy keep arriving, or stirring, turn after turn and are all
 * taken by one run; the first notice of an idle server runs two turns later (no fixed delay).
 * Nothing is dropped: a notice that comes after a run started gets a run of its own. Input that
 * never pauses (a client writing on every turn) does not put the run off for ever: it runs once
 * `maxWaitMs` have passed since the burst's first notice, with what has arrived by then.
 */
export class CoalescedTask {
  private notices = 0;
  private stamp = 0;
  private seen: number | undefined;
  private scheduled = false;
  private since = 0;

  constructor(
    private readonly task: (notices: number) => void,
    private readonly nextTurn: NextTurn = (run) => void setImmediate(run),
    private readonly now: () => number = () => performance.now(),
    private readonly maxWaitMs = MAX_WAIT_MS,
  ) {}

  /** Something changed: `count` notices (0 for a change that is not one of the editor's, such as a save seen on disk). */
  add(count = 1): void {
    this.notices += count;
    this.stamp++;
    if (this.scheduled) return;
    this.scheduled = true;
    this.seen = undefined;
    this.since = this.now();
    this.nextTurn(this.look);
  }

  /** Input arrived that may hold more notices (bytes of a message not read whole yet): a pending run waits a turn more. */
  stir(): void {
    this.stamp++;
  }

  // The first look only notes the stamp: a message queued behind the notice is handled after it in the same turn.
  private readonly look = (): void => {
    if (this.seen !== this.stamp && this.now() - this.since < this.maxWaitMs) {
      this.seen = this.stamp;
      this.nextTurn(this.look);
      return;
    }
    const notices = this.notices;
    this.notices = 0;
    this.scheduled = false;
    this.task(notices);
  };
}
