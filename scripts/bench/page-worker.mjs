// Worker entry: module hooks are per thread, so the worker registers tsx before loading
// the TypeScript contender runner.
import { register } from 'tsx/esm/api';

register();
await import('./page-worker.ts');
