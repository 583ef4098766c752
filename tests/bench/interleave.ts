// The benchmark's rounds: every task once per round, peers and ours in turn, medians kept per metric.
import { log } from './context.ts';
import type { Result, ToolId } from './metrics.ts';

/** One timed thing for one tool; a run returns a figure per metric it measures. */
export interface Task {
  tool: ToolId;
  metrics: string[];
  run: () => Promise<Record<string, number>>;
  /** Fewer runs for a slow peer (decktape's PDF), said in the table. */
  maxRuns?: number;
  /** Runs once before the measured rounds (a server's cache, the OS's file cache). @default true */
  warmUp?: boolean;
  /** After the rounds: e.g. close a server. */
  done?: () => Promise<void>;
}

/** Round-robin: every task once per round, so load that comes and goes hits every tool alike. */
export async function runInterleaved(tasks: Task[], runs: number, results: Result[]): Promise<void> {
  const collected = new Map<Task, Record<string, number>[]>();
  const failed = new Map<Task, string>();
  for (let round = 0; round <= runs; round++) {
    for (const task of tasks) {
      if (failed.has(task)) continue;
      if (round === 0 && task.warmUp === false) continue;
      if (round > (task.maxRuns ?? runs)) continue;
      try {
        const figures = await task.run();
        if (round > 0) collected.set(task, [...(collected.get(task) ?? []), figures]);
        log(`${round === 0 ? 'warm-up' : `run ${round}/${runs}`} ${task.tool} ${task.metrics[0]}: ${Math.round(Object.values(figures)[0])}`);
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        log(`${task.tool} ${task.metrics.join(', ')} failed: ${reason}`);
        failed.set(task, reason);
      }
    }
  }
  for (const task of tasks) {
    await task.done?.();
    const reason = failed.get(task);
    for (const metric of task.metrics) {
      if (reason) {
        results.push({ metric, tool: task.tool, skipped: `failed here: ${reason.slice(0, 160)}` });
        continue;
      }
      const runsDone = (collected.get(task) ?? []).map((f) => f[metric]);
      const note = task.maxRuns !== undefined && task.maxRuns < runs ? `${runsDone.length} runs` : undefined;
      results.push({ metric, tool: task.tool, runs: runsDone, ...(note ? { note } : {}) });
    }
  }
}
