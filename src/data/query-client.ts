import { notifyManager, QueryClient } from '@tanstack/react-query';

// Query results reach React at the end of the task that settles them, not in a timer task of
// their own (TanStack's default): the browser could paint a frame of the loading screen in
// between, which costs the first draw a frame once the events are in.
notifyManager.setScheduler(queueMicrotask);

/** The app's one query cache, in a module of its own so the dataset load can start before React does. */
export const queryClient = new QueryClient();
