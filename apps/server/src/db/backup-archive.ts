import fs from 'node:fs/promises';

/**
 * The backup file is a plain tar (POSIX ustar) so an operator can open it with `tar -xf` when the
 * platform is not at hand: `database.tar.gz` (PGlite) or `database.dump` (pg_dump -Fc), the
 * generated personal-data key and the uploads. Written and read a block at a time: a PostgreSQL
 * dump may be larger than memory.
 */
const BLOCK = 512;
const CHUNK = 1024 * 1024;

export class ArchiveWriter {
  private constructor(private readonly file: fs.FileHandle) {}

  static async create(filePath: string): Promise<ArchiveWriter> {
    return new ArchiveWriter(await fs.open(filePath, 'wx'));
  }

  async addBuffer(name: string, data: Buffer): Promise<void> {
    await this.file.write(header(name, data.length));
    await this.file.write(data);
    await this.pad(data.length);
  }

  async addFile(name: string, source: string): Promise<void> {
    const input = await fs.open(source, 'r');
    try {
      const { size } = await input.stat();
      await this.file.write(header(name, size));
      const buffer = Buffer.alloc(CHUNK);
      let copied = 0;
      while (copied < size) {
        const { bytesRead } = await input.read(buffer, 0, Math.min(CHUNK, size - copied), copied);
        if (bytesRead === 0) throw new Error(`${source} shrank while it was being archived`);
        await this.file.write(buffer.subarray(0, bytesRead));
        copied += bytesRead;
      }
      await this.pad(size);
    } finally {
      await input.close();
    }
  }

  /** Two zero blocks end a tar; then the data reaches the disk before the caller renames the file. */
  async finish(): Promise<void> {
    await this.file.write(Buffer.alloc(BLOCK * 2));
    await this.file.sync();
    await this.file.close();
  }

  async abandon(): Promise<void> {
    await this.file.close().catch(() => undefined);
  }

  private async pad(size: number) {
    const rest = size % BLOCK;
    if (rest) await this.file.write(Buffer.alloc(BLOCK - rest));
  }
}

export interface ArchiveEntry {
  name: string;
  size: number;
  /** Where the entry's bytes start in the archive. */
  offset: number;
}

/** Lists a tar's regular files; `readEntry`/`extractEntry` then read one. */
export async function listArchive(filePath: string): Promise<ArchiveEntry[]> {
  const file = await fs.open(filePath, 'r');
  try {
    const { size: total } = await file.stat();
    const entries: ArchiveEntry[] = [];
    const block = Buffer.alloc(BLOCK);
    let position = 0;
    while (position + BLOCK <= total) {
      await file.read(block, 0, BLOCK, position);
      if (block.every((byte) => byte === 0)) break;
      if (block.subarray(257, 262).toString('latin1') !== 'ustar') {
        throw new Error(`${filePath} is not a backup made by npm run db:backup (not a tar archive)`);
      }
      const size = readSize(block.subarray(124, 136));
      const type = String.fromCharCode(block[156] ?? 0);
      const prefix = text(block.subarray(345, 500));
      const name = (prefix ? `${prefix}/` : '') + text(block.subarray(0, 100));
      if (type === '0' || type === '\0') entries.push({ name, size, offset: position + BLOCK });
      position += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    }
    return entries;
  } finally {
    await file.close();
  }
}

export async function readEntry(filePath: string, entry: ArchiveEntry): Promise<Buffer> {
  const file = await fs.open(filePath, 'r');
  try {
    const data = Buffer.alloc(entry.size);
    const { bytesRead } = await file.read(data, 0, entry.size, entry.offset);
    if (bytesRead !== entry.size) throw new Error(`${filePath} is truncated at ${entry.name}`);
    return data;
  } finally {
    await file.close();
  }
}

export async function extractEntry(filePath: string, entry: ArchiveEntry, target: string): Promise<void> {
  const [input, output] = [await fs.open(filePath, 'r'), await fs.open(target, 'wx')];
  try {
    const buffer = Buffer.alloc(CHUNK);
    let copied = 0;
    while (copied < entry.size) {
      const want = Math.min(CHUNK, entry.size - copied);
      const { bytesRead } = await input.read(buffer, 0, want, entry.offset + copied);
      if (bytesRead === 0) throw new Error(`${filePath} is truncated at ${entry.name}`);
      await output.write(buffer.subarray(0, bytesRead));
      copied += bytesRead;
    }
  } finally {
    await input.close();
    await output.close();
  }
}

function header(name: string, size: number): Buffer {
  const block = Buffer.alloc(BLOCK);
  const [prefix, base] = splitName(name);
  block.write(base, 0, 100, 'utf8');
  writeOctal(block, 100, 8, 0o644);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeSize(block, size);
  writeOctal(block, 136, 12, Math.floor(Date.now() / 1000));
  block.fill(' ', 148, 156);
  block.write('0', 156, 'latin1');
  block.write('ustar\u000000', 257, 'latin1');
  block.write(prefix, 345, 155, 'utf8');
  const checksum = block.reduce((sum, byte) => sum + byte, 0);
  block.write(`${checksum.toString(8).padStart(6, '0')}\u0000 `, 148, 'latin1');
  return block;
}

/** ustar keeps 100 bytes of name and 155 of prefix, split at a slash. */
function splitName(name: string): [string, string] {
  if (Buffer.byteLength(name) <= 100) return ['', name];
  const cut = name.lastIndexOf('/', 155);
  const prefix = name.slice(0, cut);
  const base = name.slice(cut + 1);
  if (cut < 0 || Buffer.byteLength(prefix) > 155 || Buffer.byteLength(base) > 100) {
    throw new Error(`File name too long for the backup archive: ${name}`);
  }
  return [prefix, base];
}

function writeOctal(block: Buffer, offset: number, length: number, value: number) {
  block.write(`${value.toString(8).padStart(length - 1, '0')}\u0000`, offset, length, 'latin1');
}

// Past 8 GiB the 11 octal digits run out: GNU tar's base-256 form (high bit set), which tar reads.
function writeSize(block: Buffer, size: number) {
  if (size < 8 ** 11) return writeOctal(block, 124, 12, size);
  block[124] = 0x80;
  let rest = BigInt(size);
  for (let i = 135; i > 124; i -= 1) {
    block[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
}

function readSize(field: Buffer): number {
  if ((field[0]! & 0x80) === 0) return Number.parseInt(text(field).trim() || '0', 8);
  let value = 0n;
  for (let i = 1; i < field.length; i += 1) value = (value << 8n) | BigInt(field[i]!);
  return Number(value);
}

function text(field: Buffer): string {
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? field.length : end).toString('utf8');
}

/** A refusal or a missing prerequisite: the CLIs print the message alone, without a stack. */
export class BackupError extends Error {
  override name = 'BackupError';
}
