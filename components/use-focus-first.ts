import { useEffect, useRef } from 'preact/hooks';

/** A form that opens in place takes the keyboard focus to its first field. */
export function useFocusFirst<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
