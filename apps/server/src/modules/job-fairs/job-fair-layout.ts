import type { JobFairInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { requireFound } from '../../plugins/access';
import {
  type BoothKind,
  countCurrentByKind,
  deleteBooths,
  deleteFairBooking,
  findBooths,
  findHeldBoothIds,
  findUsableVenue,
  insertBooths,
  insertFairBooking,
  type JobFairRow,
  updateJobFair,
} from './job-fairs.repository';

// A fair's booths (numbered per kind: A01… for its first kind, B01… for the second) and its
// booking on the venue calendar, as 新建 / 编辑 set them.

export type JobFairValues = z.output<typeof JobFairInput>;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const boothCode = (letter: string, n: number) => `${letter}${String(n).padStart(2, '0')}`;
const numberOf = (code: string) => Number(code.slice(1));

/**
 * The kinds with their codes: a kind keeps its code (letter) by name; a new one takes the first
 * letter no kind uses.
 */
export function codeKinds(wanted: JobFairValues['boothKinds'], existing: BoothKind[]) {
  const used = new Set<string>();
  const byName = new Map(existing.map((kind) => [kind.name, kind.code]));
  const kept = wanted.map((kind) => {
    const code = byName.get(kind.name);
    if (code) used.add(code);
    return { ...kind, code };
  });
  return kept.map((kind) => {
    if (kind.code) return { ...kind, code: kind.code };
    const letter = [...LETTERS].find((l) => !used.has(l))!;
    used.add(letter);
    return { ...kind, code: letter };
  });
}

/**
 * Makes the fair's booths match the kinds' counts: adds booths after the highest number, removes
 * the highest free ones. A booth held by an approved company, or a kind companies registered for,
 * cannot go: 409 JOB_FAIR_BOOTHS_IN_USE. Returns the capacity (the number of booths).
 */
export async function syncBooths(
  tx: Executor,
  fair: JobFairRow,
  kinds: ReturnType<typeof codeKinds>,
): Promise<number> {
  const booths = await findBooths(tx, [fair.id]);
  const held = await findHeldBoothIds(tx, fair.id);
  const current = await countCurrentByKind(tx, fair.id);
  const toAdd: { fairId: string; code: string; kind: string }[] = [];
  const toRemove: string[] = [];
  for (const kind of fair.boothKinds)
    if (!kinds.some((k) => k.code === kind.code)) {
      if ((current.get(kind.code) ?? 0) > 0)
        throw new AppError('JOB_FAIR_BOOTHS_IN_USE', `已有单位报名“${kind.name}”，不能删除该展位类型`);
      for (const booth of booths.filter((b) => b.kind === kind.code)) toRemove.push(booth.id);
    }
  for (const kind of kinds) {
    const registered = current.get(kind.code) ?? 0;
    if (kind.count < registered)
      throw new AppError(
        'JOB_FAIR_BOOTHS_IN_USE',
        `“${kind.name}”已有${registered}家单位报名，展位数量不能少于${registered}`,
      );
    const mine = booths
      .filter((booth) => booth.kind === kind.code)
      .sort((a, b) => numberOf(a.code) - numberOf(b.code));
    if (kind.count > mine.length) {
      let next = mine.length ? numberOf(mine.at(-1)!.code) : 0;
      for (let i = mine.length; i < kind.count; i += 1) {
        next += 1;
        toAdd.push({ fairId: fair.id, code: boothCode(kind.code, next), kind: kind.code });
      }
    } else if (kind.count < mine.length) {
      const cut = mine.slice(kind.count);
      if (cut.some((booth) => held.has(booth.id)))
        throw new AppError('JOB_FAIR_BOOTHS_IN_USE', `“${kind.name}”中已分配的展位不能减少，请先取消分配`);
      toRemove.push(...cut.map((booth) => booth.id));
    }
  }
  for (const booth of booths)
    if (toRemove.includes(booth.id) && held.has(booth.id)) throw new AppError('JOB_FAIR_BOOTHS_IN_USE');
  await deleteBooths(tx, toRemove);
  await insertBooths(tx, toAdd);
  const capacity = kinds.reduce((sum, kind) => sum + kind.count, 0);
  if (capacity < fair.registeredCount)
    throw new AppError('JOB_FAIR_BOOTHS_IN_USE', `展位总数不能少于已报名的单位数（${fair.registeredCount}）`);
  return capacity;
}

/** The place shown: the room's name (with its campus), or the text given. */
export async function placeOf(tx: Executor, universityId: string, values: JobFairValues) {
  if (!values.venueId) return { venueId: null, location: values.location };
  const venue = requireFound(await findUsableVenue(tx, universityId, values.venueId), '场地不存在');
  return {
    venueId: venue.id,
    location: values.location || [venue.campus, venue.name].filter(Boolean).join(' '),
  };
}

/** The stored columns of a fair as the 发布 or 编辑 form gives them. */
export function fairColumns(
  input: JobFairValues,
  place: Awaited<ReturnType<typeof placeOf>>,
  kinds: ReturnType<typeof codeKinds>,
  capacity: number,
) {
  return {
    title: input.title,
    description: input.description,
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    ...place,
    boothKinds: kinds.map(({ code, name, feeCents }) => ({ code, name, feeCents })),
    registrationOpensAt: new Date(input.registrationOpensAt),
    registrationClosesAt: new Date(input.registrationClosesAt),
    capacity,
    rules: input.rules,
  };
}

/** (Re)books the fair's room for its time; none when it is not in a room. */
export async function bookFairVenue(tx: Executor, fair: JobFairRow, accountId: string) {
  await deleteFairBooking(tx, fair.id);
  if (!fair.venueId) return fair;
  const booking = await insertFairBooking(tx, {
    universityId: fair.universityId,
    venueId: fair.venueId,
    fairId: fair.id,
    startsAt: fair.startsAt,
    endsAt: fair.endsAt,
    title: fair.title,
    createdBy: accountId,
  });
  return updateJobFair(tx, fair.id, { venueBookingId: booking.id });
}
