import type { ComponentChildren, JSX } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

/**
 * A queue of alerts as a table worked from the keyboard: j / k or the arrows move a cursor row (one
 * tab stop, a roving tabindex), Enter opens it, x or space selects it where the queue has a
 * selection; columns with a comparator sort on a click of their header. The name-screening queue and
 * the rule-pack queue are both this table with their own columns.
 */
export interface QueueColumn<T> {
  key: string;
  label: string;
  cell: (row: T) => ComponentChildren;
  /** The cell's class, e.g. "num", or "overdue" for one row. */
  cellClass?: (row: T) => string | undefined;
  /** Ascending order; a column without one does not sort. */
  sort?: (a: T, b: T) => number;
}

export interface QueueSort {
  key: string;
  desc: boolean;
}

export interface QueueSelection {
  selected: ReadonlySet<number>;
  onChange: (next: ReadonlySet<number>) => void;
  /** Show a checkbox per row and a select-all one (for the roles that may act on a selection). */
  checkboxes: boolean;
}

function toggled(set: ReadonlySet<number>, id: number): ReadonlySet<number> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

function SortHeader({ column, sort, setSort }: { column: { key: string; label: string }; sort: QueueSort; setSort: (s: QueueSort) => void }): JSX.Element {
  const active = sort.key === column.key;
  return (
    <th scope="col" aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button type="button" class="link" onClick={() => setSort({ key: column.key, desc: active ? !sort.desc : true })}>
        {column.label}
        {active ? (sort.desc ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
}

export function QueueTable<T>(props: {
  rows: readonly T[];
  rowId: (row: T) => number;
  columns: readonly QueueColumn<T>[];
  /** The column and direction sorted by at first; without one the rows keep the order given. */
  initialSort?: QueueSort;
  onOpen: (row: T) => void;
  /** The data attribute naming each row's id (tests and scripts find rows by it). */
  idAttribute: string;
  /** The element describing the table (its count and keys). */
  describedBy: string;
  /** The cursor goes back to the first row when this changes (a new filter). */
  resetKey: string;
  selection?: QueueSelection;
}): JSX.Element {
  const { rows, rowId, columns, onOpen, selection } = props;
  const [sort, setSort] = useState<QueueSort | undefined>(props.initialSort);
  const [cursor, setCursor] = useState(0);
  const body = useRef<HTMLTableSectionElement>(null);

  const shown = useMemo(() => {
    const compare = sort && columns.find((c) => c.key === sort.key)?.sort;
    if (!sort || !compare) return rows;
    const sorted = [...rows].sort(compare);
    return sort.desc ? sorted.reverse() : sorted;
  }, [rows, sort, columns]);

  useLayoutEffect(() => setCursor(0), [props.resetKey]);

  // Keep the cursor row focused (and so in view), so the keyboard and screen readers follow it. A
  // layout effect: focus moves in the same frame as the highlight, never a key press behind it.
  useLayoutEffect(() => {
    const row = body.current?.querySelectorAll('tr')[cursor];
    if (row && body.current?.contains(document.activeElement)) row.focus();
  }, [cursor]);

  function onKey(e: KeyboardEvent): void {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLButtonElement) return;
    const current = shown[cursor];
    // Functional updates: two quick presses move two rows even before the screen has caught up.
    if (e.key === 'j' || e.key === 'ArrowDown') setCursor((c) => Math.min(shown.length - 1, c + 1));
    else if (e.key === 'k' || e.key === 'ArrowUp') setCursor((c) => Math.max(0, c - 1));
    else if (e.key === 'Enter' && current) onOpen(current);
    else if ((e.key === 'x' || e.key === ' ') && current && selection) selection.onChange(toggled(selection.selected, rowId(current)));
    else return;
    e.preventDefault();
  }

  const checkboxes = selection?.checkboxes === true;
  return (
    <table class="queue" aria-describedby={props.describedBy}>
      <thead>
        <tr>
          {checkboxes && (
            <th scope="col">
              <input type="checkbox" aria-label="Select all shown" checked={shown.length > 0 && shown.every((r) => selection.selected.has(rowId(r)))} onChange={(e) => selection.onChange(e.currentTarget.checked ? new Set(shown.map(rowId)) : new Set())} />
            </th>
          )}
          {columns.map((c) => (sort && c.sort ? <SortHeader key={c.key} column={c} sort={sort} setSort={setSort} /> : <th key={c.key} scope="col">{c.label}</th>))}
        </tr>
      </thead>
      <tbody ref={body} onKeyDown={onKey}>
        {shown.map((row, i) => {
          const id = rowId(row);
          return (
            <tr key={id} tabIndex={i === cursor ? 0 : -1} class={i === cursor ? 'cursor' : ''} aria-selected={selection ? selection.selected.has(id) : undefined} onClick={() => setCursor(i)} onDblClick={() => onOpen(row)} onFocus={() => setCursor(i)} {...{ [props.idAttribute]: id }}>
              {checkboxes && (
                <td>
                  <input type="checkbox" aria-label={`Select alert ${id}`} checked={selection.selected.has(id)} onChange={() => selection.onChange(toggled(selection.selected, id))} />
                </td>
              )}
              {columns.map((c) => <td key={c.key} class={c.cellClass?.(row)}>{c.cell(row)}</td>)}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
