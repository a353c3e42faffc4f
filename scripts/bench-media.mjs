#!/usr/bin/env node
// `npm run bench:media` (not in CI): call set-up time through the app's signalling, and how many
// viewers one live presenter serves peer-to-peer before frames drop (docs/decisions/020-media.md).
// Options: --calls 20 --poll 25 --viewers 1,2,4,8,12,16 --size 1280x720 --seconds 8
import { parseArgs } from 'node:util';
import { runMediaBench } from './bench/media-bench.ts';

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '20' },
    poll: { type: 'string', default: '25' },
    viewers: { type: 'string', default: '1,2,4,8,12,16' },
    size: { type: 'string', default: '1280x720' },
    seconds: { type: 'string', default: '8' },
  },
});
const [width, height] = values.size.split('x').map(Number);
await runMediaBench({
  calls: Number(values.calls),
  pollMs: Number(values.poll),
  viewers: values.viewers.split(',').map(Number),
  width,
  height,
  seconds: Number(values.seconds),
});
process.exit(0);
