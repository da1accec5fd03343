/**
 * The durable steps of a paid generation, in order. Each one leaves a state in D1 / R2 / the spend ledger
 * that the reconciler can finish from, so a kill between any two of them loses no money and no work.
 * - pending_row: a `pending` generations row naming the holds it is about to take (written first).
 * - hold: the estimate is held in every spend ledger that must admit it.
 * - task_created: an async provider accepted a task; its id is on the row.
 * - job_started: the task is handed to its job object (whose alarm would finish it if the request dies).
 * - provider_answered: the provider returned the media; what it billed is on the row.
 * - file_put: the file is in R2.
 * - row_committed: the row went from pending to succeeded (exactly once).
 * - settled: the holds are replaced by the actual cost.
 */
export const PAID_STEPS = ["pending_row", "hold", "task_created", "job_started", "provider_answered", "file_put", "row_committed", "settled"] as const;
export type PaidStep = (typeof PAID_STEPS)[number];

/**
 * Called after each step. Production passes none. Tests model a kill with one that never resolves: no later
 * line, catch or finally of the pipeline runs, exactly as when the isolate is killed there.
 */
export type Checkpoint = (step: PaidStep) => Promise<void>;
