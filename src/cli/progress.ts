import cliProgress from 'cli-progress';

/**
 * A progress bar on stderr for long work (batches, imports), so stdout carries only data. Shown only
 * when stderr is a terminal: in pipes, CI logs and tests it stays silent rather than filling logs
 * with redraws.
 */
export interface Progress {
  tick(n?: number): void;
  stop(): void;
}

export function startProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total <= 0) return { tick: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} [{bar}] {percentage}% {value}/{total} {eta_formatted} left`,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  let done = 0;
  return {
    tick(n = 1) {
      done += n;
      // Redrawing on every item costs more than the work for fast items; cli-progress throttles itself.
      bar.update(done);
    },
    stop() {
      bar.stop();
    },
  };
}
