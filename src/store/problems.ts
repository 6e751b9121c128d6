// File system failures, said in the user's words: which file, and what the user can do about it.
// A full disk is said to be a full disk (not a permission problem, not a bug), and every message
// says that nothing was changed, because writes are whole or absent (durable.ts).

import path from 'node:path';
import { StoreError } from '../errors.ts';
import { ReadRefused, readRegularText, type FsError } from './durable.ts';

/** The error for a failed write of `file` (a temp file beside it, a mkdir, a rename). */
export function writeProblem(file: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as FsError).code ?? '';
  const dir = path.dirname(file);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return new StoreError((m) => m.files.diskFull(file), undefined, 'cannot-write');
    case 'EROFS':
      return new StoreError((m) => m.files.readOnlyDisk(dir), undefined, 'cannot-write');
    case 'EACCES':
    case 'EPERM':
      return new StoreError((m) => m.files.noPermission(dir), undefined, 'cannot-write');
    case 'ENOTDIR':
    case 'EEXIST':
      return new StoreError((m) => m.files.notAFolder(dir), undefined, 'cannot-write');
    case 'EISDIR':
      return new StoreError((m) => m.files.isAFolder(file), undefined, 'cannot-write');
    default:
      return new StoreError((m) => m.files.cannotWrite(file, code || (error as Error).message), undefined, 'cannot-write');
  }
}

/** A file of the store's as text; null when there is none. Throws StoreError (readProblem) when it cannot be read. */
export function readStoreText(file: string): string | null {
  try {
    return readRegularText(file);
  } catch (error) {
    throw readProblem(file, error);
  }
}

/** The error for a failed read of `file`. */
export function readProblem(file: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (error instanceof ReadRefused) {
    const { reason, limit } = error;
    return reason === 'too-large'
      ? new StoreError((m) => m.files.tooLarge(file, Math.round((limit ?? 0) / 1024 / 1024)))
      : new StoreError((m) => m.files.notAFile(file, reason));
  }
  const code = (error as FsError).code ?? '';
  if (code === 'EACCES' || code === 'EPERM') return new StoreError((m) => m.files.cannotReadPermission(file));
  if (code === 'ENOTDIR') return new StoreError((m) => m.files.notAFolder(path.dirname(file)));
  return new StoreError((m) => m.files.cannotRead(file, code || (error as Error).message));
}
