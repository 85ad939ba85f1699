import { useContext, useSyncExternalStore, type RefObject } from 'react';
import { useLayoutEffectOnClient } from './useLayoutEffectOnClient.ts';
import { OpenModalContext } from './OpenModalContext.ts';

const noStore = () => () => {};
const nothing = () => null;

/** The log's open modal dialog, or `null`. */
export function useOpenModal(): HTMLDialogElement | null {
  const store = useContext(OpenModalContext);
  return useSyncExternalStore(store?.subscribe ?? noStore, store?.current ?? nothing, nothing);
}

/** Tells the log that the dialog in `ref` is open as a modal while `open` is true. */
export function useOpenModalRegistration(ref: RefObject<HTMLDialogElement | null>, open: boolean): void {
  const store = useContext(OpenModalContext);
  useLayoutEffectOnClient(() => {
    const dialog = ref.current;
    if (!store || !dialog || !open) return;
    store.set(dialog, true);
    return () => store.set(dialog, false);
  }, [store, ref, open]);
}
