import { QueryClient } from '@tanstack/react-query';

/** The app's one query cache, in a module of its own so the dataset load can start before React does. */
export const queryClient = new QueryClient();
