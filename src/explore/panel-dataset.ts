import { createContext, useContext } from 'react';
import type { Dataset } from '../data/timeline-event.ts';

/**
 * The open event's dataset, for the parts of the event panel that need more of it than the
 * event (its changes, its title and revision for Cite), given by routes/selected-event-panel.tsx.
 * A context rather than useLoadedDataset: the panel is a lazy chunk, and that hook imported there
 * made Rolldown move React into a chunk of its own shared with the first one (+0.6 kB gzip of
 * initial JavaScript, measured).
 */
export const PanelDataset = createContext<{ readonly dataset: Dataset; readonly dataUrl: string | undefined } | null>(null);

export function usePanelDataset() {
  const value = useContext(PanelDataset);
  if (!value) throw new Error('The event panel rendered outside PanelDataset.');
  return value;
}
