import { useSyncExternalStore } from "react";

/**
 * The list and the map are separate trees (the list is server-rendered, the map lazy-loaded), so
 * they talk through this tiny store: which action the reader is looking at in the list, and
 * whether the list is being refreshed for a new map view.
 */
export type Highlight = { id: string; lat: number | null; lng: number | null } | null;
type State = { highlight: Highlight; updating: boolean };

let state: State = { highlight: null, updating: false };
const listeners = new Set<() => void>();

function set(next: Partial<State>) {
  state = { ...state, ...next };
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const setHighlight = (highlight: Highlight) => {
  if (highlight?.id !== state.highlight?.id) set({ highlight });
};
export const setUpdating = (updating: boolean) => {
  if (updating !== state.updating) set({ updating });
};

export const useHighlight = () => useSyncExternalStore(subscribe, () => state.highlight, () => null);
export const useUpdating = () => useSyncExternalStore(subscribe, () => state.updating, () => false);
