import type { JSX } from 'preact';

/**
 * Every name goes through here. <bdi dir="auto"> isolates it, so an Arabic name keeps its own
 * right-to-left order and does not drag the punctuation or numbers around it (a reference, a score)
 * into its direction, and a Latin name inside Arabic text behaves the same way.
 */
export function Name({ text, class: cls }: { text: string | null | undefined; class?: string }): JSX.Element {
  return (
    <bdi dir="auto" class={cls}>
      {text ?? '—'}
    </bdi>
  );
}
