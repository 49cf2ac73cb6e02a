import { useEffect, useState } from 'preact/hooks';
import { api } from './api.js';

/** The value, once it has stopped changing for `ms` (typing pauses before a request goes out). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * GET a path and keep the answer; a newer path aborts the older request, so a slow answer for an old
 * filter can never overwrite the answer for the current one. A null path loads nothing.
 */
export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({ data: undefined, error: null, loading: path !== null });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) {
      setState({ data: undefined, error: null, loading: false });
      return;
    }
    const ctl = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    api<T>(path, { signal: ctl.signal }).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: unknown) => {
        if (!ctl.signal.aborted) setState({ data: undefined, error, loading: false });
      },
    );
    return () => ctl.abort();
  }, [path, tick]);
  return { ...state, reload: () => setTick((t) => t + 1) };
}

export interface Action {
  busy: boolean;
  error: unknown;
  /** Runs `step` with the buttons disabled; true when it succeeded, the error kept to show otherwise. */
  run: (step: () => Promise<unknown>) => Promise<boolean>;
}

/**
 * One request a person sets off (propose, approve, prepare, sign in): busy while it runs so a second
 * click cannot send it twice, and the server's refusal kept to show beside the form rather than lost.
 */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function run(step: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await step();
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}
